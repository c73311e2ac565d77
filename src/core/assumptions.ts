import { compareDates, type CalDate, type MonthIndex } from './dates.js';
import type { Category, Raise } from './data.js';
import { raisePercent, type RangeChoice } from './engine.js';
import { Dec } from './money.js';
import type { PriceIndex } from './prices.js';
import {
  dataSetName,
  dataText,
  inMonth,
  scopeArg,
  joinParts,
  msg,
  onDate,
  sinceDate,
  type Msg,
  type Num,
  type Part,
} from './report.js';
import type { Scenario } from './scenario.js';
import { inScope } from './scope.js';

const ROUND_HALF_UP = Dec.ROUND_HALF_UP;

/**
 * The assumptions every report lists, as messages of the catalogue: a pure function of the data and the options, so
 * a report's assumptions never depend on what was computed before them.
 */

/** The title of a report computed on the grid's salaries: the grid's date and the currency (a workbook's title row). */
export function gridTitle(date: CalDate, thousands = false): Msg {
  return msg(thousands ? 'title.grid_date_thousands' : 'title.grid_date', { date: onDate(date) });
}

/** The grid's date and where it came from. */
export interface GridDate {
  date: CalDate;
  source: 'option' | 'column' | 'default';
  /** The grid's own effective date, when --grid-date overrides it. */
  column?: CalDate;
}

/** The assumption every command that compounds raises by month makes. */
export const PRO_RATA: Msg = msg('a.pro_rata');

/** An exact number in prose (a percent as given, years of service): shown as it is, with the locale's decimal. */
export function exact(value: Dec): Num {
  return { value, kind: 'decimal' };
}

