import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dec } from '../../src/core/money.js';
import { runCli, runJson } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

type Row = Record<string, string>;
const rowsOf = async (args: string[]) => (await runJson(['salary', ...args])).rows as Row[];

describe('kzpay salary on the embedded data', () => {
  it('shows E-G-4 at 62 461 in 2024 and 2025 and at 62 461 × 1.16 = 72 454.76 from 2026 (no seniority)', async () => {
    const rows = await rowsOf(['E-G-4', '--years', '7', '--no-seniority']);
    expect(rows.map((r) => r.year)).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031]);
    expect(rows.map((r) => r.salary)).toEqual(['62461.00', '62461.00', ...Array(6).fill('72454.76')]);
    // The +16% raise of 2026-01-01 covers tier lower: the raise column says so in its year alone.
    expect(rows.map((r) => r.raise_pct)).toEqual(['0.0000', '0.0000', '16.0000', ...Array(5).fill('0.0000')]);
  });

  it('holds the yearly CPI rows exactly although the monthly rows multiply to about 8.73% and 12.45%', async () => {
    const rows = await rowsOf(['E-G-4', '--years', '7', '--no-seniority']);
    expect(rows[0].inflation_pct).toBe('8.6000');
    expect(rows[1].inflation_pct).toBe('12.3000');
    expect(rows.map((r) => r.status)).toEqual(['actual', 'actual', ...Array(6).fill('projection')]);
  });

  it('moves through the seniority bands: 62 461 + 0.1 × (84 115 − 62 461) = 64 626.40 in December 2025', async () => {
    const rows = await rowsOf(['E-G-4', '--years', '2']);
    expect(rows[0].salary).toBe('62461.00'); // 11/12 of a year in December 2024: still band 0-1
    expect(rows[1].salary).toBe('64626.40');
    // 2026: two years of service (share 0.2) and the +16% raise: (62 461 + 0.2 × 21 654) × 1.16 = 77 478.488
    expect(rows[2].salary).toBe('77478.49');
    // 64 626.40 / 62 461 − 1 = 3.4668...%
    expect(rows[1].seniority_pct).toBe('3.4668');
  });

  it('divides out every later raise in scope going back to 2015', async () => {
    const rows = await rowsOf(['E-G-4', '--from', '2015', '--years', '0', '--no-seniority']);
    expect(rows.map((r) => r.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    // Raises after December 2015 and on or before the grid date: 2016 +30% (corps B), 2019 +27.5% (25-30 midpoint),
    // 2021 +30%, 2022 +20%, 2023 +20%. 62 461 / (1.30 × 1.275 × 1.30 × 1.20 × 1.20) = 62 461 / 3.10284 = 20 130.27
    expect(rows[0].salary).toBe('20130.27');
    // 2016: × 1.30 → 26 169.35
    expect(rows[1].salary).toBe('26169.35');
    expect(rows[9].salary).toBe('62461.00');
  });
});

