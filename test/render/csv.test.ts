import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import type { Report } from '../../src/core/report.js';
import { csvCell, csvDialect, csvLine, renderCsv as csvPieces } from '../../src/render/csv.js';
import { renderReport } from '../../src/render/render.js';

/** The CSV text whole: the pieces renderCsv hands on, joined. */
const renderCsv = (...args: Parameters<typeof csvPieces>): string => [...csvPieces(...args)].join('');

const report: Report = {
  command: 'test',
  columns: [
    { key: 'code', title: 'code', kind: 'text' },
    { key: 'title', title: 'title', kind: 'text' },
    { key: 'year', title: 'year', kind: 'int' },
    { key: 'salary', title: 'salary', kind: 'money' },
    { key: 'pct', title: 'change %', kind: 'pct' },
    { key: 'index', title: 'index', kind: 'index' },
  ],
  rows: [
    {
      code: 'E-G-4',
      title: 'главный специалист',
      year: 2024,
      salary: new Dec('1234567.555'),
      pct: new Dec('-7.19144'),
      index: new Dec('1.0603271'),
    },
    { code: 'X-1', title: '=SUM(A1)', year: 2025, salary: null, pct: new Dec('8.6'), index: new Dec('1') },
  ],
  assumptions: ['as-of date 2024-01-01'],
  inputs: { grid: 'g.csv' },
};

describe('renderCsv, en dialect (the default)', () => {
  // Worked by hand: 1234567.555 → 1234567.56 (half up, 2 places); -7.19144 → -7.1914 (4); 1.0603271 → 1.060327 (6).
  const expected =
    'code,title,year,salary,pct,index\n' +
    'E-G-4,главный специалист,2024,1234567.56,-7.1914,1.060327\n' +
    "X-1,'=SUM(A1),2025,,8.6000,1.000000\n";

  it('writes a header of keys, then rows with `,` and `.`, LF line ends, no BOM and no comment lines', () => {
    const csv = renderCsv(report);
    expect(csv).toBe(expected);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv).not.toContain('\r');
    expect(csv).not.toContain('#');
  });

  it('is what renderReport writes for --format csv', async () => {
    expect(await renderReport(report, 'csv', { color: false, version: '0' })).toBe(expected);
    expect(await renderReport(report, 'csv', { color: false, version: '0', locale: 'en' })).toBe(expected);
  });
});

describe.each(['ru', 'kk'] as const)('renderCsv, %s dialect', (locale) => {
  const csv = renderCsv(report, { locale });

  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.split('\r\n')).toHaveLength(4); // three records and the empty string after the last CRLF
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('separates by `;` and writes every decimal with `,`, keeping the keys and the integers as they are', () => {
    expect(csv.slice(1)).toBe(
      'code;title;year;salary;pct;index\r\n' +
        'E-G-4;главный специалист;2024;1234567,56;-7,1914;1,060327\r\n' +
        "X-1;'=SUM(A1);2025;;8,6000;1,000000\r\n",
    );
  });

  it('has no comment lines', () => {
    expect(csv).not.toContain('#');
  });
});

describe('csvCell', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+7 727', "'+7 727"],
    ['-x', "'-x"],
    ['-5', "'-5"], // text that looks like a number is still text
    ['@sum', "'@sum"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['a=b', 'a=b'],
    ['E-G-4', 'E-G-4'],
  ])('guards the text cell %j as %j', (text, out) => {
    expect(csvCell(text, 'text')).toBe(out);
  });

  it.each([
    ['-0.1', 'pct', 'en', '-0.1000'],
    ['-0.1', 'pct', 'ru', '-0,1000'],
    ['-62461', 'money', 'kk', '-62461,00'],
    ['3874482.545', 'thousands', 'ru', '3874482,55'],
    ['-1.5', 'pp', 'ru', '-1,5000'],
    ['12.5', 'years', 'kk', '12,50'],
    ['0.125', 'decimal', 'ru', '0,125'],
    ['-3', 'int', 'ru', '-3'],
  ] as const)('never guards the number %s (%s, %s): %s', (value, kind, locale, out) => {
    expect(csvCell(new Dec(value), kind, locale)).toBe(out);
  });

  it('treats a range in a number column as a number (25-30, 12.5-15), and any other text there as text', () => {
    expect(csvCell('25-30', 'decimal', 'en')).toBe('25-30');
    expect(csvCell('12.5-15', 'decimal', 'ru')).toBe('12,5-15');
    expect(csvCell('=1', 'decimal', 'ru')).toBe("'=1");
  });
});

