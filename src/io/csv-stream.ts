import { isUtf8 } from 'node:buffer';
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
   * One data record, as the bounds of its cells in `bytes` (UTF-8): cell i is `bytes[cells.starts[i], cells.ends[i])`,
   * not trimmed, for i below `cells.count` (the number of cells; a ragged row may have more than the arrays hold).
   * `reader.current()` gives the record with the column of each cell, for errors.
   */
  row(bytes: Buffer, cells: CellBounds, line: number): void;
  /**
   * A faster way through the lines from `start` (a line's start) to `end`: reads as many whole lines as it can, as
   * `row` would read them (a line with quoted cells as `row` would read its tokenized record), and says how many it
   * read and where the next starts (`read`). It stops before a line it does not read as `row` would (a quote that
   * opens no cell, a line break inside quotes, a CR alone, a blank or comment line...), which is then read as any
   * other.
   */
  fast?(bytes: Buffer, start: number, end: number, read: FastRead): void;
}

/** What a sink's fast path read: its lines, and where the line after them starts. */
export interface FastRead {
  lines: number;
  next: number;
}

/** The most lines read before the fast path is tried again, after runs of it that read nothing. */
const FAST_BACKOFF = 16;

/** Where the cells of a record are in its bytes: reused from row to row, so reading a row allocates nothing. */
export class CellBounds {
  starts: Int32Array;
  ends: Int32Array;
  count = 0;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }
}

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const HASH = 0x23;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Reads a CSV file's bytes chunk by chunk, in constant memory, with the same rules as parseCsv (BOM, UTF-8 only, `#`
 * comments, blank lines and rows of empty cells, RFC 4180 quoting, line numbers). The bytes are cut into lines and
 * cells where they stand (the delimiters, quotes and line ends are ASCII, so they are never part of a multi-byte
 * character): after the header by the engine's native search (scanFrom), else byte by byte (scanBytes). A line
 * without a quote is handed on as the bounds of its cells, and no string is made for it. The header, the lines
 * before it and a line with a quote are decoded and go through the full tokenizer, joined with the lines that follow
 * while a quoted cell is open. Each chunk is checked to be UTF-8 without a NUL, natively, before its lines are read.
 */
export class CsvStreamReader {
  private delim: string | undefined;
  /** The delimiter's byte (-1 until the header gives it). */
  private delimByte = -1;
  /**
   * Whether the delimiter is a character other than ASCII (`--delimiter §`): its bytes may be part of other
   * characters, so every line is decoded and tokenized, not cut on bytes.
   */
  private wideDelimiter = false;
  /** Set when a line (the header) changed what the scanning loops hold constant: the rest of the bytes is read anew. */
  private rescan = false;
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
  private readonly fastRead: FastRead = { lines: 0, next: 0 };
  /**
   * The record being handed to the sink: its line's bounds in the bytes being read (numbers only, so that a row
   * stores nothing new in this long-lived object); or, for a tokenized record, the record itself.
   */
  private bytes: Buffer = Buffer.alloc(0);
  private lineStart = 0;
  private lineEnd = 0;
  private currentLine = 0;
  private currentRecord: CsvRecord | null = null;
  /**
   * The start of a line not yet ended: the first `held` bytes of `room`, which is reused from chunk to chunk (and grows
   * to hold a long line); whether the first bytes (a BOM?) are to come.
   */
  private room: Buffer = Buffer.alloc(0);
  private held = 0;
  private first = true;

  constructor(
    readonly file: string,
    delimiter: string | undefined,
    private readonly sink: CsvSink,
  ) {
    this.delim = delimiter;
  }

  /**
   * Reads the whole input; the sink's errors end the reading and propagate. A chunk's bytes need to last only until
   * the next is asked for (load.ts reads a file into one buffer again and again): what is kept is copied.
   */
  async read(chunks: AsyncIterable<Uint8Array>): Promise<void> {
    await this.feed(chunks);
    this.end();
  }

