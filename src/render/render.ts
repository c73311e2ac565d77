import type { Report } from '../core/report.js';
import { loadLanguage } from '../i18n/messages.js';
import type { Locale } from './formats.js';
import { formatCell, isList, isNumericKind } from './format.js';
import type { Format } from './formats.js';
import {
  collectReport,
  ENGLISH_WORDS,
  shownSummary,
  showReport,
  type ShownColumn,
  type ShownReport,
  type ShownRow,
} from './words.js';

/** Charts fit an 80-column terminal, or a narrower one's width down to the narrowest a chart is drawn in. */
const CHART_WIDTH = 80;
const CHART_NARROWEST = 24;

/** About how much text a streamed format gathers before handing it to the writer: a few hundred rows. */
export const CHUNK_CHARS = 1 << 16;

export interface RenderOptions {
  color: boolean;
  version: string;
  /** The width of the terminal the table goes to; undefined in a pipe or a file (one table, however wide). */
  width?: number;
  /** The words of table, md, xlsx and charts (and the decimal mark of table, md), and the CSV dialect: en, ru or kk. */
  locale?: Locale;
}

/** What a renderer hands the writer, piece by piece: text, or the bytes of xlsx. */
export type Chunk = string | Uint8Array;

/**
 * Turns a report into one format, as a stream of pieces handed to the writer as the rows are made: csv, json, md and
 * xlsx hold no more than a small buffer of rows; a table and an html page hold their rows to lay them out. The only
 * place numbers become text. Its words are the locale's in table, md, xlsx and html, English in csv and json
 * (words.ts). A format is one case: a renderer of the rows as they come yields its pieces (`yield*`); one that lays
 * out the whole report at once takes `collectReport(showReport(...))` (rows in an array, the summary made) and yields
 * its text.
 */
export async function* renderStream(report: Report, format: Format, opts: RenderOptions): AsyncGenerator<Chunk> {
  const locale = opts.locale ?? 'en';
  // Russian and Kazakh words are a module of their own, read only for a run in one of them.
  if (locale !== 'en') await loadLanguage(locale);
  switch (format) {
    case 'csv': {
      const { renderCsv } = await import('./csv.js');
      yield* renderCsv(showReport(report, locale, 'data'), { locale });
      return;
    }
    case 'xlsx': {
      const { renderXlsx } = await import('./xlsx.js');
      yield* renderXlsx(showReport(report, locale, 'sheet'), { locale });
      return;
    }
    case 'html': {
      // A page lays out the whole report (its chart, its tables dealt to the page's width): held whole.
      const { renderHtml } = await import('./html.js');
      yield renderHtml(collectReport(showReport(report, locale, 'text')), { locale, version: opts.version });
      return;
    }
    case 'json':
      yield* renderJson(showReport(report, 'en', 'data'), opts.version);
      return;
    case 'md':
      yield* renderMarkdown(showReport(report, locale, 'text'));
      return;
    case 'table': {
      // A table lays out its rows at once (column widths): held whole, at a few hundred bytes a row.
      const shown = collectReport(showReport(report, locale, 'text'));
      const { renderTable } = await import('./table.js');
      yield await renderTable(shown, opts.color, opts.width);
      if (!shown.chart || shown.chart.type === 'bars') return;
      const { renderChart } = await import('./chart.js');
      const width = Math.max(CHART_NARROWEST, Math.min(CHART_WIDTH, opts.width ?? CHART_WIDTH));
      const fold = opts.width !== undefined;
      yield '\n' + (await renderChart(shown.chart, { color: opts.color, width, fold }));
      return;
    }
  }
}

/** A report in one format, whole: the text, or the bytes of xlsx (for tests and small reports). */
export async function renderReport(report: Report, format: Format, opts: RenderOptions): Promise<string | Uint8Array> {
  const text: string[] = [];
  const bytes: Uint8Array[] = [];
  for await (const chunk of renderStream(report, format, opts)) {
    if (typeof chunk === 'string') text.push(chunk);
    else bytes.push(chunk);
  }
  return bytes.length > 0 ? new Uint8Array(Buffer.concat(bytes)) : text.join('');
}

