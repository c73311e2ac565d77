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
      if (text[j] === '#' && records.length === 0) comments.push(text.slice(j + 1, end).replace(/\r$/, '').replace(/^ /, ''));
      i = end + 1;
      line++;
      continue;
    }
    if (delim === undefined) {
      let end = text.indexOf('\n', i);
      if (end < 0) end = n;
      delim = detectDelimiter(text.slice(i, end));
    }
    const rec: CsvRecord = { line, cells: [], columns: [], lines: [] };
    let lineStart = i;
    // Cells of one record.
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
          if (k >= n) throw new InputError('unterminated quoted cell', { file, line: openLine, column }, 'a closing "');
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
          throw new InputError(`unexpected "${text[k]}" after a quoted cell`, { file, line, column: k - lineStart + 1 }, `"${delim}" or the end of the line`);
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
      i = k + 1; // past the newline (or the end)
      line++;
      break;
    }
    // A row of empty cells (`;;;`) is how a spreadsheet saves a blank row: skip it like a blank line.
    if (rec.cells.some((c) => c !== '')) records.push(rec);
  }
  if (records.length === 0) throw new InputError('the file has no header row', { file, line: 1, column: 1 }, 'a header row naming the columns');
  const header = records.shift()!;
  return { file, delimiter: delim ?? ',', header, names: header.cells.map((c) => c.toLowerCase()), records, comments };
}

/**
 * Refuses text that was not UTF-8: bytes that do not decode become U+FFFD, as a Windows-1251 or UTF-16 file (Excel's
 * "Unicode text") gives, and a header would then match no column.
 */
function checkDecoded(text: string, file: string): void {
  const at = text.search(/[\ufffd\u0000]/); // NUL bytes: UTF-16 without a byte order mark
  if (at < 0) return;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - (before.lastIndexOf('\n') + 1) + 1;
  throw new InputError(
    'the file is not UTF-8 text (it may be saved as Windows-1251, UTF-16 or a spreadsheet)',
    { file, line, column },
    'a CSV file saved as UTF-8, e.g. "CSV UTF-8" in a spreadsheet',
  );
}