  /**
   * Reads the chunks of the input, up to the last line end: the line after it waits for more, or for end(). A chunk
   * is read where it is when no line waits; else it is copied after the waiting line, in the reused room (no buffer
   * is made per chunk). A chunk without a line end is only added to the room: a line longer than a chunk is not
   * copied or scanned again with each chunk.
   */
  private async feed(chunks: AsyncIterable<Uint8Array>): Promise<void> {
    for await (const piece of chunks) {
      let chunk = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
      if (this.first) {
        // The BOM, once its three bytes are in (standard input may hand out fewer at a time).
        this.hold(chunk);
        const start = this.room.subarray(0, this.held);
        if (this.held < BOM.length && BOM.subarray(0, this.held).equals(start)) continue;
        this.first = false;
        // What has come, without its BOM, read as the first chunk (a copy: the room is reused).
        chunk = Buffer.from(start.subarray(start.subarray(0, 3).equals(BOM) ? 3 : 0));
        this.held = 0;
      }
      if (chunk.indexOf(LF) < 0 && chunk.indexOf(CR) < 0) {
        this.hold(chunk);
        if (this.held > MAX_LINE) {
          // Its chunks are checked when its line ends; a bad byte among them is the first problem in the line.
          const line = this.room.subarray(0, this.held);
          this.check(line, completeLength(line));
          throw lineTooLong(this.file, this.line + 1);
        }
        continue;
      }
      const joined = this.held > 0;
      if (joined) this.hold(chunk);
      const buf = joined ? this.room.subarray(0, this.held) : chunk;
      this.check(buf, completeLength(buf));
      const done = this.scan(buf, false);
      this.keep(buf, done, joined);
      if (this.held > MAX_LINE) throw lineTooLong(this.file, this.line + 1);
    }
  }

  /** Adds bytes after those held, in a room twice as large when they do not fit. */
  private hold(bytes: Uint8Array): void {
    const need = this.held + bytes.length;
    if (need > this.room.length) {
      const larger = Buffer.allocUnsafe(Math.max(need, 2 * this.room.length));
      this.room.copy(larger, 0, 0, this.held);
      this.room = larger;
    }
    this.room.set(bytes, this.held);
    this.held = need;
  }

  /** Holds the bytes of `buf` (the room itself when `inRoom`) from `done`, a line not yet ended, at the room start. */
  private keep(buf: Buffer, done: number, inRoom: boolean): void {
    const rest = buf.length - done;
    // Told, not found from the memory under `buf`: a small Buffer may share its memory with others (Node's pool).
    if (inRoom) this.room.copyWithin(0, done, buf.length);
    else {
      this.held = 0;
      if (rest > 0) this.hold(buf.subarray(done));
    }
    this.held = rest;
  }

  /** Ends the input: its last line, and the errors of a quoted cell still open or of a file without a header. */
  private end(): void {
    const rest = this.room.subarray(0, this.held);
    this.held = 0;
    this.check(rest, rest.length);
    const done = this.scan(rest, true);
    if (done < rest.length) this.lineOf(rest.toString('utf8', done), '');
    if (this.pending !== null) throw unterminatedQuote(this.file, this.openLine, this.openColumn);
    if (!this.seenHeader) throw noHeader(this.file);
  }

  /** Refuses the first `end` bytes of `buf` (which starts a line) where they are not UTF-8 or hold a NUL. */
  private check(buf: Buffer, end: number): void {
    const bytes = buf.subarray(0, end);
    if (isText(bytes)) return;
    checkDecoded(decodeUtf8(bytes), this.file, this.line + 1, 1);
  }

  /**
   * Reads the lines of `buf` that have ended (all of it when `last`: a CR at its end is then a line end too), and
   * returns where the first line not yet ended starts.
   */
  private scan(buf: Buffer, last: boolean): number {
    this.bytes = buf;
    let from = 0;
    do from = this.scanFrom(buf, from, last);
    while (this.rescan);
    return from;
  }

