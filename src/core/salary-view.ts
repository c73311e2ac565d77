import {
  currencyWord,
  dataSetAssumptions,
  exact,
  gridDateAssumption,
  gridTitle,
  inflationAssumptions,
  pricesAssumption,
  PRO_RATA,
  rangeAssumptions,
  scenarioAssumptions,
  type GridDate,
  type Provenance,
} from './assumptions.js';
import { monthIndex } from './dates.js';
import { takeHomeAssumptions, type TakeHomeWords } from './net-view.js';
import { lastChangeYear } from './take-home.js';
import { pricesMonthYears } from './prices.js';
import type { Dec } from './money.js';
import { inMonth, msg, type Chart, type Column, type Msg, type Report, type Row } from './report.js';
import type { Category } from './data.js';
import type { Scenario } from './scenario.js';
import type { Currency } from './system.js';
import { titleCells } from './grid-rows.js';
import { computeSalaryReport, type SalaryReportInput, type SalaryRow } from './salary-report.js';

const COLUMNS: Column[] = [
  { key: 'code', title: msg('col.code'), kind: 'text', rowKey: true },
  { key: 'title', title: msg('col.title'), kind: 'text', localized: true, peopleOnly: true, rowKey: true },
  { key: 'year', title: msg('col.year'), kind: 'int', rowKey: true },
  { key: 'experience', title: msg('col.experience'), kind: 'years' },
  { key: 'salary', title: msg('col.salary_dec'), kind: 'money' },
  { key: 'raise_pct', title: msg('col.raise_pct'), kind: 'pct' },
  { key: 'seniority_pct', title: msg('col.seniority_pct'), kind: 'pct' },
  { key: 'earnings', title: msg('col.earnings'), kind: 'money' },
  { key: 'inflation_pct', title: msg('col.inflation_pct'), kind: 'pct' },
  { key: 'salary_real', title: msg('col.salary_real'), kind: 'money' },
  { key: 'earnings_real', title: msg('col.earnings_real'), kind: 'money' },
  { key: 'real_change_pct', title: msg('col.real_change_pct'), kind: 'pct' },
  { key: 'status', title: msg('col.status'), kind: 'text', tones: { projection: 'warn' }, translate: true },
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
  /** The pay system's currency word in each language, for the chart and the rounding of take-home pay. */
  currency: Currency;
  /** Whether the pay system is the embedded one, whose words name take-home pay (OPV, VOSMS, IPN...). */
  embeddedSystem: boolean;
}

/** The columns --net and --charges add before status. */
const NET_COLUMNS: Column[] = [
  { key: 'net', title: msg('col.net_dec'), kind: 'money' },
  { key: 'net_year', title: msg('col.net_year'), kind: 'money' },
  { key: 'net_real', title: msg('col.net_real'), kind: 'money' },
];
const CHARGES_COLUMNS: Column[] = [
  { key: 'employer_charges', title: msg('col.employer_charges_dec'), kind: 'money' },
  { key: 'labour_cost_year', title: msg('col.labour_cost_year'), kind: 'money' },
];

