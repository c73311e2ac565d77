import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const dir = tempDir('data');

describe('kzpay data', () => {
  it.each([
    ['grid', '--grid', 25],
    ['raises', '--raises', 11],
    ['cpi', '--cpi', 28 + 188],
    ['seniority', '--seniority', 11],
    ['params', '--params', 1 + 22 + 4], // bdo, twenty-two min_wage dates and four mrp dates
  ])('prints the embedded %s, and its CSV is read back by %s to the same rows', async (name, flag, count) => {
    const json = await runCli(['data', name, '--format', 'json']);
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout).rows;
    expect(rows).toHaveLength(count); // rows of the shared data file, counted by hand
    const csv = await runCli(['data', name, '--format', 'csv']);
    expect(csv.stdout).not.toMatch(/^#/m); // no comment lines: the sources are in the assumptions
    const file = join(dir, `${name}.csv`);
    writeFileSync(file, csv.stdout);
    const back = await runCli(['data', name, flag, file, '--format', 'json']);
    expect(back.stderr).toBe('');
    expect(JSON.parse(back.stdout).rows).toEqual(rows);
  });

  it('gives the same salary report on the round-tripped data', async () => {
    const args = ['salary', 'all', '--years', '2', '--format', 'csv'];
    const files: string[] = [];
    for (const [name, flag] of [
      ['grid', '--grid'],
      ['raises', '--raises'],
      ['cpi', '--cpi'],
      ['seniority', '--seniority'],
    ]) {
      const file = join(dir, `rt-${name}.csv`);
      writeFileSync(file, (await runCli(['data', name, '--format', 'csv'])).stdout);
      files.push(flag, file);
    }
    const embedded = await runCli(args);
    const roundTripped = await runCli([...args, ...files]);
    expect(roundTripped.stdout).toBe(embedded.stdout);
  });

  it('rejects an unknown data set with exit 2', async () => {
    const r = await runCli(['data', 'salaries']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown data set "salaries"/);
  });
});

describe('kzpay data raises', () => {
  it('writes percents as numbers, so a negative or comma percent reads back', async () => {
    const csv = await runCli([
      'data',
      'raises',
      '--raises',
      'fixtures/valid/raises-negative-comma.csv',
      '--format',
      'csv',
    ]);
    expect(csv.stdout.split('\n').slice(1, 4)).toEqual([
      '2030-01-01,-0.5,all,,',
      '2031-01-01,12.5,all,,',
      '2032-01-01,25-30,all,,',
    ]);
    const file = join(dir, 'raises-rt.csv');
    writeFileSync(file, csv.stdout);
    const back = await runCli(['data', 'raises', '--raises', file, '--format', 'csv']);
    expect(back.stdout).toBe(csv.stdout);
  });
});

describe('kzpay data on columns named like the parts of a JavaScript object', () => {
  it.each(['table', 'csv', 'json', 'md'])(
    'prints a grid column named __proto__ as a column like any other (%s)',
    async (f) => {
      // Once an internal error (exit 4): a row's "__proto__" was set as its prototype, not as a cell.
      const file = join(dir, 'proto.csv');
      writeFileSync(file, 'code,min,__proto__,constructor\nA,1,x,c\nB,2,,\n');
      const r = await runCli(['data', 'grid', '--grid', file, '--format', f]);
      expect(r.code).toBe(0);
      if (f === 'json') {
        // Written as JSON: in an object literal, `__proto__:` would set the prototype, not a key.
        const rows =
          '[{"code":"A","min":"1.00","__proto__":"x","constructor":"c"},' +
          '{"code":"B","min":"2.00","__proto__":"","constructor":""}]';
        expect(JSON.parse(r.stdout).rows).toEqual(JSON.parse(rows));
      } else expect(r.stdout).toMatch(/__proto__[\s\S]*\bx\b/);
    },
  );
});

describe('kzpay data staffing: numbers as numbers', () => {
  it('gives headcount as a number, experience as an exact decimal, and an empty cell as null in JSON', async () => {
    const r = await runCli(['data', 'staffing', '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout).rows;
    // The embedded example's first line: `E-R-1,Department of finance,1,12,,`.
    expect(rows[0]).toEqual({
      code: 'E-R-1',
      unit: 'Department of finance',
      headcount: 1,
      experience: '12',
      salary: null,
      savings_salaries: null,
    });
    for (const row of rows) expect(typeof row.headcount).toBe('number');
  });

  it('writes them as numbers in a workbook, and an empty cell as an empty cell', async () => {
    const dir = tempDir('staffing-xlsx');
    const out = join(dir, 'staffing.xlsx');
    expect((await runCli(['data', 'staffing', '-o', out])).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.worksheets[0];
    let header = 0;
    sheet.eachRow((row, n) => {
      if (header === 0 && row.values && (row.values as unknown[]).includes('headcount')) header = n;
    });
    const names = (sheet.getRow(header).values as unknown[]).slice(1);
    const first = sheet.getRow(header + 1);
    const cell = (name: string) => first.getCell(names.indexOf(name) + 1).value;
    expect([cell('code'), cell('headcount'), cell('experience'), cell('salary')]).toEqual(['E-R-1', 1, 12, null]);
  });
});
