import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { kk } from '../../src/i18n/kk.js';
import type { Catalogue, Language } from '../../src/i18n/messages.js';
import { ru } from '../../src/i18n/ru.js';
import { fillTemplate, parseTemplate, templateArgs, templatePlurals } from '../../src/i18n/template.js';

const CATALOGUES: Record<Exclude<Language, 'en'>, Catalogue> = { ru, kk };
const OTHERS = Object.keys(CATALOGUES) as (keyof typeof CATALOGUES)[];
const ids = Object.keys(en).sort();

/** The plural forms a language's whole numbers take (CLDR): each plural of its templates gives all of them. */
const PLURAL_FORMS: Record<Language, string[]> = {
  en: ['one', 'other'],
  ru: ['one', 'few', 'many', 'other'],
  kk: ['one', 'other'],
};

describe.each(OTHERS)('the %s catalogue', (language) => {
  const catalogue: Record<string, string> = CATALOGUES[language];

  it('has every message English has, and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual(ids);
  });

  it.each(ids)('words %s with the placeholders English has', (id) => {
    const own = [...templateArgs(parseTemplate(catalogue[id]))].sort();
    expect(own).toEqual([...templateArgs(parseTemplate(en[id as keyof typeof en]))].sort());
  });

  it('gives every plural each form the language has', () => {
    for (const id of ids) {
      for (const branches of templatePlurals(parseTemplate(catalogue[id]))) {
        const forms = branches.filter((b) => !b.startsWith('='));
        expect({ id, forms: forms.sort() }).toEqual({ id, forms: [...PLURAL_FORMS[language]].sort() });
      }
    }
  });

  it('is translated: no message but codes, placeholders and symbols reads as the English one', () => {
    // Column titles that are symbols or names in every language may stay (e.g. `{title}, '000`).
    const same = ids.filter(
      (id) => catalogue[id] === en[id as keyof typeof en] && /[a-z]{3}/i.test(strip(en[id as keyof typeof en])),
    );
    expect(same).toEqual([]);
  });
});

/** A template without its placeholders, option names and column names: what is left to translate. */
function strip(t: string): string {
  return t
    .replace(/\{[^{}]*\}/g, '')
    .replace(/--[a-z-]+/g, '')
    .replace(/\b(min|max|old_|pp|CAGR|CPI)\b/g, '');
}

describe('the English catalogue', () => {
  it('gives every plural the forms English has', () => {
    for (const id of ids) {
      for (const branches of templatePlurals(parseTemplate(en[id as keyof typeof en]))) {
        expect(branches.filter((b) => !b.startsWith('=')).sort()).toEqual(PLURAL_FORMS.en);
      }
    }
  });
});

describe('a template', () => {
  const word = (args: Record<string, string | number>) => ({
    word: (n: string) => String(args[n]),
    text: (n: string) => String(args[n]),
    count: (n: string) => Number(args[n]),
    plural: (n: number) => new Intl.PluralRules('ru').select(n),
  });
  const ru = '{n, plural, one {# строка} few {# строки} many {# строк} other {# строки}}';

  it.each([
    [1, '1 строка'],
    [3, '3 строки'],
    [5, '5 строк'],
    [21, '21 строка'],
    [112, '112 строк'],
  ])('takes the Russian plural form of %s: %s', (n, text) => {
    expect(fillTemplate(parseTemplate(ru), word({ n }))).toBe(text);
  });

  it('puts arguments in place and leaves apostrophes alone', () => {
    expect(fillTemplate(parseTemplate("{a}'s {b}"), word({ a: 'grid', b: 'date' }))).toBe("grid's date");
  });

  it('chooses a select branch, else other', () => {
    const t = parseTemplate('{x, select, unit {по подразделениям} other {по {x}}}');
    expect(fillTemplate(t, word({ x: 'unit' }))).toBe('по подразделениям');
    expect(fillTemplate(t, word({ x: 'code' }))).toBe('по code');
  });

  it.each(['{a', 'a}', '{n, plural, one {x}}', '{n, plural, one {x} other {y}'])('rejects %s', (t) => {
    expect(() => parseTemplate(t)).toThrow(/template/);
  });
});