/** `kzpay salary` as a report: one row per category per year, the assumptions that shaped them, the chart. */
export function salaryReport(input: SalaryReportInput, view: SalaryView): Report {
  const report = computeSalaryReport(input);
  const { fromYear, toYear, experience } = input;
  const { shown } = report;
  const pricesYears = pricesMonthYears(input.pricesMonth);
  const titles = new Map(shown.map((c) => [c.code, titleCells(c)]));
  const assumptions = [
    ...dataSetAssumptions(view.provenance),
    gridDateAssumption(view.gridDate),
    pricesAssumption(input.pricesMonth, view.pricesGiven),
    ...inflationAssumptions(
      input.prices,
      Math.min(fromYear, pricesYears.first),
      Math.max(toYear, pricesYears.last),
      view.inflation,
    ),
    input.holdSeniority
      ? msg('a.seniority_held', { years: exact(experience) })
      : msg('a.seniority', { years: exact(experience) }),
    PRO_RATA,
    ...rangeAssumptions(input.raises, shown, { from: fromYear, to: toYear, gridDate: input.asOf }, input.range),
    // A skipped category shaped the report: an assumption, so JSON and CSV users see it too.
    ...report.skipped.map((s) => msg('a.skipped', { code: s.code, reason: s.reason })),
    ...takeHome(input, fromYear, toYear, { embedded: view.embeddedSystem, currency: view.currency }),
    ...scenarioAssumptions(view.scenario),
  ];
  const th = input.takeHome;
  const last = th ? lastChangeYear(th.rules.data.values) : undefined;
  const columns = th
    ? [
        ...COLUMNS.slice(0, -1),
        ...(th.net ? NET_COLUMNS : []),
        ...(th.charges ? CHARGES_COLUMNS : []),
        COLUMNS[COLUMNS.length - 1],
      ]
    : COLUMNS;
  return {
    command: 'salary',
    kind: 'salary',
    heading: msg('page.title.salary'),
    title: gridTitle(view.gridDate.date, view.currency),
    columns,
    rows: salaryRows(report.rows, titles, th, last),
    assumptions,
    inputs: view.provenance.inputs,
    chart: view.chart ? salaryChart(input, shown, view) : undefined,
  };
}

/**
 * The report's rows, made one by one as the computation makes them; with --net or --charges their columns, and the
 * years after the contributions data's last change (`last`) a projection too, since they hold its rates.
 */
function* salaryRows(
  rows: Iterable<SalaryRow>,
  titles: Map<string, Row>,
  th: SalaryReportInput['takeHome'],
  last: number | undefined,
): Generator<Row> {
  for (const r of rows)
    yield {
      code: r.code,
      ...titles.get(r.code),
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
      ...(th?.net ? { net: r.net ?? null, net_year: r.netYear ?? null, net_real: r.netReal ?? null } : {}),
      ...(th?.charges
        ? { employer_charges: r.employerCharges ?? null, labour_cost_year: r.labourCostYear ?? null }
        : {}),
      status: last !== undefined && r.year > last ? 'projection' : r.status,
    };
}

/** Nominal and real December salary of the first code shown (one pair of lines stays readable). */
function salaryChart(input: SalaryReportInput, shown: Category[], view: SalaryView): Chart | undefined {
  if (shown.length === 0) return undefined;
  const code = shown[0].code;
  // The first category's rows made once more for the chart: a few years, whatever the rows of the report.
  const own = [...computeSalaryReport({ ...input, categories: [shown[0]] }).rows];
  const codes = shown.length;
  const pricesMonth = input.pricesMonth;
  const annual = input.annual === true;
  return {
    title: msg(annual ? 'chart.salary_annual' : 'chart.salary', { code, currency: currencyWord(view.currency) }),
    kind: 'money',
    scale: 'linear',
    years: own.map((r) => r.year),
    series: [
      { name: msg('chart.nominal'), values: own.map((r) => r.salary) },
      { name: msg('chart.real_prices', { month: inMonth(pricesMonth) }), values: own.map((r) => r.salaryReal) },
    ],
    note: codes > 1 ? msg('chart.first_code', { code, count: codes }) : undefined,
    projectedFrom: own.find((r) => r.status === 'projection')?.year,
  };
}

/** What --net and --charges assume: the gross of each month, the terms, rounding, the year of birth, rates held. */
function takeHome(input: SalaryReportInput, from: number, to: number, w: TakeHomeWords): Msg[] {
  const th = input.takeHome;
  if (!th) return [];
  const inForce = [th.rules.at(monthIndex(from, 1)), th.rules.at(monthIndex(to, 12))];
  return [
    ...(th.net ? [msg('a.salary_net')] : []),
    ...(th.charges ? [msg('a.salary_charges')] : []),
    ...takeHomeAssumptions(th.rules, inForce, undefined, from, to, w),
  ];
}
