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
import type { Category, Raise } from './data.js';
import type { MonthIndex } from './dates.js';
import { yearOf } from './dates.js';
import type { RangeChoice } from './engine.js';
import type { FundKey, FundRow } from './fund-report.js';
import type { Dec } from './money.js';
import type { PriceIndex } from './prices.js';
import type { Column, Report } from './report.js';
import type { Scenario } from './scenario.js';

function columns(by: FundKey, thousands: boolean): Column[] {
  const money = (key: string, title: string): Column =>
    thousands ? { key, title: `${title}, '000`, kind: 'thousands' } : { key, title, kind: 'money' };
  return [
    { key: 'year', title: 'year', kind: 'int', rowKey: true },
    { key: 'key', title: by === 'none' ? 'key' : by, kind: 'text', rowKey: true },
    { key: 'headcount', title: 'people', kind: 'int' },
    money('salary_fund', 'salary fund'),
    money('savings_bonus', 'savings bonus'),
    money('total', 'total'),
    money('total_real', 'total real'),
    { key: 'status', title: 'status', kind: 'text', tones: { projection: 'warn' } },
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
}

/** `kzpay fund` as a report: the fund by year and key, with the assumptions that shaped it. */
export function fundReport(rows: readonly FundRow[], v: FundView): Report {
  const m = v.medical.toString();
  const b = v.bonus.toString();
  const pricesYear = yearOf(v.pricesMonth);
  const assumptions = [
    ...dataSetAssumptions(v.provenance),
    gridDateAssumption(v.gridDate),
    pricesAssumption(v.pricesMonth, v.pricesGiven),
    ...inflationAssumptions(v.prices, Math.min(v.fromYear, pricesYear), Math.max(v.toYear, pricesYear), v.inflation),
    `per person a year: the average monthly salary of the year × (12 + ${m} medical (--medical) + ${b} bonus ` +
      `(--bonus) + savings salaries); salary_fund is the 12 + ${m} + ${b} part`,
    v.savings === 'auto'
      ? "savings salaries: the row's savings_salaries, else 5.2 for group D and 2.8 for group E (--savings auto, " +
        "from the paper's Table 4 text on Atyrau region, 2023)"
      : `savings salaries: the row's savings_salaries, else ${v.savings.toString()} (--savings)`,
    "experience held at the staffing table's value (a snapshot): salary = the row's salary, else min + " +
      "share(experience) × (max − min) of the grid; raises by each category's scope, relative to the grid date",
    ...rangeAssumptions(v.raises, v.categories, { from: v.fromYear, to: v.toYear, gridDate: v.gridDate.date }, v.range),
    PRO_RATA,
    v.by === 'none'
      ? 'one total row a year (--by none)'
      : v.byGiven === undefined
        ? `rows by ${v.by} (the file ${v.by === 'unit' ? 'has' : 'has no'} a unit column; --by to change)`
        : `rows by ${v.by} (--by)`,
    ...(v.thousands ? ['money in thousand tenge (--thousands)'] : []),
    ...scenarioAssumptions(v.scenario),
  ];
  return {
    command: 'fund',
    kind: 'fund',
    columns: columns(v.by, v.thousands),
    rows: rows.map((r) => ({
      year: r.year,
      key: r.key,
      headcount: r.headcount <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r.headcount) : r.headcount.toString(),
      salary_fund: r.salaryFund,
      savings_bonus: r.savingsBonus,
      total: r.total,
      total_real: r.totalReal,
      status: r.status,
    })),
    assumptions,
    inputs: v.provenance.inputs,
    notes: [`${v.staffingRows} staffing ${v.staffingRows === 1 ? 'row' : 'rows'} read`],
  };
}
