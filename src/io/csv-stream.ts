import {
  checkDecoded,
  commentText,
  decodeUtf8,
  detectDelimiter,
  isBlankRecord,
  isTrimmable,
  lineTooLong,
  MAX_LINE,
  noHeader,
  NOT_UTF8,
  textAfterQuote,
  unterminatedQuote,
  type CsvRecord,
} from './csv.js';

/**
 * A record still held open by a quoted cell after this many characters (2 MiB of ASCII, as long as a line may be) is
 * taken for an unclosed quote: a cell of 1 MiB still reads, and holding the lines until the end of a large file would
 * grow memory with it.
 */
export const MAX_OPEN_RECORD = MAX_LINE;

/** Where one record ends: the record, the index just past its newline, and the line the next record starts on. */
export interface RecordRead {
  record: CsvRecord;
  next: number;
  nextLine: number;
}

/** Whether the character at `k` is white space that a cell is trimmed of, here: not the delimiter nor a line end. */
function isPadding(text: string, k: number, delim: string, cr: boolean): boolean {
  const c = text.charCodeAt(k);
  return c !== 0x0a && (cr || c !== 0x0d) && text[k] !== delim && isTrimmable(c);
}

/**
 * Reads the one record that starts at `i` on `line` (not a blank or comment line) as csv-parse reads it: RFC 4180
 * quoting, a quote inside an unquoted cell kept as text, cells trimmed, line and column of every cell kept. A quoted
 * cell may span lines, and keeps its line breaks as written; one that the text ends inside is unterminated. Outside a
 * quoted cell, line ends are LF or CRLF (the reader splits lines at a CR alone).
 */
export function readRecord(text: string, i: number, line: number, delim: string, file: string): RecordRead {
  const n = text.length;
  const rec: CsvRecord = { line, cells: [], columns: [], lines: [] };
  let lineStart = i;
  for (;;) {
    let k = i;
    while (k < n && isPadding(text, k, delim, false)) k++;
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
        // A line break inside a quoted cell is kept as written; a CRLF is one line, a CR alone one too.
        if (c === '\n' || (c === '\r' && text[k + 1] !== '\n')) {
          line++;
          lineStart = k + 1;
        }
        buf += c;
        k++;
      }
      while (k < n && isPadding(text, k, delim, true)) k++;
      if (k < n && text[k] !== delim && text[k] !== '\n') {
        throw textAfterQuote(file, line, k - lineStart + 1, text[k], delim);
      }
      cell = buf.trim();
    } else {
      let e = k;
      while (e < n && text[e] !== delim && text[e] !== '\n') e++;
      cell = text.slice(k, e).trim();
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

/** Where the records of a streamed CSV file go. */
export interface CsvSink {
  /** The header record (cells trimmed), the delimiter in use and the `#` lines before the header. */
  header(record: CsvRecord, delimiter: string, comments: string[]): void;
  /**
   * One data record, as the bounds of its cells in `text`: cell i is `text.slice(cells.starts[i], cells.ends[i])`,
   * not trimmed, for i below `cells.count` (the number of cells; a ragged row may have more than the arrays hold).
   * `reader.current()` gives the record with the column of each cell, for errors.
   */
  row(text: string, cells: CellBounds, line: number): void;
}

/** Where the cells of a record are in its text: reused from row to row, so reading a row allocates nothing. */
export class CellBounds {
  starts: Int32Array;
  ends: Int32Array;
  count = 0;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }
}

/**
 * Reads CSV text chunk by chunk, in constant memory, with the same rules as parseCsv (BOM, UTF-8 only, `#` comments,
 * blank lines and rows of empty cells, RFC 4180 quoting, line numbers). A line without a quote is cut at the
 * delimiters where it stands (the fast path: no string is made per cell); a line with one goes through the full
 * tokenizer, joined with the lines that follow while a quoted cell is open. Each line is scanned for quotes once, as it
 * arrives, so a record is tokenized once, when its quote closes: the work stays linear in the input.
 */
