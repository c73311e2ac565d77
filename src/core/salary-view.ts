import {
  dataSetAssumptions,
  gridDateAssumption,
  inflationAssumptions,
  pricesAssumption,
  PRO_RATA,
  rangeAssumptions,
  scenarioAssumptions,
  type GridDate,
  type Provenance,
} from './assumptions.js';
import { formatMonth, yearOf, type MonthIndex } from './dates.js';
import type { Dec } from './money.js';
import type { Chart, Column, Report } from './report.js';
import type { Scenario } from './scenario.js';
import { computeSalaryReport, type SalaryReportInput, type SalaryRow } from './salary-report.js';

const COLUMNS: Column[] = [
  { key: 'code', title: 'code', kind: 'text', rowKey: true },
  { key: 'year', title: 'year', kind: 'int', rowKey: true },
  { key: 'experience', title: 'exp, y', kind: 'years' },
  { key: 'salary', title: 'salary Dec', kind: 'money' },
  { key: 'raise_pct', title: 'raise %', kind: 'pct' },
  { key: 'seniority_pct', title: 'senior. %', kind: 'pct' },
  { key: 'earnings', title: 'earnings', kind: 'money' },
  { key: 'inflation_pct', title: 'infl. %', kind: 'pct' },
  { key: 'salary_real', title: 'salary real', kind: 'money' },
  { key: 'earnings_real', title: 'earnings real', kind: 'money' },
  { key: 'real_change_pct', title: 'real chg %', kind: 'pct' },
  { key: 'status', title: 'status', kind: 'text', tones: { projection: 'warn' } },
];

/** What `kzpay salary` shows besides the computation's input: where the data came from, and the chart. */
export interface SalaryView {
  provenance: Provenance;
  gridDate: GridDate;
  pricesGiven: boolean;
  inflation?: Dec;
  chart: boolean;
  /** The scenario whose raises are in the input's, if any. */
  scenario?: Scenario;
}

/** `kzpay salary` as a report: one row per category per year, the assumptions that shaped them, the chart. */
export function salaryReport(input: SalaryReportInput, view: SalaryView): Report {
  const report = computeSalaryReport(input);
  const { fromYear, toYear, experience } = input;
  const shownCodes = new Set(report.rows.map((r) => r.code));
  const shown = input.categories.filter((c) => shownCodes.has(c.code));
  const pricesYear = yearOf(input.pricesMonth);
  const assumptions = [
    ...dataSetAssumptions(view.provenance),
    gridDateAssumption(view.gridDate),
    pricesAssumption(input.pricesMonth, view.pricesGiven),
    ...inflationAssumptions(input.prices, Math.min(fromYear, pricesYear), Math.max(toYear, pricesYear), view.inflation),
    input.holdSeniority
      ? `seniority held at the grid date's band for ${experience.toString()} years of service (--no-seniority)`
      : `seniority: ${experience.toString()} years of service at the grid date (--experience), one twelfth of a ` +
        'year more each month; level = min + share × (max − min)',
    PRO_RATA,
    ...rangeAssumptions(input.raises, shown, { from: fromYear, to: toYear, gridDate: input.asOf }, input.range),
    // A skipped category shaped the report: an assumption, so JSON and CSV users see it too.
    ...report.skipped.map((s) => `skipped ${s.code}: ${s.reason}; --no-seniority shows it at its grid-date level`),
    ...scenarioAssumptions(view.scenario),
  ];
  return {
    command: 'salary',
    kind: 'salary',
    columns: COLUMNS,
    rows: report.rows.map((r) => ({
      code: r.code,
      year: r.year,
      experience: r.experience,
      salary: r.salary,
      raise_pct: r.raisePct,
      seniority_pct: r.seniorityPct,
      earnings: r.earnings,
      inflation_pct: r.inflationPct,
      salary_real: r.salaryReal,
      earnings_real: r.earningsReal,
      real_change_pct: r.realChangePct,
      status: r.status,
    })),
    assumptions,
    inputs: view.provenance.inputs,
    chart: view.chart ? salaryChart(report.rows, input.pricesMonth) : undefined,
  };
}

/** Nominal and real December salary of the first code shown (one pair of lines stays readable). */
function salaryChart(rows: SalaryRow[], pricesMonth: MonthIndex): Chart | undefined {
  if (rows.length === 0) return undefined;
  const code = rows[0].code;
  const own = rows.filter((r) => r.code === code);
  const codes = new Set(rows.map((r) => r.code)).size;
  return {
    title: `${code}: monthly salary in December, tenge`,
    kind: 'money',
    scale: 'linear',
    years: own.map((r) => r.year),
    series: [
      { name: 'nominal', values: own.map((r) => r.salary) },
      { name: `real (prices of ${formatMonth(pricesMonth)})`, values: own.map((r) => r.salaryReal) },
    ],
    note:
      codes > 1 ? `the chart shows ${code}, the first of ${codes} codes; give one code to chart another` : undefined,
  };
}