/** The calendar years from `from` to `to`, both included. */
export function yearsBetween(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** Years as runs: "2026-2031", or "1900-2003, 2032-2200" when not contiguous. */
export function spanText(years: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    runs.push(j === i ? String(years[i]) : `${years[i]}-${years[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** A data set used, with the first sentence of its own source note: `grid: fixtures/grid-2024.csv — Table 1 ...`. */
export function dataSetAssumption(name: string, label: string, comments: readonly string[]): Msg {
  // The note is the data set's own text (English, from its file): in the reader's words where they are known.
  const note = comments.join(' ').replace(/\s+/g, ' ').trim();
  const end = note.search(/\.(\s|$)/);
  const first = end < 0 ? note : note.slice(0, end + 1);
  return first
    ? msg('a.data_set_note', { name: dataSetName(name), label, note: dataText(first) })
    : msg('a.data_set', { name: dataSetName(name), label });
}

/** Where the grid's date came from, and what it means. */
export function gridDateAssumption(g: GridDate): Msg {
  const where =
    g.source === 'option'
      ? g.column
        ? msg('a.grid_date.option_over', { column: onDate(g.column) })
        : msg('a.grid_date.option')
      : g.source === 'column'
        ? msg('a.grid_date.column')
        : msg('a.grid_date.default');
  return msg('a.grid_date', { date: onDate(g.date), where });
}

/** The month real values are in. */
export function pricesAssumption(month: MonthIndex, given: boolean): Msg {
  const why = given ? msg('a.prices.option') : msg('a.prices.default');
  return msg('a.prices', { month: inMonth(month), why });
}

/**
 * The inflation behind the years `from`..`to` (and the months real values are in): years assumed with --inflation,
 * and years whose data is a projection.
 */
export function inflationAssumptions(prices: PriceIndex, from: number, to: number, inflation?: Dec): Msg[] {
  const out: Msg[] = [];
  const assumed = prices.assumedYears(from, to);
  if (assumed.length > 0 && inflation) {
    out.push(
      msg('a.inflation_assumed', { pct: exact(inflation), years: spanText(assumed), coverage: prices.coverage }),
    );
  }
  const projected = yearsBetween(from, to).filter((y) => prices.status(y) === 'projection' && !assumed.includes(y));
  if (projected.length > 0) out.push(msg('a.inflation_projected', { years: spanText(projected) }));
  return out;
}

/** The assumption line for a range raise such as 25-30: which percent it counts as under --range. */
export function rangeAssumption(raise: Raise, range: RangeChoice): Msg {
  const pct = exact(raisePercent(raise, range));
  return msg('a.range', { raise: raise.text, date: sinceDate(raise.effective), pct, range });
}

/** The range raises (25-30) that shape the years shown of the given categories, one line each. */
export function rangeAssumptions(
  raises: readonly Raise[],
  categories: readonly Category[],
  years: { from: number; to: number; gridDate: CalDate },
  range: RangeChoice,
): Msg[] {
  // A range raise shapes the numbers only where it lies between a shown month and the grid date.
  const firstShown = { year: years.from, month: 1, day: 1 };
  const lastShown = { year: years.to, month: 12, day: 31 };
  const shapes = (r: Raise) =>
    compareDates(r.effective, years.gridDate) <= 0
      ? compareDates(r.effective, firstShown) > 0
      : compareDates(r.effective, lastShown) <= 0;
  return raises
    .filter((r) => !r.low.eq(r.high) && shapes(r) && categories.some((c) => inScope(r, c)))
    .map((r) => rangeAssumption(r, range));
}

/** A data set a report used: its name, where it came from, and its own `#` source note. */
export interface DataSetUsed {
  name: string;
  label: string;
  comments: readonly string[];
}

/** Where a report's data came from, and the options about time and prices that every report names. */
export interface Provenance {
  /** The data sets used, in the order to name them. */
  used: DataSetUsed[];
  /** For JSON's `inputs`: each data set's label, `(embedded)` marked. */
  inputs: Record<string, string>;
}

/** One line per data set used. */
export function dataSetAssumptions(p: Provenance): Msg[] {
  return p.used.map((d) => dataSetAssumption(d.name, d.label, d.comments));
}

/**
 * A raise as kzpay prints it, worded so that no spreadsheet takes it for a formula: `32% from 2005-07-01`,
 * `25-30% from 2019-01-01`, `5% cut from 2027-01-01`; a scenario raise is marked `(scenario)` and its percent, which
 * may be a computed one, shown to 4 decimals; with `scope`, its scope follows in brackets.
 */
export function raiseLabel(raise: Raise, opts: { scope?: boolean } = {}): Msg {
  const shown = (p: Dec) => exact(raise.scenario ? p.toDecimalPlaces(4, ROUND_HALF_UP) : p);
  const { low, high } = raise;
  const date = sinceDate(raise.effective);
  let label: Msg;
  if (low.eq(high)) {
    label = low.isNegative()
      ? msg('raise.cut', { pct: shown(low.abs()), date })
      : msg('raise.pct', { pct: shown(low), date });
  } else if (!low.isNegative()) label = msg('raise.range', { low: shown(low), high: shown(high), date });
  else label = msg('raise.between', { low: shown(low), high: shown(high), date });
  if (raise.scenario) label = msg('raise.scenario', { raise: label });
  return opts.scope ? msg('raise.scoped', { raise: label, scope: scopeArg(raise.scopeText) }) : label;
}

/** Raise labels joined: `32% from 2005-07-01; 16% from 2026-01-01`. */
export function raiseList(raises: readonly Raise[], separator: string, opts: { scope?: boolean } = {}): Part[] {
  return joinParts(
    raises.map((r) => raiseLabel(r, opts)),
    separator,
  );
}

/** What a scenario added to the raises, each generated raise with the percent it came to, and its warnings. */
export function scenarioAssumptions(scenario: Scenario | undefined): Msg[] {
  if (!scenario) return [];
  return [
    ...scenario.generated.map((g) => msg('a.scenario_note', { note: g.note })),
    ...scenario.warnings.map((w) => msg('a.scenario_warning', { warning: w })),
  ];
}
