import { holdGroups, isNumericKind } from './format.js';
import { columnGroups } from './table.js';
import type { Locale } from './formats.js';
import { barChartSvg, drawnLog, escapeHtml, lineChartSvg } from './svg.js';
import { ENGLISH_WORDS, titleLine, type ShownColumn, type WholeShownReport as ShownReport } from './words.js';

export interface HtmlOptions {
  /** The page's `lang`: the locale its words are in. */
  locale: Locale;
  version: string;
}

/**
 * The page's style: screen and print (A4 landscape, a table's header repeated on each page, no row cut across two).
 * Fonts are the reader's own (DejaVu and Liberation carry Cyrillic and Kazakh letters): nothing is loaded.
 */
const STYLE = `
@page { size: A4 landscape; margin: 12mm 10mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, "Helvetica Neue", sans-serif; font-size: 10pt;
  color: #1a1a1a; background: #fff; margin: 1.5em auto; max-width: 1200px; padding: 0 1em; line-height: 1.35; }
h1 { font-size: 16pt; margin: 0 0 0.2em; }
h2 { font-size: 12pt; margin: 1.2em 0 0.4em; break-after: avoid; page-break-after: avoid; }
.meta { color: #444; margin: 0 0 1em; }
figure { margin: 0.5em 0 1em; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-weight: bold; margin-bottom: 0.3em; }
figure .note { font-weight: normal; color: #444; margin: 0.3em 0 0; }
svg.chart { width: 100%; height: auto; display: block; font-size: 12px; }
svg.chart text { fill: #1a1a1a; }
svg.chart text.value { font-weight: bold; }
svg.chart .grid { stroke: #ddd; stroke-width: 1; }
svg.chart .axis { stroke: #555; stroke-width: 1; }
svg.chart .mark { stroke: #111; stroke-width: 3; }
svg.chart rect.projected { fill: #ececec; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: 0.3em 0 1em; }
th, td { border: 1px solid #c8c8c8; padding: 2px 6px; vertical-align: top; }
thead th { background: #eef1f5; font-weight: bold; vertical-align: bottom; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
tbody tr:nth-child(even) td { background: #f7f8fa; }
th.num { text-align: right; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.word { white-space: nowrap; }
table.summary th { text-align: left; font-weight: normal; background: #eef1f5; }
.tone-bad { color: #b0281a; font-weight: bold; }
.tone-warn { color: #8a6400; }
.tone-good { color: #1e6b40; }
ul.assumptions { padding-left: 1.3em; }
ul.assumptions li { margin: 0.15em 0; break-inside: avoid; }
dl.sources { display: grid; grid-template-columns: max-content 1fr; gap: 0.15em 1em; }
dl.sources dt { font-weight: bold; }
dl.sources dd { margin: 0; overflow-wrap: anywhere; }
footer { color: #666; margin-top: 1.5em; font-size: 8.5pt; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 9pt; }
  table { font-size: 8pt; }
  .scroll { overflow: visible; }
  svg.chart { max-height: 140mm; }
}
`
  .trim()
  .replace(/\n\s*/g, '\n');

/**
 * About how many characters of 8pt text a row of an A4 landscape page holds, padding and borders counted as the
 * terminal's table counts them: a wider table is dealt into several, each repeating the row's key columns.
 */
const PAGE_CHARACTERS = 175;
/**
 * Text wraps inside its cell: a text column is counted at most this wide when the columns are dealt, and a header
 * as its longest word.
 */
const TEXT_CHARACTERS = 36;

/** Prose as html: escaped, a number's groups of digits held together (`62 461` never breaks at its space). */
function prose(text: string): string {
  return holdGroups(escapeHtml(text));
}

function cellClass(c: ShownColumn, text: string): string {
  const classes: string[] = [];
  if (isNumericKind(c.kind)) classes.push('num');
  // One word (a code, a block's name) is kept whole rather than broken at its hyphens.
  else if (text !== '' && text.length <= 30 && !/\s/.test(text)) classes.push('word');
  const tone = c.tones?.[text];
  if (tone) classes.push(`tone-${tone}`);
  return classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
}

