import type { Dec } from './money.js';

/**
 * How a column's values are shown: money (tenge), thousands (money in thousand tenge), pct (percent), pp (percentage
 * points), index (a ratio), years (of service), decimal (exact, as given), int, text, list (whole numbers such as
 * years: an array in JSON).
 */
export type ColumnKind = 'text' | 'int' | 'money' | 'thousands' | 'pct' | 'pp' | 'index' | 'years' | 'decimal' | 'list';

export interface Column {
  key: string;
  title: string;
  kind: ColumnKind;
  /** Names the row (code, year...): repeated in each table when a terminal is too narrow for one. */
  rowKey?: boolean;
  /** Cell texts to mark in a coloured table, e.g. { violation: 'bad' }; the text itself stays the marker. */
  tones?: Record<string, 'bad' | 'warn' | 'good'>;
}

/** A number inside prose, formatted by the renderer as its kind (money grouped, percents to 2 places...). */
export interface Num {
  value: Dec;
  kind: ColumnKind;
}

/** Prose with numbers in it: the renderer formats each number, so core words a sentence without formatting. */
export type Phrase = string | readonly (string | Num)[];

export type Cell = Dec | string | number | readonly number[] | null;
export type Row = Record<string, Cell>;

/** A line chart drawn with the table (table format only, `--chart`): one value per year for each series. */
export interface Chart {
  title: string;
  /** How the y axis is labelled: money in whole tenge, or an index. */
  kind: 'money' | 'index';
  /** log: equal steps are equal percentages, so lines that compound at different speeds stay readable together. */
  scale: 'linear' | 'log';
  years: number[];
  series: { name: string; values: Dec[] }[];
  /** A line under the legend, e.g. which of several codes is drawn. */
  note?: string;
}

/** What every command produces: plain data that table, CSV, JSON and Markdown are all made from. */
export interface Report {
  command: string;
  /**
   * The shape of the rows, named in JSON with its schema (`schema/<command>-<kind>.json`):
   * e.g. gaps' check or proposal.
   */
  kind: string;
  columns: Column[];
  rows: Row[];
  summary?: { columns: Column[]; values: Row };
  /** Further tables, e.g. gaps' floor rows: their own sheet in xlsx, printed after the main table in text formats. */
  tables?: { name: string; columns: Column[]; rows: Row[] }[];
  /** Every default and choice that shaped the numbers. */
  assumptions: Phrase[];
  /** The data sets used, by name, with where they came from. */
  inputs: Record<string, string>;
  /** Paragraphs written under the table (the reading of a report). */
  notes?: Phrase[];
  /** `#` lines to lead a CSV with, so a data set printed by `kzpay data` keeps its sources. */
  csvComments?: string[];
  /** Drawn under the table when `--chart` is given. */
  chart?: Chart;
}
