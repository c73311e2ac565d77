import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import type * as CsvParse from 'csv-parse/sync';
import { InputError } from '../core/errors.js';

let csvParseModule: typeof CsvParse | undefined;

/**
 * csv-parse, loaded on the first read of a data set: --help and a bad option never pay for it. Its CommonJS build is
 * one file, which loads in half the time of its ES modules.
 */
function csvParse(): typeof CsvParse {
  csvParseModule ??= createRequire(import.meta.url)('csv-parse/sync') as typeof CsvParse;
  return csvParseModule;
}

/** One CSV record with the line it starts on and the line and 1-based character column where each cell starts. */
export interface CsvRecord {
  line: number;
  cells: string[];
  columns: number[];
  /** The line of each cell: later than `line` after a quoted cell that holds a newline. */
  lines: number[];
}

/** A parsed CSV file: its header (column names lower-cased and trimmed) and its records, comments dropped. */
export interface CsvTable {
  file: string;
  delimiter: string;
  header: CsvRecord;
  names: string[];
  records: CsvRecord[];
  /** The `#` lines before the header, without the `#`, so a data set keeps its sources. */
  comments: string[];
}

/** The longest line a CSV file may hold: a cell of 1 MiB reads, a file with no line ends stops early. */
export const MAX_LINE = 2 << 20;

const DELIMITERS = [',', ';', '\t'];

/** Picks `,`, `;` or tab from the header line: whichever occurs most outside quotes (`,`, then `;`, on a tie). */
export function detectDelimiter(headerLine: string): string {
  const counts = [0, 0, 0];
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted) {
      const i = DELIMITERS.indexOf(ch);
      if (i >= 0) counts[i]++;
    }
  }
  let best = 0;
  for (let i = 1; i < counts.length; i++) if (counts[i] > counts[best]) best = i;
  return DELIMITERS[best];
}

/** A comment line's text: without the `#`, one following space and a trailing CR. */
export function commentText(line: string): string {
  return line
    .slice(line.indexOf('#') + 1)
    .replace(/\r$/, '')
    .replace(/^ /, '');
}

/** A row of empty cells (`;;;`) is how a spreadsheet saves a blank row: it is skipped like a blank line. */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.cells.every((c) => c === '');
}

/**
 * Whether a character code is one that cells are trimmed of: JavaScript's white space, which is also csv-parse's
 * list of trimmable characters.
 */
export function isTrimmable(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A cell's text: trimmed, its line breaks as written (a CRLF inside a quoted cell stays CRLF), and unguarded. */
export function cellText(raw: string): string {
  return unguard(raw.trim());
}

/** What kzpay's CSV writer guards with a leading ': one or more ' before =, +, -, @, tab or CR. */
const GUARDED = /^'+[=+\-@\t\r]/;

/**
 * A cell without the ' that kzpay's CSV writer put before text a spreadsheet would take for a formula (`'-A2` is
 * `-A2`). Only there: `'plain` keeps its '. The writer guards `'=x` as `''=x`, so every text comes back as it was.
 */
export function unguard(text: string): string {
  return text.charCodeAt(0) === 0x27 && GUARDED.test(text) ? text.slice(1) : text;
}

/**
 * Splits CSV text into records with csv-parse (RFC 4180 quoting, `#` comment lines, blank lines and rows of empty
 * cells skipped, cells trimmed, a leading BOM dropped, CRLF, LF or CR line ends), keeping the line and column of every
 * cell for error messages.
 */
export function parseCsv(text: string, file: string, delimiter?: string): CsvTable {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  checkDecoded(text, file);
  checkLineLength(text, file);
  const delim = delimiter ?? detectDelimiter(headerLineOf(text));
  const bytes = Buffer.from(text, 'utf8');
  // Where each record ends, as csv-parse reports it in bytes: the next one starts after it. (Its report on each cell
  // costs 3 objects a cell, and the cells' columns are found as cheaply in the record's text: see scanRecord.)
  const recordEnds: number[] = [];
  const { parse, CsvError } = csvParse();
  let cells: string[][];
  try {
    cells = parse(bytes, {
      delimiter: delim,
      // Every line end ends a record, so that no row is joined to another (or dropped) for its line end.
      record_delimiter: ['\r\n', '\n', '\r'],
      quote: '"',
      escape: '"',
      comment: '#',
      comment_no_infix: true,
      trim: true,
      relax_quotes: true, // a quote inside an unquoted cell is text: `Head of "B"`
      relax_column_count: true, // a ragged row is reported by the data set, with its column names
      skip_empty_lines: true,
      on_record: (record, context) => {
        recordEnds.push(context.bytes);
        return record;
      },
    });
  } catch (e) {
    if (e instanceof CsvError) throw csvError(e, text, bytes, file, delim, recordEnds);
    throw e;
  }
  const places = new Places(text, bytes);
  const records: CsvRecord[] = [];
  let header: CsvRecord | undefined;
  let headerStart = 0;
  let from = 0;
  cells.forEach((values, r) => {
    const start = recordStart(text, places.char(from), delim);
    const scan = scanRecord(text, start, delim);
    // csv-parse takes `""\t""` for one empty cell; kzpay (and its streamed reader) for a quote after a closed cell.
    const problem = scanError(scan, text, places, file, delim);
    if (problem) throw problem;
    if (scan.starts.length !== values.length) {
      throw new Error(`${file}: csv-parse read ${values.length} cells where kzpay finds ${scan.starts.length}`);
    }
    const record: CsvRecord = { line: 0, cells: [], columns: [], lines: [] };
    values.forEach((value, i) => {
      const { line, column } = places.lineColumn(scan.starts[i]);
      record.cells.push(cellText(value));
      record.columns.push(column);
      record.lines.push(line);
    });
    record.line = record.lines[0];
    from = recordEnds[r];
    if (isBlankRecord(record)) return;
    if (header === undefined) {
      header = record;
      headerStart = start;
    } else records.push(record);
  });
  if (header === undefined) throw noHeader(file);
  return {
    file,
    delimiter: delim,
    header,
    names: header.cells.map((c) => c.toLowerCase()),
    records,
    comments: commentsBefore(text.slice(0, headerStart)),
  };
}

/** The first line that is neither blank nor a comment: the header, whose delimiter is the file's. */
function headerLineOf(text: string): string {
  for (const line of text.split(/\r\n|\r|\n/)) {
    const t = line.trim();
    if (t !== '' && t[0] !== '#') return line;
  }
  return '';
}

/** The `#` lines of the text before the header. */
function commentsBefore(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trimStart().startsWith('#'))
    .map(commentText);
}

