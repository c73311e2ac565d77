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

/** How kzpay's CSV is written in a locale, as csv-stringify's options (SPEC 4). */
export function csvDialect(locale: Locale) {
  const en = locale === 'en';
  return {
    delimiter: en ? ',' : ';',
    record_delimiter: en ? ('unix' as const) : ('windows' as const),
    // Any line break in a cell is quoted: an explicit record_delimiter would otherwise quote only itself.
    quote_record_delimiter: true,
    // A cell with a space at either end is quoted, so that no reader trims it away.
    quoted_match: /^\s|\s$/,
  };
}

/** A cell of no delimiter (, and ;), quote or line break, no white space at either end and none but spaces inside. */
const PLAIN_CELL = /^(?:[^\s",;](?:(?:[^\s",;]| )*[^\s",;])?)?$/;
/** A cell of no white space but the plain space (a line break, a tab, a no-break space: csv-stringify's to write). */
const SPACES_ONLY = /^(?:\S| )*$/;
/** What csv-stringify quotes in such a cell: the delimiter, a quote, a space at either end. */
const QUOTED = { ',': /[,"]|^ | $/, ';': /[;"]|^ | $/ };

/**
 * One row of CSV with its record delimiter, as csv-stringify writes it in `dialect`: a cell that it writes as it is
 * (PLAIN_CELL), or quoted for a delimiter, a quote or a space at an end (RFC 4180: in quotes, a quote doubled), is
 * written here; a row with any other cell (a line break, a tab, any other white space) goes through csv-stringify.
 * csv-stringify costs 10-20 µs a row: a fund of 600 units spent 11-17 ms of its 400 ms in it (measured 6 December
 * 2026, docs/performance.md); this costs a fraction of a µs. A property test holds the two to the same text
 * (test/render/csv.test.ts).
 */
export function csvLine(cells: string[], dialect: ReturnType<typeof csvDialect>): string {
  const quoted = QUOTED[dialect.delimiter as ',' | ';'];
  // Joined, not added up cell by cell: one flat string a row, not a chain of pieces for the collector.
  let out = cells;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (PLAIN_CELL.test(cell)) continue;
    if (!SPACES_ONLY.test(cell)) return stringify([cells], dialect);
    if (quoted.test(cell)) {
      if (out === cells) out = cells.slice();
      out[i] = `"${cell.replace(/"/g, '""')}"`;
    }
  }
  return out.join(dialect.delimiter) + (dialect.record_delimiter === 'unix' ? '\n' : '\r\n');
}

/**
 * A report's main table as CSV (SPEC 4): a header of the keys, then the rows, written as they come. en: `,` `.` LF, no
 * BOM; ru/kk: `;` `,` CRLF and a UTF-8 BOM, what a spreadsheet in those locales opens as numbers. No comment lines.
 */
export function* renderCsv(report: ShownReport, opts: CsvOptions = {}): Generator<string> {
  const locale = opts.locale ?? 'en';
  const cols: ShownColumn[] = report.columns;
  const dialect = csvDialect(locale);
  // The BOM once, before the header; the rows are written in batches of BATCH_ROWS, each joined into one string.
  let batch = [
    `${locale === 'en' ? '' : '\ufeff'}${csvLine(
      cols.map((c) => csvCell(c.key, 'text', locale)),
      dialect,
    )}`,
  ];
  for (const row of report.rows) {
    batch.push(
      csvLine(
        cols.map((c) => csvCell(row[c.key], c.kind, locale)),
        dialect,
      ),
    );
    if (batch.length >= BATCH_ROWS) {
      yield batch.join('');
      batch = [];
    }
  }
  if (batch.length > 0) yield batch.join('');
}
