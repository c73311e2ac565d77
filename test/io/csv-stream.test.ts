import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { MAX_LINE, parseCsv } from '../../src/io/csv.js';
import { CsvStreamReader, MAX_OPEN_RECORD } from '../../src/io/csv-stream.js';

/**
 * The records a streamed read hands out, as (line, trimmed cells), with the file cut into the given chunks (text is
 * read as its UTF-8 bytes). Each chunk is handed out in one buffer, overwritten by the next as load.ts overwrites
 * its own: what the reader keeps of a chunk (a line not yet ended) it must have copied.
 */
async function streamed(chunks: (string | Buffer)[], file = 'test.csv') {
  const rows: { line: number; cells: string[] }[] = [];
  let header: string[] = [];
  const reader = new CsvStreamReader(file, undefined, {
    header: (record) => (header = record.cells),
    row: (text, cells, line) => {
      const out: string[] = [];
      for (let i = 0; i < cells.count; i++) out.push(text.toString('utf8', cells.starts[i], cells.ends[i]).trim());
      // The record with its columns, as an error would see it; the bounds hold only as many cells as the header + 1,
      // so a longer (ragged) row is compared by its record.
      const record = reader.current();
      expect(record.line).toBe(line);
      rows.push({ line, cells: cells.count > cells.starts.length ? record.cells : out });
    },
  });
  const bytes = chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk));
  const reused = Buffer.alloc(Math.max(0, ...bytes.map((b) => b.length)));
  async function* gen() {
    for (const chunk of bytes) {
      reused.fill(0x3f); // '?': a byte kept from an earlier chunk would show
      chunk.copy(reused);
      yield reused.subarray(0, chunk.length);
    }
  }
  await reader.read(gen());
  return { header, rows };
}

function whole(text: string) {
  const t = parseCsv(text, 'test.csv');
  return { header: t.header.cells, rows: t.records.map((r) => ({ line: r.line, cells: r.cells })) };
}

