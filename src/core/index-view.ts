import {
  dataSetAssumptions,
  inflationAssumptions,
  raiseList,
  rangeAssumption,
  scenarioAssumptions,
  type Provenance,
} from './assumptions.js';
import type { Category } from './data.js';
import type { Dec } from './money.js';
import { ONE } from './money.js';
import { computeIndexReport, type IndexReport, type IndexReportInput } from './index-report.js';
import { msg, type Chart, type Column, type Msg, type Report } from './report.js';
import type { Scenario } from './scenario.js';

const COLUMNS: Column[] = [
  { key: 'year', title: msg('col.year'), kind: 'int', rowKey: true },
  { key: 'raises', title: msg('col.raises'), kind: 'text' },
  { key: 'raise_pct', title: msg('col.raise_pct'), kind: 'pct' },
  { key: 'nominal_index', title: msg('col.nominal'), kind: 'index' },
  { key: 'inflation_pct', title: msg('col.inflation_pct'), kind: 'pct' },
  { key: 'price_index', title: msg('col.prices'), kind: 'index' },
  { key: 'real_index', title: msg('col.real'), kind: 'index' },
  { key: 'real_change_pct', title: msg('col.real_change_pct'), kind: 'pct' },
  { key: 'status', title: msg('col.status'), kind: 'text', tones: { projection: 'warn' }, translate: true },
];

const SUMMARY: Column[] = [
  { key: 'nominal_index', title: msg('col.nominal_index'), kind: 'index' },
  { key: 'price_index', title: msg('col.price_index'), kind: 'index' },
  { key: 'real_index', title: msg('col.real_index'), kind: 'index' },
  { key: 'real_cagr_pct', title: msg('col.real_cagr_pct'), kind: 'pct' },
  { key: 'years_real_fell', title: msg('col.years_real_fell'), kind: 'list' },
  { key: 'catch_up_pct', title: msg('col.catch_up_pct'), kind: 'pct' },
];

/** What `kzpay index` shows besides the computation's input. */
export interface IndexView {
  provenance: Provenance;
  /** Whether the period's ends were given (--from, --to) or are the defaults. */
  fromGiven: boolean;
  toGiven: boolean;
  inflation?: Dec;
  chart: boolean;
  /** The scenario whose raises are in the input's, if any. */
  scenario?: Scenario;
}

/** `kzpay index` as a report: the three indices year by year, their summary and the assumptions. */
export function indexReport(input: IndexReportInput, view: IndexView): Report {
  const report = computeIndexReport(input);
  const { fromYear, toYear, category } = input;
  const assumptions = [
    ...dataSetAssumptions(view.provenance),
    msg('a.period', {
      from: fromYear,
      to: toYear,
      fromWhy: msg(view.fromGiven ? 'a.period.from_option' : 'a.period.from_default'),
      toWhy: msg(view.toGiven ? 'a.period.to_option' : 'a.period.to_default'),
    }),
    msg('a.indices', { year: fromYear - 1 }),
    scopeAssumption(report, category),
    ...input.raises
      .filter((r) => !r.low.eq(r.high) && report.rows.some((row) => row.raises.includes(r)))
      .map((r) => rangeAssumption(r, input.range)),
    ...inflationAssumptions(input.prices, fromYear, toYear, view.inflation),
    ...scenarioAssumptions(view.scenario),
  ];
  return {
    command: 'index',
    kind: 'index',
    heading: msg('page.title.index'),
    title: msg('title.period', { from: fromYear, to: toYear }),
    columns: COLUMNS,
    rows: report.rows.map((r) => ({
      year: r.year,
      raises: msg('text', { text: raiseList(r.raises, '; ') }),
      raise_pct: r.raisePct,
      nominal_index: r.nominalIndex,
      inflation_pct: r.inflationPct,
      price_index: r.priceIndex,
      real_index: r.realIndex,
      real_change_pct: r.realChangePct,
      status: r.status,
    })),
    summary: {
      columns: SUMMARY,
      values: {
        nominal_index: report.nominalIndex,
        price_index: report.priceIndex,
        real_index: report.realIndex,
        real_cagr_pct: report.realCagrPct,
        years_real_fell: report.yearsRealFell,
        catch_up_pct: report.catchUpPct,
      },
    },
    assumptions,
    inputs: view.provenance.inputs,
    chart: view.chart ? indexChart(report, fromYear) : undefined,
  };
}

/** Whether scopes were applied, and which raises of the period that changed. */
function scopeAssumption(report: IndexReport, category: Category | undefined): Msg {
  if (category === undefined) {
    return report.scopesIgnored.length > 0
      ? msg('a.scope_all_also', { raises: raiseList(report.scopesIgnored, ', ', { scope: true }) })
      : msg('a.scope_all');
  }
  const skipped =
    report.skipped.length > 0
      ? msg('a.scope_skipped', { raises: raiseList(report.skipped, ', ', { scope: true }) })
      : msg('a.scope_none_skipped');
  return msg('a.scope_code', { code: category.code, skipped });
}

/** The three indices from the base December (1) on. */
function indexChart(report: IndexReport, fromYear: number): Chart {
  return {
    title: msg('chart.index', { year: fromYear - 1 }),
    kind: 'index',
    scale: 'log',
    years: [fromYear - 1, ...report.rows.map((r) => r.year)],
    series: [
      { name: msg('chart.nominal_raises'), values: [ONE, ...report.rows.map((r) => r.nominalIndex)] },
      { name: msg('chart.prices_cpi'), values: [ONE, ...report.rows.map((r) => r.priceIndex)], fixed: true },
      { name: msg('chart.real'), values: [ONE, ...report.rows.map((r) => r.realIndex)] },
    ],
    projectedFrom: report.rows.find((r) => r.status === 'projection')?.year,
  };
}
