import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareColumns, compareFund, compareRows, compareSummary, compareTable } from '../../src/core/compare.js';
import { monthIndex } from '../../src/core/dates.js';
import { computeFundReport, type FundGroup, type FundRow } from '../../src/core/fund-report.js';
import { Dec } from '../../src/core/money.js';
import { PriceIndex } from '../../src/core/prices.js';
import type { Column, Row } from '../../src/core/report.js';
import { applyScenario, parseRaiseSpec } from '../../src/core/scenario.js';
import { parseCsv } from '../../src/io/csv.js';
import { parseCpi, parseGrid, parseRaises, parseSeniority } from '../../src/io/datasets.js';
import { FIXTURES_DIR } from '../../src/io/load.js';

const d = (s: string | number) => new Dec(s);

const COLUMNS: Column[] = [
  { key: 'code', title: 'code', kind: 'text', rowKey: true },
  { key: 'year', title: 'year', kind: 'int', rowKey: true },
  { key: 'salary', title: 'salary', kind: 'money' },
  { key: 'raise_pct', title: 'raise %', kind: 'pct' },
  { key: 'real_index', title: 'real', kind: 'index' },
];
const row = (code: string, year: number, salary: string, pct: string, real: string): Row => ({
  code,
  year,
  salary: d(salary),
  raise_pct: d(pct),
  real_index: d(real),
});

describe('compareColumns', () => {
  it('shows each money and index column as base, scenario, diff and the others once', () => {
    expect(compareColumns(COLUMNS).map((c) => c.key)).toEqual([
      'code',
      'year',
      'salary_base',
      'salary',
      'salary_diff',
      'raise_pct',
      'real_index_base',
      'real_index',
      'real_index_diff',
    ]);
    expect(compareColumns(COLUMNS).find((c) => c.key === 'salary_diff')?.kind).toBe('money');
  });
});

describe('compareRows', () => {
  const base = [row('A', 2027, '100', '0', '1'), row('A', 2028, '100', '0', '0.95'), row('B', 2027, '50', '0', '1')];
  // In another order: the join is by key, not by position.
  const scenario = [row('B', 2027, '55', '10', '1.1'), row('A', 2027, '110.5', '10.5', '1.105')];

  it('puts X_base and X_diff = X − X_base on every scenario row, joined by key', () => {
    const rows = [...compareRows(base, scenario, ['code', 'year'], ['salary', 'real_index'])];
    expect(rows.map((r) => [r.code, String(r.salary_base), String(r.salary), String(r.salary_diff)])).toEqual([
      ['B', '50', '55', '5'],
      ['A', '100', '110.5', '10.5'],
    ]);
    expect(rows.map((r) => String(r.real_index_diff))).toEqual(['0.1', '0.105']);
    // Not a compared field: the scenario's value alone.
    expect(rows[1].raise_pct).toEqual(d('10.5'));
    expect(rows[1].raise_pct_base).toBeUndefined();
  });

  it('takes the key fields from the rowKey columns in compareTable', () => {
    const { columns, rows: streamed } = compareTable(COLUMNS, base, scenario);
    const rows = [...streamed];
    expect(columns).toHaveLength(9);
    expect(rows.map((r) => String(r.salary_diff))).toEqual(['5', '10.5']);
  });

  it('leaves the difference empty where a value is missing, and stops on a row without a baseline', () => {
    const noSalary: Row = { ...row('A', 2027, '1', '0', '1'), salary: null };
    expect([...compareRows(base, [noSalary], ['code', 'year'], ['salary'])][0].salary_diff).toBeNull();
    expect(() => [...compareRows(base, [row('C', 2027, '1', '0', '1')], ['code', 'year'], ['salary'])]).toThrow(
      /no baseline row for code=C, year=2027/,
    );
  });

  it('compares a summary the same way', () => {
    const columns: Column[] = [
      { key: 'real_index', title: 'real', kind: 'index' },
      { key: 'catch_up_pct', title: 'catch-up %', kind: 'pct' },
    ];
    const summary = compareSummary(
      { columns, values: { real_index: d('1.2'), catch_up_pct: d('0') } },
      { real_index: d('0.9'), catch_up_pct: d('5') },
    );
    expect(summary.columns.map((c) => c.key)).toEqual([
      'real_index_base',
      'real_index',
      'real_index_diff',
      'catch_up_pct',
    ]);
    expect(String(summary.values.real_index_diff)).toBe('0.3');
  });
});

