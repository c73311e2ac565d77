import { InputError } from '../core/errors.js';

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

/** Picks `;` or `,` from the header line: whichever occurs more often outside quotes (`,` on a tie). */
export function detectDelimiter(headerLine: string): string {
  let commas = 0;
  let semis = 0;
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semis++;
  }
  return semis > commas ? ';' : ',';
}

/** A comment line's text: without the `#`, one following space and a trailing CR. */
export function commentText(line: string): string {
  return line
    .slice(line.indexOf('#') + 1)
    .replace(/\r$/, '')
    .replace(/^ /, '');
}

/** Where one record ends: the record, the index just past its newline, and the line the next record starts on. */
export interface RecordRead {
  record: CsvRecord;
  next: number;
  nextLine: number;
}

/**
 * Reads the one record that starts at `i` on `line` (not a blank or comment line): RFC 4180 quoting, cells trimmed,
 * line and column of every cell kept. A quoted cell may span lines; one that the text ends inside is unterminated.
 */
export function readRecord(text: string, i: number, line: number, delim: string, file: string): RecordRead {
  const n = text.length;
  const rec: CsvRecord = { line, cells: [], columns: [], lines: [] };
  let lineStart = i;
  for (;;) {
    let k = i;
    while (k < n && (text[k] === ' ' || text[k] === '\t')) k++;
    const column = k - lineStart + 1;
    const cellLine = line;
    let cell: string;
    if (text[k] === '"') {
      const openLine = line;
      let buf = '';
      k++;
      for (;;) {
        if (k >= n) throw unterminatedQuote(file, openLine, column);
        const c = text[k];
        if (c === '"') {
          if (text[k + 1] === '"') {
            buf += '"';
            k += 2;
            continue;
          }
          k++;
          break;
        }
        if (c === '\n') {
          line++;
          lineStart = k + 1;
        }
        if (c === '\r' && text[k + 1] === '\n') {
          k++; // a CRLF inside a quoted cell is one newline, as an LF file would give
          continue;
        }
        buf += c;
        k++;
      }
      while (k < n && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k++;
      if (k < n && text[k] !== delim && text[k] !== '\n') {
        throw new InputError(
          `unexpected "${text[k]}" after a quoted cell`,
          { file, line, column: k - lineStart + 1 },
          `"${delim}" or the end of the line`,
        );
      }
      cell = buf.trim();
    } else {
      let e = k;
      while (e < n && text[e] !== delim && text[e] !== '\n') e++;
      cell = text.slice(k, e).replace(/\r$/, '').trim();
      k = e;
    }
    rec.cells.push(cell);
    rec.columns.push(column);
    rec.lines.push(cellLine);
    if (k < n && text[k] === delim) {
      i = k + 1;
      continue;
    }
    return { record: rec, next: k + 1, nextLine: line + 1 }; // past the newline (or the end)
  }
}

/** A row of empty cells (`;;;`) is how a spreadsheet saves a blank row: it is skipped like a blank line. */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.cells.every((c) => c === '');
}

/**
 * Splits CSV text into records (RFC 4180 quoting, `#` comment lines, blank lines skipped, cells trimmed, a leading
 * BOM dropped), keeping line and column of every cell for error messages.
 */
export function parseCsv(text: string, file: string, delimiter?: string): CsvTable {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  checkDecoded(text, file);
  const records: CsvRecord[] = [];
  const comments: string[] = [];
  let delim = delimiter;
  let i = 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    // At the start of a line: skip blank and comment lines.
    let j = i;
    while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
    if (j >= n) break;
    if (text[j] === '\n' || text[j] === '\r' || text[j] === '#') {
      let end = text.indexOf('\n', j);
      if (end < 0) end = n;
      if (text[j] === '#' && records.length === 0) comments.push(commentText(text.slice(j, end)));
      i = end + 1;
      line++;
      continue;
    }
    if (delim === undefined) {
      let end = text.indexOf('\n', i);
      if (end < 0) end = n;
      delim = detectDelimiter(text.slice(i, end));
    }
    const read = readRecord(text, i, line, delim, file);
    if (!isBlankRecord(read.record)) records.push(read.record);
    i = read.next;
    line = read.nextLine;
  }
  if (records.length === 0) throw noHeader(file);
  const header = records.shift()!;
  return { file, delimiter: delim ?? ',', header, names: header.cells.map((c) => c.toLowerCase()), records, comments };
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

/**
 * Refuses text that was not UTF-8: bytes that do not decode become U+FFFD, as a Windows-1251 or UTF-16 file (Excel's
 * "Unicode text") gives, and a header would then match no column. `firstLine` is the line the text starts on (a
 * streamed file is checked chunk by chunk), `firstColumn` the column its first character is in.
 */
export function checkDecoded(text: string, file: string, firstLine = 1, firstColumn = 1): void {
  const at = text.search(/[\ufffd\u0000]/); // NUL bytes: UTF-16 without a byte order mark
  if (at < 0) return;
  const before = text.slice(0, at);
  const line = firstLine + before.split('\n').length - 1;
  const lineStart = before.lastIndexOf('\n') + 1;
  const column = at - lineStart + (lineStart === 0 ? firstColumn : 1);
  throw new InputError(
    'the file is not UTF-8 text (it may be saved as Windows-1251, UTF-16 or a spreadsheet)',
    { file, line, column },
    'a CSV file saved as UTF-8, e.g. "CSV UTF-8" in a spreadsheet',
  );
}
