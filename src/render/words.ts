import type {
  Arg,
  BarChart,
  Chart,
  Column,
  DataText,
  Msg,
  Num,
  Phrase,
  Report,
  Row,
  Summary,
  Value,
  When,
} from '../core/report.js';
import { dataSetName, isMsg, summaryOf } from '../core/report.js';
import { monthOf, yearOf } from '../core/dates.js';
import { en } from '../i18n/en.js';
import { type MessageId, wordsOfLanguage } from '../i18n/messages.js';
import { sayDate, sayMonth } from '../i18n/dates.js';
import { fillTemplate, parseTemplate } from '../i18n/template.js';
import { formatCell, holdGroups, type Target } from './format.js';
import type { Locale } from './formats.js';

/**
 * The words of a report in a locale: the messages core names (titles, assumptions, readings, chart labels) worded
 * from the locale's catalogue (src/i18n), numbers in prose formatted as their kind with the locale's decimal mark.
 * Every renderer takes a report through `showReport` first, so none of them sees a message. Russian and Kazakh
 * words are loaded first (`loadLanguage`, as renderStream does): a run in English never reads them.
 */

/** How prose is worded: in which language, for people or machines, and with which decimal mark. */
export interface Voice {
  locale: Locale;
  target: Target;
  /** The decimal mark of numbers for people: `,` under ru and kk. */
  decimal: '.' | ',';
}

/** The voice of a format: table, md and xlsx speak the locale; csv and json speak English (their keys do too). */
export function voiceOf(locale: Locale, forPeople: boolean): Voice {
  const l = forPeople ? locale : 'en';
  return { locale: l, target: 'human', decimal: l === 'en' ? '.' : ',' };
}

const ENGLISH: Voice = voiceOf('en', false);

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralOf(locale: Locale, n: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}

/** A message's template in a locale (English where a catalogue lacks it, which the catalogue test forbids). */
export function template(id: MessageId, locale: Locale): string {
  return wordsOfLanguage(locale).catalogue[id] ?? en[id];
}

/** Prose, a message or an argument as text in a voice (English for people by default, as JSON's assumptions). */
export function say(phrase: Phrase | Arg, voice: Voice = ENGLISH): string {
  if (typeof phrase === 'string') return phrase;
  if (typeof phrase === 'number') return String(phrase);
  if (Array.isArray(phrase)) return phrase.map((part) => say(part, voice)).join('');
  if (isMsg(phrase)) return sayMessage(phrase, voice);
  if ('data' in phrase) return wordsOfLanguage(voice.locale).dataWord((phrase as DataText).data);
  if ('date' in phrase) return sayDate(phrase.date, voice.locale, phrase.since);
  if ('month' in phrase) {
    const m = (phrase as When & { month: number }).month;
    return sayMonth(yearOf(m), monthOf(m), voice.locale);
  }
  const num = phrase as Num;
  // In prose a number never breaks at its groups: a no-break space between thousands, in every locale.
  return holdGroups(formatCell(num.value, num.kind, voice.target, voice.decimal));
}

function sayMessage(m: Msg, voice: Voice): string {
  const args = m.args ?? {};
  const arg = (name: string): Arg => {
    const a = args[name];
    if (a === undefined) throw new Error(`message ${m.id}: no argument "${name}"`);
    return a;
  };
  return fillTemplate(parseTemplate(template(m.id, voice.locale)), {
    word: (name) => say(arg(name), voice),
    text: (name) => say(arg(name), ENGLISH),
    count: (name) => {
      const a = arg(name);
      if (typeof a === 'number') return a;
      if (typeof a === 'object' && 'value' in a) return a.value.toNumber();
      throw new Error(`message ${m.id}: "${name}" is not a number`);
    },
    plural: (n) => pluralOf(voice.locale, n),
  });
}

/** A column as shown: its title worded. */
export interface ShownColumn extends Omit<Column, 'title'> {
  title: string;
}

/** A chart as shown: its labels worded, and the decimal mark of its axis. */
export interface ShownChart extends Omit<Chart, 'title' | 'series' | 'note'> {
  title: string;
  /** The title with a note that the axis is logarithmic, for when it is drawn so. */
  logTitle: string;
  series: { name: string; values: Chart['series'][number]['values'] }[];
  note?: string;
  decimal: '.' | ',';
  /** The word for projected years, where the chart shades them. */
  projection: string;
}

/** A bar chart as shown: its labels worded, and the decimal mark of its axis. */
export interface ShownBarChart extends Omit<BarChart, 'title' | 'series' | 'marks' | 'note'> {
  title: string;
  series: { name: string; values: BarChart['series'][number]['values'] }[];
  marks?: { name: string; values: BarChart['series'][number]['values'] };
  note?: string;
  decimal: '.' | ',';
}