  /**
   * Reads lines from `from`, and returns where the first line not yet ended starts; or, when a line has given the
   * header (and so the delimiter and the number of cells), where the next line starts, with `rescan` set. Lines after
   * the header with LF or CRLF ends are found by searching the bytes as Latin-1 text (one byte a character, so its
   * indices are the bytes'), where a line end, a delimiter or a quote is looked for natively: a line without a quote
   * is cut into cells there. The rest goes through scanBytes. The sink's fast path reads first: when it reads every
   * line that has ended, no text is made of the bytes.
   */
  private scanFrom(buf: Buffer, from: number, last: boolean): number {
    this.rescan = false;
    if (!this.seenHeader || this.pending !== null || this.wideDelimiter) return this.scanBytes(buf, from, last);
    const fast = this.sink.fast !== undefined;
    const read = this.fastRead;
    if (fast) {
      this.sink.fast!(buf, from, buf.length, read);
      this.line += read.lines;
      if (read.lines > 0) {
        from = read.next;
        if (!last && buf.indexOf(LF, from) < 0) return from;
      }
    }
    const text = buf.toString('latin1', from);
    if (text.indexOf('\r') >= 0 && CR_ALONE.test(text)) return this.scanBytes(buf, from, last);
    const delim = this.delim!;
    const { starts, ends } = this.cells;
    const capacity = starts.length;
    let quote = text.indexOf('"');
    let lineStart = 0;
    // The sink's fast path: not again at the line it stopped before (the first, when it has just read); after runs
    // that read nothing, not for the next 1, 2, 4... up to FAST_BACKOFF lines.
    let slowUntil = fast ? 0 : -1;
    let backoff = fast && read.lines === 0 ? 1 : 0;
    let wait = backoff;
    for (let lf = text.indexOf('\n'); lf >= 0; lf = text.indexOf('\n', lineStart)) {
      if (fast && lineStart !== slowUntil && wait-- <= 0) {
        this.sink.fast!(buf, from + lineStart, buf.length, read);
        this.line += read.lines;
        backoff = read.lines > 0 ? 0 : Math.min(2 * backoff || 1, FAST_BACKOFF);
        wait = backoff;
        slowUntil = read.next - from;
        if (read.lines > 0) {
          lineStart = slowUntil;
          // The lines it read may have had quotes.
          if (quote >= 0 && quote < lineStart) quote = text.indexOf('"', lineStart);
          continue;
        }
      }
      if (lf - lineStart > MAX_LINE) throw lineTooLong(this.file, this.line + 1);
      if (quote >= 0 && quote < lf) {
        this.lineOf(buf.toString('utf8', from + lineStart, from + lf), '\n');
        // A quoted cell left open: the lines it holds are read byte by byte until it closes.
        if (this.pending !== null) return this.scanBytes(buf, from + lf + 1, last);
        quote = text.indexOf('"', lf + 1);
      } else {
        const stop = text.charCodeAt(lf - 1) === 0x0d && lf > lineStart ? lf - 1 : lf;
        let count = 0;
        let cell = lineStart;
        for (;;) {
          let at = text.indexOf(delim, cell);
          if (at < 0 || at > stop) at = stop;
          if (count < capacity) {
            starts[count] = from + cell;
            ends[count] = from + at;
          }
          count++;
          if (at === stop) break;
          cell = at + 1;
        }
        this.plainLine(from + lineStart, from + lf, from + stop, count);
      }
      lineStart = lf + 1;
    }
    return from + lineStart;
  }

  /**
   * Reads lines from `from` in one pass over the bytes that finds the line ends (an LF, a CRLF, or a CR alone), the
   * delimiters and the quotes: the lines before the header, those a quoted cell holds open, a file of CR line ends.
   * It returns as scanFrom does; the loop holds the delimiter and the cells' arrays in constants.
   */
  private scanBytes(buf: Buffer, from: number, last: boolean): number {
    this.rescan = false;
    const n = buf.length;
    const delim = this.delimByte;
    const top = Math.max(delim, QUOTE, CR);
    const { starts, ends } = this.cells;
    const capacity = starts.length;
    let lineStart = from;
    let cellStart = from;
    let count = 0;
    let quoted = false;
    for (let i = from; i < n; i++) {
      const b = buf[i];
      if (b > top) continue;
      if (b === delim) {
        if (count < capacity) {
          starts[count] = cellStart;
          ends[count] = i;
        }
        count++;
        cellStart = i + 1;
        continue;
      }
      if (b === QUOTE) {
        quoted = true;
        continue;
      }
      let stop: number;
      if (b === LF) stop = i > lineStart && buf[i - 1] === CR ? i - 1 : i;
      else if (b === CR) {
        // The CR of a CRLF is not a line end (its LF is); a CR at the end of what has come may be one.
        if (i + 1 < n ? buf[i + 1] === LF : !last) continue;
        stop = i;
      } else continue;
      if (i - lineStart > MAX_LINE) throw lineTooLong(this.file, this.line + 1);
      if (quoted || this.pending !== null || !this.seenHeader || this.wideDelimiter) {
        this.lineOf(buf.toString('utf8', lineStart, i), b === LF ? '\n' : '\r');
        if (this.delimByte !== delim) {
          this.rescan = true;
          return i + 1;
        }
      } else {
        if (count < capacity) {
          starts[count] = cellStart;
          ends[count] = stop;
        }
        this.plainLine(lineStart, i, stop, count + 1);
      }
      lineStart = cellStart = i + 1;
      count = 0;
      quoted = false;
    }
    return lineStart;
  }