/** A table, dealt as the terminal's is into tables that fit the width of a printed page (the key columns in each). */
function tableHtml(columns: ShownColumn[], rows: ShownReport['rows']): string {
  const cells = rows.map((row) => columns.map((c) => String(row[c.key] ?? '')));
  const measured = cells.map((row) =>
    row.map((text, i) => (isNumericKind(columns[i].kind) ? text : text.slice(0, TEXT_CHARACTERS))),
  );
  const headers = columns.map((c) => ({
    ...c,
    title: c.title.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), ''),
  }));
  return columnGroups(headers, measured, PAGE_CHARACTERS)
    .map((group) => {
      const head = group.map((i) => {
        const c = columns[i];
        return `<th${isNumericKind(c.kind) ? ' class="num"' : ''}>${escapeHtml(c.title)}</th>`;
      });
      const body = cells.map((row) => {
        const tds = group.map((i) => `<td${cellClass(columns[i], row[i])}>${escapeHtml(row[i])}</td>`);
        return `<tr>${tds.join('')}</tr>`;
      });
      return (
        `<div class="scroll"><table>\n<thead><tr>${head.join('')}</tr></thead>\n` +
        `<tbody>\n${body.join('\n')}\n</tbody></table></div>`
      );
    })
    .join('\n');
}

function chartHtml(report: ShownReport): string {
  const chart = report.chart;
  // A chart of nothing (a grid without adjacent pairs, a report without rows) is left out.
  if (!chart || (chart.type === 'bars' ? chart.groups.length === 0 : chart.years.length === 0)) return '';
  const svg = chart.type === 'bars' ? barChartSvg(chart) : lineChartSvg(chart);
  const title = chart.type !== 'bars' && drawnLog(chart) ? chart.logTitle : chart.title;
  const note = chart.note ? `<p class="note">${escapeHtml(chart.note)}</p>` : '';
  return `<figure><figcaption>${escapeHtml(title)}</figcaption>${svg}${note}</figure>`;
}

/**
 * A report as one self-contained html page (SPEC 4): the title (what it shows, the date of its data, the currency),
 * the chart drawn as SVG, the tables, the summary, the reading, the assumptions and the sources, every word in the
 * locale's language. No script, no link, nothing to load: it reads, prints and travels as one file. A function of the
 * whole shown report: a page is read whole, so it holds its rows.
 */
export function renderHtml(report: ShownReport, opts: HtmlOptions): string {
  const words = report.words ?? ENGLISH_WORDS;
  const title = report.heading ?? `kzpay ${report.command}`;
  // The title line, as a workbook's: kzpay's command, then the data date and the currency (Report.title).
  const meta = titleLine(report);
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(opts.locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${title} — ${meta}`)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${escapeHtml(meta)}</p>`,
    '</header>',
  ];
  const chart = chartHtml(report);
  if (chart) out.push(chart);
  out.push(tableHtml(report.columns, report.rows));
  for (const t of report.tables ?? []) {
    out.push(`<h2>${escapeHtml(words.sheet(t.name))}</h2>`, tableHtml(t.columns, t.rows));
  }
  if (report.summary) {
    const { columns, values } = report.summary;
    const rows = columns.map((c) => {
      const text = String(values[c.key] ?? '');
      return `<tr><th>${escapeHtml(c.title)}</th><td${cellClass(c, text)}>${escapeHtml(text)}</td></tr>`;
    });
    out.push(`<h2>${escapeHtml(words.summary)}</h2>`, `<table class="summary">\n${rows.join('\n')}\n</table>`);
  }
  if (report.notes && report.notes.length > 0) {
    out.push(`<h2>${escapeHtml(words.page.notes)}</h2>`, ...report.notes.map((n) => `<p>${prose(n)}</p>`));
  }
  out.push(
    `<h2>${escapeHtml(words.assumptions)}</h2>`,
    `<ul class="assumptions">\n${report.assumptions.map((a) => `<li>${prose(a)}</li>`).join('\n')}\n</ul>`,
  );
  const sources = report.sources ?? Object.entries(report.inputs).map(([name, label]) => ({ name, label }));
  if (sources.length > 0) {
    const items = sources.map((s) => `<dt>${escapeHtml(s.name)}</dt><dd>${escapeHtml(s.label)}</dd>`);
    out.push(`<h2>${escapeHtml(words.page.sources)}</h2>`, `<dl class="sources">\n${items.join('\n')}\n</dl>`);
  }
  out.push(`<footer>${escapeHtml(words.page.madeBy(opts.version))}</footer>`, '</body>', '</html>');
  return out.join('\n') + '\n';
}