/**
 * Where the record that csv-parse read after `from` starts: past the blank and comment lines it skipped. A line that
 * holds a delimiter is a record (of empty cells, perhaps), even when the delimiter is a tab.
 */
function recordStart(text: string, from: number, delim: string): number {
  let at = from;
  for (;;) {
    const first = cellStart(text, at, delim);
    if (first < text.length && text[first] !== '\n' && text[first] !== '\r' && text[first] !== '#') return at;
    let end = first;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    if (end >= text.length) return at;
    at = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
}

/** The first character of a cell that starts at `at`: past the white space it is trimmed of, on its own line. */
function cellStart(text: string, at: number, delim: string): number {
  const d = delim.charCodeAt(0);
  for (;;) {
    const c = text.charCodeAt(at);
    if (at >= text.length || c === d || c === 0x0a || c === 0x0d || !isTrimmable(c)) return at;
    at++;
  }
}

/** The length of the line end at index i: 2 for CRLF, 1 for LF or CR alone (one line end each, as in editors). */
function lineBreakAfter(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x0a) return 1;
  if (c === 0x0d) return text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
  return 0;
}

/**
 * The text's byte offsets (as csv-parse gives them) as character indices, and character indices as line and column:
 * both asked for in increasing order, so the text is walked once.
 */
class Places {
  private ascii: boolean;
  private charAt = 0;
  private byteAt = 0;
  private lineAt = 0;
  private line = 1;
  private lineStart = 0;

  constructor(
    private readonly text: string,
    bytes: Uint8Array,
  ) {
    this.ascii = bytes.length === text.length;
  }

  char(byte: number): number {
    if (this.ascii) return byte;
    if (byte < this.byteAt) {
      this.charAt = 0;
      this.byteAt = 0;
    }
    const t = this.text;
    while (this.byteAt < byte) {
      const c = t.charCodeAt(this.charAt);
      if (c < 0x80) this.byteAt += 1;
      else if (c < 0x800) this.byteAt += 2;
      else if (c >= 0xd800 && c < 0xdc00) {
        this.byteAt += 4;
        this.charAt++; // the low surrogate of the pair
      } else this.byteAt += 3;
      this.charAt++;
    }
    return this.charAt;
  }