export class CsvStreamReader {
  private delim: string | undefined;
  private line = 0;
  private seenHeader = false;
  private readonly comments: string[] = [];
  /** The lines of a record whose quoted cell is still open (null when none is), its first line and its length. */
  private pending: string[] | null = null;
  /** The line end after the last pending line, put between it and the next. */
  private pendingEnd = '';
  private pendingLine = 0;
  private pendingLength = 0;
  /** Where the quoted cell that holds the pending record open starts: the error if it never closes. */
  private openLine = 0;
  private openColumn = 0;
  private cells = new CellBounds(16);
  /**
   * The record being handed to the sink: on the fast path where its line is in the text being read (numbers only, so
   * that a row stores no new string in this long-lived object: such stores cost the garbage collector on every row);
   * otherwise the tokenized record itself.
   */
  private text = '';
  private lineStart = 0;
  private lineEnd = 0;
  private currentLine = 0;
  private currentRecord: CsvRecord | null = null;

  constructor(
    readonly file: string,
    delimiter: string | undefined,
    private readonly sink: CsvSink,
  ) {
    this.delim = delimiter;
  }

  /** Reads the whole input; the sink's errors end the reading and propagate. */
  async read(chunks: AsyncIterable<string>): Promise<void> {
    // The start of a line not yet ended, in pieces: joined only when its newline comes, so that a line longer than a
    // chunk is not copied or scanned again with each chunk (for a newline, a quote, a bad byte).
    const carry: string[] = [];
    let carryLength = 0;
    let carryQuoted = false;
    for await (const chunk of wholeCrlfChunks(chunks)) {
      checkDecoded(chunk, this.file, this.line + 1, carryLength + 1);
      const quotedChunk = chunk.indexOf('"') >= 0;
      // A CR alone ends a line too (a file with CR line ends): such a chunk is split at both kinds of line end.
      const crAlone = chunk.indexOf('\r') >= 0 && CR_ALONE.test(chunk);
      if (!crAlone && chunk.indexOf('\n') < 0) {
        carry.push(chunk);
        carryLength += chunk.length;
        carryQuoted ||= quotedChunk;
        if (carryLength > MAX_LINE) throw lineTooLong(this.file, this.line + 1);
        continue;
      }
      // Joined into one flat string (not `carry + chunk`, a rope): the hot path reads it a character at a time, which
      // costs about a third more on a rope (measured on fund's million-row files).
      if (carry.length > 0) carry.push(chunk);
      const buf = carry.length > 0 ? carry.join('') : chunk;
      const from = carryLength;
      // Most chunks hold no quote at all: then every line takes the fast path without looking for one.
      const plain = this.seenHeader && this.pending === null && !carryQuoted && !quotedChunk;
      this.text = buf;
      let start = 0;
      if (crAlone) {
        const ends = new LineEnds(buf);
        for (let end = ends.next(from); end >= 0; end = ends.next(start)) {
          if (end - start > MAX_LINE) throw lineTooLong(this.file, this.line + 1);
          if (plain) this.plainLine(start, end);
          else this.lineOf(start, end);
          start = end + 1;
        }
      } else {
        for (let nl = buf.indexOf('\n', from); nl >= 0; nl = buf.indexOf('\n', start)) {
          if (nl - start > MAX_LINE) throw lineTooLong(this.file, this.line + 1);
          if (plain) this.plainLine(start, nl);
          else this.lineOf(start, nl);
          start = nl + 1;
        }
      }
      carry.length = 0;
      carryLength = buf.length - start;
      if (carryLength > 0) carry.push(buf.slice(start));
      carryQuoted = quotedChunk && buf.indexOf('"', start) >= 0;
      if (carryLength > MAX_LINE) throw lineTooLong(this.file, this.line + 1);
    }
    const rest = carry.join('');
    this.text = rest;
    if (rest.length > 0) this.lineOf(0, rest.length);
    if (this.pending !== null) throw unterminatedQuote(this.file, this.openLine, this.openColumn);
    if (!this.seenHeader) throw noHeader(this.file);
  }

  /** The bounds of the cells of the record last handed to the sink. */
  get cellBounds(): CellBounds {
    return this.cells;
  }

  /** The record last handed to the sink, with the column of each cell: for error messages. */
  current(): CsvRecord {
    return (
      this.currentRecord ??
      readRecord(this.text.slice(this.lineStart, this.lineEnd), 0, this.currentLine, this.delim!, this.file).record
    );
  }

