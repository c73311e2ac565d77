import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dataWord, knowsDataWord } from '../../src/i18n/data-words.js';
import { ROOT } from '../helpers/cli.js';

/** An embedded fixture: its note (the `#` lines as one paragraph) and its rows. */
function fixture(file: string): { note: string; rows: Record<string, string>[] } {
  const text = readFileSync(`${ROOT}fixtures/${file}`, 'utf8');
  const note = text
    .split('\n')
    .filter((l) => l.startsWith('#'))
    .map((l) => l.replace(/^#\s?/, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { note, rows: parse(text, { columns: true, comment: '#', skip_empty_lines: true }) };
}

const FILES = [
  'grid-2024.csv',
  'raises-2005-2026.csv',
  'raises-reported-local.csv',
  'cpi-kz.csv',
  'seniority-bands.csv',
  'params-kz.csv',
  'contributions-kz.csv',
  'staffing-example.csv',
];

/** The texts of the embedded data sets a reader sees in table, md and xlsx: each needs its ru and kk words. */
function embeddedTexts(): string[] {
  const texts = new Set<string>();
  for (const file of FILES) {
    const { note, rows } = fixture(file);
    texts.add(note);
    const end = note.search(/\.(\s|$)/);
    texts.add(end < 0 ? note : note.slice(0, end + 1));
    for (const row of rows) {
      for (const column of ['block', 'announced', 'source', 'unit']) if (row[column]) texts.add(row[column]);
    }
  }
  return [...texts];
}

describe.each(['ru', 'kk'] as const)('the %s data words', (language) => {
  it.each(embeddedTexts().map((t) => [t.length > 70 ? `${t.slice(0, 70)}…` : t, t]))('know "%s"', (_, text) => {
    expect(knowsDataWord(text, language)).toBe(true);
    expect(dataWord(text, language)).not.toMatch(/\d\.\d+\s?%/);
  });
});

describe('a budget law', () => {
  it.each([
    ['Law on the republican budget for 2024', 'ru', 'Закон РК «О республиканском бюджете на 2024 год»'],
    ['Law on the republican budget for 2005, art. 8', 'ru', 'Закон РК «О республиканском бюджете на 2005 год», ст. 8'],
    [
      'Law on the republican budget for 2026-2028 of 8 December 2025 (unchanged)',
      'ru',
      'Закон РК «О республиканском бюджете на 2026–2028 годы» от 8 декабря 2025 года (без изменений)',
    ],
    ['Law on the republican budget for 2024', 'kk', '«2024 жылға арналған республикалық бюджет туралы» ҚР Заңы'],
    [
      'Law on the republican budget for 2026-2028 of 8 December 2025 (unchanged)',
      'kk',
      '2025 жылғы 8 желтоқсандағы «2026–2028 жылдарға арналған республикалық бюджет туралы» ҚР Заңы (өзгеріссіз)',
    ],
    ['Law on the republican budget for 2024', 'en', 'Law on the republican budget for 2024'],
  ] as const)('words "%s" in %s as the law is titled', (text, language, words) => {
    expect(dataWord(text, language)).toBe(words);
  });

  it('leaves a text it does not know as it is', () => {
    expect(dataWord('Department of roads', 'ru')).toBe('Department of roads');
  });
});
