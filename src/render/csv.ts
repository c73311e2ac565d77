import { stringify } from 'csv-stringify/sync';
import type { ColumnKind, Value } from '../core/report.js';
import { formatCell } from './format.js';
import type { ShownColumn, ShownReport } from './words.js';

import type { Locale } from './formats.js';

export interface CsvOptions {
  locale?: Locale;
}

/**
 * Text a spreadsheet would run as a formula (SPEC 4) gets a leading '; so does text that already begins with ' before
 * such a character, so that a reader of kzpay's CSV, taking one ' off (src/io/csv.ts, unguard), gets every text back.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/** A number written as text (a range such as 25-30 in a percent column): never guarded, it is not a formula. */
const NUMBER_START = /^-?\d/;

/** Kinds whose decimal point becomes a comma in the ru/kk dialect; int and text have none to change. */
const DECIMAL_KINDS: ReadonlySet<ColumnKind> = new Set([
  'money',
  'thousands',
  'pct',
  'pp',
  'index',
  'years',
  'decimal',
]);

/** One cell as CSV text before quoting: numbers in machine form (comma decimal for ru/kk), text formula-guarded. */
export function csvCell(value: Value, kind: ColumnKind, locale: Locale = 'en'): string {
  const text = formatCell(value, kind, 'machine');
  const numeric = kind !== 'text' && (typeof value !== 'string' || NUMBER_START.test(text));
  if (!numeric) return FORMULA_START.test(text) ? `'${text}` : text;
  return locale !== 'en' && DECIMAL_KINDS.has(kind) ? text.replace(/\./g, ',') : text;
}

/** Rows of CSV gathered before they are written: a small buffer, so that memory does not grow with the rows. */
const BATCH_ROWS = 500;

/**
 * A report's main table as CSV (SPEC 4): a header of the keys, then the rows, written as they come. en: `,` `.` LF, no
 * BOM; ru/kk: `;` `,` CRLF and a UTF-8 BOM, what a spreadsheet in those locales opens as numbers. No comment lines.
 */
export function* renderCsv(report: ShownReport, opts: CsvOptions = {}): Generator<string> {
  const locale = opts.locale ?? 'en';
  const en = locale === 'en';
  const cols: ShownColumn[] = report.columns;
  const options = {
    delimiter: en ? ',' : ';',
    record_delimiter: en ? ('unix' as const) : ('windows' as const),
    // Any line break in a cell is quoted: an explicit record_delimiter would otherwise quote only itself.
    quote_record_delimiter: true,
    // A cell with a space at either end is quoted, so that no reader trims it away.
    quoted_match: /^\s|\s$/,
  };
  // The BOM once, before the header; each batch ends with its record delimiter, so the batches join as one text.
  let batch: string[][] = [cols.map((c) => csvCell(c.key, 'text', locale))];
  let first = true;
  const flush = (): string => {
    const text = stringify(batch, { ...options, bom: first && !en });
    first = false;
    batch = [];
    return text;
  };
  for (const row of report.rows) {
    batch.push(cols.map((c) => csvCell(row[c.key], c.kind, locale)));
    if (batch.length >= BATCH_ROWS) yield flush();
  }
  if (batch.length > 0 || first) yield flush();
}
