import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { ColumnKind, Value } from '../core/report.js';
import type { Locale } from './formats.js';
import { formatCell, groupThousands } from './format.js';
import { ENGLISH_WORDS, shownSummary, titleLine, type ShownColumn, type ShownReport, type ShownRow } from './words.js';

type Column = ShownColumn;
type Report = ShownReport;

export interface XlsxOptions {
  /** Taken for symmetry with CSV: the file's number formats are locale-free, and the words come in the report. */
  locale?: Locale;
}

/**
 * Number formats by kind, in the file's own (en-US) notation: a spreadsheet shows `,` as its locale's group separator
 * and `.` as its decimal, so money reads `62 461,00` in a Russian or Kazakh Excel or LibreOffice.
 */
const NUM_FMT: Record<ColumnKind, string | undefined> = {
  money: '#,##0.00',
  thousands: '#,##0.0',
  pct: '0.00',
  pp: '0.00',
  index: '0.000000',
  years: '0.00',
  int: '0',
  decimal: undefined, // shown as given
  text: undefined,
  list: undefined, // years, as text
};

/** Excel's limit on a sheet's name, and the characters it refuses in one. */
const SHEET_NAME_MAX = 31;
const SHEET_NAME_BAD = /[[\]:*?/\\]/g;
/**
 * Column widths in characters: wide enough for a short header; a text column no wider than TEXT_MAX (its long text
 * wraps within it, so that the sheet fits a page's width); a list of prose (the assumptions) PROSE wide.
 */
const WIDTH_MIN = 6;
const WIDTH_MAX = 80;
const TEXT_MAX = 40;
const PROSE = 110;
/** The rows a sheet's column widths are fitted to: the header and the first rows, held before the sheet is written. */
const WIDTH_ROWS = 200;
/** Rows written between two turns of the event loop, in which the zip takes what was written (flat memory). */
const YIELD_ROWS = 256;

/** The workbook's one font (exceljs's default, Calibri 11), bold for the title and the header: named in full. */
const BOLD: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, family: 2, scheme: 'minor', bold: true };

