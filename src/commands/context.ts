import { UsageError } from '../core/errors.js';
import { categoryByCode, type Category, type Raise } from '../core/data.js';
import {
  compareDates,
  formatDate,
  formatMonth,
  monthOfDate,
  parseDate,
  parseMonth,
  type CalDate,
  type MonthIndex,
} from '../core/dates.js';
import { raisePercent, type RangeChoice } from '../core/engine.js';
import { inScope } from '../core/scope.js';
import type { Dec } from '../core/money.js';
import { PriceIndex } from '../core/prices.js';
import type { Report } from '../core/report.js';
import { DataSets, type DataSetName } from '../io/load.js';
import { parseNumber, parsePercent, type DecimalMode } from '../io/numbers.js';
import { writeFileAtomic } from '../io/write.js';
import { FORMATS, renderReport, type Format } from '../render/render.js';
import type { GlobalOptions } from './options.js';

/** What every command works with, parsed and checked from the global options. */
export interface Context {
  data: DataSets;
  asOf: CalDate;
  pricesMonth: MonthIndex;
  pricesMonthGiven: boolean;
  /** Whether --format was given (else the -o extension or the default chose it). */
  formatGiven: boolean;
  inflation?: Dec;
  range: RangeChoice;
  format: Format;
  output?: string;
  color: boolean;
  decimal: DecimalMode;
  version: string;
  run: RunEnv;
}

export interface RunEnv {
  version: string;
  /** Whether standard output is a terminal and colour is allowed by the environment. */
  stdoutIsTTY: boolean;
  /** The terminal's width in columns, when standard output is one. */
  columns?: number;
  env: Record<string, string | undefined>;
  /** Writes report text to standard output (a closed pipe ends the run quietly). */
  stdout: (text: string) => Promise<void>;
}

/** An option that takes one of a few words; a usage error (exit 2) otherwise. */
export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${option} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

/** A whole number option, e.g. --years; a usage error (exit 2) otherwise. */
export function wholeNumber(option: string, value: string | undefined, fallback: number, min = 0, max = 1000): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`${option} must be a whole number from ${min} to ${max}, not "${value}"`);
  }
  return Number(value);
}

/** A decimal number option, e.g. --experience 2.5; a usage error otherwise. */
export function decimalOption(option: string, value: string, mode: DecimalMode = 'auto'): Dec {
  const r = parseNumber(value, mode);
  if (!r.ok) throw new UsageError(`${option}: ${r.problem} (expected ${r.expected})`);
  return r.value;
}

function formatFromPath(path: string): Format {
  const m = /\.([a-z]+)$/i.exec(path);
  const ext = m?.[1].toLowerCase();
  if (ext === 'csv' || ext === 'json' || ext === 'md') return ext;
  if (ext === 'markdown') return 'md';
  return 'table';
}

/** Checks the global options and opens the data sets (read lazily, on first use); `files` adds a command's own. */
export function makeContext(
  opts: GlobalOptions,
  run: RunEnv,
  files: Partial<Record<DataSetName, string>> = {},
): Context {
  const decimal = oneOf('--decimal', opts.decimal ?? 'auto', ['auto', 'comma', 'point'] as const);
  const range = oneOf('--range', opts.range ?? 'mid', ['low', 'mid', 'high'] as const);
  const format =
    opts.format !== undefined
      ? oneOf('--format', opts.format, FORMATS)
      : opts.output
        ? formatFromPath(opts.output)
        : 'table';
  const asOf = parseDate(opts.asOf ?? '2024-01-01');
  if (!asOf) throw new UsageError(`--as-of must be a real date YYYY-MM-DD or DD.MM.YYYY, not "${opts.asOf}"`);
  let pricesMonth = monthOfDate(asOf);
  if (opts.prices !== undefined) {
    const m = parseMonth(opts.prices);
    if (m === null) throw new UsageError(`--prices must be a month YYYY-MM, not "${opts.prices}"`);
    pricesMonth = m;
  }
  let inflation: Dec | undefined;
  if (opts.inflation !== undefined) {
    const r = parsePercent(opts.inflation, decimal, false);
    if (!r.ok) throw new UsageError(`--inflation: ${r.problem} (expected ${r.expected})`);
    inflation = r.value.low;
  }
  if (opts.delimiter !== undefined && [...opts.delimiter].length !== 1) {
    throw new UsageError(`--delimiter must be one character, not "${opts.delimiter}"`);
  }
  const color =
    opts.color !== false && run.stdoutIsTTY && !opts.output && !('NO_COLOR' in run.env && run.env.NO_COLOR !== '');
  const data = new DataSets(
    {
      grid: opts.grid,
      raises: opts.raises,
      cpi: opts.cpi,
      seniority: opts.seniorityFile,
      params: opts.params,
      ...files,
    },
    { decimal, delimiter: opts.delimiter },
  );
  return {
    data,
    asOf,
    pricesMonth,
    pricesMonthGiven: opts.prices !== undefined,
    formatGiven: opts.format !== undefined,
    inflation,
    range,
    format,
    output: opts.output,
    color,
    decimal,
    version: run.version,
    run,
  };
}

/** The CPI series as price levels, with --inflation for years the data cannot build. */
export function priceIndex(ctx: Context): PriceIndex {
  let prices = priceIndexes.get(ctx);
  if (!prices) priceIndexes.set(ctx, (prices = new PriceIndex(ctx.data.cpi(), ctx.data.label('cpi'), ctx.inflation)));
  return prices;
}

