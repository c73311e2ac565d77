import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { englishWords, helpProse, pointPercents } from '../helpers/english.js';
import { tempDir } from '../helpers/temp.js';
import { workbookTexts } from '../helpers/xlsx.js';

/**
 * Under --locale ru and kk, what a reader sees holds no English word and no decimal point in a percent: the table
 * and the Markdown of every command, the data sets, a --compare scenario, html pages and --help (what counts as a
 * word to translate, and what as a code, is in test/helpers/english.ts).
 */
const COMMANDS: string[][] = [
  ['salary', 'E-G-4', '--years', '7'],
  ['salary', 'all', '--years', '1'],
  ['index'],
  ['index', '--code', 'E-G-4', '--from', '2018', '--inflation', '5'],
  ['gaps'],
  ['gaps', '--propose'],
  ['gaps', '--basis', 'max'],
  ['salary', 'all', '--from', '2019', '--years', '1'],
  ['fund', '--by', 'group', '--savings', '3', '--grid-date', '2023-07-01', '--prices', '2025-06'],
  ['gaps', '--propose', '--staffing', 'systems/kz/staffing.csv'],
  ['fund'],
  ['fund', '--by', 'code', '--years', '2', '--thousands'],
  ['fund', '--indexation', 'cpi@2027', '--years', '4', '--compare'],
  ['salary', 'E-G-4', '--raise', '2027-01-01:restore=2023-12', '--compare'],
  ['index', '--raise', '2026-07-01:-5', '--indexation', 'cpi+1@2027', '--to', '2028'],
  ['salary', 'E-G-4', 'E-G-3', '--years', '7', '--chart'],
  ['index', '--chart'],
  ['data', 'grid'],
  ['data', 'raises'],
  ['data', 'raises-reported'],
  ['data', 'params'],
  ['data', 'cpi'],
  ['data', 'seniority'],
  ['data', 'staffing'],
  // Take-home pay and employer charges.
  ['net', '300000', '--date', '2026-06'],
  ['net', '300000', '200000', '--date', '2024-06', '--born', '1970'],
  ['net', '250575', '--date', '2026-06', '--from-net'],
  ['salary', 'E-G-4', '--years', '7', '--net', '--charges'],
  ['fund', '--charges'],
  ['fund', '--years', '4', '--charges', '--indexation', 'cpi@2027', '--compare'],
  ['data', 'contributions'],
];