  /** The bounds of the cells of the record last handed to the sink. */
  get cellBounds(): CellBounds {
    return this.cells;
  }

  /** The record last handed to the sink, with the column of each cell: for error messages. */
  current(): CsvRecord {
    return (
      this.currentRecord ??
      readRecord(this.bytes.toString('utf8', this.lineStart, this.lineEnd), 0, this.currentLine, this.delim!, this.file)
        .record
    );
  }

  /**
   * A line decoded (without its line end, `lineEnd`: LF, a CR alone, or none at the end of the text): blank, comment,
   * header, a record with a quote, or part of a record held open by a quoted cell.
   */
  private lineOf(text: string, lineEnd: string): void {
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

  /**
   * A line after the header, not inside a quoted cell, without a quote, from `start` to its line end at `end` (`stop`
   * before a CRLF), its `count` cells cut already: blank, comment, or a record handed on where it stands.
   */
  private plainLine(start: number, end: number, stop: number, count: number): void {
    this.line++;
    const bytes = this.bytes;
    const c0 = bytes[start];
    if (start === stop || c0 === HASH || c0 <= 0x20 || WIDE_SPACE_LEAD[c0] === 1) {
      // Perhaps blank or a comment, or a wide space first (U+00A0, U+3000...): a Cyrillic code is not decoded.
      if (isBlankOrComment(bytes.toString('utf8', start, end))) return;
    }
    this.lineStart = start;
    this.lineEnd = end;
    this.currentLine = this.line;
    if (this.currentRecord !== null) this.currentRecord = null;
    const cells = this.cells;
    cells.count = count;
    // A row of empty cells (`;;;`) is a blank row, as parseCsv has it.
    if (isBlank(bytes, cells.starts[0], cells.ends[0]) && isBlank(bytes, start, stop, this.delimByte)) return;
    this.sink.row(bytes, cells, this.line);
  }

  /** Tokenizes a whole record (its quoted cells closed) that starts on `line`, and hands it on. */
  private take(text: string, line: number): void {
    const { record } = readRecord(text, 0, line, this.delim!, this.file);
    if (isBlankRecord(record)) return;
    if (!this.seenHeader) {
      this.seenHeader = true;
      this.cells = new CellBounds(record.cells.length + 1);
      this.delimByte = this.delim!.charCodeAt(0);
      this.wideDelimiter = this.delimByte >= 0x80;
      this.sink.header(record, this.delim!, this.comments);
      return;
    }
    this.currentRecord = record;
    // The cells one after the other in one run of bytes, so the sink reads a tokenized record as it reads a plain one.
    const { starts, ends } = this.cells;
    let at = 0;
    record.cells.forEach((cell, i) => {
      const length = Buffer.byteLength(cell);
      if (i < starts.length) {
        starts[i] = at;
        ends[i] = at + length;
      }
      at += length;
    });
    this.cells.count = record.cells.length;
    this.sink.row(Buffer.from(record.cells.join('')), this.cells, record.line);
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

/**
 * Whether bytes from start to end hold nothing but white space and (when given) the delimiter's byte: ASCII read
 * where it stands, anything wider decoded.
 */
function isBlank(bytes: Buffer, start: number, end: number, delim = -1): boolean {
  for (let i = start; i < end; i++) {
    const c = bytes[i];
    if (c >= 0x80) {
      const text = bytes.toString('utf8', i, end);
      for (let k = 0; k < text.length; k++) {
        const w = text.charCodeAt(k);
        if (w !== delim && !isTrimmable(w)) return false;
      }
      return true;
    }
    if (c !== delim && !isTrimmable(c)) return false;
  }
  return true;
}

/**
 * The first bytes of the UTF-8 of the white space a cell is trimmed of beyond ASCII (isTrimmable): U+00A0 (C2),
 * U+1680 (E1), U+2000-U+205F (E2), U+3000 (E3), U+FEFF (EF).
 */
const WIDE_SPACE_LEAD = new Uint8Array(256);
for (const b of [0xc2, 0xe1, 0xe2, 0xe3, 0xef]) WIDE_SPACE_LEAD[b] = 1;

/** A CR that is not the start of a CRLF (nor at the end of the text, where its LF may come next): a line end. */
const CR_ALONE = /\r(?!\n|$)/;

/** Whether bytes are UTF-8 without a NUL: what the reader checks each chunk for. */
function isText(bytes: Buffer): boolean {
  return isUtf8(bytes) && bytes.indexOf(0) < 0;
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