export type ShownRow = Record<string, Value>;

/** A summary as shown: its titles worded, its cells shown as the report's. */
export interface ShownSummary {
  columns: ShownColumn[];
  values: ShownRow;
}

/**
 * A report with every word worded: what the renderers take. Its rows come as the report makes them (read them once,
 * in order); its summary is whole once they have been read (`shownSummary`). A renderer that lays out the whole
 * report at once (a table, a page) takes it through `collectReport`.
 */
export interface ShownReport {
  command: string;
  kind: string;
  /** The title line after the command (data date, currency), when the report has one. */
  title?: string;
  columns: ShownColumn[];
  rows: Iterable<ShownRow>;
  summary?: ShownSummary | (() => ShownSummary | undefined);
  tables?: { name: string; columns: ShownColumn[]; rows: ShownRow[] }[];
  assumptions: string[];
  inputs: Record<string, string>;
  /** The data sets used, for people (html's sources): each name and whether embedded in the locale's words. */
  sources?: { name: string; label: string }[];
  notes?: string[];
  chart?: ShownChart | ShownBarChart;
  /** What the report shows, worded: a page's heading. */
  heading?: string;
  /** The report's headings and sheet names in the locale; English when absent. */
  words?: Words;
}

/** A shown report held whole: its rows in an array and its summary made. */
export interface WholeShownReport extends ShownReport {
  rows: ShownRow[];
  summary?: ShownSummary;
}

/** A shown report's summary, once its rows have been read through. */
export function shownSummary(report: Pick<ShownReport, 'summary'>): ShownSummary | undefined {
  return typeof report.summary === 'function' ? report.summary() : report.summary;
}

/** Reads a shown report's rows into an array and makes its summary: for a renderer that lays out the whole report. */
export function collectReport(report: ShownReport): WholeShownReport {
  const rows = Array.isArray(report.rows) ? (report.rows as ShownRow[]) : [...report.rows];
  return { ...report, rows, summary: shownSummary(report) };
}

/** The report's title line, atop a workbook's sheets and a page: kzpay's command, then the data date and currency. */
export function titleLine(report: Pick<ShownReport, 'command' | 'title'>): string {
  return `kzpay ${report.command}${report.title ? ` · ${report.title}` : ''}`;
}

/** The words of the renderers themselves: headings of a table, names of a workbook's sheets. */
export interface Words {
  summary: string;
  assumptions: string;
  /** A sheet's name by what it holds: the command, `summary`, `assumptions`, `notes`, `label`... */
  sheet: (name: string) => string;
  /** The words of a page (html): its headings, and the line that names kzpay's version. */
  page: { notes: string; sources: string; madeBy: (version: string) => string };
}

/** The renderers' own words in a voice. */
export function wordsOf(voice: Voice): Words {
  return {
    summary: say({ id: 'heading.summary' }, voice),
    assumptions: say({ id: 'heading.assumptions' }, voice),
    sheet: (name) => {
      const id = `sheet.${name}` as MessageId;
      return id in en ? say({ id }, voice) : name;
    },
    page: {
      notes: say({ id: 'page.notes' }, voice),
      sources: say({ id: 'page.sources' }, voice),
      madeBy: (version) => say({ id: 'page.made_by', args: { version } }, voice),
    },
  };
}

/** The English words, for renderers called with a report of plain strings (as in their tests). */
export const ENGLISH_WORDS: Words = wordsOf(ENGLISH);

/**
 * How a report is shown: `text` (table, md: every cell as text, numbers with the locale's decimal mark), `sheet`
 * (xlsx: values kept as numbers) — both in the locale's words, with categories' titles in its language and kzpay's
 * own cell words translated; `data` (csv, json): English words, cells as they are, every column.
 */
export type Showing = 'text' | 'sheet' | 'data';