describe('compareFund on two runs of computeFundReport over the same groups', () => {
  const fixture = (name: string) => parseCsv(readFileSync(FIXTURES_DIR + name, 'utf8'), `fixtures/${name}`);
  const grid = parseGrid(fixture('grid-2024.csv'), 'point');
  const raises = parseRaises(fixture('raises-2005-2026.csv'), 'point');
  const prices = new PriceIndex(parseCpi(fixture('cpi-kz.csv'), 'point'), 'fixtures/cpi-kz.csv');
  const bands = parseSeniority(fixture('seniority-bands.csv'), 'point');
  const eg4 = grid.byCode.get('E-G-4')!;
  const d1 = grid.byCode.get('D-1')!;
  // Two people of E-G-4 at 62 461.00 and one of D-1 at 182 988.00, in tiyn; savings 2.8 and 5.2 salaries (scale 1).
  const groups: FundGroup[] = [
    { key: 'district', category: eg4, headcount: 2n, salaryUnits: 12492200n, savingsUnits: 12492200n * 28n },
    { key: 'region', category: d1, headcount: 1n, salaryUnits: 18298800n, savingsUnits: 18298800n * 52n },
  ];
  const snapshot = () => groups.map((g) => ({ ...g }));
  const before = snapshot();
  const spec = parseRaiseSpec('2027-01-01:10:tier=lower');
  if (spec.problem !== undefined) throw new Error(spec.problem);
  const scenario = applyScenario({
    raises,
    categories: groups.map((g) => g.category),
    scopeCategories: grid.categories,
    prices,
    range: 'mid',
    lastYear: 2028,
    specs: [{ ...spec.value, selectors: [{ column: 'tier', value: 'lower', prefix: false }] }],
    defaultIndexationYear: 2025,
  });
  const fund = (schedule: typeof raises) => [
    ...computeFundReport({
      groups,
      salaryScale: 2,
      savingsScale: 1,
      keys: ['district', 'region'],
      raises: schedule,
      bands,
      prices,
      asOf: { year: 2024, month: 1, day: 1 },
      pricesMonth: monthIndex(2024, 1),
      range: 'mid',
      fromYear: 2026,
      toYear: 2028,
      medical: d(2),
      bonus: d(2),
      thousands: false,
      totalOnly: false,
    }),
  ];
  const baseRows = fund(raises);
  const scenRows = fund(scenario.raises);
  const again = fund(raises);
  const asRow = (r: FundRow): Row => ({
    year: r.year,
    row: r.row,
    key: r.key,
    headcount: Number(r.headcount),
    salary_fund: r.salaryFund,
    savings_bonus: r.savingsBonus,
    total: r.total,
    total_real: r.totalReal,
    status: r.status,
  });
  const columns: Column[] = [
    { key: 'year', title: 'year', kind: 'int', rowKey: true },
    { key: 'key', title: 'unit', kind: 'text', rowKey: true },
    { key: 'headcount', title: 'people', kind: 'int' },
    { key: 'salary_fund', title: 'salary fund', kind: 'money' },
    { key: 'savings_bonus', title: 'savings bonus', kind: 'money' },
    { key: 'total', title: 'total', kind: 'money' },
    { key: 'total_real', title: 'total real', kind: 'money' },
    { key: 'status', title: 'status', kind: 'text' },
  ];
  const streamed = compareFund(columns, baseRows.map(asRow), scenRows.map(asRow));
  // The rows as they stream, then the summary they add up to.
  const rows = [...streamed.rows];
  const compared = { columns: streamed.columns, rows, summary: streamed.summary() };

  it('leaves the groups as they were, so the baseline comes out the same when run again', () => {
    expect(snapshot()).toEqual(before);
    expect(snapshot().every((g, i) => g.category === before[i].category)).toBe(true);
    expect(again.map((r) => r.total.toString())).toEqual(baseRows.map((r) => r.total.toString()));
  });

  it('costs 10% of the district fund from 2027 and nothing before, nor for the region (tier higher)', () => {
    const cost = (year: number, key: string) => compared.rows.find((r) => r.year === year && r.key === key)!.cost;
    const baseTotal = (year: number, key: string) => baseRows.find((r) => r.year === year && r.key === key)!.total;
    expect(String(cost(2026, 'district'))).toBe('0'); // money differences are taken in tiyn (see compare.ts)
    expect(String(cost(2027, 'region'))).toBe('0');
    // 2027, district: the whole year at 1.10 × the baseline; 2 × 62 461 × 1.16 × (12 + 2 + 2 + 2.8) × 0.10
    expect((cost(2027, 'district') as Dec).minus(baseTotal(2027, 'district').times('0.1')).abs().lte('0.01')).toBe(
      true,
    );
    // = 272 429.8976, within a tiyn of the cost, which is taken between the printed amounts: 2 996 728.87 (the
    // scenario, 2 996 728.8736) − 2 724 298.98 (the baseline, 2 724 298.976) = 272 429.89.
    const exact = d(2).times(62461).times('1.16').times('18.8').times('0.1');
    expect((cost(2027, 'district') as Dec).minus(exact).abs().lte('0.01')).toBe(true);
    expect((cost(2027, 'district') as Dec).toFixed(2)).toBe('272429.89');
    const district2028 = baseTotal(2028, 'total').minus(baseTotal(2028, 'region')).times('0.1');
    expect((cost(2028, 'total') as Dec).minus(district2028).abs().lte('0.01')).toBe(true);
  });

  it('shows cost = total_diff on every row, after total_diff', () => {
    // Amounts in tiyn: the printed cost is the printed total less the printed baseline.
    const tiyn = (x: Dec) => x.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
    for (const r of compared.rows) {
      expect(r.cost).toEqual(r.total_diff);
      expect((r.cost as Dec).eq(tiyn(r.total as Dec).minus(tiyn(r.total_base as Dec)))).toBe(true);
    }
    const keys = compared.columns.map((c) => c.key);
    expect(keys.slice(keys.indexOf('total_diff'), keys.indexOf('total_diff') + 2)).toEqual(['total_diff', 'cost']);
  });

  it('sums the cost of the total rows over the years, nominal and real', () => {
    const totals = compared.rows.filter((r) => r.key === 'total');
    expect(totals.map((r) => r.year)).toEqual([2026, 2027, 2028]);
    const sum = (key: string) => totals.reduce((s, r) => s.plus(r[key] as Dec), d(0));
    // Two years of the district's 10%: 2027 and 2028 (the year's fund does not change with seniority: held fixed).
    const districtCost = d(2).times(62461).times('1.16').times('18.8').times('0.1');
    expect((compared.summary.values.cost as Dec).minus(districtCost.times(2)).abs().lte('0.02')).toBe(true);
    expect((compared.summary.values.cost as Dec).eq(sum('cost'))).toBe(true);
    expect((compared.summary.values.cost as Dec).eq(sum('total_diff'))).toBe(true);
    expect((compared.summary.values.cost_real as Dec).eq(sum('total_real_diff'))).toBe(true);
    expect((compared.summary.values.cost_real as Dec).lt(compared.summary.values.cost as Dec)).toBe(true);
  });
});
