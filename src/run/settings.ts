import { monthOfDate, type CalDate, type MonthIndex } from '../core/dates.js';
import { UsageError } from '../core/errors.js';
import type { GridDate, Provenance } from '../core/assumptions.js';
import type { RangeChoice } from '../core/engine.js';
import type { Dec } from '../core/money.js';
import { PriceIndex } from '../core/prices.js';
import { DataSets, type DataSetName } from '../io/load.js';
import type { DecimalMode } from '../io/numbers.js';
import { FORMATS, LOCALES, type Format, type Locale } from '../render/formats.js';
import type { OptionValues, RunEnv } from './command.js';
import { DECIMAL, LOCALE, RANGE } from './options.js';
import { dateOption, monthOption, oneOf, percentOption, text } from './values.js';

/** The options shared by several commands, checked, and the data sets they name (read on first use). */
export interface Settings {
  data: DataSets;
  decimal: DecimalMode;
  /** --delimiter: of the user's own files (the embedded ones are detected). */
  delimiter?: string;
  range: RangeChoice;
  /** --inflation: assumed December-on-December inflation for years the CPI data cannot build. */
  inflation?: Dec;
  gridDateOption?: CalDate;
  pricesOption?: MonthIndex;
  format: Format;
  locale: Locale;
  /** Whether --format was given (else the -o extension or the default chose it). */
  formatGiven: boolean;
  output?: string;
  color: boolean;
  env: RunEnv;
}

/** The format an -o file's extension names: .csv .json .md .xlsx .html .txt; another needs --format. */
function formatFromPath(path: string): Format {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1].toLowerCase();
  if (ext === 'csv' || ext === 'json' || ext === 'md' || ext === 'xlsx' || ext === 'html') return ext;
  if (ext === 'markdown') return 'md';
  if (ext === 'htm') return 'html';
  if (ext === 'txt') return 'table';
  throw new UsageError(
    `-o ${path}: the extension does not say which format to write ` +
      '(expected .csv, .json, .md, .xlsx, .html or .txt, or --format)',
  );
}

/** -o: a file name; `-` is standard output (as for the input files), and an empty name is a usage error. */
function outputOption(value: string | undefined): string | undefined {
  if (value === '') throw new UsageError("-o needs a file name (or - for standard output), not ''");
  return value === '-' ? undefined : value;
}

/** Checks the shared options and opens the data sets; `files` adds a command's own (the staffing file). */
export function makeSettings(
  opts: OptionValues,
  env: RunEnv,
  files: Partial<Record<DataSetName, string>> = {},
): Settings {
  const decimal = oneOf('--decimal', text(opts.decimal) ?? DECIMAL.default!, ['auto', 'comma', 'point'] as const);
  const range = oneOf('--range', text(opts.range) ?? RANGE.default!, ['low', 'mid', 'high'] as const);
  const output = outputOption(text(opts.output));
  const formatText = text(opts.format);
  const format =
    formatText !== undefined ? oneOf('--format', formatText, FORMATS) : output ? formatFromPath(output) : 'table';
  const gridDate = text(opts.gridDate);
  const prices = text(opts.prices);
  const inflation = text(opts.inflation);
  // `tab` is easier to type than a tab character in a shell.
  const delimiter = text(opts.delimiter) === 'tab' ? '\t' : text(opts.delimiter);
  if (delimiter !== undefined && ([...delimiter].length !== 1 || /[\r\n"]/.test(delimiter))) {
    throw new UsageError(
      `--delimiter must be one character other than a quote or a line end, not ${JSON.stringify(delimiter)}`,
    );
  }
  const noColor = colourRefused(env.env);
  const data = new DataSets(
    {
      grid: text(opts.grid),
      raises: text(opts.raises),
      cpi: text(opts.cpi),
      seniority: text(opts.seniorityFile),
      params: text(opts.params),
      contributions: text(opts.contributions),
      ...files,
    },
    { decimal, delimiter },
  );
  return {
    data,
    decimal,
    delimiter,
    range,
    inflation: inflation === undefined ? undefined : percentOption('--inflation', inflation, decimal),
    gridDateOption: gridDate === undefined ? undefined : dateOption('--grid-date', gridDate),
    pricesOption: prices === undefined ? undefined : monthOption('--prices', prices),
    format,
    // Without --locale, commander gives KZPAY_LOCALE (the default it was given) or en.
    locale: oneOf(
      env.env.KZPAY_LOCALE !== undefined && opts.locale === env.env.KZPAY_LOCALE ? 'KZPAY_LOCALE' : '--locale',
      text(opts.locale) ?? LOCALE.default!,
      LOCALES,
    ),
    formatGiven: formatText !== undefined,
    output,
    color: opts.color !== false && env.stdoutIsTTY && !output && !noColor,
    env,
  };
}

/**
 * Whether the environment refuses colour, as terminal programs agree: `NO_COLOR` set to anything but empty,
 * `FORCE_COLOR=0` (or `false`, as chalk reads it), or `TERM=dumb`, a terminal that shows escape codes as text.
 * (`FORCE_COLOR=1` does not colour a pipe: colour is for a terminal only.)
 */
export function colourRefused(env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return true;
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR?.toLowerCase() === 'false') return true;
  return env.TERM === 'dumb';
}

/** The grid's date: --grid-date, else the grid's effective column, else 2024-01-01; and where it came from. */
export function gridDate(s: Settings): GridDate {
  const column = s.data.grid().effective;
  if (s.gridDateOption) return { date: s.gridDateOption, source: 'option', column };
  if (column) return { date: column, source: 'column' };
  return { date: { year: 2024, month: 1, day: 1 }, source: 'default' };
}

/** The month real values are in: --prices, else the grid date's month. */
export function pricesMonth(s: Settings, date: GridDate): MonthIndex {
  return s.pricesOption ?? monthOfDate(date.date);
}

/** The CPI series as price levels, with --inflation for years the data cannot build. */
export function priceIndex(s: Settings): PriceIndex {
  return new PriceIndex(s.data.cpi(), s.data.label('cpi'), s.inflation);
}

/**
 * Whether the report carries a chart: --chart draws it under a table (in csv, json, md or xlsx it would spoil the
 * output, so it is a usage error there); an html page always has its chart, --chart or not.
 */
export function checkChart(s: Settings, chart: boolean): boolean {
  if (s.format === 'html') return true;
  if (chart && s.format !== 'table') {
    const why = s.output && !s.formatGiven ? `${s.format} (the format of -o ${s.output})` : `--format ${s.format}`;
    throw new UsageError(`--chart goes with the table format only, not with ${why}: a chart would spoil it`);
  }
  return chart;
}

/** The data sets a report used, with their labels and source notes, read from the settings' data sets. */
export function provenance(s: Settings, names: DataSetName[]): Provenance {
  const used = names.map((name) => ({ name, label: s.data.label(name), comments: s.data.comments[name] ?? [] }));
  // In the order the command names them, whatever order they were read in.
  const inputs = Object.fromEntries(names.flatMap((n) => (s.data.inputs[n] ? [[n, s.data.inputs[n]]] : [])));
  return { used, inputs };
}