describe.each(['ru', 'kk'])('under --locale %s', (locale) => {
  it.each(
    COMMANDS.flatMap((c) => [
      [...c, '--format', 'table'],
      ...(c.includes('--chart') ? [] : [[...c, '--format', 'md']]),
    ]).map((c) => [c.join(' '), c]),
  )('kzpay %s holds no English word and no decimal point in a percent', async (_, args) => {
    const r = await runCli([...(args as string[]), '--locale', locale]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(englishWords(r.stdout)).toEqual([]);
    expect(pointPercents(r.stdout)).toEqual([]);
  });

  // A grid of one's own (its words are the user's, here Russian): a missing tier, an inversion, a block of one.
  it.each([[[]], [['--propose', 'exact']], [['--basis', 'max', '--floor', '90000']]])(
    'kzpay gaps --grid OWN %s holds no English word',
    async (more) => {
      const grid = `${tempDir('words')}/grid.csv`;
      writeFileSync(
        grid,
        'code,min,max,block,tier\nX-1,150000,200000,аппарат,higher\nX-2,160000,210000,аппарат,middle\n' +
          'X-3,100000,,аппарат,\nX-4,90000,95000,аппарат,lower\nY-1,80000,90000,отдел,lower\n',
      );
      for (const format of ['table', 'md']) {
        const r = await runCli(['gaps', '--grid', grid, ...more, '--format', format, '--locale', locale]);
        expect(r.stderr).toBe('');
        expect(englishWords(r.stdout)).toEqual([]);
        expect(pointPercents(r.stdout)).toEqual([]);
      }
    },
  );

  it.each([
    ['fund', '--indexation', 'cpi@2027', '--years', '4', '--compare'],
    ['gaps', '--propose'],
    ['data', 'grid'],
    ['data', 'params'],
  ])('kzpay %s ... -o FILE.xlsx holds no English word in its sheets', async (...args) => {
    const file = `${tempDir('words')}/out.xlsx`;
    const r = await runCli([...args, '--locale', locale, '-o', file]);
    expect(r.stderr).toBe('');
    const texts = await workbookTexts(file);
    expect(englishWords(texts.join('\n'))).toEqual([]);
    expect(pointPercents(texts.join('\n'))).toEqual([]);
  });

  it.each(COMMANDS.map((c) => [c.join(' '), c]))(
    'kzpay %s --format html holds no English word in its text',
    async (_, args) => {
      const r = await runCli([...(args as string[]), '--format', 'html', '--locale', locale]);
      expect(r.code).toBe(0);
      // What a reader sees: the text between the tags (the chart's too), the style left out, entities read back.
      const text = r.stdout
        .replace(/<style>[\s\S]*?<\/style>/, ' ')
        .replace(/<[^>]*>/g, '\n')
        .replace(
          /&(lt|gt|quot|#39|amp);/g,
          (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!,
        );
      expect(englishWords(text)).toEqual([]);
      expect(pointPercents(text)).toEqual([]);
    },
  );

  it.each([[[]], [['salary']], [['index']], [['gaps']], [['fund']], [['net']], [['data']]])(
    'kzpay %s --help (KZPAY_LOCALE) holds no English word',
    async (command) => {
      const r = await runCli([...command, '--help'], { KZPAY_LOCALE: locale });
      expect(r.code).toBe(0);
      expect(englishWords(helpProse(r.stdout))).toEqual([]);
    },
  );
});

describe('CSV and JSON under ru and kk', () => {
  it.each(['ru', 'kk'])("keep the data sets' keys and values as the files have them (%s)", async (locale) => {
    const csv = (await runCli(['data', 'params', '--format', 'csv', '--locale', locale])).stdout;
    expect(csv).toContain('min_wage;2024-01-01;85000;Law on the republican budget for 2024\r\n');
    const json = JSON.parse((await runCli(['data', 'grid', '--format', 'json', '--locale', locale])).stdout);
    expect(json.rows[0]).toMatchObject({ code: 'D-1', block: 'akim-office-region', tier: 'higher' });
    const fund = JSON.parse((await runCli(['fund', '--format', 'json', '--locale', locale])).stdout);
    expect(fund.rows.map((r: { key: string }) => r.key)).toContain('Department of finance');
    expect(fund.rows.at(-1)).toMatchObject({ row: 'total', key: 'total', status: 'actual' });
  });
});

describe('KZPAY_LOCALE', () => {
  it('sets the default locale, which --locale overrides; LANG does not', async () => {
    const ru = await runCli(['data', 'seniority'], { KZPAY_LOCALE: 'ru' });
    expect(ru.stdout).toContain('доля');
    const given = await runCli(['data', 'seniority', '--locale', 'kk'], { KZPAY_LOCALE: 'ru' });
    expect(given.stdout).toContain('үлес');
    const lang = await runCli(['data', 'seniority'], { LANG: 'ru_RU.UTF-8', LC_ALL: 'kk_KZ.UTF-8' });
    expect(lang.stdout).toContain('share');
  });

  it('is a usage error when it names no locale kzpay has', async () => {
    const r = await runCli(['data', 'seniority'], { KZPAY_LOCALE: 'de' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kzpay: error: KZPAY_LOCALE must be one of en, ru, kk, not "de"\n');
  });

  it.each(['ru', 'kk'])('words --help in %s when --locale says so on the command line', async (locale) => {
    const r = await runCli(['gaps', '--help', '--locale', locale]);
    expect(englishWords(helpProse(r.stdout))).toEqual([]);
    expect(r.stdout).toContain(locale === 'ru' ? 'Параметры:' : 'Параметрлер:');
  });
});

describe('the scan for English words', () => {
  it.each([
    ['схема окладов: systems/kz/grid.csv — оклады', []],
    ['grid: systems/kz/grid.csv', ['grid']],
    ['E-G-4 и D-O-* при --grid-date <date>', []],
    ['raise_pct и X_base, corps=B', []],
    ['`kzpay data grid` и `tier`', []],
    ['статус: projection', ['projection']],
    ['Law on the budget', ['Law', 'on', 'the', 'budget']],
    ['Закон РК № 206-VIII от 14.07.2025', []],
    ['Law No. 206-VIII', ['Law', 'No']],
  ])('finds the English words of %s', (text, words) => {
    expect(englishWords(text)).toEqual(words);
  });

  it.each([
    ['  --floor <x>  порог (по\n               умолчанию: auto)', []],
    ['  --prices <m>  месяц (әдепкі: the grid date)', ['the', 'grid', 'date']],
  ])('finds the English words of the help %j, not its defaults', (help, words) => {
    expect(englishWords(helpProse(help))).toEqual(words);
  });

  it.each([
    ['+11.05%', ['11.05%']],
    ['+11,05%', []],
    ['версия 1.2.3', []],
  ])('finds the decimal points of percents in %s', (text, found) => {
    expect(pointPercents(text)).toEqual(found);
  });
});
