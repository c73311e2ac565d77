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
import type { Category, Raise } from './data.js';
import { monthIndex, type MonthIndex } from './dates.js';
import { takeHomeAssumptions, worded, type TakeHomeWords } from './net-view.js';
import { lastChangeYear, type RulesByMonth } from './take-home.js';
import type { RangeChoice } from './engine.js';
import type { FundKey, FundRow } from './fund-report.js';
import type { Dec } from './money.js';
import { pricesMonthYears, type PriceIndex } from './prices.js';
import { joinParts, msg, type BarChart, type Column, type Msg, type Report, type Row } from './report.js';
import type { Scenario } from './scenario.js';
import type { Currency } from './system.js';

const KEY_TITLES: Record<FundKey, Msg> = {
  unit: msg('col.unit'),
  code: msg('col.code'),
  group: msg('col.group'),
  none: msg('col.key'),
};

function columns(by: FundKey, thousands: boolean, charges: boolean): Column[] {
  const money = (key: string, title: Msg): Column =>
    thousands ? { key, title: msg('col.thousands', { title }), kind: 'thousands' } : { key, title, kind: 'money' };
  return [
    { key: 'year', title: msg('col.year'), kind: 'int', rowKey: true },
    // What the row stands for (unit, code, group, total): a unit named "total" is not the total row.
    { key: 'row', title: msg('col.row'), kind: 'text', rowKey: true, translate: true },
    // A unit's name in the locale where the data words know it (the embedded example's units); the total row's key
    // is kzpay's own word.
    { key: 'key', title: KEY_TITLES[by], kind: 'text', rowKey: true, dataWords: true, translate: true },
    { key: 'headcount', title: msg('col.people'), kind: 'int' },
    money('salary_fund', msg('col.salary_fund')),
    money('savings_bonus', msg('col.savings_bonus')),
    money('total', msg('col.total')),
    money('total_real', msg('col.total_real')),
    ...(charges
      ? [
          money('employer_charges', msg('col.employer_charges')),
          money('labour_cost', msg('col.labour_cost')),
          money('labour_cost_real', msg('col.labour_cost_real')),
        ]
      : []),
    { key: 'status', title: msg('col.status'), kind: 'text', tones: { projection: 'warn' }, translate: true },
  ];
}

/** What `kzpay fund` was asked, and what the staffing table turned out to hold. */
export interface FundView {
  provenance: Provenance;
  gridDate: GridDate;
  pricesMonth: MonthIndex;
  pricesGiven: boolean;
  prices: PriceIndex;
  inflation?: Dec;
  range: RangeChoice;
  raises: readonly Raise[];
  fromYear: number;
  toYear: number;
  medical: Dec;
  bonus: Dec;
  savings: Dec | 'auto';
  thousands: boolean;
  /** --by as given; undefined when the file chose (unit when it has a unit column). */
  byGiven?: FundKey;
  /** The key the rows are by. */
  by: FundKey;
  /** The categories the staffing rows fell into, and how many rows were read. */
  categories: Category[];
  staffingRows: number;
  /** The scenario whose raises are in `raises`, if any. */
  scenario?: Scenario;
  /** With `--charges`: the rules of contributions by month, and whether the staffing table has a born column. */
  charges?: { rules: RulesByMonth; hasBorn: boolean };
  /** Whether to chart the total a year (html). */
  chart?: boolean;
  /** The savings salaries by group under auto (the pay system's), and whether that system is the embedded one. */
  savingsByGroup: ReadonlyMap<string, Dec>;
  embeddedSystem: boolean;
  /** The pay system's currency word in each language. */
  currency: Currency;
  /** The grid's amounts are annual rates (the system's period year). */
  annual: boolean;
}

/** How savings salaries were found: the row's, --savings N, or the system's rule by group. */
function savingsAssumption(v: FundView): Msg {
  if (v.savings !== 'auto') return msg('a.savings', { savings: exact(v.savings) });
  const d = v.savingsByGroup.get('D');
  const e = v.savingsByGroup.get('E');
  // The embedded system's rule is the paper's, and its words (the Atyrau text) are in the catalogue.
  if (v.embeddedSystem && d && e && v.savingsByGroup.size === 2) {
    return msg('a.savings_auto', { d: exact(d), e: exact(e) });
  }
  const groups = [...v.savingsByGroup].map(([g, n]) => msg('a.savings_group', { group: g, count: exact(n) }));
  return msg('a.savings_groups', { groups: groups.length > 0 ? joinParts(groups, '; ') : '—' });
}