/** How every sheet prints: landscape A4, one page wide (as many long as it takes), the header on every page. */
function pageSetup(): Partial<ExcelJS.PageSetup> {
  return {
    orientation: 'landscape',
    paperSize: 9, // A4
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    horizontalCentered: false,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

/** exceljs's cell types, by which a style without a number format gets its default one. */
const NUMBER_CELL = 2;
const STRING_CELL = 3;

/** A column's letters: 1 → A, 27 → AA. */
function columnLetter(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}

/** Row 1 is the title (kzpay's command, the data date, the currency), row 2 the header, the rows from row 3. */
const TITLE_ROW = 1;
const HEADER_ROW = 2;

type CellValue = string | number | null;

/** A cell's value for the sheet: a number from the exact machine text (a sheet's cell is a float), or text. */
function sheetValue(value: Value | undefined, kind: ColumnKind): CellValue {
  if (value === null || value === undefined) return null;
  if (kind === 'text' || kind === 'list' || typeof value === 'string') return formatCell(value, kind, 'machine');
  return Number(formatCell(value, kind, 'machine'));
}

/** About as many characters as the cell shows, to fit the column's width. */
function shownLength(value: CellValue, kind: ColumnKind): number {
  if (value === null) return 0;
  if (typeof value === 'string') return Math.max(...value.split('\n').map((l) => l.length));
  const places = NUM_FMT[kind]?.split('.')[1]?.length ?? 0;
  const fixed = kind === 'decimal' ? String(value) : value.toFixed(places);
  return kind === 'money' || kind === 'thousands' ? groupThousands(fixed).length : fixed.length;
}

/** A sheet name Excel accepts (≤ 31 characters, none of []:*?/\), unique among `taken` whatever its case. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(SHEET_NAME_BAD, '-')
      .replace(/^'+|'+$/g, '')
      .trim() || 'sheet';
  let name = base.slice(0, SHEET_NAME_MAX);
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

/** One sheet: a header, rows of values as they come, and how each column is shown. */
interface SheetData {
  header: string[];
  /** The kind of each column, or of each cell of a row (the summary: a label and a value of any kind). */
  kinds: ColumnKind[] | ((row: number) => ColumnKind[]);
  rows: Iterable<CellValue[]>;
  /** A list of prose, one paragraph a row (assumptions, notes): one wide column, wrapped. */
  prose?: boolean;
}

function tableSheet(columns: Column[], rows: Iterable<ShownRow>): SheetData {
  return {
    header: columns.map((c) => c.title),
    kinds: columns.map((c) => c.kind),
    rows: (function* () {
      for (const row of rows) yield columns.map((c) => sheetValue(row[c.key], c.kind));
    })(),
  };
}

function summarySheet(summary: NonNullable<ReturnType<typeof shownSummary>>, header: string[]): SheetData {
  const { columns, values } = summary;
  return {
    header,
    kinds: (i) => ['text', columns[i].kind],
    rows: columns.map((c) => [c.title, sheetValue(values[c.key], c.kind)]),
  };
}

function listSheet(title: string, lines: string[]): SheetData {
  return { header: [title], kinds: ['text'], rows: lines.map((l) => [l]), prose: true };
}

/** Thrown into the writing of a workbook whose reader has gone. */
class Stopped extends Error {}

/** A turn of the event loop, in which the zip compresses what was written and hands it on. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes one sheet as its rows come: the title row, the bold header (frozen, filtered, repeated on every printed
 * page), then the rows, numbers as numbers with their formats, text wrapped within its column. The widths are fitted
 * to the header and the first WIDTH_ROWS rows, held before the sheet is written; the other rows go straight through.
 */
async function writeSheet(
  book: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  title: string,
  data: SheetData,
  reading: { stopped: boolean },
) {
  const sheet = book.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: pageSetup(),
    headerFooter: { oddFooter: '&L&A&R&P / &N', oddHeader: undefined } as Partial<ExcelJS.HeaderFooter>,
  });
  const n = data.header.length;
  const kindsOf = typeof data.kinds === 'function' ? data.kinds : () => data.kinds as ColumnKind[];
  const rows = data.rows[Symbol.iterator]();
  const first: CellValue[][] = [];
  for (let next = rows.next(); first.length < WIDTH_ROWS && !next.done; next = rows.next()) {
    first.push(next.value);
    if (first.length === WIDTH_ROWS) break;
  }
  // Widths from the header and the first rows; a text column is capped and wraps, so that the sheet fits a page.
  const width = data.header.map((h) => h.length);
  const text = new Array<boolean>(n).fill(true);
  first.forEach((values, i) => {
    const kinds = kindsOf(i);
    values.forEach((v, j) => {
      if (v === null) return;
      if (typeof v === 'number') text[j] = false;
      width[j] = Math.max(width[j], shownLength(v, kinds[j]));
    });
  });
  sheet.columns = width.map((w, j) => ({
    width: data.prose ? PROSE : Math.min(text[j] ? TEXT_MAX : WIDTH_MAX, Math.max(WIDTH_MIN, w + 2)),
  }));
  // One style object per kind of cell, shared by all its cells: exceljs then finds its id at once (a cache by object)
  // instead of working it out for every cell, which took most of the time of a large sheet.
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (kind: ColumnKind, number: boolean): Partial<ExcelJS.Style> => {
    const fmt = number ? NUM_FMT[kind] : undefined;
    const key = fmt ?? (number ? '' : 'text');
    let style = styles.get(key);
    if (!style) {
      // Text wraps within its column; a number keeps its line.
      style = number ? { alignment: { vertical: 'top' } } : { alignment: { wrapText: true, vertical: 'top' } };
      if (fmt) style.numFmt = fmt;
      styles.set(key, style);
    }
    return style;
  };

  const titleRow = sheet.getRow(TITLE_ROW);
  const titleCell = titleRow.getCell(1);
  titleCell.value = title;
  // The title runs on over the empty cells beside it rather than wrapping in the first column.
  titleCell.style = { font: BOLD, alignment: { vertical: 'top' } };
  titleRow.commit();
  const header = sheet.getRow(HEADER_ROW);
  // Every cell is set one by one, text as text: a string beginning with = stays a string, never a formula.
  const headStyle: Partial<ExcelJS.Style> = { font: BOLD, alignment: { wrapText: true, vertical: 'top' } };
  data.header.forEach((h, j) => {
    const cell = header.getCell(j + 1);
    cell.value = h;
    cell.style = headStyle;
  });
  header.commit();

  // The rows go into the sheet's stream as XML written here, in the form exceljs writes them (a shared string's
  // index, a style's id, a number as JavaScript prints it), rather than through a Cell object per cell: that took
  // most of a large workbook's time. The strings, styles, zip and the rest of the file are exceljs's. These are
  // exceljs's internals, not its API: package.json pins exceljs to the one version they are written against.
  const stream = (sheet as unknown as { stream: { write(text: string): void } }).stream;
  const strings = (book as unknown as { sharedStrings: { add(text: string): number } }).sharedStrings;
  const styleIds = new Map<Partial<ExcelJS.Style>, number>();
  const styleId = (style: Partial<ExcelJS.Style>, number: boolean): number => {
    let id = styleIds.get(style);
    if (id === undefined) {
      const registry = (book as unknown as { styles: { addStyleModel(s: object, type: number): number } }).styles;
      id = registry.addStyleModel(style, number ? NUMBER_CELL : STRING_CELL);
      styleIds.set(style, id);
    }
    return id;
  };
  const letters = data.header.map((_, j) => columnLetter(j + 1));
  let count = 0;
  let xml = '';
  const write = (values: CellValue[]) => {
    const kinds = kindsOf(count);
    const r = HEADER_ROW + 1 + count;
    xml += `<row r="${r}">`;
    for (let j = 0; j < values.length; j++) {
      const v = values[j];
      if (v === null) continue;
      const number = typeof v === 'number';
      const s = styleId(styleOf(kinds[j], number), number);
      const ref = `${letters[j]}${r}`;
      xml += number
        ? `<c r="${ref}" s="${s}"><v>${v}</v></c>`
        : `<c r="${ref}" s="${s}" t="s"><v>${strings.add(v as string)}</v></c>`;
    }
    xml += '</row>';
    count++;
    if (xml.length >= 1 << 16) {
      stream.write(xml);
      xml = '';
    }
  };
  for (const values of first) write(values);
  for (let next = rows.next(); !next.done; next = rows.next()) {
    write(next.value);
    if (count % YIELD_ROWS === 0) {
      await turn();
      // The reader went away (a closed pipe): the rest of the rows are not made.
      if (reading.stopped) throw new Stopped();
    }
  }
  if (xml !== '') stream.write(xml);
  if (n > 0) {
    sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + count, column: n } };
  }
  sheet.commit();
  await turn();
}

