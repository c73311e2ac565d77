import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import type { Report } from '../../src/core/report.js';
import { renderReport } from '../../src/render/render.js';
import { renderXlsx } from '../../src/render/xlsx.js';
import { showReport } from '../../src/render/words.js';

const report: Report = {
  command: 'salary',
  columns: [
    { key: 'code', title: 'code', kind: 'text' },
    { key: 'title', title: 'title', kind: 'text' },
    { key: 'year', title: 'year', kind: 'int' },
    { key: 'salary', title: 'salary', kind: 'money' },
    { key: 'fund', title: 'fund, thousand', kind: 'thousands' },
    { key: 'pct', title: 'change %', kind: 'pct' },
    { key: 'dev', title: 'dev. pp', kind: 'pp' },
    { key: 'index', title: 'index', kind: 'index' },
    { key: 'exp', title: 'experience', kind: 'years' },
    { key: 'share', title: 'share', kind: 'decimal' },
  ],
  rows: [
    {
      code: 'E-G-4',
      title: 'главный специалист',
      year: 2024,
      salary: new Dec('1234567.555'),
      fund: new Dec('3874482.545'),
      pct: new Dec('-7.19144'),
      dev: new Dec('0.14835'),
      index: new Dec('1.0603271'),
      exp: new Dec('12.5'),
      share: new Dec('0.125'),
    },
    {
      code: '=SUM(A1)',
      title: '+7 (727)',
      year: 2025,
      salary: null,
      fund: null,
      pct: new Dec('8.6'),
      dev: null,
      index: new Dec('1'),
      exp: null,
      share: '25-30', // a range: text in a number column
    },
  ],
  summary: {
    columns: [
      { key: 'total', title: 'total salary', kind: 'money' },
      { key: 'cagr', title: 'real CAGR %', kind: 'pct' },
      { key: 'fell', title: 'years real fell', kind: 'text' },
    ],
    values: { total: new Dec('62461'), cagr: new Dec('-1.23456'), fell: '=2022' },
  },
  tables: [
    {
      name: 'floor: below/minimum*wage [2024] and a name far longer than thirty-one',
      columns: [
        { key: 'code', title: 'code', kind: 'text' },
        { key: 'salary', title: 'salary', kind: 'money' },
      ],
      rows: [{ code: 'E-G-4', salary: new Dec('62461') }],
    },
    { name: 'SALARY', columns: [{ key: 'n', title: 'n', kind: 'int' }], rows: [{ n: 1 }] },
  ],
  assumptions: ['as-of date 2024-01-01', '=not a formula'],
  inputs: { grid: 'g.csv' },
  notes: ['Повышение на 32% с 2005-07-01'],
};

/** The workbook's bytes whole: the pieces renderXlsx hands on as it writes, joined. */
async function xlsxBytes(report: Report): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  for await (const piece of renderXlsx(showReport(report, 'en', 'sheet'))) pieces.push(piece);
  return new Uint8Array(Buffer.concat(pieces));
}

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return book;
}