/** `kzpay fund` as a report: the fund by year and key, with the assumptions that shaped it. */
export function fundReport(rows: Iterable<FundRow>, v: FundView): Report {
  const m = exact(v.medical);
  const b = exact(v.bonus);
  const pricesYears = pricesMonthYears(v.pricesMonth);
  const assumptions = [
    ...dataSetAssumptions(v.provenance),
    gridDateAssumption(v.gridDate),
    pricesAssumption(v.pricesMonth, v.pricesGiven),
    ...inflationAssumptions(
      v.prices,
      Math.min(v.fromYear, pricesYears.first),
      Math.max(v.toYear, pricesYears.last),
      v.inflation,
    ),
    msg(v.annual ? 'a.fund_per_person_annual' : 'a.fund_per_person', { medical: m, bonus: b }),
    savingsAssumption(v),
    msg('a.fund_experience'),
    ...rangeAssumptions(v.raises, v.categories, { from: v.fromYear, to: v.toYear, gridDate: v.gridDate.date }, v.range),
    PRO_RATA,
    v.by === 'none'
      ? msg('a.by_none')
      : v.byGiven === undefined
        ? msg(v.by === 'unit' ? 'a.by_unit_column' : 'a.by_no_unit_column', { by: KEY_TITLES[v.by] })
        : msg('a.by', { by: KEY_TITLES[v.by] }),
    ...(v.thousands ? [msg('a.thousands', { currency: currencyWord(v.currency) })] : []),
    ...(v.charges
      ? chargesAssumptions(v.charges, v.fromYear, v.toYear, { embedded: v.embeddedSystem, currency: v.currency })
      : []),
    ...scenarioAssumptions(v.scenario),
  ];
  const last = v.charges ? lastChangeYear(v.charges.rules.data.values) : undefined;
  // A page (the only output with a chart) holds the whole report anyway: its rows are read here, once.
  const charted = v.chart ? [...rows] : undefined;
  return {
    command: 'fund',
    kind: 'fund',
    heading: msg('page.title.fund'),
    title: gridTitle(v.gridDate.date, v.currency, v.thousands),
    columns: columns(v.by, v.thousands, v.charges !== undefined),
    rows: fundShownRows(charted ?? rows, v.charges !== undefined, last),
    assumptions,
    inputs: v.provenance.inputs,
    notes: [msg('n.staffing_rows', { count: v.staffingRows })],
    chart: charted && fundChart(charted, v.thousands, v.currency),
  };
}

/** The total of each year, a bar a year (a comparison puts the baseline's beside it). */
function fundChart(rows: readonly FundRow[], thousands: boolean, currency: Currency): BarChart {
  const totals = rows.filter((r) => r.row === 'total');
  return {
    type: 'bars',
    title: msg(thousands ? 'chart.fund_thousands' : 'chart.fund', { currency: currencyWord(currency) }),
    kind: thousands ? 'thousands' : 'money',
    groups: totals.map((r) => String(r.year)),
    series: [{ name: msg('value.total'), values: totals.map((r) => r.total) }],
  };
}

/**
 * The report's rows, made one by one as the fund rows are; with `charges`, the employer charges and labour cost, and
 * the years after the contributions data's last change (`last`) a projection too, since they hold its rates.
 */
function* fundShownRows(rows: Iterable<FundRow>, charges: boolean, last: number | undefined): Generator<Row> {
  for (const r of rows)
    yield {
      year: r.year,
      row: r.row,
      key: r.key,
      headcount: r.headcount <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r.headcount) : r.headcount.toString(),
      salary_fund: r.salaryFund,
      savings_bonus: r.savingsBonus,
      total: r.total,
      total_real: r.totalReal,
      ...(charges
        ? { employer_charges: r.employerCharges, labour_cost: r.labourCost, labour_cost_real: r.labourCostReal }
        : {}),
      status: last !== undefined && r.year > last ? 'projection' : r.status,
    };
}

/** What `fund --charges` assumes: how allowances are spread over the months, the born column, the rates held. */
function chargesAssumptions(
  c: { rules: RulesByMonth; hasBorn: boolean },
  from: number,
  to: number,
  w: TakeHomeWords,
): Msg[] {
  const months: MonthIndex[] = [];
  for (let y = from; y <= to; y++) months.push(monthIndex(y, 1), monthIndex(y, 12));
  const inForce = months.map((m) => c.rules.at(m));
  const bornFrom = inForce.find((r) => r.opvrBornFrom !== undefined)?.opvrBornFrom;
  const assumed = worded('a.born_assumed', w);
  const terms = takeHomeAssumptions(c.rules, inForce, undefined, from, to, w).filter((m) => m.id !== assumed);
  const bornId = worded(c.hasBorn ? 'a.born_column' : 'a.born_no_column', w);
  const born = bornFrom === undefined ? [] : [msg(bornId, { year: String(bornFrom) })];
  return [msg('a.fund_charges'), ...terms, ...born];
}
