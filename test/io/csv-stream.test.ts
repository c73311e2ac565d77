import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/io/csv.js';
import { CsvStreamReader } from '../../src/io/csv-stream.js';

/** The records a streamed read hands out, as (line, trimmed cells), with the text cut into the given chunks. */
async function streamed(chunks: string[], file = 'test.csv') {
  const rows: { line: number; cells: string[] }[] = [];
  let header: string[] = [];
  const reader = new CsvStreamReader(file, undefined, {
    header: (record) => (header = record.cells),
    row: (text, cells, line) => {
      const out: string[] = [];
      for (let i = 0; i < cells.count; i++) out.push(text.slice(cells.starts[i], cells.ends[i]).trim());
      rows.push({ line, cells: out });
      // The record with its columns, as an error would see it.
      expect(reader.current().line).toBe(line);
    },
  });
  async function* gen() {
    yield* chunks;
  }
  await reader.read(gen());
  return { header, rows };
}

function whole(text: string) {
  const t = parseCsv(text, 'test.csv');
  return { header: t.header.cells, rows: t.records.map((r) => ({ line: r.line, cells: r.cells })) };
}

/** Cuts text at the given fractions of its length. */
function cut(text: string, at: number[]): string[] {
  const points = [...new Set(at.map((f) => Math.floor(f * text.length)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of points) {
    out.push(text.slice(from, p));
    from = p;
  }
  out.push(text.slice(from));
  return out;
}

const cell = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9 .-]{0,6}$/),
  fc.stringMatching(/^[A-Za-z ,;\n"]{0,6}$/).map((s) => `"${s.replace(/"/g, '""')}"`),
  fc.constant('"two\r\nlines"'),
);
const line = fc.oneof(
  fc.array(cell, { minLength: 3, maxLength: 3 }).map((cells) => cells.join(',')),
  fc.constantFrom(',,', ' , ,', ',,,,'), // rows of empty cells, as a spreadsheet saves blank rows
);
const file = fc
  .tuple(
    fc.constantFrom('', '\ufeff'),
    fc.array(fc.oneof(line, fc.constant('# a comment'), fc.constant(''), fc.constant('  ')), { minLength: 1, maxLength: 12 }),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([bom, lines, eol]) => bom + 'a,b,c' + eol + lines.join(eol) + eol);

describe('CsvStreamReader', () => {
  it('hands out the same records and line numbers as parseCsv, however the text is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(file, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), async (text, at) => {
        const expected = whole(text);
        expect(await streamed(cut(text, at))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
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
    expect(rows.map((r) => r.cells)).toEqual([['A', 'x'], ['B', 'y']]);
  });

  it('reports an unterminated quote at the line where it opens', async () => {
    await expect(streamed(['code,unit\nA,"open\nB,x\n'])).rejects.toThrow(/test\.csv:2:3: unterminated quoted cell/);
  });

  it('refuses text that is not UTF-8 at its line and column, in a later chunk too', async () => {
    await expect(streamed(['code,unit\nA,x\n', 'B,\ufffd\n'])).rejects.toThrow(/test\.csv:3:3: the file is not UTF-8 text/);
  });

  it('reports a file without a header', async () => {
    await expect(streamed(['# only\n', '\n'])).rejects.toThrow(/test\.csv:1:1: the file has no header row/);
  });
});
