import type { Report } from '../core/report.js';
import type { Locale } from './formats.js';
import { formatCell, isList, isNumericKind } from './format.js';
import type { Format } from './formats.js';
import { ENGLISH_WORDS, showReport, type ShownColumn, type ShownReport } from './words.js';

/** Charts fit an 80-column terminal. */
const CHART_WIDTH = 80;

export interface RenderOptions {
  color: boolean;
  version: string;
  /** The width of the terminal the table goes to; undefined in a pipe or a file (one table, however wide). */
  width?: number;
  /** The words of table, md, xlsx and charts (and the decimal mark of table, md), and the CSV dialect: en, ru or kk. */
  locale?: Locale;
}

/**
 * Turns a report into the text of one format, or the bytes of xlsx. The only place numbers become text. Its words
 * are the locale's in table, md, xlsx and html, English in csv and json (words.ts).
 */
export async function renderReport(report: Report, format: Format, opts: RenderOptions): Promise<string | Uint8Array> {
  const locale = opts.locale ?? 'en';
  switch (format) {
    case 'csv': {
      const { renderCsv } = await import('./csv.js');
      return renderCsv(showReport(report, locale, 'data'), { locale });
    }
    case 'xlsx': {
      const { renderXlsx } = await import('./xlsx.js');
      return renderXlsx(showReport(report, locale, 'sheet'), { locale });
    }
    case 'html': {
      const { renderHtml } = await import('./html.js');
      return renderHtml(showReport(report, locale, 'text'), { locale, version: opts.version });
    }
    case 'json':
      return renderJson(showReport(report, 'en', 'data'), opts.version);
    case 'md':
      return renderMarkdown(showReport(report, locale, 'text'));
    case 'table': {
      const shown = showReport(report, locale, 'text');
      const { renderTable } = await import('./table.js');
      const table = await renderTable(shown, opts.color, opts.width);
      if (!shown.chart || shown.chart.type === 'bars') return table;
      const { renderChart } = await import('./chart.js');
      return table + '\n' + (await renderChart(shown.chart, { color: opts.color, width: CHART_WIDTH }));
    }
  }
}

/** The version of each kind's JSON schema (`schema/<command>-<kind>.json`): raised when a row's shape changes. */
export const SCHEMA_VERSION = 1;

function jsonValues(
  columns: ShownColumn[],
  row: ShownReport['rows'][number],
): Record<string, string | number | readonly number[] | null> {
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

function renderJson(report: ShownReport, version: string): string {
  const doc = {
    command: report.command,
    kind: report.kind,
    schema: SCHEMA_VERSION,
    version,
    inputs: report.inputs,
    assumptions: report.assumptions,
    rows: report.rows.map((r) => jsonValues(report.columns, r)),
    summary: report.summary ? jsonValues(report.summary.columns, report.summary.values) : {},
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A Markdown table cell: pipes escaped, line breaks as <br> so a quoted newline keeps the row whole. */
function mdEscape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, '<br>');
}

/** A report shown as text (every cell worded and formatted) as Markdown. */
function renderMarkdown(report: ShownReport): string {
  const words = report.words ?? ENGLISH_WORDS;
  const out: string[] = [];
  const head = report.columns.map((c) => mdEscape(c.title));
  out.push(`| ${head.join(' | ')} |`);
  out.push(`|${report.columns.map((c) => (isNumericKind(c.kind) ? '---:' : '---')).join('|')}|`);
  for (const row of report.rows) {
    out.push(`| ${report.columns.map((c) => mdEscape(formatCell(row[c.key], c.kind, 'human'))).join(' | ')} |`);
  }
  if (report.summary) {
    out.push('', `**${words.summary}**`, '');
    for (const c of report.summary.columns)
      out.push(`- ${mdEscape(c.title)}: ${mdEscape(formatCell(report.summary.values[c.key], c.kind, 'human'))}`);
  }
  if (report.notes && report.notes.length > 0) out.push('', ...report.notes);
  out.push('', `**${words.assumptions}**`, '', ...report.assumptions.map((a) => `- ${mdEscape(a)}`));
  return out.join('\n') + '\n';
}
