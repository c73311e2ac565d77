import { commentText, detectDelimiter, noHeader, readRecord, type CsvRecord } from './csv.js';

/** Where the records of a streamed CSV file go. */
export interface CsvSink {
  /** The header record (cells trimmed), the delimiter in use and the `#` lines before the header. */
  header(record: CsvRecord, delimiter: string, comments: string[]): void;
  /**
   * One data record. On the fast path (a line without a quote) the cells are the line split on the delimiter and
   * are not trimmed: trim the ones you read. `reader.current()` gives the record with its columns, for errors.
   */
  row(cells: string[], line: number): void;
}

/**
 * Reads CSV text chunk by chunk, in constant memory, with the same rules as parseCsv (BOM, `#` comments, blank
 * lines, RFC 4180 quoting, line numbers). A line without a quote is split on the delimiter (the fast path); a line
 * with one goes through the full tokenizer, joined with the lines that follow while a quoted cell is open.
 */
export class CsvStreamReader {
  private delim: string | undefined;
  private line = 0;
  private seenHeader = false;
  private readonly comments: string[] = [];
  /** Text and first line of a record whose quoted cell is still open. */
  private pending: string | null = null;
  private pendingLine = 0;
  /** The record being handed to the sink: its line's text (fast path) or the record itself (tokenized). */
  private currentText = '';
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
      let start = 0;
      for (;;) {
        const nl = buf.indexOf('\n', start);
        if (nl < 0) break;
        this.lineOf(buf.slice(start, nl));
        start = nl + 1;
      }
      carry = start === 0 ? buf : buf.slice(start);
    }
    if (carry.length > 0) this.lineOf(carry);
    if (this.pending !== null) this.takePending(false);
    if (!this.seenHeader) throw noHeader(this.file);
  }

  /** The record last handed to the sink, with the column of each cell: for error messages. */
  current(): CsvRecord {
    return this.currentRecord ?? readRecord(this.currentText, 0, this.currentLine, this.delim!, this.file)!.record;
  }

  get delimiter(): string {
    return this.delim ?? ',';
  }

  private lineOf(text: string): void {
    this.line++;
    if (this.pending !== null) {
      this.pending += '\n' + text;
      this.takePending(true);
      return;
    }
    const c0 = text.charCodeAt(0);
    if (text.length === 0 || c0 === 0x23 /* # */ || c0 === 0x0d || c0 === 0x20 || c0 === 0x09) {
      const t = text.trim();
      if (t === '') return;
      if (t[0] === '#') {
        if (!this.seenHeader) this.comments.push(commentText(text));
        return;
      }
    }
    if (this.delim === undefined) this.delim = detectDelimiter(text);
    if (!this.seenHeader || text.indexOf('"') >= 0) {
      this.pending = text;
      this.pendingLine = this.line;
      this.takePending(true);
      return;
    }
    const body = text.charCodeAt(text.length - 1) === 0x0d ? text.slice(0, -1) : text;
    this.currentText = text;
    this.currentLine = this.line;
    this.currentRecord = null;
    this.sink.row(body.split(this.delim), this.line);
  }

  /** Tokenizes the pending record, unless its quoted cell is still open and more lines may close it. */
  private takePending(more: boolean): void {
    const read = readRecord(this.pending!, 0, this.pendingLine, this.delim!, this.file, more);
    if (read === null) return;
    this.pending = null;
    if (!this.seenHeader) {
      this.seenHeader = true;
      this.sink.header(read.record, this.delim!, this.comments);
      return;
    }
    this.currentRecord = read.record;
    this.sink.row(read.record.cells, read.record.line);
  }
}