  /** A line (from start to end in the text being read) of any kind: blank, comment, header, a record or part of one. */
  private lineOf(start: number, end: number): void {
    const text = this.text.slice(start, end);
    // The line end that ends this line (LF, or a CR alone; none at the end of the text): a quoted cell keeps it.
    const lineEnd = this.text[end] ?? '';
    if (this.pending !== null) {
      this.line++;
      this.pending.push(this.pendingEnd, text);
      this.pendingEnd = lineEnd;
      this.pendingLength += 1 + text.length;
      const open = openQuoteAfter(text, true, this.delim!);
      if (open === CLOSED) {
        const lines = this.pending;
        this.pending = null;
        this.take(lines.join(''), this.pendingLine);
        return;
      }
      if (open !== STILL_OPEN) this.opens(open);
      if (this.pendingLength > MAX_OPEN_RECORD) {
        throw unterminatedQuote(
          this.file,
          this.openLine,
          this.openColumn,
          `unterminated quoted cell: no closing quote within ${MAX_OPEN_RECORD >> 20} MiB`,
        );
      }
      return;
    }
    if (this.seenHeader && text.indexOf('"') < 0) {
      this.plainLine(start, end);
      return;
    }
    this.line++;
    if (isBlankOrComment(text)) {
      if (!this.seenHeader && text.trim() !== '') this.comments.push(commentText(text));
      return;
    }
    if (this.delim === undefined) this.delim = detectDelimiter(text);
    const open = text.indexOf('"') < 0 ? CLOSED : openQuoteAfter(text, false, this.delim);
    if (open === CLOSED) {
      this.take(text, this.line);
      return;
    }
    this.pending = [text];
    this.pendingEnd = lineEnd;
    this.pendingLine = this.line;
    this.pendingLength = text.length;
    this.opens(open);
  }

  /** Notes a quoted cell left open at index `at` of the current line. */
  private opens(at: number): void {
    this.openLine = this.line;
    this.openColumn = at + 1;
  }

  /** A line after the header, not inside a quoted cell, without a quote: blank, comment, or a record cut as it is. */
  private plainLine(start: number, end: number): void {
    this.line++;
    const text = this.text;
    const c0 = text.charCodeAt(start);
    if (start === end || c0 === 0x23 /* # */ || isTrimmable(c0)) {
      if (isBlankOrComment(text.slice(start, end))) return;
    }
    this.lineStart = start;
    this.lineEnd = end;
    this.currentLine = this.line;
    if (this.currentRecord !== null) this.currentRecord = null;
    const stop = text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    const { starts, ends } = this.cells;
    const capacity = starts.length;
    const delim = this.delim!;
    let n = 0;
    let from = start;
    for (;;) {
      let at = text.indexOf(delim, from);
      if (at < 0 || at > stop) at = stop;
      if (n < capacity) {
        starts[n] = from;
        ends[n] = at;
      }
      n++;
      if (at === stop) break;
      from = at + 1;
    }
    this.cells.count = n;
    // A row of empty cells (`;;;`) is a blank row, as parseCsv has it.
    if (isBlank(text, starts[0], ends[0]) && isBlank(text, start, stop, delim)) return;
    this.sink.row(text, this.cells, this.line);
  }

  /** Tokenizes a whole record (its quoted cells closed) that starts on `line`, and hands it on. */
  private take(text: string, line: number): void {
    const { record } = readRecord(text, 0, line, this.delim!, this.file);
    if (isBlankRecord(record)) return;
    if (!this.seenHeader) {
      this.seenHeader = true;
      this.cells = new CellBounds(record.cells.length + 1);
      this.sink.header(record, this.delim!, this.comments);
      return;
    }
    this.currentRecord = record;
    // The cells one after the other in one text, so the sink reads a tokenized record as it reads a plain one.
    const { starts, ends } = this.cells;
    let at = 0;
    record.cells.forEach((cell, i) => {
      if (i < starts.length) {
        starts[i] = at;
        ends[i] = at + cell.length;
      }
      at += cell.length;
    });
    this.cells.count = record.cells.length;
    this.sink.row(record.cells.join(''), this.cells, record.line);
  }
}

/** `openQuoteAfter`: the record ends with the line. */
const CLOSED = -1;
/** `openQuoteAfter`: the quoted cell open before the line is still open after it. */
const STILL_OPEN = -2;

/**
 * Follows readRecord's quoting through one line (without its newline), starting inside a quoted cell or at the start
 * of the record: CLOSED when no quoted cell is open at its end, STILL_OPEN when the cell open at its start is, else the
 * index where the quoted cell open at its end starts. A quote inside an unquoted cell is text, as readRecord has it;
 * text after a closing quote ends the scan (CLOSED): readRecord then reports it.
 */
