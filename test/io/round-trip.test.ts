import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

/** Each data set of `kzpay data` and the flag that reads it back. */
const FLAGS: [name: string, flag: string][] = [
  ['grid', '--grid'],
  ['raises', '--raises'],
  ['raises-reported', '--raises'],
  ['cpi', '--cpi'],
  ['seniority', '--seniority'],
  ['params', '--params'],
];

async function ok(args: string[]): Promise<string> {
  const r = await runCli(args);
  if (r.code !== 0) throw new Error(`kzpay ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return r.stdout;
}

/** `data NAME --format F` of a file read with FLAG. */
const shown = (name: string, flag: string, file: string, format: string) =>
  ok(['data', name === 'raises-reported' ? 'raises' : name, flag, file, '--format', format]);

describe('what kzpay data NAME --format csv writes, the matching flag reads back unchanged', () => {
  it.each(FLAGS)('%s, read back with %s, in both CSV dialects', async (name, flag) => {
    for (const locale of ['en', 'ru']) {
      const dir = tempDir('round');
      const csv = await ok(['data', name, '--format', 'csv', '--locale', locale]);
      const file = join(dir, `${name}.csv`);
      writeFileSync(file, csv);
      const again = await ok(['data', name === 'raises-reported' ? 'raises' : name, flag, file, '--format', 'csv']);
      // Read back in the en dialect: the same table as the embedded one's en CSV.
      expect(again).toBe(await ok(['data', name, '--format', 'csv']));
      const rows = JSON.parse(await shown(name, flag, file, 'json')).rows;
      expect(rows).toEqual(JSON.parse(await ok(['data', name, '--format', 'json'])).rows);
    }
  });

  it('staffing, read back by fund: the same fund as the embedded example', async () => {
    const dir = tempDir('round');
    const file = join(dir, 'staffing.csv');
    writeFileSync(file, await ok(['data', 'staffing', '--format', 'csv']));
    expect(await ok(['fund', file, '--years', '2', '--format', 'csv'])).toBe(
      await ok(['fund', '--years', '2', '--format', 'csv']),
    );
  });

  // Text a spreadsheet would run as a formula gets a leading ' on writing; reading kzpay's CSV takes it off again. A
  // cell that already begins with ' before such a character gets one more, so that every text comes back as it was.
  const HOSTILE = [
    ['-A2', '=SUM(A1:A3)', '+7 701', '@cell', "'=kept", "''-two", "'plain", 'x"y'],
    ['two\r\nlines', 'two\nlines', 'two\rlines', ' padded ', 'Руководитель', 'a,b;c', '-', "'"],
  ];

  it.each(HOSTILE.flat())('a grid title %j comes back as it was', async (title) => {
    const dir = tempDir('round');
    const grid = join(dir, 'grid.csv');
    const quoted = `"${title.replace(/"/g, '""')}"`;
    writeFileSync(grid, `code,min,max,title,block\nE-1,100000,120000,${quoted},${quoted}\n`);
    const original = JSON.parse(await shown('grid', '--grid', grid, 'json')).rows;
    // A cell is trimmed on reading, and one ' before a guarded character is taken off: the title as kzpay reads it.
    expect(original[0].title).toBe(title.trim().replace(/^'(?='*[=+\-@\t\r])/, ''));
    const csv = join(dir, 'again.csv');
    writeFileSync(csv, await shown('grid', '--grid', grid, 'csv'));
    expect(JSON.parse(await shown('grid', '--grid', csv, 'json')).rows).toEqual(original);
    // And once more: the CSV of the CSV is the CSV.
    const twice = join(dir, 'twice.csv');
    writeFileSync(twice, await shown('grid', '--grid', csv, 'csv'));
    expect(await shown('grid', '--grid', twice, 'csv')).toBe(await shown('grid', '--grid', csv, 'csv'));
  });

  it('a raise source beginning with - or = comes back as it was', async () => {
    const dir = tempDir('round');
    const raises = join(dir, 'raises.csv');
    writeFileSync(raises, 'effective,percent,source\n2027-01-01,10,-A2\n2028-01-01,5,=1+1\n');
    const csv = join(dir, 'again.csv');
    writeFileSync(csv, await shown('raises', '--raises', raises, 'csv'));
    expect(await shown('raises', '--raises', csv, 'csv')).toBe(
      "effective,percent,scope,announced,source\n2027-01-01,10,all,,'-A2\n2028-01-01,5,all,,'=1+1\n",
    );
    const rows = JSON.parse(await shown('raises', '--raises', csv, 'json')).rows;
    expect(rows.map((r: { source: string }) => r.source)).toEqual(['-A2', '=1+1']);
  });

  it('a staffing unit beginning with - and one holding a CRLF come back as they were', async () => {
    const dir = tempDir('round');
    const staffing = join(dir, 'staffing.csv');
    // `''=x` is kzpay's guard of the text '=x: read as '=x.
    writeFileSync(staffing, 'code,unit\nE-G-4,-A2\nE-G-4,"two\r\nlines"\nE-G-3,"\'\'=x"\n');
    const units = async (file: string) =>
      JSON.parse(await ok(['fund', file, '--format', 'json'])).rows.map((r: { key: string }) => r.key);
    expect(await units(staffing)).toEqual(['-A2', 'two\r\nlines', "'=x", 'total']);
    // The fund's CSV guards the unit again.
    expect(await ok(['fund', staffing, '--format', 'csv'])).toContain("\n2024,unit,'-A2,");
  });
});

describe('a quoted cell keeps its line break as written', () => {
  it.each([
    ['CRLF', 'two\r\nlines'],
    ['LF', 'two\nlines'],
    ['CR', 'two\rlines'],
  ])('%s inside a quoted grid title', async (_what, title) => {
    const dir = tempDir('eol');
    const grid = join(dir, 'grid.csv');
    writeFileSync(grid, `code,min,title\r\nE-1,100000,"${title}"\r\n`);
    const rows = JSON.parse(await shown('grid', '--grid', grid, 'json')).rows;
    expect(rows[0].title).toBe(title);
  });

  it.each([
    ['CRLF', 'two\r\nlines', '\n'],
    ['LF', 'two\nlines', '\r\n'],
    ['CR', 'two\rlines', '\r'],
  ])('%s inside a quoted staffing unit, whatever the file line ends', async (_what, unit, eol) => {
    const dir = tempDir('eol');
    const staffing = join(dir, 'staffing.csv');
    writeFileSync(staffing, `code,unit${eol}E-G-4,"${unit}"${eol}E-G-4,plain${eol}`);
    const rows = JSON.parse(await ok(['fund', staffing, '--format', 'json'])).rows;
    expect(rows.map((r: { key: string }) => r.key)).toEqual([unit, 'plain', 'total']);
  });
});
