import { describe, expect, it } from 'vitest';
import { Dec, product } from '../../src/core/money.js';
import { runCli, runJson } from '../helpers/cli.js';

type Row = Record<string, string | number>;
const indexJson = async (args: string[]) => {
  const doc = await runJson(['index', ...args]);
  return { ...doc, rows: doc.rows as Row[], summary: doc.summary as Record<string, string> };
};
const factors = (xs: string[]) => product(xs.map((x) => new Dec(x)));

// December-on-December CPI rows of 2005-2023, systems/kz/cpi.csv
const CPI_2005_2023 = [
  '1.075', // 2005 and 2006: the National Bank's December-on-December figures
  '1.084',
  '1.1856',
  '1.0960',
  '1.0622',
  '1.0759',
  '1.074',
  '1.060',
  '1.048',
  '1.074',
  '1.136',
  '1.085',
  '1.071',
  '1.053',
  '1.054',
  '1.075',
  '1.084',
  '1.203',
  '1.098',
];

describe('kzpay index on the embedded data', () => {
  it('compounds the raises of 2005-2023 (--range low) to 10.603271 and deflates them by the CPI rows', async () => {
    const doc = await indexJson(['--from', '2005', '--to', '2023', '--range', 'low']);
    // 2005 32%, 2007 30%, 2009 25%, 2010 25%, 2011 30%, 2016 30% (corps B), 2019 25% (low end of 25-30),
    // 2021 30%, 2022 20%, 2023 20%
    const nominal = factors(['1.32', '1.30', '1.25', '1.25', '1.30', '1.30', '1.25', '1.30', '1.20', '1.20']);
    expect(nominal.toString()).toBe('10.60327125');
    expect(doc.summary.nominal_index).toBe('10.603271');
    const prices = factors(CPI_2005_2023);
    expect(doc.summary.price_index).toBe(prices.toFixed(6));
    expect(doc.summary.price_index).toBe('5.000491');
    expect(doc.summary.real_index).toBe(nominal.div(prices).toFixed(6));
    expect(doc.summary.real_index).toBe('2.120446');
    // 10.60327125 / 5.0004909 = 2.1204465; 2.1204465^(1/19) − 1 = 4.0352%
    expect(doc.summary.real_cagr_pct).toBe('4.0352');
    expect(doc.rows.map((r) => r.year)).toEqual(Array.from({ length: 19 }, (_, i) => 2005 + i));
    expect(doc.rows[0]).toMatchObject({
      raises: '32% from 2005-07-01',
      raise_pct: '32.0000',
      nominal_index: '1.320000',
      inflation_pct: '7.5000',
      price_index: '1.075000',
    });
    expect(doc.rows[14]).toMatchObject({ year: 2019, raises: '25-30% from 2019-06-01', raise_pct: '25.0000' });
  });

  it('uses 30% for 2019 with --range high: 10.60327125 / 1.25 × 1.30 = 11.027402', async () => {
    const doc = await indexJson(['--from', '2005', '--to', '2023', '--range', 'high']);
    expect(doc.summary.nominal_index).toBe('11.027402');
    expect(doc.rows[14].raise_pct).toBe('30.0000');
    expect(doc.assumptions).toContain('range raise 25-30% of 2019-06-01 counts as 30% (--range high)');
  });

  it('shows a year with no raise and positive inflation as a fall: 2006, 1 / 1.084 − 1 = −7.7491%', async () => {
    const doc = await indexJson(['--from', '2005', '--to', '2023']);
    expect(doc.rows[1]).toMatchObject({
      year: 2006,
      raises: '',
      raise_pct: '0.0000',
      nominal_index: '1.320000',
      real_change_pct: '-7.7491',
    });
    // mid range: 2022's 20% raise under 20.3% inflation falls too (1.20 / 1.203 − 1 = −0.2494%)
    expect(doc.rows[17]).toMatchObject({ year: 2022, real_change_pct: '-0.2494' });
    expect(doc.summary.years_real_fell).toEqual([2006, 2008, 2012, 2013, 2014, 2015, 2017, 2018, 2020, 2022]);
  });

  it('runs by default from the first raise year to the last year with actual CPI (2005-2025)', async () => {
    const doc = await indexJson([]);
    expect(doc.rows[0].year).toBe(2005);
    expect(doc.rows[doc.rows.length - 1]).toMatchObject({ year: 2025, status: 'actual' });
    expect(doc.assumptions).toContain(
      'period 2005-2025: from the first raise year, to the last year with actual CPI data',
    );
  });
});

