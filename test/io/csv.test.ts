import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { detectDelimiter, parseCsv } from '../../src/io/csv.js';

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

  it('reads CRLF line ends, also inside quotes, as LF', () => {
    const t = parseCsv('a,b\r\n1,"x\r\ny"\r\n2,3\r\n', 'f.csv');
    expect(t.records.map((r) => [r.line, r.cells])).toEqual([
      [2, ['1', 'x\ny']],
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
    ['a byte that is not UTF-8', 'a,b\n1,caf\ufffd\n', 2, 6, 'the file is not UTF-8 text'],
    ['a NUL of UTF-16', 'a\u0000,b\n', 1, 2, 'the file is not UTF-8 text'],
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
});