  lineColumn(at: number): { line: number; column: number } {
    if (at < this.lineAt) {
      this.lineAt = 0;
      this.line = 1;
      this.lineStart = 0;
    }
    while (this.lineAt < at) {
      const n = lineBreakAfter(this.text, this.lineAt);
      if (n === 0) {
        this.lineAt++;
        continue;
      }
      this.lineAt += n;
      this.line++;
      this.lineStart = this.lineAt;
    }
    return { line: this.line, column: at - this.lineStart + 1 };
  }
}

/** The line and 1-based column of index `at` of the text, line breaks CRLF, LF or CR. */
export function lineColumn(text: string, at: number, firstLine = 1, firstColumn = 1): { line: number; column: number } {
  let line = firstLine;
  let lineStart = 0;
  for (let i = 0; i < at; ) {
    const n = lineBreakAfter(text, i);
    if (n === 0) i++;
    else {
      i += n;
      line++;
      lineStart = i;
    }
  }
  return { line, column: at - lineStart + (line === firstLine ? firstColumn : 1) };
}

/**
 * The cells of the record that starts at `start` as csv-parse splits them, which csv-parse has read without error:
 * where each cell's first character is, and where the record's line ends. A quote opens a cell only as its first
 * character (elsewhere it is text) and the first quote not doubled closes it; after it, only white space may come
 * before the delimiter or the line end. On text csv-parse refused, the scan stops at the quote that never closes
 * (`unclosed`) or at the text after a closing quote (`stray`).
 */
function scanRecord(
  text: string,
  start: number,
  delim: string,
): { starts: number[]; end: number; unclosed?: number; stray?: number } {
  const n = text.length;
  const starts: number[] = [];
  let k = start;
  for (;;) {
    const cell = cellStart(text, k, delim);
    starts.push(cell);
    if (text[cell] === '"') {
      let q = cell + 1;
      for (;;) {
        q = text.indexOf('"', q);
        if (q < 0) return { starts, end: n, unclosed: cell };
        if (text[q + 1] !== '"') break;
        q += 2;
      }
      k = cellStart(text, q + 1, delim);
      if (k < n && text[k] !== delim && text[k] !== '\n' && text[k] !== '\r') return { starts, end: k, stray: k };
    } else {
      k = cell;
      while (k < n && text[k] !== delim && text[k] !== '\n' && text[k] !== '\r') k++;
    }
    if (k < n && text[k] === delim) k += delim.length;
    else return { starts, end: k };
  }
}

/** csv-parse's error as kzpay's, at the line and column of the quote it is about. */
function csvError(
  e: CsvParse.CsvError,
  text: string,
  bytes: Uint8Array,
  file: string,
  delim: string,
  recordEnds: number[],
): InputError {
  const places = new Places(text, bytes);
  // A record csv-parse took may hold what kzpay's scan refuses (`""\t""`, one empty cell to csv-parse): the first
  // problem in the file is the one to report, as the streamed reader, going line by line, reports it.
  let from = 0;
  for (const end of recordEnds) {
    const earlier = scanRecord(text, recordStart(text, places.char(from), delim), delim);
    const found = scanError(earlier, text, places, file, delim);
    if (found) return found;
    from = end;
  }
  // The record being read starts after the last one read: the scan stops where csv-parse did.
  const done = recordEnds.length;
  const scan = scanRecord(text, recordStart(text, places.char(done === 0 ? 0 : recordEnds[done - 1]), delim), delim);
  // A quote problem is shown where kzpay's scan stops, as the streamed reader shows it. (A quote after a closed
  // quoted cell and a blank, `""\t"`, makes csv-parse open a new cell and report it unclosed at the end of the file.)
  const quoteProblem = e.code === 'CSV_QUOTE_NOT_CLOSED' || e.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE';
  const found = quoteProblem ? scanError(scan, text, places, file, delim) : undefined;
  return (
    found ?? new InputError(`the file cannot be read as CSV: ${e.message}`, { file, ...places.lineColumn(scan.end) })
  );
}

/** What kzpay's scan of a record found wrong, if anything: a quoted cell never closed, or text after its quote. */
function scanError(
  scan: { unclosed?: number; stray?: number },
  text: string,
  places: Places,
  file: string,
  delim: string,
): InputError | undefined {
  if (scan.unclosed !== undefined) {
    const { line, column } = places.lineColumn(scan.unclosed);
    return unterminatedQuote(file, line, column);
  }
  if (scan.stray === undefined) return undefined;
  const { line, column } = places.lineColumn(scan.stray);
  return textAfterQuote(file, line, column, text[scan.stray], delim);
}