/** Lines gathered into pieces of about CHUNK_CHARS characters. */
export function* inChunks(lines: Iterable<string>): Generator<string> {
  let buffer = '';
  for (const line of lines) {
    buffer += line;
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer !== '') yield buffer;
}

/** The version of each kind's JSON schema (`schema/<command>-<kind>.json`): raised when a row's shape changes. */
export const SCHEMA_VERSION = 1;

function jsonValues(columns: ShownColumn[], row: ShownRow): Record<string, string | number | readonly number[] | null> {
  const value = (c: ShownColumn): string | number | readonly number[] | null => {
    const v = row[c.key];
    if (v === null || v === undefined) return null;
    if (isList(v)) return v;
    if (c.kind === 'int' && typeof v === 'number') return v;
    return formatCell(v, c.kind, 'machine');
  };
  // Made from its entries, so that a column of any name (even "__proto__") is a key of its own.
  return Object.fromEntries(columns.map((c) => [c.key, value(c)]));
}

/**
 * The JSON document, written as its rows come: the same text as JSON.stringify(doc, null, 2) of the whole document
 * (keys in the same order: the assumptions are known before the rows), one row at a time.
 */
function* renderJson(report: ShownReport, version: string): Generator<string> {
  const head = {
    command: report.command,
    kind: report.kind,
    schema: SCHEMA_VERSION,
    version,
    inputs: report.inputs,
    assumptions: report.assumptions,
  };
  const opening = JSON.stringify(head, null, 2);
  // The head's closing brace gives way to the rows, indented as they would be inside the whole document.
  const lines = function* (): Generator<string> {
    yield `${opening.slice(0, -2)},\n  "rows": [`;
    let first = true;
    for (const row of report.rows) {
      const text = JSON.stringify(jsonValues(report.columns, row), null, 2);
      yield `${first ? '' : ','}\n    ${text.replace(/\n/g, '\n    ')}`;
      first = false;
    }
    const summary = shownSummary(report);
    const values = summary ? jsonValues(summary.columns, summary.values) : {};
    yield `${first ? '' : '\n  '}],\n  "summary": ${JSON.stringify(values, null, 2).replace(/\n/g, '\n  ')}\n}\n`;
  };
  yield* inChunks(lines());
}

/** A Markdown table cell: pipes escaped, line breaks as <br> so a quoted newline keeps the row whole. */
function mdEscape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, '<br>');
}

/** A report shown as text (every cell worded and formatted) as Markdown, written as its rows come. */
function* renderMarkdown(report: ShownReport): Generator<string> {
  const words = report.words ?? ENGLISH_WORDS;
  const lines = function* (): Generator<string> {
    const head = report.columns.map((c) => mdEscape(c.title));
    yield `| ${head.join(' | ')} |\n`;
    yield `|${report.columns.map((c) => (isNumericKind(c.kind) ? '---:' : '---')).join('|')}|\n`;
    for (const row of report.rows) {
      yield `| ${report.columns.map((c) => mdEscape(formatCell(row[c.key], c.kind, 'human'))).join(' | ')} |\n`;
    }
    const out: string[] = [];
    const summary = shownSummary(report);
    if (summary) {
      out.push('', `**${words.summary}**`, '');
      for (const c of summary.columns)
        out.push(`- ${mdEscape(c.title)}: ${mdEscape(formatCell(summary.values[c.key], c.kind, 'human'))}`);
    }
    if (report.notes && report.notes.length > 0) out.push('', ...report.notes);
    out.push('', `**${words.assumptions}**`, '', ...report.assumptions.map((a) => `- ${mdEscape(a)}`));
    yield out.join('\n') + '\n';
  };
  yield* inChunks(lines());
}