describe('kzpay index --code', () => {
  // 1.32 × 1.30 × 1.25 × 1.25 × 1.30 × 1.30 × 1.275 × 1.30 × 1.20 × 1.20 = 10.8153...; nothing in 2024-2025
  const to2025 = factors(['1.32', '1.30', '1.25', '1.25', '1.30', '1.30', '1.275', '1.30', '1.20', '1.20']);

  it('skips the raise of 2026-01-01 for D-1 (tier higher) and says so', async () => {
    const doc = await indexJson(['--code', 'D-1', '--to', '2026']);
    const last = doc.rows[doc.rows.length - 1];
    expect(last).toMatchObject({
      year: 2026,
      raises: '',
      raise_pct: '0.0000',
      nominal_index: to2025.toFixed(6),
      status: 'projection',
    });
    expect(doc.assumptions).toContain(
      '--code D-1: only the raises whose scope covers it count; skipped 16% from 2026-01-01 (tier=middle;tier=lower)',
    );
  });

  it('counts the raise of 2026-01-01 for E-G-4 (tier lower): × 1.16', async () => {
    const doc = await indexJson(['--code', 'E-G-4', '--to', '2026']);
    const last = doc.rows[doc.rows.length - 1];
    expect(last).toMatchObject({
      year: 2026,
      raises: '16% from 2026-01-01',
      raise_pct: '16.0000',
      nominal_index: to2025.times('1.16').toFixed(6),
    });
    expect(doc.assumptions).toContain(
      '--code E-G-4: only the raises whose scope covers it count; no raise of the period skipped',
    );
  });

  it('counts every raise without --code, and the assumptions say scopes were not applied', async () => {
    const doc = await indexJson(['--to', '2026']);
    expect(doc.rows[doc.rows.length - 1]).toMatchObject({
      raises: '16% from 2026-01-01',
      nominal_index: to2025.times('1.16').toFixed(6),
    });
    expect(doc.assumptions).toContain(
      'no --code: every raise counts, scopes not applied, also 30% from 2016-01-01 (corps=B), ' +
        '16% from 2026-01-01 (tier=middle;tier=lower)',
    );
    expect(doc.assumptions.join('\n')).toMatch(/inflation of 2026 is a projection/);
  });
});

describe('kzpay index errors', () => {
  it('exits 3 naming the covered years when --from is before the CPI data', async () => {
    const r = await runCli(['index', '--from', '2003']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'kzpay: error: systems/kz/cpi.csv: no inflation data for 2003: the CPI data covers 2004-2031 ' +
        '(expected a yearly row for 2003, all twelve monthly rows, or --inflation PCT to assume a rate)\n',
    );
  });

  it.each([
    [['--from', '2020', '--to', '2010'], /--from 2020 is after --to 2010/],
    [['--from', '2030'], /--from 2030 is after the last year with actual CPI data \(2025\); give --to/],
    [['--to', 'soon'], /--to must be a whole number/],
    [['--chart', '--format', 'json'], /--chart goes with the table format only, not with --format json/],
    [
      ['--chart', '-o', 'out.csv'],
      /--chart goes with the table format only, not with csv \(the format of -o out\.csv\)/,
    ],
  ])('rejects %j with exit 2', async (args, message) => {
    const r = await runCli(['index', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('answers an unknown --code as a usage error (exit 2)', async () => {
    const r = await runCli(['index', '--code', 'Z-9']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown code "Z-9"/);
  });
});

describe('kzpay index --chart and kzpay salary --chart', () => {
  it('draws the three indices under the table, within 80 columns and without colour', async () => {
    const r = await runCli(['index', '--chart']);
    expect(r.code).toBe(0);
    const chart = r.stdout.slice(r.stdout.indexOf('Index, December 2004 = 1'));
    expect(chart).toMatch(/^ {2}\* nominal \(raises\) {3}\+ prices \(CPI\) {3}o real$/m);
    expect(chart).toMatch(/2004 +2006 +2008/);
    expect(Math.max(...chart.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80);
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('draws nominal and real salary of the first code and says which', async () => {
    const r = await runCli(['salary', 'E-G-4', 'D-1', '--years', '7', '--chart']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/E-G-4: monthly salary in December, tenge/);
    expect(r.stdout).toMatch(/\* nominal {3}\+ real \(prices of 2024-01\)/);
    expect(r.stdout).toMatch(/the chart shows E-G-4, the first of 2 codes/);
  });

  it('leaves the chart out unless asked', async () => {
    const r = await runCli(['salary', 'E-G-4']);
    expect(r.stdout).not.toMatch(/monthly salary in December, tenge/);
  });
});