describe('CSV quoting (RFC 4180)', () => {
  const one = (text: string, locale: 'en' | 'ru' = 'en'): string =>
    renderCsv(
      {
        command: 't',
        columns: [{ key: 'k', title: 'k', kind: 'text' }],
        rows: [{ k: text }],
        assumptions: [],
        inputs: {},
      },
      { locale },
    )
      .replace(/^\ufeff/, '')
      .split(/\r?\n/)[1];

  it.each([
    ['a,b', 'en', '"a,b"'],
    ['a,b', 'ru', 'a,b'], // a comma is no delimiter in the ; dialect
    ['a;b', 'ru', '"a;b"'],
    ['a;b', 'en', 'a;b'],
    ['say "hi"', 'en', '"say ""hi"""'],
    [' lead', 'en', '" lead"'],
    ['trail ', 'ru', '"trail "'],
    ['plain', 'en', 'plain'],
  ] as const)('writes %j in the %s dialect as %j', (text, locale, out) => {
    expect(one(text, locale)).toBe(out);
  });

  it('quotes a cell with any line break, keeping it one record, in both dialects', () => {
    const breaks: Report = {
      command: 't',
      columns: [{ key: 'k', title: 'k', kind: 'text' }],
      rows: [{ k: 'two\nlines' }, { k: 'cr\rhere' }, { k: 'both\r\nhere' }],
      assumptions: [],
      inputs: {},
    };
    expect(renderCsv(breaks)).toBe('k\n"two\nlines"\n"cr\rhere"\n"both\r\nhere"\n');
    expect(renderCsv(breaks, { locale: 'ru' })).toBe('\ufeffk\r\n"two\nlines"\r\n"cr\rhere"\r\n"both\r\nhere"\r\n');
  });
});

describe('csvLine: rows joined where csv-stringify would write them as they are', () => {
  // Cells from the characters that decide quoting: delimiters, quotes, every kind of line break and white space.
  const tricky = fc.constantFrom(',', ';', '"', '\r', '\n', '\r\n', ' ', '\t', '\u00a0', '\u2028', '\ufeff', "'", '=');
  const cell = fc.oneof(
    fc.string(),
    fc.array(fc.oneof(tricky, fc.constantFrom('a', 'Я', '1', '.', '-')), { maxLength: 6 }).map((a) => a.join('')),
    fc.constantFrom('', 'Unit 5', 'E-G-4', '1072595888.48', '1072595888,48', ' lead', 'trail ', 'a  b'),
  );

  for (const locale of ['en', 'ru'] as const) {
    it(`writes every row as csv-stringify does (${locale})`, () => {
      const dialect = csvDialect(locale);
      const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
      fc.assert(
        fc.property(rows, (rs) => {
          expect(rs.map((r) => csvLine(r, dialect)).join('')).toBe(stringify(rs, dialect));
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('joins a plain row without csv-stringify, and quotes a cell that needs it', () => {
    const en = csvDialect('en');
    expect(csvLine(['2024', 'unit', 'Unit 5', '1072595888.48'], en)).toBe('2024,unit,Unit 5,1072595888.48\n');
    expect(csvLine(['a,b', ' x', 'say "hi"', 'two\nlines'], en)).toBe('"a,b"," x","say ""hi""","two\nlines"\n');
    expect(csvLine(['1072595888,48', 'Unit 5'], csvDialect('kk'))).toBe('1072595888,48;Unit 5\r\n');
  });
});
