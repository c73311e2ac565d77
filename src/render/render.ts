import type { Column, Report, Row } from '../core/report.js';
import type { Locale } from './formats.js';
import { formatCell, isList, isNumericKind, phraseText } from './format.js';
import type { Format } from './formats.js';

/** Charts fit an 80-column terminal. */
const CHART_WIDTH = 80;

export interface RenderOptions {
  color: boolean;
  version: string;
  /** The width of the terminal the table goes to; undefined in a pipe or a file (one table, however wide). */
  width?: number;
  /** The CSV dialect and the words of xlsx: en (the default), ru or kk. */
  locale?: Locale;
}

/** Turns a report into the text of one format, or the bytes of xlsx. The only place numbers become text. */
export async function renderReport(report: Report, format: Format, opts: RenderOptions): Promise<string | Uint8Array> {
  switch (format) {
    case 'csv': {
      const { renderCsv } = await import('./csv.js');
      return renderCsv(report, { locale: opts.locale });
    }
    case 'xlsx': {
      const { renderXlsx } = await import('./xlsx.js');
      return renderXlsx(report, { locale: opts.locale });
    }
    case 'json':
      return renderJson(report, opts.version);
    case 'md':
      return renderMarkdown(report);
    case 'table': {
      const { renderTable } = await import('./table.js');
      const table = await renderTable(report, opts.color, opts.width);
      if (!report.chart) return table;
      const { renderChart } = await import('./chart.js');
      return table + '\n' + (await renderChart(report.chart, { color: opts.color, width: CHART_WIDTH }));
    }
  }
}

/** The version of each kind's JSON schema (`schema/<command>-<kind>.json`): raised when a row's shape changes. */
export const SCHEMA_VERSION = 1;

function jsonValues(columns: Column[], row: Row): Record<string, string | number | readonly number[] | null> {
  const out: Record<string, string | number | readonly number[] | null> = {};
  for (const c of columns) {
    const v = row[c.key];
    if (v === null || v === undefined) out[c.key] = null;
    else if (isList(v)) out[c.key] = v;
    else if (c.kind === 'int' && typeof v === 'number') out[c.key] = v;
    else out[c.key] = formatCell(v, c.kind, 'machine');
  }
  return out;
}

function renderJson(report: Report, version: string): string {
  const doc = {
    command: report.command,
    kind: report.kind,
    schema: SCHEMA_VERSION,
    version,
    inputs: report.inputs,
    assumptions: report.assumptions.map((a) => phraseText(a, 'human')),
    rows: report.rows.map((r) => jsonValues(report.columns, r)),
    summary: report.summary ? jsonValues(report.summary.columns, report.summary.values) : {},
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A Markdown table cell: pipes escaped, line breaks as <br> so a quoted newline keeps the row whole. */
function mdEscape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, '<br>');
}

function renderMarkdown(report: Report): string {
  const out: string[] = [];
  const head = report.columns.map((c) => mdEscape(c.title));
  out.push(`| ${head.join(' | ')} |`);
  out.push(`|${report.columns.map((c) => (isNumericKind(c.kind) ? '---:' : '---')).join('|')}|`);
  for (const row of report.rows) {
    out.push(`| ${report.columns.map((c) => mdEscape(formatCell(row[c.key], c.kind, 'human'))).join(' | ')} |`);
  }
  if (report.summary) {
    out.push('', '**Summary**', '');
    for (const c of report.summary.columns)
      out.push(`- ${mdEscape(c.title)}: ${mdEscape(formatCell(report.summary.values[c.key], c.kind, 'human'))}`);
  }
  if (report.notes && report.notes.length > 0) out.push('', ...report.notes.map((n) => phraseText(n, 'human')));
  out.push('', '**Assumptions**', '', ...report.assumptions.map((a) => `- ${mdEscape(phraseText(a, 'human'))}`));
  return out.join('\n') + '\n';
}
