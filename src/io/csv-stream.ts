import { checkDecoded, commentText, detectDelimiter, isBlankRecord, noHeader, readRecord, type CsvRecord } from './csv.js';

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
 * tokenizer, joined with the lines that follow while a quoted cell is open.
 */
export class CsvStreamReader {
  private delim: string | undefined;
  private line = 0;
  private seenHeader = false;
  private readonly comments: string[] = [];
  /** Text and first line of a record whose quoted cell is still open. */
  private pending: string | null = null;
  private pendingLine = 0;
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
    let carry = '';
    let first = true;
    for await (const chunk of chunks) {
      let buf = carry.length > 0 ? carry + chunk : chunk;
      if (first && buf.length > 0) {
        if (buf.charCodeAt(0) === 0xfeff) buf = buf.slice(1);
        first = false;
      }
      checkDecoded(buf, this.file, this.line + 1);
      // Most chunks hold no quote at all: then every line takes the fast path without looking for one.
      const plain = this.seenHeader && this.pending === null && buf.indexOf('"') < 0;
      this.text = buf;
      let start = 0;
      for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n', start)) {
        if (plain) this.plainLine(start, nl);
        else this.lineOf(start, nl);
        start = nl + 1;
      }
      carry = buf.slice(start);
    }
    this.text = carry;
    if (carry.length > 0) this.lineOf(0, carry.length);
    if (this.pending !== null) this.takePending(false);
    if (!this.seenHeader) throw noHeader(this.file);
  }

  /** The bounds of the cells of the record last handed to the sink. */
  get cellBounds(): CellBounds {
    return this.cells;
  }

  /** The record last handed to the sink, with the column of each cell: for error messages. */
  current(): CsvRecord {
    return this.currentRecord ?? readRecord(this.text.slice(this.lineStart, this.lineEnd), 0, this.currentLine, this.delim!, this.file)!.record;
  }

  /** A line (from start to end in the text being read) of any kind: blank, comment, header, a record or part of one. */
  private lineOf(start: number, end: number): void {
    const text = this.text.slice(start, end);
    if (this.pending !== null) {
      this.line++;
      this.pending += '\n' + text;
      this.takePending(true);
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
    this.pending = text;
    this.pendingLine = this.line;
    this.takePending(true);
  }

  /** A line after the header, not inside a quoted cell, without a quote: blank, comment, or a record cut as it is. */
  private plainLine(start: number, end: number): void {
    this.line++;
    const text = this.text;
    const c0 = text.charCodeAt(start);
    if (start === end || c0 === 0x23 /* # */ || c0 === 0x0d || c0 === 0x20 || c0 === 0x09) {
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

  /** Tokenizes the pending record, unless its quoted cell is still open and more lines may close it. */
  private takePending(more: boolean): void {
    const read = readRecord(this.pending!, 0, this.pendingLine, this.delim!, this.file, more);
    if (read === null) return;
    this.pending = null;
    const { record } = read;
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

function isBlankOrComment(text: string): boolean {
  const t = text.trim();
  return t === '' || t[0] === '#';
}

/** Whether text from start to end holds nothing but spaces, tabs and (when given) the delimiter. */
function isBlank(text: string, start: number, end: number, delim?: string): boolean {
  const d = delim === undefined ? -1 : delim.charCodeAt(0);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== d) return false;
  }
  return true;
}
