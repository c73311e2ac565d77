import {
  dataSetAssumptions,
  inflationAssumptions,
  raiseLabel,
  rangeAssumption,
  scenarioAssumptions,
  type Provenance,
} from './assumptions.js';
import type { Category, Raise } from './data.js';
import type { Dec } from './money.js';
import { ONE } from './money.js';
import { computeIndexReport, type IndexReport, type IndexReportInput } from './index-report.js';
import type { Chart, Column, Report } from './report.js';
import type { Scenario } from './scenario.js';

const COLUMNS: Column[] = [
  { key: 'year', title: 'year', kind: 'int', rowKey: true },
  { key: 'raises', title: 'raises', kind: 'text' },
  { key: 'raise_pct', title: 'raise %', kind: 'pct' },
  { key: 'nominal_index', title: 'nominal', kind: 'index' },
  { key: 'inflation_pct', title: 'infl. %', kind: 'pct' },
  { key: 'price_index', title: 'prices', kind: 'index' },
  { key: 'real_index', title: 'real', kind: 'index' },
  { key: 'real_change_pct', title: 'real chg %', kind: 'pct' },
  { key: 'status', title: 'status', kind: 'text', tones: { projection: 'warn' } },
];

const SUMMARY: Column[] = [
  { key: 'nominal_index', title: 'nominal index', kind: 'index' },
  { key: 'price_index', title: 'price index', kind: 'index' },
  { key: 'real_index', title: 'real index', kind: 'index' },
  { key: 'real_cagr_pct', title: 'real CAGR %', kind: 'pct' },
  { key: 'years_real_fell', title: 'years real fell', kind: 'list' },
  { key: 'catch_up_pct', title: 'catch-up %', kind: 'pct' },
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
    `period ${fromYear}-${toYear}: ${view.fromGiven ? 'from --from' : 'from the first raise year'}, ` +
      `${view.toGiven ? 'to --to' : 'to the last year with actual CPI data'}`,
    `indices are 1 in December ${fromYear - 1}; nominal = the raises' level in December, a raise dated after the 1st ` +
      'of a month counting in it pro rata by days; prices = the December-on-December CPI factors multiplied; ' +
      'real = nominal / prices; catch-up = the one raise at the end of the period that would bring the real index ' +
      'back to its best level in the period, its base December included',
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
    columns: COLUMNS,
    rows: report.rows.map((r) => ({
      year: r.year,
      raises: r.raises.map((raise) => raiseLabel(raise)).join('; '),
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

function raiseList(raises: Raise[]): string {
  return raises.map((r) => raiseLabel(r, { scope: true })).join(', ');
}

/** Whether scopes were applied, and which raises of the period that changed. */
function scopeAssumption(report: IndexReport, category: Category | undefined): string {
  if (category === undefined) {
    const narrow = report.scopesIgnored.length > 0 ? `, also ${raiseList(report.scopesIgnored)}` : '';
    return `no --code: every raise counts, scopes not applied${narrow}`;
  }
  const skipped = report.skipped.length > 0 ? `skipped ${raiseList(report.skipped)}` : 'no raise of the period skipped';
  return `--code ${category.code}: only the raises whose scope covers it count; ${skipped}`;
}

/** The three indices from the base December (1) on. */
function indexChart(report: IndexReport, fromYear: number): Chart {
  return {
    title: `Index, December ${fromYear - 1} = 1`,
    kind: 'index',
    scale: 'log',
    years: [fromYear - 1, ...report.rows.map((r) => r.year)],
    series: [
      { name: 'nominal (raises)', values: [ONE, ...report.rows.map((r) => r.nominalIndex)] },
      { name: 'prices (CPI)', values: [ONE, ...report.rows.map((r) => r.priceIndex)] },
      { name: 'real', values: [ONE, ...report.rows.map((r) => r.realIndex)] },
    ],
  };
}