/** What a read gives: its result, or the message of its error. */
async function outcome<T>(read: () => T | Promise<T>): Promise<T | { error: string }> {
  try {
    return await read();
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** Cuts text into chunks of `size` characters, as a file stream hands it out. */
function chunked(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/** Cuts text, or bytes (where a character may be cut in two), at the given fractions of its length. */
function cut<T extends string | Buffer>(text: T, at: number[]): T[] {
  const points = [...new Set(at.map((f) => Math.floor(f * text.length)))].sort((a, b) => a - b);
  const out: T[] = [];
  let from = 0;
  for (const p of points) {
    out.push(text.slice(from, p) as T);
    from = p;
  }
  out.push(text.slice(from) as T);
  return out;
}

// Files as spreadsheets and people write them, in each dialect: `,`, `;` or tab between cells; LF, CRLF or CR at the
// ends of lines; quoted cells that hold delimiters, quotes and line ends of any kind; empty cells; rows of empty cells
// (a spreadsheet's blank rows); comments and blank lines.
const dialect = fc.record({
  bom: fc.constantFrom('', '\ufeff'),
  delim: fc.constantFrom(',', ';', '\t'),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
});
type Dialect = { bom: string; delim: string; eol: string };
const cell = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9 .-]{0,6}$/),
  fc.stringMatching(/^[A-Za-z ,;\t\r\n"]{0,6}$/).map((s) => `"${s.replace(/"/g, '""')}"`),
  fc.constantFrom('', '"two\r\nlines"', '"two\rlines"', '"two\nlines"'),
  fc.constantFrom('Бөлім', '"Отдел ""№1"""', 'Ә-1', '\u{1f4b0}'),
);
const line = fc.oneof(
  fc.array(cell, { minLength: 3, maxLength: 3 }),
  fc.constantFrom(2, 3, 4).map((n) => Array.from({ length: n }, () => '')),
  fc.constantFrom([' ', ' ', '']),
  fc.constantFrom('# a comment', '', '  '),
);
const render = (lines: (string | string[])[], { bom, delim, eol }: Dialect) =>
  bom +
  ['a', 'b', 'c'].join(delim) +
  eol +
  lines.map((l) => (typeof l === 'string' ? l : l.join(delim))).join(eol) +
  eol;
const file = fc
  .tuple(fc.array(line, { minLength: 1, maxLength: 12 }), dialect)
  .map(([lines, d]) => ({ text: render(lines, d), delim: d.delim }));

/** The header and rows of csv-parse's own reading, its line ends found by itself: cells as kzpay makes them. */
function csvParse(text: string, delimiter: string): string[][] {
  const rows = parse(text, {
    bom: true,
    delimiter,
    comment: '#',
    comment_no_infix: true,
    trim: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as string[][];
  return rows.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c !== ''));
}

// Cells with quotes where they do not belong: one left open (closed, or not, by a quote lines later), text after a
// closing quote, a quote inside an unquoted cell (text, not a quote), a lone quote that opens a cell.
const roughCell = fc.oneof(
  cell,
  fc.constantFrom('"open', '"a\nb', 'in"side', '"shut"after', '"x" ', ' "spaced"', '"', '""""', '"",', '"x"\ty'),
);
const roughLine = fc.oneof(fc.array(roughCell, { minLength: 1, maxLength: 4 }), fc.constantFrom('# a comment', ''));
const roughFile = fc
  .tuple(fc.array(roughLine, { minLength: 1, maxLength: 10 }), dialect)
  .map(([lines, d]) => render(lines, d));

describe('CsvStreamReader', () => {
  it('hands out the records and lines of csv-parse in every dialect, however the text is cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        file,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        async ({ text, delim }, at) => {
          const expected = whole(text);
          const read = await streamed(cut(text, at));
          expect(read).toEqual(expected);
          expect(await streamed(cut(Buffer.from(text), at))).toEqual(expected);
          // parseCsv is csv-parse with positions: the cells are csv-parse's own, its line ends detected by itself.
          expect([read.header, ...read.rows.map((r) => r.cells)]).toEqual(csvParse(text, delim));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('fails where parseCsv fails (same message), else reads what it reads, on text with stray quotes', async () => {
    await fc.assert(
      fc.asyncProperty(
        roughFile,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        async (text, at) => {
          expect(await outcome(() => streamed(cut(text, at)))).toEqual(await outcome(() => whole(text)));
        },
      ),
      // Its rare cases (a quote after a closed cell and a tab, then an unclosed one) want more runs than most.
      { numRuns: 3000 },
    );
  });

  it('reads a quoted cell of 20 000 lines cut into chunks of 1 000 characters, as parseCsv does', async () => {
    const unit = Array.from({ length: 20_000 }, (_, i) => `line ${i}, ""q""`).join('\r\n');
    const text = `code,unit,n\nA,"${unit}",1\nB,after,2\n`;
    const { rows } = await streamed(chunked(text, 1000));
    expect(rows).toEqual(whole(text).rows);
    // The cell opens on line 2 and holds 19 999 newlines, so B is on line 2 + 19 999 + 1.
    expect(rows.map((r) => r.line)).toEqual([2, 20_002]);
    expect(rows[0].cells[1].split('\n')[19_999]).toBe('line 19999, "q"');
  });

  it('reads lines longer than a chunk, quoted or not, cut into chunks of 7 characters, as parseCsv does', async () => {
    const long = 'y'.repeat(5_000);
    const text = `code,unit,n\nA,${long},1\nB,"${long}\n${long}",2\nC,x,3\n`;
    const { rows } = await streamed(chunked(text, 7));
    expect(rows).toEqual(whole(text).rows);
    expect(rows.map((r) => [r.line, r.cells[1].length])).toEqual([
      [2, 5_000],
      [3, 10_001], // two lines of 5 000 and the newline between them
      [5, 1],
    ]);
  });

  it('reports a quote left open 50 000 rows before the end at the line and column where it opens', async () => {
    // Each row after the quote is read once: with the record tokenized again at every line this takes minutes.
    const text = 'code,unit,headcount\nE-G-4,"Unclosed unit,1\n' + 'E-G-4,Unit,1\n'.repeat(50_000);
    const r = await outcome(() => streamed(chunked(text, 65_536), 'bigq.csv'));
    // `E-G-4,` is 6 characters: the quote is in column 7 of line 2.
    expect(r).toEqual({ error: 'bigq.csv:2:7: unterminated quoted cell (expected a closing ")' });
  });

  it('reports a record held open by a quote past 2 MiB at the quote, before the text that would close it', async () => {
    const record = (lines: number) => 'A,"' + ('x'.repeat(99) + '\n').repeat(lines) + '"\n';
    // 3 + 20 000 × 100 + 1 = 2 000 004 characters, under 2 097 152: read, the cell trimmed of its last newline.
    const under = await streamed(chunked('code,unit\n' + record(20_000), 65_536));
    expect(under.rows[0].cells[1]).toHaveLength(20_000 * 100 - 1);
    // 3 + 22 000 × 100 + 1 characters: the reader gives up once it holds more than MAX_OPEN_RECORD.
    expect(3 + 22_000 * 100 + 1).toBeGreaterThan(MAX_OPEN_RECORD);
    await expect(streamed(chunked('code,unit\n' + record(22_000), 65_536))).rejects.toThrow(
      'test.csv:2:3: unterminated quoted cell: no closing quote within 2 MiB (expected a closing ")',
    );
  });

  it('reads a quoted cell of 1 MiB over 1 024 lines, cut into chunks, as parseCsv does', async () => {
    // 1 024 lines of 1 023 characters, 1 023 newlines between them and one more character: 1 048 576 in all.
    const big = Array.from({ length: 1024 }, () => 'y'.repeat(1023)).join('\n') + 'y';
    const text = `code,unit\nA,"${big}"\nB,z\n`;
    const { rows } = await streamed(chunked(text, 65_536));
    expect(rows).toEqual(whole(text).rows);
    expect(rows.map((r) => [r.line, r.cells[1].length])).toEqual([
      [2, 1 << 20],
      [1026, 1],
    ]);
  });

  it('refuses a line longer than 2 MiB before it ends, however it is cut', async () => {
    const long = 'x'.repeat(MAX_LINE + 1);
    for (const chunks of [[`code,unit\nA,b\nB,${long}\n`], chunked(`code,unit\nA,b\nB,${long}`, 65_536)]) {
      await expect(streamed(chunks)).rejects.toThrow('test.csv:3:2097153: line 3 is longer than 2 MiB');
    }
  });

  it('refuses a bad byte in a line longer than 2 MiB as not UTF-8, its first problem, however it is cut', async () => {
    // `B,` and 2 000 000 x, then the bad byte: column 2 000 003 of line 3, in a chunk without a line end; the line
    // goes on past 2 MiB (2 097 152 bytes) without ending.
    const text = Buffer.concat([
      Buffer.from(`code,unit\nA,b\nB,${'x'.repeat(2_000_000)}`),
      Buffer.from([0xff]),
      Buffer.from('x'.repeat(200_000)),
    ]);
    for (const size of [65_536, 1 << 20]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.subarray(i, i + size));
      await expect(streamed(chunks)).rejects.toThrow(/test\.csv:3:2000003: the file is not UTF-8 text/);
    }
  });

  it('reads CR line ends when a CR ends one chunk and an LF may start the next', async () => {
    const text = 'code,unit\rA,"x\ry"\rB,z\r\nC,w\r';
    for (let size = 1; size <= text.length; size++) {
      expect(await streamed(chunked(text, size))).toEqual(whole(text));
    }
    expect(whole(text).rows).toEqual([
      { line: 2, cells: ['A', 'x\ry'] }, // the CR inside quotes as written
      { line: 4, cells: ['B', 'z'] },
      { line: 5, cells: ['C', 'w'] },
    ]);
  });

  it('takes a line of wide white space for a blank line, and one before a # for a comment', async () => {
    // A wide space starts each comment: U+00A0, U+1680, U+2007, U+3000 and U+FEFF (UTF-8 C2, E1, E2, E3, EF).
    const notes = ['\u00a0# a', '\u1680# b', '\u2007# c', '\u3000# d', '\ufeff# e'];
    const text = `code,unit\nБ-1,x\n\u00a0\n${notes.join('\n')}\n\u2007,\u202f\nӘ-2,y\n`;
    expect(await streamed([text])).toEqual(whole(text));
    expect(whole(text).rows).toEqual([
      { line: 2, cells: ['Б-1', 'x'] },
      { line: 10, cells: ['Ә-2', 'y'] },
    ]);
  });

  it('reads a tab-separated file with empty cells', async () => {
    const text = 'code\theadcount\tunit\nA\t\tx\n\t\t\nB\t2\t\n';
    expect(await streamed([text])).toEqual({
      header: ['code', 'headcount', 'unit'],
      rows: [
        { line: 2, cells: ['A', '', 'x'] },
        { line: 4, cells: ['B', '2', ''] },
      ],
    });
  });

  it('reads a quoted cell across lines and chunks, and counts the lines after it', async () => {
    const text = 'code,unit\nA,"one\ntwo, ""three"""\nB,plain\n';
    const { rows } = await streamed(cut(text, [0.3, 0.5, 0.7]));
    expect(rows).toEqual([
      { line: 2, cells: ['A', 'one\ntwo, "three"'] },
      { line: 4, cells: ['B', 'plain'] },
    ]);
  });

  it('reads the last line without a newline, and ";" found in the header', async () => {
    const { rows } = await streamed(['code;unit\nA;x\nB;', 'y']);
    expect(rows.map((r) => r.cells)).toEqual([
      ['A', 'x'],
      ['B', 'y'],
    ]);
  });

  it('reports an unterminated quote at the line where it opens', async () => {
    await expect(streamed(['code,unit\nA,"open\nB,x\n'])).rejects.toThrow(/test\.csv:2:3: unterminated quoted cell/);
  });

  it('refuses bytes that are not UTF-8 at their line and column, in a later chunk too', async () => {
    const bytes = (...parts: (string | number)[]) =>
      Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from([p]))));
    await expect(streamed([bytes('code,unit\nA,x\n'), bytes('B,', 0xe9, '\n')])).rejects.toThrow(
      /test\.csv:3:3: the file is not UTF-8 text/,
    );
    // A chunk that goes on with a line of the one before: `A,xy` is 4 characters, the bad one is the fifth.
    await expect(streamed([bytes('code,unit\nA,x'), bytes('y', 0xff, '\n')])).rejects.toThrow(
      /test\.csv:2:5: the file is not UTF-8 text/,
    );
    await expect(streamed([bytes('code,unit\nA,x'), bytes('y'), bytes('z', 0xc0, '\n')])).rejects.toThrow(
      /test\.csv:2:6: the file is not UTF-8 text/,
    );
    // A real U+FFFD, and a Cyrillic letter cut between two chunks, are text.
    const good = [bytes('code,unit\nA,\ufffd', 0xd0), bytes(0x90, '\n')];
    expect((await streamed(good)).rows).toEqual([{ line: 2, cells: ['A', '\ufffd\u0410'] }]);
  });

  it('reports a file without a header', async () => {
    await expect(streamed(['# only\n', '\n'])).rejects.toThrow(/test\.csv:1:1: the file has no header row/);
  });
});