/** A report worded for a locale and a kind of output: its rows shown one by one, as the renderer reads them. */
export function showReport(report: Report, locale: Locale, showing: Showing): ShownReport {
  const voice = voiceOf(locale, showing !== 'data');
  const forPeople = showing !== 'data';
  const table = (columns: readonly Column[]) => {
    const kept = columns.filter((c) => (forPeople ? !c.machineOnly : !c.peopleOnly));
    return {
      columns: kept.map((c) => showColumn(c, voice, forPeople)),
      // Made from its entries, so that a column of any name (even "__proto__") is a cell of its own.
      row: (row: Row): ShownRow =>
        Object.fromEntries(kept.map((c) => [c.key, showCell(c, row, voice, showing)])) as ShownRow,
    };
  };
  const main = table(report.columns);
  const showSummary = (summary: Summary | undefined): ShownSummary | undefined => {
    if (!summary) return undefined;
    const shown = table(summary.columns);
    return { columns: shown.columns, values: shown.row(summary.values) };
  };
  return {
    command: report.command,
    kind: report.kind,
    title: report.title === undefined ? undefined : say(report.title, voice),
    columns: main.columns,
    rows: mapRows(report.rows, main.row),
    // A summary that adds up the rows is made when it is asked for, after them.
    summary: typeof report.summary === 'function' ? () => showSummary(summaryOf(report)) : showSummary(report.summary),
    tables: report.tables?.map((t) => {
      const shown = table(t.columns);
      return { name: t.name, columns: shown.columns, rows: t.rows.map(shown.row) };
    }),
    assumptions: report.assumptions.map((a) => say(a, voice)),
    inputs: report.inputs,
    sources: forPeople ? sourcesOf(report.inputs, voice) : undefined,
    notes: report.notes?.map((n) => say(n, voice)),
    chart:
      report.chart && (report.chart.type === 'bars' ? showBars(report.chart, voice) : showChart(report.chart, voice)),
    heading: report.heading === undefined ? undefined : say(report.heading, voice),
    words: wordsOf(voice),
  };
}

/** Rows shown one by one as they are read; an array of rows stays an array (read as often as wanted). */
function mapRows(rows: Iterable<Row>, show: (row: Row) => ShownRow): Iterable<ShownRow> {
  if (Array.isArray(rows)) return (rows as Row[]).map(show);
  return (function* () {
    for (const row of rows) yield show(row);
  })();
}

function showColumn(c: Column, voice: Voice, forPeople: boolean): ShownColumn {
  const shown: ShownColumn = { ...c, title: say(c.title, voice) };
  // The marks of a coloured table follow the cell's words.
  if (forPeople && c.translate && c.tones) {
    shown.tones = Object.fromEntries(Object.entries(c.tones).map(([text, tone]) => [translated(text, voice), tone]));
  }
  return shown;
}

/** kzpay's own word in a cell (ok, projection...) in the locale; a word the catalogue lacks as it is. */
function translated(text: string, voice: Voice): string {
  const id = `value.${text}` as MessageId;
  return Object.hasOwn(en, id) ? say({ id }, voice) : text;
}

function showCell(c: Column, row: Row, voice: Voice, showing: Showing): Value {
  let value = row[c.key] as Value | Msg | undefined;
  if (value === undefined) value = null;
  if (showing !== 'data') {
    if (c.localized && voice.locale !== 'en') {
      const own = row[`${c.key}_${voice.locale}`];
      if (typeof own === 'string' && own !== '') value = own;
    }
    if (c.translate && typeof value === 'string') value = translated(value, voice);
    if (c.dataWords && typeof value === 'string') value = wordsOfLanguage(voice.locale).dataWord(value);
  }
  if (isMsg(value)) return say(value, voice);
  return showing === 'text' ? formatCell(value, c.kind, 'human', voice.decimal) : value;
}

function showChart(chart: Chart, voice: Voice): ShownChart {
  const title = say(chart.title, voice);
  return {
    ...chart,
    title,
    logTitle: say({ id: 'chart.log_scale', args: { title } }, voice),
    series: chart.series.map((s) => ({ name: say(s.name, voice), values: s.values })),
    note: chart.note === undefined ? undefined : say(chart.note, voice),
    decimal: voice.decimal,
    projection: say({ id: 'value.projection' }, voice),
  };
}

function showBars(chart: BarChart, voice: Voice): ShownBarChart {
  return {
    ...chart,
    title: say(chart.title, voice),
    series: chart.series.map((s) => ({ name: say(s.name, voice), values: s.values })),
    marks: chart.marks && { name: say(chart.marks.name, voice), values: chart.marks.values },
    note: chart.note === undefined ? undefined : say(chart.note, voice),
    decimal: voice.decimal,
  };
}

/** JSON's `inputs` (`grid: systems/kz/grid.csv (embedded)`) in a reader's words: the data set's name, its file. */
function sourcesOf(inputs: Record<string, string>, voice: Voice): { name: string; label: string }[] {
  const embedded = ' (embedded)';
  return Object.entries(inputs).map(([name, label]) => ({
    name: say(dataSetName(name), voice),
    label: label.endsWith(embedded)
      ? `${label.slice(0, -embedded.length)} (${say({ id: 'page.embedded' }, voice)})`
      : label,
  }));
}