/**
 * A report as an xlsx workbook (SPEC 4), written as its rows come with exceljs's streaming writer (memory flat with
 * the rows): the rows with numbers as numbers, number formats, a title row (kzpay's command, the data date, the
 * currency), a frozen header with a filter, fitted widths; then a sheet per further table, the summary, the
 * assumptions and the notes. Every sheet prints landscape, one page wide, its header on every page. Never a formula.
 */
export async function* renderXlsx(report: Report, _opts: XlsxOptions = {}): AsyncGenerator<Uint8Array> {
  const { default: Excel } = await import('exceljs');
  const out = new PassThrough();
  // The fastest deflate: the zip took a third of a large workbook's time at the default level, for a file a few percent
  // smaller.
  const book = new Excel.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: true,
    zip: { zlib: { level: 1 } },
  });
  book.creator = 'kzpay';
  const taken = new Set<string>();
  const title = titleLine(report);

  const reading = { stopped: false };
  const writing = (async () => {
    const { sheet } = report.words ?? ENGLISH_WORDS;
    const main = tableSheet(report.columns, report.rows);
    await writeSheet(book, sheetName(sheet(report.command), taken), title, main, reading);
    for (const t of report.tables ?? [])
      await writeSheet(book, sheetName(t.name, taken), title, tableSheet(t.columns, t.rows), reading);
    const summary = shownSummary(report);
    if (summary) {
      const data = summarySheet(summary, [sheet('label'), sheet('value')]);
      await writeSheet(book, sheetName(sheet('summary'), taken), title, data, reading);
    }
    const assumptions = listSheet(sheet('assumption'), report.assumptions);
    await writeSheet(book, sheetName(sheet('assumptions'), taken), title, assumptions, reading);
    if (report.notes && report.notes.length > 0)
      await writeSheet(book, sheetName(sheet('notes'), taken), title, listSheet(sheet('note'), report.notes), reading);
    await book.commit();
  })();
  // An error while the rows are made (or in the writer) ends the stream with it.
  writing.catch((e: unknown) => out.destroy(e instanceof Error ? e : new Error(String(e))));
  try {
    for await (const chunk of out) yield chunk as Uint8Array;
    await writing;
  } finally {
    reading.stopped = true;
  }
}