function openQuoteAfter(line: string, inside: boolean, delim: string): number {
  const n = line.length;
  let open = STILL_OPEN;
  let k = 0;
  for (;;) {
    if (inside) {
      k = pastClosingQuote(line, k);
      if (k < 0) return open;
      while (k < n && isPadding(line, k, delim, true)) k++;
      if (k >= n || line[k] !== delim) return CLOSED;
      k++;
      inside = false;
    }
    while (k < n && isPadding(line, k, delim, false)) k++;
    if (line.charCodeAt(k) === 0x22 /* " */) {
      open = k;
      inside = true;
      k++;
      continue;
    }
    const at = line.indexOf(delim, k);
    if (at < 0) return CLOSED;
    k = at + 1;
  }
}

/** The index just past the quote that closes a quoted cell, looking from k (`""` is a quote inside it); -1 if none. */
function pastClosingQuote(line: string, k: number): number {
  for (;;) {
    const q = line.indexOf('"', k);
    if (q < 0) return -1;
    if (line.charCodeAt(q + 1) !== 0x22) return q + 1;
    k = q + 2;
  }
}

function isBlankOrComment(text: string): boolean {
  const t = text.trim();
  return t === '' || t[0] === '#';
}

/** Whether text from start to end holds nothing but white space and (when given) the delimiter. */
function isBlank(text: string, start: number, end: number, delim?: string): boolean {
  const d = delim === undefined ? -1 : delim.charCodeAt(0);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== d && !isTrimmable(c)) return false;
  }
  return true;
}

/** A CR that is not the start of a CRLF: a line end of its own. */
const CR_ALONE = /\r(?!\n)/;

/**
 * The line ends of a text in order, each looked for once (so a text of many lines is searched in linear time): an LF,
 * or a CR alone. The CR of a CRLF is not one (its LF is: the line keeps the CR, as plainLine and readRecord expect).
 */
class LineEnds {
  /** The next LF and CR found (-2: not looked for yet, -1: none left). */
  private lf = -2;
  private cr = -2;

  constructor(private readonly text: string) {}

  /** The index of the first line end at or after `from`, or -1. */
  next(from: number): number {
    const t = this.text;
    if (this.lf === -2 || (this.lf >= 0 && this.lf < from)) this.lf = t.indexOf('\n', from);
    if (this.cr === -2 || (this.cr >= 0 && this.cr < from)) this.cr = t.indexOf('\r', from);
    while (this.cr >= 0 && t.charCodeAt(this.cr + 1) === 0x0a) this.cr = t.indexOf('\r', this.cr + 2);
    return this.cr >= 0 && (this.lf < 0 || this.cr < this.lf) ? this.cr : this.lf;
  }
}

/**
 * The chunks with a leading BOM dropped and a CR that ends a chunk held for the next, so that no CRLF is cut in two
 * (a CR alone is then a line end: the reader splits lines at it, and keeps it inside a quoted cell as written).
 */
async function* wholeCrlfChunks(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let first = true;
  let heldCr = false;
  for await (let chunk of chunks) {
    if (first && chunk.length > 0) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
    }
    if (heldCr) {
      chunk = '\r' + chunk;
      heldCr = false;
    }
    if (chunk.charCodeAt(chunk.length - 1) === 0x0d) {
      chunk = chunk.slice(0, -1);
      heldCr = true;
    }
    if (chunk.length > 0) yield chunk;
  }
  if (heldCr) yield '\r';
}

/**
 * Decodes a stream of UTF-8 bytes into text, a sequence split between two chunks joined again; where the bytes are not
 * UTF-8 the text stops with a NUL at the first bad byte (see decodeUtf8), which the reader reports at its place.
 */
export async function* utf8Chunks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  let held: Uint8Array | null = null;
  for await (const piece of chunks) {
    let bytes: Uint8Array = piece;
    if (held !== null) {
      bytes = Buffer.concat([held, piece]);
      held = null;
    }
    const cut = completeLength(bytes);
    if (cut < bytes.length) held = bytes.slice(cut);
    const text = decodeUtf8(bytes.subarray(0, cut));
    yield text;
    if (text.endsWith(NOT_UTF8)) return;
  }
  if (held !== null) yield decodeUtf8(held);
}

/** The length of the bytes up to the last whole UTF-8 sequence: a sequence cut at the end waits for its rest. */
function completeLength(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back];
    if ((b & 0xc0) !== 0x80) {
      // A lead byte: the sequence it starts is whole when it needs no more than the bytes after it.
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      return need > back ? n - back : n;
    }
  }
  return n;
}
