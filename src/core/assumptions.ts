import { compareDates, formatDate, formatMonth, type CalDate, type MonthIndex } from './dates.js';
import type { Category, Raise } from './data.js';
import { raisePercent, type RangeChoice } from './engine.js';
import { Dec } from './money.js';

const ROUND_HALF_UP = Dec.ROUND_HALF_UP;
import type { PriceIndex } from './prices.js';
import type { Scenario } from './scenario.js';
import { inScope } from './scope.js';

/**
 * The wording of the assumptions every report lists: a pure function of the data and the options, so a report's
 * assumptions never depend on what was computed before them.
 */

/** The grid's date and where it came from. */
export interface GridDate {
  date: CalDate;
  source: 'option' | 'column' | 'default';
  /** The grid's own effective date, when --grid-date overrides it. */
  column?: CalDate;
}

/** The assumption every command that compounds raises by month makes. */
export const PRO_RATA = 'a raise dated after the 1st of a month counts in that month pro rata by days';

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
export function dataSetAssumption(name: string, label: string, comments: readonly string[]): string {
  const note = comments.join(' ').replace(/\s+/g, ' ').trim();
  const end = note.search(/\.(\s|$)/);
  const first = end < 0 ? note : note.slice(0, end + 1);
  return `${name}: ${label}${first ? ` — ${first}` : ''}`;
}

/** Where the grid's date came from, and what it means. */
export function gridDateAssumption(g: GridDate): string {
  const where =
    g.source === 'option'
      ? `--grid-date${g.column ? `, over the grid's effective date ${formatDate(g.column)}` : ''}`
      : g.source === 'column'
        ? "the grid's effective column; --grid-date to change"
        : 'the grid gives no effective date and no --grid-date is given: the default';
  const meaning = 'the grid holds the salaries in force then; raises on or before it are inside the grid';
  return `grid date ${formatDate(g.date)} (${where}): ${meaning}`;
}

/** The month real values are in. */
export function pricesAssumption(month: MonthIndex, given: boolean): string {
  const why = given ? '--prices' : "the grid date's month; --prices to change";
  return `real values in prices of ${formatMonth(month)} (${why})`;
}

/**
 * The inflation behind the years `from`..`to` (and the months real values are in): years assumed with --inflation,
 * and years whose data is a projection.
 */
export function inflationAssumptions(prices: PriceIndex, from: number, to: number, inflation?: Dec): string[] {
  const out: string[] = [];
  const assumed = prices.assumedYears(from, to);
  if (assumed.length > 0 && inflation) {
    out.push(
      `inflation of ${inflation.toString()}% a year assumed for ${spanText(assumed)} (--inflation), ` +
        `years the CPI data (${prices.coverage}) does not cover`,
    );
  }
  const projected = yearsBetween(from, to).filter((y) => prices.status(y) === 'projection' && !assumed.includes(y));
  if (projected.length > 0) out.push(`inflation of ${spanText(projected)} is a projection in the CPI data`);
  return out;
}

/** The assumption line for a range raise such as 25-30: which percent it counts as under --range. */
export function rangeAssumption(raise: Raise, range: RangeChoice): string {
  const pct = raisePercent(raise, range).toString();
  return `range raise ${raise.text}% of ${formatDate(raise.effective)} counts as ${pct}% (--range ${range})`;
}

/** The range raises (25-30) that shape the years shown of the given categories, one line each. */
export function rangeAssumptions(
  raises: readonly Raise[],
  categories: readonly Category[],
  years: { from: number; to: number; gridDate: CalDate },
  range: RangeChoice,
): string[] {
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
export function dataSetAssumptions(p: Provenance): string[] {
  return p.used.map((d) => dataSetAssumption(d.name, d.label, d.comments));
}

/**
 * A raise as kzpay prints it, worded so that no spreadsheet takes it for a formula: `32% from 2005-07-01`,
 * `25-30% from 2019-01-01`, `5% cut from 2027-01-01`; a scenario raise is marked `(scenario)` and its percent, which
 * may be a computed one, shown to 4 decimals; with `scope`, its scope follows in brackets.
 */
export function raiseLabel(raise: Raise, opts: { scope?: boolean } = {}): string {
  const shown = (p: Dec) => (raise.scenario ? p.toDecimalPlaces(4, ROUND_HALF_UP) : p).toString();
  const { low, high } = raise;
  let pct: string;
  if (low.eq(high)) pct = low.isNegative() ? `${shown(low.abs())}% cut` : `${shown(low)}%`;
  else if (!low.isNegative()) pct = `${shown(low)}-${shown(high)}%`;
  else pct = `between ${shown(low)}% and ${shown(high)}%`;
  const scope = opts.scope ? ` (${raise.scopeText})` : '';
  return `${pct} from ${formatDate(raise.effective)}${raise.scenario ? ' (scenario)' : ''}${scope}`;
}

/** What a scenario added to the raises, each generated raise with the percent it came to, and its warnings. */
export function scenarioAssumptions(scenario: Scenario | undefined): string[] {
  if (!scenario) return [];
  return [...scenario.generated.map((g) => `scenario ${g.note}`), ...scenario.warnings.map((w) => `scenario: ${w}`)];
}
