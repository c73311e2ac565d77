import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/core/dates.js';
import { Dec } from '../../src/core/money.js';
import { DataSets } from '../../src/io/load.js';
import { StaffingReader } from '../../src/io/staffing.js';
import { CACHE_LIMIT } from '../../src/io/text-table.js';
import { BIN, ROOT, runJson } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

type Row = Record<string, string | number>;
const rowsOf = async (args: string[]) => (await runJson(['fund', ...args])).rows as Row[];
const dir = tempDir('fund-edges');

/** Writes a file of a header and `n` lines made by `line(i)`; returns its path. */
function csv(name: string, header: string, n: number, line: (i: number) => string): string {
  const parts = [header];
  for (let i = 0; i < n; i++) parts.push(line(i));
  const path = join(dir, name);
  writeFileSync(path, parts.join('\n') + '\n');
  return path;
}

/** Runs the built kzpay as JSON, stopped after `seconds`: a run stopped by the timeout has no exit code. */
function runTimed(args: string[], seconds: number): { code: number | null; rows: Row[]; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args, '--format', 'json'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: seconds * 1000,
    maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, rows: r.status === 0 ? JSON.parse(r.stdout).rows : [], stderr: r.stderr };
}

/** Streams a staffing file through a reader on the embedded data sets; returns the reader and what it read. */
async function readStaffing(text: string, by: 'unit' | 'code' | 'group' | 'none') {
  const data = new DataSets({}, { decimal: 'auto' });
  const reader = new StaffingReader('test.csv', {
    grid: data.grid(),
    bands: data.seniority(),
    raises: data.raises(),
    by,
    savings: 'auto',
    savingsByGroup: data.system().savingsByGroup,
    asOf: parseDate('2024-01-01')!,
    decimal: 'auto',
  });
  async function* chunks() {
    const bytes = Buffer.from(text);
    for (let i = 0; i < bytes.length; i += 1 << 16) yield bytes.subarray(i, i + (1 << 16));
  }
  const staffing = await reader.read(chunks());
  return { reader: reader as unknown as Record<string, { size: number }>, staffing };
}

// E-G-4 (group E) at 0 years: 62 461 a month; a year 62 461 × (12 + 2 + 2) = 999 376, savings × 2.8 = 174 890.80.
describe('kzpay fund keeps to linear time whatever the shape of the staffing file', () => {
  // Each of these took minutes, or never ended, when lookups hashed only the ends of a key, savings counts were
  // searched one by one, and whole years were tabled up to the last band's start. Not timed tests: the limits are
  // twenty times what a run takes.
  it('tells apart 5,000 long unit names that differ only in the middle', () => {
    const unit = (n: number) => `Rural district office No. ${String(n).padStart(4, '0')} of Baidibek district akimat`;
    const file = csv('similar.csv', 'code,unit', 50_000, (i) => `E-G-4,${unit(i % 5000)}`);
    const r = runTimed(['fund', file], 10);
    expect(r.code).toBe(0);
    expect(r.rows).toHaveLength(5001);
    // 10 posts per unit.
    expect(r.rows[7]).toMatchObject({ row: 'unit', key: unit(7), headcount: 10, salary_fund: '9993760.00' });
    expect(r.rows[5000]).toMatchObject({ row: 'total', headcount: 50_000, savings_bonus: '8744540000.00' });
  });

  it('sums 10,000 distinct savings counts exactly', () => {
    // Counts 0.0001 to 1.0000: Σ = 0.0001 × (1 + ... + 10 000) = 5 000.5 salaries of 62 461: 312 336 230.50.
    const file = csv('savings.csv', 'code,savings_salaries', 10_000, (i) => `E-G-4,${((i + 1) / 10_000).toFixed(4)}`);
    const r = runTimed(['fund', file, '--by', 'none'], 10);
    expect(r.code).toBe(0);
    expect(r.rows[0]).toMatchObject({ headcount: 10_000, savings_bonus: '312336230.50', salary_fund: '9993760000.00' });
  });

  it('moves the savings sums to a finer scale exactly when a count with more decimals comes', async () => {
    const file = csv('scales.csv', 'code,savings_salaries', 4, (i) => `E-G-4,${['3', '2.8', '0.125', '3'][i]}`);
    const rows = await rowsOf([file, '--by', 'none']);
    // 62 461 × (3 + 2.8 + 0.125 + 3) = 62 461 × 8.925 = 557 464.425, half up to the tiyn.
    expect(rows[0].savings_bonus).toBe('557464.43');
  });

  it('places years of service in a band that starts at a billion years at once', () => {
    const bands = csv('bands.csv', 'from_years,to_years,share', 2, (i) => (i ? '1000000000,,1' : '0,1000000000,0'));
    const file = csv('years.csv', 'code,experience', 3, (i) => `E-G-4,${['3', '999999999.5', '1000000000'][i]}`);
    const r = runTimed(['fund', file, '--by', 'none', '--seniority', bands], 10);
    expect(r.code).toBe(0);
    // E-G-4: min 62 461, max 84 115 (share 1 from a billion years): 62 461 × 2 + 84 115 = 209 037 a month, × 16.
    expect(r.rows[0]).toMatchObject({ headcount: 3, salary_fund: '3344592.00' });
  });
});

