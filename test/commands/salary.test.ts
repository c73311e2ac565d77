import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';

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
    // Raises after December 2015 and on or before the as-of date: 2016 +30% (corps B), 2019 +27.5% (25-30 midpoint),
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
    expect(r.stderr).toMatch(/^kzpay: error: fixtures\/grid-2024\.csv:\d+:\d+: /);
    const rows = await rowsOf(['E-5', '--years', '1', '--no-seniority']);
    expect(rows.map((x) => x.salary)).toEqual(['89901.00', '89901.00']);
  });

  it('rejects an unknown code with exit 3 and a bad --years with exit 2', async () => {
    expect((await runCli(['salary', 'X-9'])).code).toBe(3);
    expect((await runCli(['salary', 'E-G-4', '--years', 'many'])).code).toBe(2);
  });
});
