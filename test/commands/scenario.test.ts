import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { runCli, runJson } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const d = (x: string | number) => new Dec(x);
const december = (rows: Record<string, unknown>[], year: number) => rows.find((r) => r.year === year)?.salary;

describe('kzpay salary with a scenario', () => {
  it('adds a 10% raise on 2027-01-01: (62 461 + 0.3 × 21 654) × 1.16 × 1.10 = 87 989.39 in December 2027', async () => {
    const base = await runJson(['salary', 'E-G-4', '--years', '7']);
    const doc = await runJson(['salary', 'E-G-4', '--years', '7', '--raise', '2027-01-01:10']);
    // E-G-4: min 62 461, max 84 115 (max − min 21 654); 3-5 years of service: share 0.3; the 2026 raise 16%.
    expect(december(doc.rows, 2027)).toBe(d(62461).plus(d('0.3').times(21654)).times('1.16').times('1.10').toFixed(2));
    expect(december(doc.rows, 2027)).toBe('87989.39');
    // December 2031: 7.92 years of service, share 0.5 (7-9 years): (62 461 + 0.5 × 21 654) × 1.16 × 1.10.
    expect(december(doc.rows, 2031)).toBe(d(62461).plus(d('0.5').times(21654)).times('1.16').times('1.10').toFixed(2));
    expect(december(doc.rows, 2031)).toBe('93515.49');
    for (const year of [2024, 2025, 2026]) expect(december(doc.rows, year)).toBe(december(base.rows, year));
    expect(doc.assumptions).toContain('scenario --raise 2027-01-01:10: +10% on 2027-01-01 (all)');
  });

  it('indexes to the CPI each January from 2027: 11.05, 9.10, 8.50, 6.80 and 5.00% (the data, 2026-2030)', async () => {
    const doc = await runJson(['salary', 'E-G-4', '--years', '7', '--no-seniority', '--indexation', 'cpi@2027']);
    const raises = doc.rows.filter((r) => (r.year as number) >= 2027).map((r) => r.raise_pct);
    expect(raises).toEqual(['11.0500', '9.1000', '8.5000', '6.8000', '5.0000']);
    // 62 461 × 1.16 = 72 454.76 in 2026, then each year's raise.
    const expected = d('72454.76').times('1.1105').times('1.091').times('1.085').times('1.068').times('1.05');
    expect(december(doc.rows, 2031)).toBe(expected.toFixed(2));
    expect(december(doc.rows, 2031)).toBe('106807.20');
    const notes = doc.assumptions.filter((a) => a.startsWith('scenario --indexation'));
    expect(notes).toHaveLength(5);
    expect(notes[0]).toMatch(/\+11\.05% on 2027-01-01 = December-on-December inflation of 2026/);
  });

  it('shows the baseline, the scenario and the difference side by side with --compare', async () => {
    const doc = await runJson(['salary', 'E-G-4', '--years', '3', '--raise', '2027-01-01:10', '--compare']);
    expect(doc.kind).toBe('compare');
    const row = doc.rows.find((r) => r.year === 2027)!;
    expect(row.salary_base).toBe('79990.35'); // (62 461 + 0.3 × 21 654) × 1.16
    expect(row.salary).toBe('87989.39');
    expect(row.salary_diff).toBe('7999.04'); // 87 989.39 − 79 990.35 (to the tiyn: 79 990.352 × 0.1 = 7 999.0352)
    for (const r of doc.rows) {
      expect(
        d(r.salary as string)
          .minus(r.salary_base as string)
          .toFixed(2),
      ).toBe(r.salary_diff);
    }
  });

  it.each([
    [['--raise', '2027-01-01:10:tier=lowr'], /the scope tier=lowr selects no category/],
    [['--raise', '2027-13-01:10'], /"2027-13-01" is not a real date/],
    [['--raise', '2027-01-01:-100'], /-100/],
    [['--indexation', 'cpi+x'], /--indexation/],
    [['--compare'], /--compare sets a scenario beside the baseline/],
  ])('refuses %j with exit 2, naming what is wrong', async (args, message) => {
    const r = await runCli(['salary', 'E-G-4', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});

describe('kzpay index with a restoring raise', () => {
  // Prices from December 2023 to January 2027: 2024 8.6%, 2025 12.3%, 2026 11.05% (yearly rows), and January 2027,
  // one twelfth of 2027's 9.1% (no monthly rows: each month (1.091)^(1/12)).
  const prices = d('1.086')
    .times('1.123')
    .times('1.1105')
    .times(d('1.091').pow(d(1).div(12)));

  it('gives E-G-4 the raise that brings its real raise level back to December 2023: 17.6040%', async () => {
    const doc = await runJson(['index', '--code', 'E-G-4', '--to', '2027', '--raise', '2027-01-01:restore=2023-12']);
    // E-G-4 (tier lower) had 16% in 2026: r = prices / 1.16 − 1.
    const r = prices.div('1.16').minus(1).times(100);
    expect(r.toFixed(4)).toBe('17.6040');
    const row = doc.rows.find((x) => x.year === 2027)!;
    expect(row.raise_pct).toBe(r.toFixed(4));
    expect(row.raises).toBe('17.604% from 2027-01-01 (scenario)');
  });

  it('gives D-1, which had no 2026 raise, the larger 36.4207%: (1 + 17.6040%) × 1.16 − 1', async () => {
    const doc = await runJson(['index', '--code', 'D-1', '--to', '2027', '--raise', '2027-01-01:restore=2023-12']);
    const r = prices.minus(1).times(100);
    expect(r.toFixed(4)).toBe('36.4207');
    expect(doc.rows.find((x) => x.year === 2027)!.raise_pct).toBe(r.toFixed(4));
    // 18.8166 points more than E-G-4's: the 16% it did not get, compounded with the rest.
    expect(r.minus(prices.div('1.16').minus(1).times(100)).toFixed(4)).toBe('18.8166');
  });
});

describe('kzpay fund --indexation cpi@2027 --compare on the embedded example', () => {
  it('costs each 2027 row at the baseline × 1.1105 (a January raise, experience held) and sums the cost', async () => {
    const doc = await runJson(['fund', '--years', '4', '--indexation', 'cpi@2027', '--compare']);
    expect(doc.kind).toBe('compare');
    let sum = d(0);
    let sumReal = d(0);
    for (const row of doc.rows) {
      const total = d(row.total as string);
      const base = d(row.total_base as string);
      expect(row.cost).toBe(total.minus(base).toFixed(2));
      expect(row.cost).toBe(row.total_diff);
      if (row.year === 2027) expect(total.minus(base.times('1.1105')).abs().lte('0.01')).toBe(true);
      if ((row.year as number) < 2027) expect(row.cost).toBe('0.00');
      if (row.key === 'total') {
        sum = sum.plus(row.cost as string);
        sumReal = sumReal.plus(row.total_real_diff as string);
      }
    }
    expect(doc.summary.cost).toBe(sum.toFixed(2));
    expect(doc.summary.cost_real).toBe(sumReal.toFixed(2));
  });
});

describe('scenario options hold to the rules of files', () => {
  // 46 significant digits: a file's percent of as many is exit 3 (more than 28 are not kept exact).
  const long = `-99.${'9'.repeat(44)}`;
  it.each([
    [['--raise', `2027-01-01:${long}`], /--raise: .*46 significant digits, more than the 28 kzpay keeps exact/],
    [['--raise', `2027-01-01:1.${'0'.repeat(27)}1`], /29 significant digits/],
    [['--indexation', `1.${'0'.repeat(27)}1`], /--indexation: .*29 significant digits/],
    [['--indexation', `cpi+0.${'1'.repeat(29)}`], /--indexation: .*29 significant digits/],
    [['--indexation', 'cpi', '--indexation', '5'], /--indexation is given twice/],
  ])('refuses %j with exit 2', async (args, message) => {
    const r = await runCli(['salary', 'E-G-4', ...args]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(message);
  });

  it('takes a percent of 28 significant digits as it is', async () => {
    const pct = `1.${'0'.repeat(26)}1`;
    const doc = await runJson(['salary', 'E-G-4', '--years', '3', '--raise', `2027-01-01:${pct}`]);
    expect(doc.assumptions).toContain(`scenario --raise 2027-01-01:${pct}: +1% on 2027-01-01 (all)`);
  });

  it('names in the assumptions a raise dated after the report ends (it makes no change)', async () => {
    const doc = await runJson(['salary', 'E-G-4', '--years', '2', '--raise', '2030-01-01:10']);
    expect(doc.assumptions).toContain(
      'scenario: --raise 2030-01-01:10 takes effect on 2030-01-01, ' +
        "after the report's last year 2026: it changes nothing shown",
    );
    const plain = await runJson(['salary', 'E-G-4', '--years', '2']);
    expect(doc.rows).toEqual(plain.rows);
  });
});

describe('kzpay fund: a --raise scope on a code or group outside the grid', () => {
  // X-1 is not in the grid: its own salary 100 000 and group Z, 2 savings salaries. A 10% raise from 1 July 2024:
  // the average month of 2024 is (6 × 100 000 + 6 × 110 000) / 12 = 105 000; 105 000 × (12 + 2 + 2) = 1 680 000,
  // savings 105 000 × 2 = 210 000, total 1 890 000. E-G-4 (62 461, in group E) is not reached: 62 461 × 16 × 2.
  const staffing = 'code,headcount,salary,group,savings_salaries\nX-1,1,100000,Z,2\nE-G-4,2,,,\n';
  it.each(['group=Z', 'code=X-1', 'group=z'])('reaches the row through %s', async (scope) => {
    const dir = tempDir('scope');
    const file = join(dir, 'staffing.csv');
    writeFileSync(file, staffing);
    const doc = await runJson(['fund', file, '--by', 'code', '--raise', `2024-07-01:10:${scope}`]);
    const x = doc.rows.find((r) => r.key === 'X-1')!;
    expect(x).toMatchObject({ salary_fund: '1680000.00', savings_bonus: '210000.00', total: '1890000.00' });
    expect(doc.rows.find((r) => r.key === 'E-G-4')!.salary_fund).toBe(d(62461).times(16).times(2).toFixed(2));
  });

  it('still refuses a scope that selects no row of the staffing file nor of the grid', async () => {
    const dir = tempDir('scope');
    const file = join(dir, 'staffing.csv');
    writeFileSync(file, staffing);
    const r = await runCli(['fund', file, '--raise', '2024-07-01:10:group=Y']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/the scope group=Y selects no category/);
  });
});

describe('a restore= month the CPI data cannot price', () => {
  it.each([
    ['2027-01-01:restore=1990-01', /no inflation data for 2003: the CPI data covers 2004-2031/],
    ['2045-01-01:restore=2023-12', /no inflation data for 2032/],
  ])('--raise %s is an error that names the --raise, not the CPI file', async (raise, problem) => {
    const r = await runCli(['salary', 'E-G-4', '--years', '1', '--raise', raise]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(new RegExp(`^kzpay: error: --raise ${raise}: `));
    expect(r.stderr).toMatch(problem);
    expect(r.stderr).not.toMatch(/cpi-kz\.csv/);
  });
});