describe('kzpay salary errors', () => {
  it('names 2032 and the covered years when the CPI data runs out', async () => {
    const r = await runCli(['salary', 'E-G-4', '--years', '10']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/2032/);
    expect(r.stderr).toMatch(/2004-2031/);
  });

  it('assumes --inflation for the years without data and says so', async () => {
    const doc = await runJson(['salary', 'E-G-4', '--years', '10', '--inflation', '5']);
    expect(doc.rows).toHaveLength(11);
    expect(doc.rows[8]).toMatchObject({ year: 2032, inflation_pct: '5.0000', status: 'projection' });
    expect(doc.assumptions.join('\n')).toMatch(/5% a year assumed for 2032-2034/);
  });

  it('explains why E-5 (no max) cannot move through the bands, and works with --no-seniority', async () => {
    const r = await runCli(['salary', 'E-5', '--years', '1']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/E-5 has no max salary/);
    expect(r.stderr).toMatch(/--no-seniority/);
    expect(r.stderr).toMatch(/^kzpay: error: systems\/kz\/grid\.csv:\d+: column max \(12th\): /);
    const rows = await rowsOf(['E-5', '--years', '1', '--no-seniority']);
    expect(rows.map((x) => x.salary)).toEqual(['89901.00', '89901.00']);
  });

  it('names the first month a category without max would move in, from the first year shown', async () => {
    // Grid date 2024-01-01 at 0 years of service: the band of share 0.1 starts at 1 year (2025-01), and 2026-01, the
    // first month shown with --from 2026, is 2 years in (share 0.2); the December before it is not shown.
    const r = await runCli(['salary', 'E-5', '--from', '2026', '--years', '3']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/E-5 has no max salary, .* \(in 2026-01, 2\.00 years of service put it 20% of the way/);
  });

  it('rejects an unknown code and a bad --years as usage errors (exit 2)', async () => {
    const r = await runCli(['salary', 'X-9']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown code "X-9": systems\/kz\/grid\.csv has no such category/);
    expect((await runCli(['salary', 'E-G-4', '--years', 'many'])).code).toBe(2);
  });
});

describe('kzpay salary in real terms, checked by hand', () => {
  const cpi = 'fixtures/valid/cpi-hand-check.csv'; // 2024: 12% a year, January to June 1% a month
  const args = ['E-G-4', '--years', '0', '--no-seniority', '--cpi', cpi];

  it('deflates December to the price month: P(June) / P(December) = 1.01^6 / 1.12', async () => {
    const [row] = await rowsOf([...args, '--prices', '2024-06']);
    // 62 461 × 1.01^6 / 1.12 = 62 461 × 1.061520150601 / 1.12 = 59 199.65
    expect(row.salary_real).toBe(new Dec(62461).times(new Dec('1.01').pow(6)).div('1.12').toFixed(2));
    expect(row.salary_real).toBe('59199.65');
    expect(row.inflation_pct).toBe('12.0000');
    // The grid-date level (January) in June prices: 62 461 × P(June) / P(January) = 62 461 × 1.01^5.
    // 59 199.65 / (62 461 × 1.01^5) − 1 = 1.01 / 1.12 − 1 = −9.8214%
    expect(row.real_change_pct).toBe('-9.8214');
  });

  it("sums the twelve months each in the price month's prices", async () => {
    const [row] = await rowsOf([...args, '--prices', '2024-06']);
    // January to June: 62 461 × 1.01^(6 − m); July to December: 62 461 / fill^(m − 6), fill = (1.12 / 1.01^6)^(1/6).
    const fill = new Dec('1.12').div(new Dec('1.01').pow(6)).pow(new Dec(1).div(6));
    let expected = new Dec(0);
    for (let m = 1; m <= 6; m++) expected = expected.plus(new Dec(62461).times(new Dec('1.01').pow(6 - m)));
    for (let m = 7; m <= 12; m++) expected = expected.plus(new Dec(62461).div(fill.pow(m - 6)));
    expect(row.earnings_real).toBe(expected.toFixed(2));
    expect(row.earnings).toBe('749532.00'); // 12 × 62 461
  });

  it('sums 12 months of nominal level: 12 × 64 626.40 = 775 516.80 in 2025 (a year of service all year)', async () => {
    const rows = await rowsOf(['E-G-4', '--years', '1']);
    expect(rows[1].earnings).toBe('775516.80');
    expect(rows[1].experience).toBe('1.00');
  });

  it('measures real change from the grid level at the grid date, even with a raise earlier in that month', async () => {
    const dir = tempDir('salary');
    const raises = join(dir, 'raises.csv');
    writeFileSync(raises, 'effective,percent\n2024-01-10,10\n');
    const [row] = await rowsOf([
      'E-G-4',
      '--grid-date',
      '2024-01-20',
      '--prices',
      '2024-01',
      '--no-seniority',
      '--years',
      '0',
      '--raises',
      raises,
    ]);
    // The grid holds 62 461 on 2024-01-20 (the raise of the 10th is inside it); December is 62 461 in January prices:
    // 62 461 / (P(Dec) / P(Jan)); real change = 1 / (P(Dec) / P(Jan)) − 1, the same as with no raise at all.
    const plain = await rowsOf(['E-G-4', '--no-seniority', '--years', '0']);
    expect(row.salary_real).toBe(plain[0].salary_real);
    expect(row.real_change_pct).toBe(plain[0].real_change_pct);
    expect(row.real_change_pct).toBe('-7.1914');
  });
});

describe('kzpay salary options', () => {
  it('keeps --seniority FILE and --no-seniority apart, in either order', async () => {
    const dir = tempDir('bands');
    const bands = join(dir, 'bands.csv');
    writeFileSync(bands, 'from_years,to_years,share\n0,1,0\n1,,1\n'); // from one year of service: max
    const moving = await runJson(['salary', 'E-G-4', '--seniority', bands, '--years', '1']);
    expect(moving.rows.map((r) => r.salary)).toEqual(['62461.00', '84115.00']);
    for (const order of [
      ['--seniority', bands, '--no-seniority'],
      ['--no-seniority', '--seniority', bands],
    ]) {
      const held = await runJson(['salary', 'E-G-4', ...order, '--years', '1']);
      expect(held.rows.map((r) => r.salary)).toEqual(['62461.00', '62461.00']);
      expect(held.assumptions.join('\n')).toContain(`seniority: ${bands}`);
    }
  });

  it('reads --experience with --decimal comma', async () => {
    const rows = await rowsOf(['E-G-4', '--experience', '1,5', '--decimal', 'comma', '--years', '0']);
    // 1.5 years in January (share 0.1), 2 years from July (share 0.2): 6 × 64 626.40 + 6 × 66 791.80 = 788 509.20
    expect(rows[0]).toMatchObject({ experience: '1.50', salary: '66791.80', earnings: '788509.20' });
  });

  it('refuses a raise so close to -100% that its factor would be 0, instead of printing NaN', async () => {
    const dir = tempDir('raise');
    const raises = join(dir, 'raises.csv');
    writeFileSync(raises, `effective,percent\n2023-07-01,-99.${'9'.repeat(40)}\n`);
    const r = await runCli(['salary', 'E-G-4', '--raises', raises, '--from', '2023', '--years', '0']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    // 42 significant digits: refused before any factor is made from it.
    expect(r.stderr).toMatch(/raises\.csv:2: column percent \(2nd\): .* has 42 significant digits, more than the 28/);
  });
});

describe('--prices at the start of the CPI data', () => {
  // P of the December before the first year of data is 1 (spec 2); the first year, 2004, is 6.69% December on
  // December, so real values in prices of 2004-12 are those in prices of 2003-12 × 1.0669.
  it('takes --prices 2003-12, the month whose price level is 1', async () => {
    const at2003 = await runJson(['salary', 'E-G-4', '--years', '1', '--prices', '2003-12']);
    const at2004 = await runJson(['salary', 'E-G-4', '--years', '1', '--prices', '2004-12']);
    for (const [i, row] of at2003.rows.entries()) {
      const expected = new Dec(row.salary_real as string).times('1.0669');
      expect(
        expected
          .minus(at2004.rows[i].salary_real as string)
          .abs()
          .lte('0.01'),
      ).toBe(true);
    }
    expect(at2003.assumptions).toContain('real values in prices of 2003-12 (--prices)');
  });

  it('takes it in fund too', async () => {
    const r = await runCli(['fund', '--prices', '2003-12', '--format', 'csv']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
  });

  it('still refuses a month before it that the data cannot price, naming the year', async () => {
    const r = await runCli(['salary', 'E-G-4', '--prices', '2003-11']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/no inflation data for 2003/);
  });
});
