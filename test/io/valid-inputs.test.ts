import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/core/dates.js';
import { parseCsv } from '../../src/io/csv.js';
import { parseCpi, parseGrid, parseParams, parseRaises, parseSeniority } from '../../src/io/datasets.js';
import type { DecimalMode } from '../../src/io/numbers.js';
import { ROOT, runJson, spawnCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const DIR = 'fixtures/valid';
const tableOf = (file: string) => parseCsv(readFileSync(ROOT + file, 'utf8'), file);
const fixed = (d: { toFixed(): string } | undefined) => d?.toFixed();

describe('good inputs written the way spreadsheets and people write them', () => {
  it('reads a grid with a BOM, ";", CRLF, comments, a blank spreadsheet row and every digit grouping', () => {
    const table = tableOf(`${DIR}/grid-semicolon-bom.csv`);
    expect(table.delimiter).toBe(';');
    expect(table.comments[0]).toMatch(/^A grid as a spreadsheet in Kazakhstan saves it/);
    const grid = parseGrid(table, 'auto');
    expect(grid.categories.map((c) => [c.code, fixed(c.min), fixed(c.max), c.title, c.rank, c.maxAt.line])).toEqual([
      ['A-1', '3874482.5', '4000000', 'Head; "acting"', 1, 4], // "3 874 482,5": space groups, comma decimal
      ['A-2', '62461', '84115', 'Expert', 2, 7], // no-break space and narrow no-break space
      ['A-3', '62461', '1234567.25', 'Specialist', 3, 9], // 62'461; 1.234.567,25: points group, comma decimal
    ]);
    expect(grid.categories[0].cells.note).toBe('columns the grid does not know are ignored');
  });

  it('computes a salary from that grid, finding the code whatever its case', async () => {
    // No raise falls in 2024 after the as-of date, so December 2024 is the min: 62 461.
    const doc = await runJson([
      'salary',
      'a-2',
      '--years',
      '0',
      '--no-seniority',
      '--grid',
      `${DIR}/grid-semicolon-bom.csv`,
    ]);
    expect(doc.rows.map((r) => [r.code, r.year, r.salary])).toEqual([['A-2', 2024, '62461.00']]);
  });

  it('reads raises with DD.MM.YYYY dates, "%", an en-dash range, a decimal comma and quoted selectors', () => {
    const raises = parseRaises(tableOf(`${DIR}/raises-dotted-dates.csv`), 'auto');
    expect(
      raises.map((r) => [formatDate(r.effective), fixed(r.low), fixed(r.high), r.text, r.scopeText, r.source]),
    ).toEqual([
      ['2005-07-01', '32', '32', '32', 'all', 'Message 2005'],
      ['2019-06-01', '25', '30', '25\u201330', 'all', 'Instruction; 2019'], // an empty scope is all
      ['2026-01-01', '12.5', '12.5', '12,5', 'corps=B;tier=lower', undefined],
      ['2027-03-15', '-0.5', '-0.5', '-0,5', 'code=E-G-*', undefined],
    ]);
    expect(raises[3].selectors).toEqual([{ column: 'code', value: 'E-G-', prefix: true }]);
  });

  it('reads CPI rows with a BOM, ";", decimal commas, "%" and statuses in any case', () => {
    const rows = parseCpi(tableOf(`${DIR}/cpi-semicolon.csv`), 'auto');
    expect(rows.map((r) => [r.year, r.month, fixed(r.percent), r.status, r.source])).toEqual([
      [2024, undefined, '8.6', 'actual', 'BNS; December on December'],
      [2024, 1, '0.9', 'actual', 'BNS'], // an empty status is actual
      [2025, 2, '-0.1', 'actual', undefined],
      [2026, undefined, '5.5', 'projection', 'IMF'],
    ]);
  });

  it('ends each seniority band where the next starts when the file has no to_years column', () => {
    const bands = parseSeniority(tableOf(`${DIR}/seniority-no-to-years.csv`), 'auto');
    expect(bands.map((b) => [fixed(b.from), fixed(b.to), fixed(b.share)])).toEqual([
      ['0', '1', '0'],
      ['1', '2', '0.1'],
      ['2', '3', '0.2'],
      ['3', '5', '0.3'],
      ['5', undefined, '0.4'],
    ]);
  });

  it('moves E-G-4 through those bands as through the embedded ones', async () => {
    // December 2025: 1 11/12 years, band 1-2, share 0.1: 62 461 + 0.1 × (84 115 − 62 461) = 64 626.40.
    // December 2026: 2 11/12 years, share 0.2, and the +16% raise: (62 461 + 4 330.8) × 1.16 = 77 478.488.
    const doc = await runJson(['salary', 'E-G-4', '--years', '2', '--seniority', `${DIR}/seniority-no-to-years.csv`]);
    expect(doc.rows.map((r) => r.salary)).toEqual(['62461.00', '64626.40', '77478.49']);
  });

  it('reads params with DD.MM.YYYY dates, grouped values and names in capitals', () => {
    const values = parseParams(tableOf(`${DIR}/params-dotted.csv`), 'auto');
    expect(values.map((v) => [v.name, formatDate(v.effective), fixed(v.value)])).toEqual([
      ['min_wage', '2024-01-01', '85000'],
      ['bdo', '2016-01-01', '17697'],
      ['min_wage', '2025-01-01', '85000'], // "85 000,00"
    ]);
  });

  it.each<[DecimalMode, string, string]>([
    ['point', '62461', '84115'], // the comma groups thousands
  ])('reads the ambiguous 62,461 of fixtures/invalid once --decimal %s says which', (mode, min, max) => {
    const grid = parseGrid(tableOf('fixtures/invalid/grid-ambiguous-number.csv'), mode);
    expect([fixed(grid.categories[0].min), fixed(grid.categories[0].max)]).toEqual([min, max]);
  });

  it('reads it with --decimal comma as 62.461, which as money has a decimal too many', () => {
    expect(() => parseGrid(tableOf('fixtures/invalid/grid-ambiguous-number.csv'), 'comma')).toThrow(
      'grid-ambiguous-number.csv:3: column min (2nd): "62.461" has more than 2 decimals',
    );
  });

  it('takes --decimal point on the command line for the same file', async () => {
    const doc = await runJson([
      'data',
      'grid',
      '--decimal',
      'point',
      '--grid',
      'fixtures/invalid/grid-ambiguous-number.csv',
    ]);
    expect(doc.rows).toEqual([{ code: 'E-G-4', min: '62461.00', max: '84115.00' }]);
  });
});

describe('files in other dialects, read through the command line', () => {
  it('reads a tab-separated grid whose lines end in CR alone, with an empty max and a real U+FFFD', async () => {
    const doc = await runJson(['data', 'grid', '--grid', `${DIR}/grid-tab-cr.csv`]);
    expect(doc.rows).toEqual([
      { code: 'A-1', min: '100.00', max: null, title: 'Head \ufffd acting' },
      { code: 'A-2', min: '90.00', max: '95.00', title: 'Two\rlines' }, // the CR inside quotes as written
    ]);
    expect(doc.assumptions.join('\n')).toContain('A grid saved by an old Mac spreadsheet');
  });

  it('streams a staffing file from standard input whose lines end in CR alone, as one with LF', () => {
    const lf = 'code,headcount,unit\nE-G-4,2,"Office\nof the akim"\n\nE-G-3,1,Office\n';
    const run = (input: string) => spawnCli(['fund', '-', '--by', 'code', '--format', 'csv'], { input });
    const expected = run(lf);
    expect(expected.code).toBe(0);
    expect(expected.stdout).toContain('E-G-4,2,');
    expect(run(lf.replace(/\n/g, '\r'))).toEqual(expected);
    expect(run(lf.replace(/\n/g, '\r\n'))).toEqual(expected);
  });

  it('reads experience -0 in a staffing file as 0 years, not as negative', async () => {
    const dir = tempDir('zero');
    writeFileSync(join(dir, 'minus.csv'), 'code,headcount,experience\nE-G-4,1,-0\n');
    writeFileSync(join(dir, 'zero.csv'), 'code,headcount,experience\nE-G-4,1,0\n');
    const minus = await runJson(['fund', join(dir, 'minus.csv')]);
    expect(minus.rows).toEqual((await runJson(['fund', join(dir, 'zero.csv')])).rows);
  });
});
