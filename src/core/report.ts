import { en, type MessageId } from '../i18n/en.js';
import type { CalDate, MonthIndex } from './dates.js';
import type { Dec } from './money.js';

/**
 * How a column's values are shown: money (tenge), thousands (money in thousand tenge), pct (percent), pp (percentage
 * points), index (a ratio), years (of service), decimal (exact, as given), int, text, list (whole numbers such as
 * years: an array in JSON).
 */
export type ColumnKind = 'text' | 'int' | 'money' | 'thousands' | 'pct' | 'pp' | 'index' | 'years' | 'decimal' | 'list';

export interface Column {
  key: string;
  /** The header: a message of the catalogue, worded in the locale; a plain string (a data set's column) as it is. */
  title: Phrase;
  kind: ColumnKind;
  /** Names the row (code, year...): repeated in each table when a terminal is too narrow for one. */
  rowKey?: boolean;
  /** Cell texts to mark in a coloured table, e.g. { violation: 'bad' }; the text itself stays the marker. */
  tones?: Record<string, 'bad' | 'warn' | 'good'>;
  /** The cells are kzpay's own words (ok, violation, projection...): shown in the locale in table, md and xlsx. */
  translate?: boolean;
  /**
   * Text in several languages: under ru or kk, table, md and xlsx show the row's `<key>_ru` or `<key>_kk` cell
   * when it is not empty (a category's title); csv and json keep the key's own cell.
   */
  localized?: boolean;
  /**
   * The cells are text of the data sets (a block, a unit, a source, a law): shown in table, md and xlsx in the
   * locale's words where the data words (src/i18n/data-words.ts) know the text; csv and json keep it as it is.
   */
  dataWords?: boolean;
  /** Left out of table, md and xlsx, kept in csv and json: a grid's title_ru, title_kk where `title` shows them. */
  machineOnly?: boolean;
  /**
   * Shown in table, md and xlsx, left out of csv and json: a category's title beside its code, for a reader. CSV and
   * JSON keep to the codes, so that a script's column numbers and a title's commas never meet.
   */
  peopleOnly?: boolean;
}

/** A number inside prose, formatted by the renderer as its kind (money grouped, percents to 2 places...). */
export interface Num {
  value: Dec;
  kind: ColumnKind;
}

/**
 * A message of the catalogue (`src/i18n/en.ts`, `ru.ts`, `kk.ts`): its id and arguments, worded by the renderer in
 * the locale's language (English in JSON). Core says what to say; the catalogue says it in each language.
 */
export interface Msg {
  id: MessageId;
  args?: Readonly<Record<string, Arg>>;
}

/**
 * A date or a month in prose, worded by the renderer as the locale writes dates: `2019-06-01` (en, and JSON),
 * `01.06.2019` (ru), `2019 ж. 1 маусым` (kk). `since` marks a date that starts something ("from 1 June"): Kazakh puts
 * it in the ablative (`2019 ж. 1 маусымнан`), the templates of the other languages say "from" themselves.
 */
export type When = { date: CalDate; since?: boolean } | { month: MonthIndex };

/** Text of the data sets in prose (a block, a law, a data set's note): in the locale's words where they are known. */
export interface DataText {
  data: string;
}

/** A message's argument: text as it is (a code, a file), a count, a number to format, a message, or prose. */
export type Arg = string | number | Num | Msg | When | DataText | readonly Part[];
export type Part = string | Num | Msg | When | DataText;

/** A date in prose (`on` it). */
export function onDate(date: CalDate): When {
  return { date };
}

/** A date in prose that something starts from (`from` it). */
export function sinceDate(date: CalDate): When {
  return { date, since: true };
}

/** A month in prose. */
export function inMonth(month: MonthIndex): When {
  return { month };
}

/** A data set's name (grid, cpi...) in prose: the catalogue's word for it, or the name as it is. */
export function dataSetName(name: string): Arg {
  const id = `set.${name}`;
  return Object.hasOwn(en, id) ? msg(id as MessageId) : name;
}

/** The scope of a raise in prose: `all` in the locale's words, selectors (`tier=lower`) as they are. */
export function scopeArg(scope: string): Arg {
  return scope === 'all' ? msg('value.all') : scope;
}

/** Text of the data sets in prose, in the locale's words where they are known. */
export function dataText(data: string): DataText {
  return { data };
}

/** Prose with numbers and messages in it: the renderer formats each number and words each message. */
export type Phrase = string | Msg | readonly Part[];

