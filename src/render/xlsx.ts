import type { ColumnKind, Value } from '../core/report.js';
import type { Locale } from './formats.js';
import { formatCell, groupThousands } from './format.js';
import { collectReport, ENGLISH_WORDS, type ShownColumn, type ShownReport, type WholeShownReport } from './words.js';

type Column = ShownColumn;
type Report = WholeShownReport;
type Row = WholeShownReport['rows'][number];

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
/** Column widths in characters: wide enough for a short header, never wider than a screen. */
const WIDTH_MIN = 6;
const WIDTH_MAX = 80;

type CellValue = string | number | null;

/** A cell's value for the sheet: a number from the exact machine text (a sheet's cell is a float), or text. */
function sheetValue(value: Value, kind: ColumnKind): CellValue {
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

/** One sheet's content: a header, rows of values, and each column's kind (for its number format and width). */
interface SheetData {
  header: string[];
  kinds: ColumnKind[][];
  rows: CellValue[][];
}

function tableSheet(columns: Column[], rows: Row[]): SheetData {
  return {
    header: columns.map((c) => c.title),
    kinds: rows.map(() => columns.map((c) => c.kind)),
    rows: rows.map((row) => columns.map((c) => sheetValue(row[c.key], c.kind))),
  };
}

function summarySheet(summary: NonNullable<Report['summary']>, header: string[]): SheetData {
  const { columns, values } = summary;
  return {
    header,
    kinds: columns.map((c) => ['text', c.kind]),
    rows: columns.map((c) => [c.title, sheetValue(values[c.key], c.kind)]),
  };
}

function listSheet(title: string, lines: string[]): SheetData {
  return { header: [title], kinds: lines.map(() => ['text']), rows: lines.map((l) => [l]) };
}

/**
 * A report as an xlsx workbook (SPEC 4): the rows with numbers as numbers, number formats, a frozen header, a filter
 * and fitted widths; then a sheet per further table, the summary, the assumptions and the notes. Never a formula.
 */
export async function* renderXlsx(streamed: ShownReport, _opts: XlsxOptions = {}): AsyncGenerator<Uint8Array> {
  const report = collectReport(streamed);
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'kzpay';
  const taken = new Set<string>();

  const add = (wanted: string, data: SheetData): void => {
    const sheet = book.addWorksheet(sheetName(wanted, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    const width = data.header.map((h) => h.length);
    // Every cell is set one by one, text as text: a string beginning with = stays a string, never a formula.
    data.header.forEach((h, j) => {
      const cell = sheet.getCell(1, j + 1);
      cell.value = h;
      cell.font = { bold: true };
    });
    data.rows.forEach((values, i) => {
      values.forEach((v, j) => {
        if (v === null) return;
        const kind = data.kinds[i][j];
        const cell = sheet.getCell(i + 2, j + 1);
        cell.value = v;
        const fmt = typeof v === 'number' ? NUM_FMT[kind] : undefined;
        if (fmt) cell.numFmt = fmt;
        width[j] = Math.max(width[j], shownLength(v, kind));
      });
    });
    width.forEach((w, j) => {
      sheet.getColumn(j + 1).width = Math.min(WIDTH_MAX, Math.max(WIDTH_MIN, w + 2));
    });
    if (data.header.length > 0) {
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + data.rows.length, column: data.header.length } };
    }
  };

  const { sheet } = report.words ?? ENGLISH_WORDS;
  add(sheet(report.command), tableSheet(report.columns, report.rows));
  for (const t of report.tables ?? []) add(t.name, tableSheet(t.columns, t.rows));
  if (report.summary) add(sheet('summary'), summarySheet(report.summary, [sheet('label'), sheet('value')]));
  add(sheet('assumptions'), listSheet(sheet('assumption'), report.assumptions));
  if (report.notes && report.notes.length > 0) add(sheet('notes'), listSheet(sheet('note'), report.notes));

  yield new Uint8Array(await book.xlsx.writeBuffer());
}
