import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { decodeUtf8, detectDelimiter, MAX_LINE, parseCsv } from '../../src/io/csv.js';
import { parseRaises } from '../../src/io/datasets.js';

const cellsOf = (text: string, delimiter?: string) => parseCsv(text, 'f.csv', delimiter).records.map((r) => r.cells);

describe('parseCsv', () => {
  it('drops a leading BOM and keeps the # lines before the header as the source note', () => {
    const t = parseCsv('\ufeff# source one\n#source two\ncode,min\nE-1,100\n', 'f.csv');
    expect(t.comments).toEqual(['source one', 'source two']);
    expect(t.names).toEqual(['code', 'min']);
    // Line 3 is the header; the BOM takes no column.
    expect(t.header).toMatchObject({ line: 3, columns: [1, 6] });
    expect(t.records).toEqual([{ line: 4, cells: ['E-1', '100'], columns: [1, 5], lines: [4, 4] }]);
  });

  it.each([
    ['a;b;c', ';'],
    ['a,b,c', ','],
    ['a;b,c', ','], // a tie goes to ","
    ['a;b;c,d', ';'],
    ['a\tb\tc', '\t'],
    ['a\tb;c', ';'], // a tie goes to ";" before tab
    ['a b\tc d', '\t'],
    ['"x;y;z",b', ','], // a ";" inside quotes does not count
    ['code', ','],
  ])('detects the delimiter of header %j as %j', (header, delimiter) => {
    expect(detectDelimiter(header)).toBe(delimiter);
    expect(parseCsv(`${header}\n`, 'f.csv').delimiter).toBe(delimiter);
  });

  it('detects the delimiter from the header, not from the comments above it', () => {
    const t = parseCsv('# a;b;c;d\ncode,min\nE-1,62 461,5\n', 'f.csv');
    expect(t.delimiter).toBe(',');
    expect(t.records[0].cells).toEqual(['E-1', '62 461', '5']);
  });

  it('uses the delimiter it is given', () => {
    expect(cellsOf('a|b\n1,5|2;3\n', '|')).toEqual([['1,5', '2;3']]);
  });

  it('reads quoted cells with "" and a newline, and counts lines through them', () => {
    const t = parseCsv('code,title,min\nE-1,"Head, ""acting""\nof unit",100\nE-2,x,200\n', 'f.csv');
    // Line 3 is `of unit",100`: the min starts after `of unit",`, in column 10.
    expect(t.records[0]).toEqual({
      line: 2,
      cells: ['E-1', 'Head, "acting"\nof unit', '100'],
      columns: [1, 5, 10],
      lines: [2, 2, 3],
    });
    expect(t.records[1].line).toBe(4);
  });

  it('reads CRLF line ends, and keeps a CRLF inside quotes as written', () => {
    const t = parseCsv('a,b\r\n1,"x\r\ny"\r\n2,3\r\n', 'f.csv');
    expect(t.records.map((r) => [r.line, r.cells])).toEqual([
      [2, ['1', 'x\r\ny']],
      [4, ['2', '3']],
    ]);
  });

  it('trims cells and gives the column of the first character of each', () => {
    // `code , min`: "min" starts in column 8. `  E-1 ,\t100 `: "E-1" in column 3, the tab in 8, "100" in 9.
    const t = parseCsv('code , min\n  E-1 ,\t100 \n', 'f.csv');
    expect(t.names).toEqual(['code', 'min']);
    expect(t.header.columns).toEqual([1, 8]);
    expect(t.records[0]).toMatchObject({ cells: ['E-1', '100'], columns: [3, 9] });
  });

  it('trims inside quotes too and points at the opening quote', () => {
    // ` "  x  " ,y`: the quote is in column 2, the comma in 10, "y" in 11.
    const t = parseCsv('a,b\n "  x  " ,y\n', 'f.csv');
    expect(t.records[0]).toMatchObject({ cells: ['x', 'y'], columns: [2, 11] });
  });

  it('lower-cases the column names', () => {
    expect(parseCsv('Code;MIN;Inflation_Pct\n', 'f.csv').names).toEqual(['code', 'min', 'inflation_pct']);
  });

  it('skips blank lines, rows of empty cells, and comments after the header', () => {
    const t = parseCsv('a,b\n\n   \n,\n ; \n#c\n1,2\n', 'f.csv');
    // `,` is a row of two empty cells (a blank spreadsheet row); ` ; ` is one cell, ";", so it is kept.
    expect(t.records.map((r) => [r.line, r.cells])).toEqual([
      [5, [';']],
      [7, ['1', '2']],
    ]);
    expect(t.comments).toEqual([]);
  });

  it('keeps a # inside a quoted cell', () => {
    expect(cellsOf('a,b\n"x\n#not a comment",2\n')).toEqual([['x\n#not a comment', '2']]);
  });

  it.each([
    ['an empty file', '', 1, 1, 'the file has no header row'],
    ['a file of comments', '# only a comment\n\n', 1, 1, 'the file has no header row'],
    ['an unterminated quote', 'a,b\n1,"open\n2,3\n', 2, 3, 'unterminated quoted cell'],
    ['text after a closing quote', 'a,b\n"x"y,2\n', 2, 4, 'unexpected "y" after a quoted cell'],
    [
      'a byte that is not UTF-8',
      decodeUtf8(Buffer.from([...Buffer.from('a,b\n1,caf'), 0xe9, 0x0a])),
      2,
      6,
      'not UTF-8',
    ],
    ['a NUL, as UTF-16 text without its mark has', 'a\u0000,b\n', 1, 2, 'the file holds a NUL byte'],
    ['a bad byte after a CR line end', decodeUtf8(Buffer.from([0x61, 0x0d, 0x62, 0xff])), 2, 2, 'not UTF-8'],
    ['an unterminated quote in a first cell', 'a,b\r\n1,2\r\n "x\r\n', 3, 2, 'unterminated quoted cell'],
    ['an unterminated quote after Cyrillic', 'код,имя\nА-1,"открыт\n', 2, 5, 'unterminated quoted cell'],
    ['text after a quote after Cyrillic', 'код,имя\nА-1,"x" y\n', 2, 9, 'unexpected "y" after a quoted cell'],
    ['text after a quote, CR line ends', 'a\tb\r1\t"x""" z\r', 2, 9, 'unexpected "z" after a quoted cell'],
    // Found by the property test of the streamed reader: csv-parse takes the quote after `""` and a tab for the start
    // of a cell it then finds unclosed; the quote itself is the problem, and both readers say so.
    [
      'a quote after a quoted cell and a tab',
      'a,b,c\n"open,"\n""\t"",\\"\n""\n',
      3,
      4,
      'unexpected quote (") after a quoted cell',
    ],
    // The same quote on line 2, and a quote left open further down: the first problem is the one reported, by both
    // readers (csv-parse passes line 2 and fails at the end).
    [
      'a quote after a quoted cell before an unclosed one',
      'a;b;c\n"open;";""\t""\n";\n',
      2,
      12,
      'unexpected quote (") after a quoted cell',
    ],
    ['a line longer than 2 MiB', `a,b\n1,${'x'.repeat(MAX_LINE)}\n`, 2, MAX_LINE + 1, 'line 2 is longer than 2 MiB'],
  ])('reports %s at its line and column', (_what, text, line, column, problem) => {
    let error: unknown;
    try {
      parseCsv(text, 'f.csv');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).where).toEqual({ file: 'f.csv', line, column });
    expect((error as InputError).problem).toContain(problem);
  });

  it('reads a file whose lines end in CR alone, as one with LF (a CR inside quotes kept as written)', () => {
    const t = parseCsv('# note\rcode,min\rE-1,"Head\rof unit"\r\rE-2,200', 'f.csv');
    expect(t.comments).toEqual(['note']);
    expect(t.header.line).toBe(2);
    expect(t.records).toEqual([
      { line: 3, cells: ['E-1', 'Head\rof unit'], columns: [1, 5], lines: [3, 3] },
      { line: 6, cells: ['E-2', '200'], columns: [1, 5], lines: [6, 6] },
    ]);
  });

  it('keeps a row whose line begins with a CR: the CR ends a blank line before it', () => {
    const raises = parseRaises(parseCsv('effective,percent\n\r2025-01-01,10\n', 'f.csv'), 'point');
    expect(raises.map((r) => [r.text, r.where?.line])).toEqual([['10', 3]]);
  });

  it('reads a tab-separated file with empty cells, and the column of each cell', () => {
    const t = parseCsv('code\tmin\tmax\ttitle\nE-1\t\t100\t\nE-2\t\t\t x\n', 'f.csv');
    expect(t.delimiter).toBe('\t');
    expect(t.records).toEqual([
      { line: 2, cells: ['E-1', '', '100', ''], columns: [1, 5, 6, 10], lines: [2, 2, 2, 2] },
      { line: 3, cells: ['E-2', '', '', 'x'], columns: [1, 5, 6, 8], lines: [3, 3, 3, 3] },
    ]);
  });

  it('counts columns in characters after Cyrillic and a BOM', () => {
    // `А-1;` is 4 characters, `"Глава ""акимата""";` 20 more, then two spaces: 62 461 starts in column 27.
    const t = parseCsv('\ufeffкод;мин;x\r\nА-1;"Глава ""акимата""";  62 461\r\n', 'f.csv');
    expect(t.records[0]).toEqual({
      line: 2,
      cells: ['А-1', 'Глава "акимата"', '62 461'],
      columns: [1, 5, 27],
      lines: [2, 2, 2],
    });
  });

  it('reads a real U+FFFD of a UTF-8 file as text', () => {
    const t = parseCsv(decodeUtf8(Buffer.from('a,b\n1,caf\ufffd\n', 'utf8')), 'f.csv');
    expect(t.records[0].cells).toEqual(['1', 'caf\ufffd']);
  });

  it('reads a quoted cell of 1 MiB that closes', () => {
    const big = 'x'.repeat(1 << 20);
    const t = parseCsv(`a,b\n1,"${big}"\n2,3\n`, 'f.csv');
    expect(t.records.map((r) => [r.line, r.cells[1].length])).toEqual([
      [2, 1 << 20],
      [3, 1],
    ]);
  });
});