describe('renderXlsx', async () => {
  const bytes = await xlsxBytes(report);
  const book = await readBack(bytes);
  const rows = book.worksheets[0];

  it('is a zip (an xlsx file), returned as bytes', () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]); // PK\3\4
  });

  it('names the sheets: the command, each further table (≤ 31 characters, unique), summary, assumptions, notes', () => {
    const names = book.worksheets.map((s) => s.name);
    expect(names).toEqual([
      'salary',
      'floor- below-minimum-wage -2024', // []:*?/\ become -, cut to 31
      'SALARY (2)', // "salary" is taken, whatever the case
      'summary',
      'assumptions',
      'notes',
    ]);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });

  it('writes a title row (kzpay and the command) above the header', () => {
    expect(rows.getCell('A1').value).toBe('kzpay salary');
    expect(rows.getCell('A1').font?.bold).toBe(true);
    expect(rows.getRow(1).cellCount).toBe(1);
  });

  it('writes the column titles as a bold header on row 2, frozen under it, with a filter over the table', () => {
    expect(rows.getRow(2).values).toEqual([
      undefined,
      'code',
      'title',
      'year',
      'salary',
      'fund, thousand',
      'change %',
      'dev. pp',
      'index',
      'experience',
      'share',
    ]);
    expect(rows.getCell('A2').font?.bold).toBe(true);
    expect(rows.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(rows.autoFilter).toBe('A2:J4');
  });

  it.each([
    // cell, value worked by hand from the exact decimal (half up to the kind's machine places), number format
    ['C3', 2024, '0'],
    ['D3', 1234567.56, '#,##0.00'],
    ['E3', 3874482.55, '#,##0.0'],
    ['F3', -7.1914, '0.00'],
    ['G3', 0.1484, '0.00'],
    ['H3', 1.060327, '0.000000'],
    ['I3', 12.5, '0.00'],
    ['J3', 0.125, undefined],
    ['F4', 8.6, '0.00'],
    ['H4', 1, '0.000000'],
  ] as const)('writes %s as the number %s with the format %s', (ref, value, fmt) => {
    const cell = rows.getCell(ref);
    expect(cell.type).toBe(ExcelJS.ValueType.Number);
    expect(cell.value).toBe(value);
    expect(cell.numFmt).toBe(fmt);
  });

  it('writes text as text, Cyrillic intact and a leading = never a formula', () => {
    for (const [ref, text] of [
      ['A3', 'E-G-4'],
      ['B3', 'главный специалист'],
      ['A4', '=SUM(A1)'],
      ['B4', '+7 (727)'],
      ['J4', '25-30'],
    ]) {
      expect(rows.getCell(ref).type, ref).toBe(ExcelJS.ValueType.String);
      expect(rows.getCell(ref).value, ref).toBe(text);
    }
  });

  it('leaves an empty cell empty', () => {
    expect(rows.getCell('D4').type).toBe(ExcelJS.ValueType.Null);
    expect(rows.getCell('G4').value).toBe(null);
  });

  it('has no formula anywhere in the book', () => {
    let cells = 0;
    for (const sheet of book.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          cells++;
          expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula, `${sheet.name}!${cell.address}`).toBeUndefined();
        }),
      );
    }
    expect(cells).toBeGreaterThan(30);
  });

  it('fits the widths to the content: wider for a long title than for a year', () => {
    const width = (col: string) => rows.getColumn(col).width ?? 0;
    expect(width('B')).toBeGreaterThanOrEqual('главный специалист'.length);
    expect(width('D')).toBeGreaterThanOrEqual('1 234 567.56'.length);
    expect(width('C')).toBeLessThan(width('B'));
  });

  it('writes a further table on its own sheet', () => {
    const floor = book.worksheets[1];
    expect(floor.getRow(2).values).toEqual([undefined, 'code', 'salary']);
    expect(floor.getCell('B3').value).toBe(62461);
    expect(floor.getCell('B3').numFmt).toBe('#,##0.00');
    expect(floor.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('writes the summary as label and value, numbers formatted and text as text', () => {
    const s = book.getWorksheet('summary')!;
    expect(s.getRow(2).values).toEqual([undefined, 'label', 'value']);
    expect(s.getRow(3).values).toEqual([undefined, 'total salary', 62461]);
    expect(s.getCell('B3').numFmt).toBe('#,##0.00');
    expect(s.getCell('B4').value).toBe(-1.2346);
    expect(s.getCell('B4').numFmt).toBe('0.00');
    expect(s.getCell('B5').type).toBe(ExcelJS.ValueType.String);
    expect(s.getCell('B5').value).toBe('=2022');
  });

  it('writes the assumptions and the notes one to a row', () => {
    const a = book.getWorksheet('assumptions')!;
    expect(a.getSheetValues().slice(1)).toEqual([
      [undefined, 'kzpay salary'],
      [undefined, 'assumption'],
      [undefined, 'as-of date 2024-01-01'],
      [undefined, '=not a formula'],
    ]);
    expect(a.getCell('A4').type).toBe(ExcelJS.ValueType.String);
    expect(book.getWorksheet('notes')!.getCell('A3').value).toBe('Повышение на 32% с 2005-07-01');
  });

  it('is what renderReport returns for xlsx', async () => {
    const via = await readBack(await renderReport(report, 'xlsx', { color: false, version: '0' }));
    expect(via.worksheets.map((s) => s.name)).toEqual(book.worksheets.map((s) => s.name));
    expect(via.worksheets[0].getCell('D3').value).toBe(1234567.56);
  });

  it('has no summary or notes sheet when the report has none', async () => {
    const bare = await readBack(await xlsxBytes({ ...report, summary: undefined, notes: [], tables: undefined }));
    expect(bare.worksheets.map((s) => s.name)).toEqual(['salary', 'assumptions']);
  });

  it.each([0, 1, 2, 3, 4, 5])('prints sheet %i landscape on A4, one page wide, its header on every page', (n) => {
    const sheet = book.worksheets[n];
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '2:2',
    });
  });

  it('wraps text within its column, and keeps a number on its line', () => {
    expect(rows.getCell('B3').alignment?.wrapText).toBe(true);
    expect(rows.getCell('D3').alignment?.wrapText).toBeFalsy();
    expect(rows.getCell('B2').alignment?.wrapText).toBe(true); // a long header wraps too
  });

  it('sets the assumptions in one wide column of wrapped text, readable on paper', () => {
    const a = book.getWorksheet('assumptions')!;
    expect(a.getColumn(1).width).toBeGreaterThanOrEqual(100);
    expect(a.getCell('A3').alignment?.wrapText).toBe(true);
  });

  it('uses one font: every cell in the workbook default font, bold for the title and the header alone', () => {
    for (const sheet of book.worksheets) {
      sheet.eachRow((row, r) =>
        row.eachCell((cell) => {
          expect(cell.font?.name ?? 'Calibri', `${sheet.name}!${cell.address}`).toBe('Calibri');
          expect(Boolean(cell.font?.bold), `${sheet.name}!${cell.address}`).toBe(r <= 2);
        }),
      );
    }
  });
});

describe('renderXlsx of rows made as they are read', () => {
  it('writes every row of a generator, past the rows its widths are fitted to, with the report title', async () => {
    const many: Report = {
      command: 'fund',
      kind: 'fund',
      title: 'salaries of the grid of 2024-01-01, in tenge (KZT)',
      columns: [
        { key: 'key', title: 'unit', kind: 'text' },
        { key: 'total', title: 'total', kind: 'money' },
      ],
      rows: (function* () {
        for (let i = 0; i < 1000; i++) yield { key: `Unit ${i}`, total: new Dec(i).plus('0.005') };
      })(),
      assumptions: ['a'],
      inputs: {},
    };
    const sheet = (await readBack(await xlsxBytes(many))).worksheets[0];
    expect(sheet.getCell('A1').value).toBe('kzpay fund · salaries of the grid of 2024-01-01, in tenge (KZT)');
    expect(sheet.rowCount).toBe(1002);
    // 999.005 half up to the tiyn: 999.01, the last row's.
    expect(sheet.getCell('B1002').value).toBe(999.01);
    expect(sheet.getCell('A1002').value).toBe('Unit 999');
    expect(sheet.autoFilter).toBe('A2:B1002');
  });
});