/** The error for a character after the quote that closes a quoted cell (only blanks may come before the delimiter). */
export function textAfterQuote(file: string, line: number, column: number, char: string, delim: string): InputError {
  const what = char === '"' ? 'quote (")' : `"${char}"`;
  return new InputError(
    `unexpected ${what} after a quoted cell`,
    { file, line, column },
    `"${delim === '\t' ? '\\t' : delim}" or the end of the line`,
  );
}

/** The error for a quoted cell that opens at line:column and never closes. */
export function unterminatedQuote(
  file: string,
  line: number,
  column: number,
  problem = 'unterminated quoted cell',
): InputError {
  return new InputError(problem, { file, line, column }, 'a closing "');
}

/** The error for a file with nothing but blank and comment lines. */
export function noHeader(file: string): InputError {
  return new InputError('the file has no header row', { file, line: 1, column: 1 }, 'a header row naming the columns');
}

/** The error for a line longer than MAX_LINE, at its line. */
export function lineTooLong(file: string, line: number): InputError {
  return new InputError(
    `line ${line} is longer than ${MAX_LINE >> 20} MiB`,
    { file, line, column: MAX_LINE + 1 },
    `a CSV file of lines shorter than ${MAX_LINE >> 20} MiB`,
  );
}

/** Refuses a text with a line longer than MAX_LINE. */
function checkLineLength(text: string, file: string): void {
  if (text.length <= MAX_LINE) return;
  let start = 0;
  let line = 1;
  for (let i = 0; i <= text.length; i++) {
    const n = i === text.length ? 1 : lineBreakAfter(text, i);
    if (n === 0) continue;
    if (i - start > MAX_LINE) throw lineTooLong(file, line);
    i += n - 1;
    start = i + 1;
    line++;
  }
}

/** The error for text that is not UTF-8, at the line and column of its first bad character. */
function notUtf8(file: string, line: number, column: number): InputError {
  return new InputError(
    'the file is not UTF-8 text (it may be saved as Windows-1251, UTF-16 or a spreadsheet)',
    { file, line, column },
    'a CSV file saved as UTF-8, e.g. "CSV UTF-8" in a spreadsheet',
  );
}

/**
 * Where decodeUtf8 found bytes that are not UTF-8: a lone surrogate, which no UTF-8 text decodes to (so a NUL, or a
 * real U+FFFD, in a file is told from it).
 */
export const NOT_UTF8 = '\udc80';

/**
 * Decodes UTF-8 bytes. Where they are not UTF-8, the text stops at the first bad byte with NOT_UTF8, which
 * checkDecoded then reports at its line and column: a real U+FFFD in the file is text like any other.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  // Checked, then decoded: both native and fast, where a fatal TextDecoder costs a tenth of fund's streaming speed.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return isUtf8(buffer) ? buffer.toString('utf8') : validPrefix(bytes) + NOT_UTF8;
}

/** The text of the bytes before the first that is not UTF-8. */
function validPrefix(bytes: Uint8Array): string {
  const loose = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  // Each U+FFFD is either the file's own (EF BF BD) or a bad byte: the first bad one ends the valid text.
  let byte = 0;
  let from = 0;
  for (let at = loose.indexOf('\ufffd'); at >= 0; at = loose.indexOf('\ufffd', at + 1)) {
    byte += Buffer.byteLength(loose.slice(from, at));
    from = at + 1;
    if (bytes[byte] !== 0xef || bytes[byte + 1] !== 0xbf || bytes[byte + 2] !== 0xbd) return loose.slice(0, at);
    byte += 3;
  }
  return loose;
}

/**
 * Refuses text that was not UTF-8 (NOT_UTF8, where decodeUtf8 found a byte that is not, as a Windows-1251 file or a
 * UTF-16 one with its byte order mark gives) and text that holds a NUL (UTF-16 text without the mark is full of
 * them; so is a binary file). `firstLine` is the line the text starts on (a streamed file is checked chunk by chunk),
 * `firstColumn` the column its first character is in.
 */
export function checkDecoded(text: string, file: string, firstLine = 1, firstColumn = 1): void {
  const bad = text.indexOf(NOT_UTF8);
  const nul = text.indexOf('\u0000');
  if (bad < 0 && nul < 0) return;
  const at = nul < 0 || (bad >= 0 && bad < nul) ? bad : nul;
  const { line, column } = lineColumn(text, at, firstLine, firstColumn);
  if (at === bad) throw notUtf8(file, line, column);
  throw new InputError(
    'the file holds a NUL byte (character 0), which text never has (it may be saved as UTF-16, or not be text)',
    { file, line, column },
    'a CSV file saved as UTF-8, e.g. "CSV UTF-8" in a spreadsheet',
  );
}