describe('kzpay fund keeps memory to what it shows', () => {
  it('sums 50,000 codes outside the grid in one group without keeping each of them', async () => {
    const lines = ['code,group,salary'];
    for (let i = 0; i < 50_000; i++) lines.push(`X-${i},E,100000`);
    const { reader, staffing } = await readStaffing(lines.join('\n'), 'group');
    // Every code has the same raises in scope (the embedded ones are by tier, which these codes lack, or all).
    expect(staffing.groups).toHaveLength(1);
    expect(staffing.groups[0]).toMatchObject({ key: 'E', headcount: 50_000n, salaryUnits: 100000_00n * 50_000n });
    expect(reader.codes.size).toBeLessThanOrEqual(CACHE_LIMIT);
  });

  it('takes a later code of a group for the grid code it is, whatever its case, or refuses it', async () => {
    // After X-1 the codes outside the grid of group E are placed from their bytes (sharedOutside): a grid code in
    // lower case or padded, another spelling of the group and an invisible character must each still be seen.
    const rows = ['X-1,1,100000,E', 'e-g-4,1,,E', 'X-2,2,120000,e', 'E-G-4 ,1,,E', ' E-G-4,1,,E'];
    const { staffing } = await readStaffing(['code,headcount,salary,group', ...rows].join('\n'), 'group');
    const byCode = Object.fromEntries(staffing.groups.map((g) => [g.category.code, g.headcount]));
    // E-G-4 at 0 years is the grid's min; the outside codes are one cost class, standing for X-1.
    expect(byCode).toEqual({ 'X-1': 3n, 'E-G-4': 3n });
    expect(staffing.groups.find((g) => g.category.code === 'E-G-4')?.salaryUnits).toBe(3n * 62461_00n);
    await expect(
      readStaffing(['code,headcount,salary,group', ...rows, 'E-G\u200b-4,1,,E'].join('\n'), 'group'),
    ).rejects.toThrow(/:7: column code \(1st\): "E-G<U\+200B>-4" differs from the grid's E-G-4 only by an invisible/);
  });

  it('keeps no more than a bounded cache of distinct years of service and savings counts', async () => {
    const lines = ['code,experience,savings_salaries'];
    for (let i = 0; i < 50_000; i++) lines.push(`E-G-4,${(i / 10_000).toFixed(7)},${(i / 1000).toFixed(3)}`);
    const { reader, staffing } = await readStaffing(lines.join('\n'), 'none');
    expect(staffing.groups).toHaveLength(1);
    expect(reader.bandsByText.size).toBeLessThanOrEqual(CACHE_LIMIT);
    expect(reader.savingsByText.size).toBeLessThanOrEqual(CACHE_LIMIT);
  });

  it("names the row's own code and group in an error, though the codes of a group are summed as one", async () => {
    // of group E are one cost class and one key: the error on line 3 is still about X-2.
    const noSalary = csv('outside-no-salary.csv', 'code,group,salary', 2, (i) => ['X-1,E,100000', 'X-2,e,'][i]);
    const a = runTimed(['fund', noSalary, '--by', 'group'], 10);
    expect(a.code).toBe(3);
    expect(a.stderr).toContain(':3: column code (1st): "X-2" is not in the grid and the row has no salary');
    // Group "zz" has no savings rule: Y-1 gives its count, Y-2 of the same group ("ZZ") does not, and is named.
    const header = 'code,group,salary,savings_salaries';
    const noRule = csv('outside-no-rule.csv', header, 2, (i) => ['Y-1,zz,1,3', 'Y-2,ZZ,1,'][i]);
    const b = runTimed(['fund', noRule, '--by', 'none'], 10);
    expect(b.code).toBe(3);
    const rule = 'group "ZZ" of Y-2 has no savings rule under --savings auto';
    expect(b.stderr).toContain(`:3: column savings_salaries (4th): ${rule}`);
    // A code of the grid whose category has no group: the message says so, not that the code is outside the grid.
    const grid = csv('grid-no-group.csv', 'code,min,max', 1, () => 'Z-1,100000,120000');
    const c = runTimed(['fund', csv('grid-code.csv', 'code', 1, () => 'Z-1'), '--grid', grid], 10);
    expect(c.code).toBe(3);
    expect(c.stderr).toContain(
      ':2: column code (1st): savings salaries of "Z-1" are unknown: its category has no group in the grid',
    );
  });
});

describe('kzpay fund multiplies whole and fractional salaries a year exactly', () => {
  it('takes --medical 1.5 --bonus 0.25 and a savings count of 0.125 to the tiyn', async () => {
    const file = csv('fractions.csv', 'code,savings_salaries', 1, () => 'E-G-4,0.125');
    const [row] = await rowsOf([file, '--by', 'none', '--medical', '1.5', '--bonus', '0.25']);
    // 62 461 × (12 + 1.5 + 0.25) = 858 838.75; savings 62 461 × 0.125 = 7 807.625 (7 807.63 half up); the total is
    // the sum before rounding: 866 646.375, 866 646.38.
    expect(row).toMatchObject({ salary_fund: '858838.75', savings_bonus: '7807.63', total: '866646.38' });
  });
});

describe('kzpay fund reads a cell of white space alone as an empty cell', () => {
  it('whatever the white space: a no-break space, an ideographic space, a BOM or plain spaces', async () => {
    // Once an internal error (exit 4): the fast path saw text, the slow path an empty (trimmed) cell.
    const file = join(dir, 'blank-cells.csv');
    const blanks = ['\u00a0', '\u3000', '\ufeff', '\u202f', '  '];
    const lines = blanks.map((b) => `E-G-4,${b},${b},${b},${b}`);
    writeFileSync(file, ['code,headcount,experience,salary,savings_salaries', ...lines].join('\n') + '\n');
    const [row] = await rowsOf([file, '--by', 'none']);
    // Five posts of E-G-4 at 0 years (the defaults: one person, no service, the grid's salary, group E's 2.8):
    // 5 × 62 461 × 16 = 4 996 880; savings 5 × 62 461 × 2.8 = 874 454.
    expect(row).toMatchObject({ headcount: 5, salary_fund: '4996880.00', savings_bonus: '874454.00' });
  });
});

describe('kzpay fund rows name what they stand for', () => {
  it('keeps units named "total" and "(no unit)" apart from the total row and the rows without a unit', async () => {
    const file = csv('units.csv', 'code,unit', 4, (i) => `E-G-4,${['total', '(no unit)', '', 'Finance'][i]}`);
    const rows = await rowsOf([file]);
    expect(rows.map((r) => [r.row, r.key, r.headcount])).toEqual([
      ['unit', 'total', 1],
      ['unit', '(no unit)', 1],
      ['unit', '', 1],
      ['unit', 'Finance', 1],
      ['total', 'total', 4],
    ]);
    expect(rows[4].salary_fund).toBe('3997504.00'); // 4 × 999 376
  });

  it('keeps a unit whose quoted name holds a line break on one Markdown row', async () => {
    const file = join(dir, 'newline.csv');
    writeFileSync(file, 'code,unit\nE-G-4,"Finance\nand budget"\nE-G-4,Audit\n');
    const r = runTimed(['fund', file], 10);
    expect(r.code).toBe(0);
    expect(r.rows[0].key).toBe('Finance\nand budget');
    const md = spawnSync(process.execPath, [BIN, 'fund', file, '--format', 'md'], { cwd: ROOT, encoding: 'utf8' });
    expect(md.stdout).toContain('| 2024 | unit | Finance<br>and budget | 1 |');
    expect(md.stdout).toContain('| 2024 | unit | Audit | 1 |');
  });

  it('groups by group whatever its case, as the grid is matched', async () => {
    // D-1 and E-G-4 from the grid; outside codes of group "d" and "e" join the grid's D and E.
    const file = csv('groups.csv', 'code,group,salary', 4, (i) => ['D-1,,', 'X,d,100000', 'E-G-4,e,', 'Y,E,100000'][i]);
    const rows = await rowsOf([file, '--by', 'group']);
    expect(rows.map((r) => [r.row, r.key, r.headcount])).toEqual([
      ['group', 'D', 2],
      ['group', 'E', 2],
      ['total', 'total', 4],
    ]);
  });

  it('gives the codes outside the grid the raises their scope reaches, summed by group', async () => {
    // A scope must select a category of the grid (E-G-4 here, not in this file) and may reach codes outside it.
    const raises = csv('raises.csv', 'effective,percent,scope', 1, () => '2025-01-01,10,code=X-*;code=E-G-4');
    const file = csv('outside.csv', 'code,group,salary', 2000, (i) => (i % 2 ? `X-${i},E,100000` : `Y-${i},E,100000`));
    const rows = await rowsOf([file, '--by', 'group', '--years', '1', '--raises', raises]);
    // 2024: 2 000 × 100 000 × 16 = 3 200 000 000; savings × 2.8 = 560 000 000.
    // 2025: the 1 000 X codes at 110 000: 1 000 × (110 000 + 100 000) × 16 = 3 360 000 000; savings 588 000 000.
    expect(rows.map((r) => [r.year, r.row, r.key, r.salary_fund, r.savings_bonus])).toEqual([
      [2024, 'group', 'E', '3200000000.00', '560000000.00'],
      [2024, 'total', 'total', '3200000000.00', '560000000.00'],
      [2025, 'group', 'E', '3360000000.00', '588000000.00'],
      [2025, 'total', 'total', '3360000000.00', '588000000.00'],
    ]);
  });
});

describe('kzpay fund reads what salary reads: a seniority share of many decimals', () => {
  // Bands 0-5 at share 0 and 5+ at 0.12345678901 (11 decimals): a level of 13 decimals, which summed as integers needs
  // a finer unit than the tiyn. Hand computation (experience 7, band 5+, no raise in 2024):
  //   E-G-4: 62 461 + 0.12345678901 × (84 115 − 62 461) = 65 134.33330922254; × 16 = 1 042 149.33;
  //          savings (group E, 2.8) 182 376.13; total × 18.8 = 1 224 525.47
  //   D-1:   182 988 + 0.12345678901 × (246 879 − 182 988) = 190 875.77770663791; × 16 = 3 054 012.44;
  //          savings (group D, 5.2) 992 554.04; total × 21.2 = 4 046 566.49
  //   X-1 (outside the grid, own salary 100 000, 1 savings salary): 1 600 000.00, 100 000.00, 1 700 000.00
  it('sums the levels exactly, and the grid is not blamed for the shares', async () => {
    const dir = tempDir('shares');
    const bands = join(dir, 'seniority.csv');
    writeFileSync(bands, 'from_years,to_years,share\n0,5,0\n5,,0.12345678901\n');
    const staffing = join(dir, 'staffing.csv');
    writeFileSync(
      staffing,
      'code,headcount,experience,salary,group,savings_salaries\nE-G-4,1,7,,,\nD-1,1,7,,,\nX-1,1,0,100000,Z,1\n',
    );
    const doc = await runJson(['fund', staffing, '--by', 'code', '--seniority', bands]);
    const of = (key: string) => doc.rows.find((r) => r.key === key)!;
    expect(of('E-G-4')).toMatchObject({ salary_fund: '1042149.33', savings_bonus: '182376.13', total: '1224525.47' });
    expect(of('D-1')).toMatchObject({ salary_fund: '3054012.44', savings_bonus: '992554.04', total: '4046566.49' });
    expect(of('X-1')).toMatchObject({ salary_fund: '1600000.00', savings_bonus: '100000.00', total: '1700000.00' });
    // salary agrees: twelve months of E-G-4's level in 2024, held in its band.
    const salary = await runJson(['salary', 'E-G-4', '--years', '0', '--experience', '7', '--seniority', bands]);
    expect(salary.rows[0].earnings).toBe('781612.00'); // 65 134.33330922254 × 12 = 781 611.9997...
  });

  it('sums a share of 28 significant digits too', async () => {
    const dir = tempDir('shares');
    const bands = join(dir, 'seniority.csv');
    writeFileSync(bands, `from_years,to_years,share\n0,5,0\n5,,0.${'1'.repeat(28)}\n`);
    const staffing = join(dir, 'staffing.csv');
    writeFileSync(staffing, 'code,headcount,experience\nE-G-4,3,7\n');
    const doc = await runJson(['fund', staffing, '--by', 'code', '--seniority', bands]);
    // 62 461 + 0.111…1 (28 ones) × 21 654 = 64 867 less 2.406e-25 (21 654 / 9 = 2 406), × 16 × 3 = 3 113 616.00
    const level = new Dec(62461).plus(new Dec(`0.${'1'.repeat(28)}`).times(21654));
    expect(doc.rows.find((r) => r.key === 'E-G-4')!.salary_fund).toBe(level.times(48).toFixed(2));
    expect(doc.rows.find((r) => r.key === 'E-G-4')!.salary_fund).toBe('3113616.00');
  });
});