/** A message: `msg('grid_date', { date: '2024-01-01' })`. */
export function msg(id: MessageId, args?: Readonly<Record<string, Arg>>): Msg {
  return args === undefined ? { id } : { id, args };
}

/** Whether a part of prose is a message. */
export function isMsg(x: unknown): x is Msg {
  return typeof x === 'object' && x !== null && 'id' in x;
}

/** Joins items with a separator, as Array.join does for strings: prose stays parts, to be worded by the renderer. */
export function joinParts(items: readonly (Part | readonly Part[])[], separator: Part): Part[] {
  return items.flatMap((item, i) => {
    const parts = Array.isArray(item) ? (item as readonly Part[]) : [item as Part];
    return i === 0 ? parts : [separator, ...parts];
  });
}

/** A value of a cell: a number to format as its column's kind, text, a whole number, a list of years, or none. */
export type Value = Dec | string | number | readonly number[] | null;

/** A cell is a value, or (a label such as index's raises) a message: JSON and CSV word it in English. */
export type Cell = Value | Msg;
export type Row = Record<string, Cell>;

/**
 * A line chart, one value per year for each series: drawn under the table with `--chart`, and as SVG in html.
 */
export interface Chart {
  type?: 'line';
  title: Phrase;
  /** How the y axis is labelled: money in whole tenge, or an index. */
  kind: 'money' | 'index';
  /** log: equal steps are equal percentages, so lines that compound at different speeds stay readable together. */
  scale: 'linear' | 'log';
  years: number[];
  /** `fixed`: the same whatever the scenario (an index's prices), drawn once beside a comparison's baseline. */
  series: { name: Phrase; values: Dec[]; fixed?: boolean }[];
  /** A line under the legend, e.g. which of several codes is drawn. */
  note?: Phrase;
  /** The first year whose values rest on projected prices: shaded on a page (html). */
  projectedFrom?: number;
}

/**
 * A bar chart (html): a group of bars for each label (a year, a pair of positions), one bar per series, and where
 * given a mark on each group (the norm a step is held to). A value left out (null) draws no bar.
 */
export interface BarChart {
  type: 'bars';
  title: Phrase;
  kind: 'money' | 'thousands' | 'pct';
  groups: string[];
  series: { name: Phrase; values: (Dec | null)[] }[];
  marks?: { name: Phrase; values: (Dec | null)[] };
  /** How each group reads, for its colour: a violation stands out. */
  tones?: ('good' | 'bad' | 'warn' | undefined)[];
  note?: Phrase;
}

/**
 * Rows handed on as they are made (SPEC 4: output is written as it is made): an array, or a one-pass iterable (a
 * generator) that makes each row when the renderer reads it, so that memory does not grow with the rows of output.
 */
export type Rows = Iterable<Row>;

/** A report's summary: a row of values under their columns. */
export interface Summary {
  columns: Column[];
  values: Row;
}

/**
 * What every command produces: plain data that table, CSV, JSON and Markdown are all made from. Its rows may be
 * streamed (read once, in order); everything else is whole, and the summary may be one that adds up the rows as they
 * are read (a function, called once the rows have been read through: see `summaryOf`).
 */
export interface Report {
  command: string;
  /**
   * The shape of the rows, named in JSON with its schema (`schema/<command>-<kind>.json`):
   * e.g. gaps' check or proposal.
   */
  kind: string;
  /**
   * What the report is, for the title row of a workbook or a page: the data date and the currency it is in, said in
   * the locale's words (e.g. "grid of 2024-01-01, money in tenge (KZT)"). The renderers put the command before it.
   */
  title?: Phrase;
  columns: Column[];
  rows: Rows;
  summary?: Summary | (() => Summary | undefined);
  /** Further tables, e.g. gaps' floor rows: their own sheet in xlsx, printed after the main table in text formats. */
  tables?: { name: string; columns: Column[]; rows: Row[] }[];
  /** Every default and choice that shaped the numbers. */
  assumptions: Phrase[];
  /** The data sets used, by name, with where they came from. */
  inputs: Record<string, string>;
  /** Paragraphs written under the table (the reading of a report). */
  notes?: Phrase[];
  /** Drawn as SVG in html, and (a line chart) under the table when `--chart` is given. */
  chart?: Chart | BarChart;
  /** What the report shows, as the heading of a page (html): "Salaries by year". */
  heading?: Phrase;
}

/** A report's summary, once its rows have been read (a summary that adds up the rows is complete only then). */
export function summaryOf(report: Pick<Report, 'summary'>): Summary | undefined {
  return typeof report.summary === 'function' ? report.summary() : report.summary;
}