/** One price index per run: built years are kept, and the assumptions see every year that was assumed. */
const priceIndexes = new WeakMap<Context, PriceIndex>();

/** Assumption lines naming the data sets used, each with the first line of its own source note. */
export function dataAssumptions(ctx: Context, names: DataSetName[]): string[] {
  return names.map((n) => {
    const first = firstSentence(ctx.data.comments[n] ?? []);
    return `${n}: ${ctx.data.label(n)}${first ? ` — ${first}` : ''}`;
  });
}

/** The first sentence of a data set's source note, which may run over several `#` lines. */
function firstSentence(comments: string[]): string {
  const text = comments.join(' ').replace(/\s+/g, ' ').trim();
  const end = text.search(/[.:](\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

/** Assumption lines about time and prices shared by the commands that deflate. */
export function priceAssumptions(ctx: Context, prices: PriceIndex, years: number[]): string[] {
  return [
    `as-of date ${formatDate(ctx.asOf)}: the grid holds the salaries in force then; raises on or before it are inside the grid`,
    `real values in prices of ${formatMonth(ctx.pricesMonth)}${ctx.pricesMonthGiven ? ' (--prices)' : ' (the as-of month; --prices to change)'}`,
    ...inflationAssumptions(ctx, prices, years),
  ];
}

/** Assumption lines about the inflation of the years shown: assumed with --inflation, or projected in the data. */
export function inflationAssumptions(ctx: Context, prices: PriceIndex, years: number[]): string[] {
  const out: string[] = [];
  const assumed = prices.assumedYears();
  if (assumed.length > 0) {
    out.push(
      `inflation of ${ctx.inflation!.toString()}% a year assumed for ${spanText(assumed)} (--inflation), years the CPI data (${prices.coverage}) does not cover`,
    );
  }
  const projected = years.filter((y) => prices.status(y) === 'projection' && !assumed.includes(y));
  if (projected.length > 0) out.push(`inflation of ${spanText(projected)} is a projection in the CPI data`);
  return out;
}

/** A category of the grid by code (exact, else ignoring case); an input error naming a few codes otherwise. */
export function findCategory(ctx: Context, code: string, orAll = false): Category {
  const grid = ctx.data.grid();
  const c = categoryByCode(grid, code);
  if (!c) {
    // A code on the command line is an argument, not data: a usage error.
    const some = grid.categories
      .slice(0, 3)
      .map((k) => k.code)
      .join(', ');
    throw new UsageError(
      `unknown code "${code}": ${ctx.data.label('grid')} has no such category (expected a code of the grid, e.g. ${some}${orAll ? ', or all' : ''}; kzpay data grid lists them)`,
    );
  }
  return c;
}

/** The assumption line for a range raise such as 25-30: which percent it counts as under --range. */
export function rangeAssumption(raise: Raise, range: RangeChoice): string {
  return `range raise ${raise.text}% of ${formatDate(raise.effective)} counts as ${raisePercent(raise, range).toString()}% (--range ${range})`;
}

/** --chart draws under a table; in csv, json or md it would spoil the output, so it is a usage error there. */
export function checkChart(ctx: Context, chart: boolean | undefined): boolean {
  if (chart && ctx.format !== 'table') {
    const why = ctx.output && !ctx.formatGiven ? `-o ${ctx.output} writes ${ctx.format}` : `--format ${ctx.format}`;
    throw new UsageError(`--chart goes with the table format only, not with ${why} (a chart would spoil it)`);
  }
  return chart === true;
}

/** The assumption lines for the range raises (25-30) that shape the years shown of the given categories. */
export function rangeAssumptions(
  ctx: Context,
  raises: readonly Raise[],
  categories: readonly Category[],
  fromYear: number,
  toYear: number,
): string[] {
  // A range raise shapes the numbers only where it lies between a shown month and the as-of date.
  const firstShown = { year: fromYear, month: 1, day: 1 };
  const lastShown = { year: toYear, month: 12, day: 31 };
  const shapes = (r: Raise) =>
    compareDates(r.effective, ctx.asOf) <= 0
      ? compareDates(r.effective, firstShown) > 0
      : compareDates(r.effective, lastShown) <= 0;
  return raises
    .filter((r) => !r.low.eq(r.high) && shapes(r) && categories.some((c) => inScope(r, c)))
    .map((r) => rangeAssumption(r, ctx.range));
}

/** The assumption every command that compounds raises by month makes. */
export const PRO_RATA_ASSUMPTION = 'a raise dated after the 1st of a month counts in that month pro rata by days';

/** The calendar years from `from` to `to`, both included. */
export function yearsBetween(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Years as runs: "2026-2031", or "1900-2003, 2032-2200" when not contiguous. */
export function spanText(years: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    runs.push(j === i ? String(years[i]) : `${years[i]}-${years[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** Renders a report and writes it: to standard output, or atomically to -o FILE. */
export async function emit(report: Report, ctx: Context): Promise<void> {
  // A table for a terminal is fitted to its width; in a pipe or a file it stays one table.
  const width = ctx.run.stdoutIsTTY && !ctx.output ? ctx.run.columns : undefined;
  const text = await renderReport(report, ctx.format, { color: ctx.color, version: ctx.version, width });
  if (ctx.output) writeFileAtomic(ctx.output, text);
  else await ctx.run.stdout(text);
}
