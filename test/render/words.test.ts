import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { dataText, msg, sinceDate, type Report } from '../../src/core/report.js';
import { loadLanguage } from '../../src/i18n/messages.js';
import { formatCell } from '../../src/render/format.js';
import { renderReport } from '../../src/render/render.js';
import { say, showReport, voiceOf } from '../../src/render/words.js';

/** A small report in core's terms: titles, cells and prose as messages, a title in three languages. */
const report: Report = {
  command: 'salary',
  kind: 'salary',
  columns: [
    { key: 'code', title: msg('col.code'), kind: 'text' },
    { key: 'title', title: msg('col.title'), kind: 'text', localized: true },
    { key: 'title_ru', title: 'title_ru', kind: 'text', machineOnly: true },
    { key: 'salary', title: msg('col.salary_dec'), kind: 'money' },
    { key: 'raise_pct', title: msg('col.raise_pct'), kind: 'pct' },
    { key: 'raises', title: msg('col.raises'), kind: 'text' },
    { key: 'status', title: msg('col.status'), kind: 'text', tones: { projection: 'warn' }, translate: true },
  ],
  rows: [
    {
      code: 'E-G-4',
      title: 'Leading specialist',
      title_ru: 'Ведущий специалист',
      title_kk: 'Жетекші маман',
      salary: new Dec('1234567.5'),
      raise_pct: new Dec('8.6'),
      raises: msg('raise.pct', { pct: { value: new Dec('12.5'), kind: 'decimal' }, date: '2024-07-01' }),
      status: 'projection',
    },
    // No Russian title: the English one is shown.
    { code: 'X-1', title: 'Head', title_ru: '', salary: null, raise_pct: null, raises: null, status: 'actual' },
  ],
  summary: { columns: [{ key: 'floor', title: msg('col.floor'), kind: 'money' }], values: { floor: new Dec(85000) } },
  assumptions: [msg('a.floor_option', { floor: { value: new Dec('85000.5'), kind: 'money' } })],
  notes: [msg('n.staffing_rows', { count: 22 })],
  inputs: {},
};

// Russian and Kazakh words are loaded before a report is worded in them, as renderStream does.
beforeAll(async () => {
  await loadLanguage('ru');
  await loadLanguage('kk');
});

describe('formatCell with the decimal comma', () => {
  it.each([
    ['62461', 'money', '62 461'],
    ['3874482.55', 'thousands', '3 874 482,6'],
    ['8.6', 'pct', '8,60'],
    ['-0.2494', 'pp', '-0,25'],
    ['1.30740', 'index', '1,3074'],
    ['12.5', 'decimal', '12,5'],
  ] as const)('shows %s (%s) as %s for people under ru and kk', (value, kind, text) => {
    expect(formatCell(new Dec(value), kind, 'human', ',')).toBe(text);
  });
});

describe('say', () => {
  it.each([
    ['en', 'floor: 85\u00a0001 (--floor)'],
    ['ru', 'порог: 85\u00a0001 (--floor)'],
  ] as const)('groups thousands in prose with a no-break space (%s), so a number never breaks', (locale, text) => {
    expect(
      say(msg('a.floor_option', { floor: { value: new Dec('85001'), kind: 'money' } }), voiceOf(locale, true)),
    ).toBe(text);
  });

  it.each([
    ['en', '32% from 2005-07-01'],
    ['ru', '32% с 01.07.2005'],
    ['kk', '2005 ж. 1 шілдеден бастап 32%'],
  ] as const)('words a date in prose as the language writes it (%s): %s', (locale, text) => {
    const raise = msg('raise.pct', {
      pct: { value: new Dec(32), kind: 'decimal' },
      date: sinceDate({ year: 2005, month: 7, day: 1 }),
    });
    expect(say(raise, voiceOf(locale, true))).toBe(text);
  });

  it.each([
    ['en', 'akim-office-rural'],
    ['ru', 'аппарат акима сельского округа'],
    ['kk', 'ауылдық округ әкімінің аппараты'],
  ] as const)("words the data's own text in the locale where it is known (%s)", (locale, text) => {
    expect(say(dataText('akim-office-rural'), voiceOf(locale, true))).toBe(text);
    expect(say(dataText('a block of my own'), voiceOf(locale, true))).toBe('a block of my own');
  });

  it('words a message in English by default, numbers with the point', () => {
    expect(say(report.assumptions[0])).toBe('floor: 85\u00a0001 (--floor)');
  });

  it.each([
    ['ru', 1, 'прочитана 1 строка штатного расписания'],
    ['ru', 22, 'прочитано 22 строки штатного расписания'],
    ['ru', 5, 'прочитано 5 строк штатного расписания'],
    ['ru', 21, 'прочитана 21 строка штатного расписания'],
    ['kk', 22, 'штат кестесінің 22 жолы оқылды'],
    ['en', 1, '1 staffing row read'],
  ] as const)('takes the %s plural form for %s', (locale, count, text) => {
    expect(say(msg('n.staffing_rows', { count }), voiceOf(locale, true))).toBe(text);
  });

  it('puts a decimal comma in numbers of Russian prose, and keeps dates and codes', () => {
    const raise = msg('raise.cut', { pct: { value: new Dec('2.5'), kind: 'decimal' }, date: '2027-01-01' });
    expect(say(raise, voiceOf('ru', true))).toBe('снижение на 2,5% с 2027-01-01');
    expect(say(raise, voiceOf('ru', false))).toBe('2.5% cut from 2027-01-01');
  });
});

describe('showReport', () => {
  it('words titles, cells and prose in Russian for a table, with titles in Russian where the row has one', () => {
    const shown = showReport(report, 'ru', 'text');
    expect(shown.columns.map((c) => c.title)).toEqual([
      'код',
      'должность',
      'оклад, дек.',
      'повыш., %',
      'повышения',
      'статус',
    ]);
    expect(shown.rows[0]).toEqual({
      code: 'E-G-4',
      title: 'Ведущий специалист',
      salary: '1 234 568',
      raise_pct: '8,60',
      raises: '12,5% с 2024-07-01',
      status: 'прогноз',
    });
    expect(shown.rows[1].title).toBe('Head');
    // The colour follows the word shown.
    expect(shown.columns[5].tones).toEqual({ прогноз: 'warn' });
    expect(shown.summary?.values.floor).toBe('85 000');
    expect(shown.notes).toEqual(['прочитано 22 строки штатного расписания']);
  });

  it('keeps csv and json in English: every column, cells as they are, messages worded in English', () => {
    const shown = showReport(report, 'ru', 'data');
    expect(shown.columns.map((c) => c.key)).toContain('title_ru');
    expect(shown.rows[0].title).toBe('Leading specialist');
    expect(shown.rows[0].status).toBe('projection');
    expect(shown.rows[0].raises).toBe('12.5% from 2024-07-01');
    expect(shown.assumptions).toEqual(['floor: 85\u00a0001 (--floor)']);
  });
});

describe('renderReport with --locale', () => {
  const opts = (locale: 'ru' | 'kk') => ({ color: false, version: '0', locale });

  it('writes a Russian table with the decimal comma and Russian headings', async () => {
    const out = (await renderReport(report, 'table', opts('ru'))) as string;
    expect(out).toContain('│ E-G-4 │ Ведущий специалист │   1 234 568 │      8,60 │ 12,5% с 2024-07-01 │ прогноз │');
    expect(out).toContain('Итоги\n  порог  85 000');
    expect(out).toContain('Допущения\n  - порог: 85\u00a0001 (--floor)');
  });

  it('writes Kazakh Markdown', async () => {
    const out = (await renderReport(report, 'md', opts('kk'))) as string;
    expect(out).toContain('| код | лауазым | айлықақы, желт. | өсім, % | өсімдер | мәртебе |');
    expect(out).toContain('| E-G-4 | Жетекші маман | 1 234 568 | 8,60 | 2024-07-01 бастап 12,5% | болжам |');
    expect(out).toContain('**Жорамалдар**');
  });

  it('writes JSON in English whatever the locale', async () => {
    const doc = JSON.parse((await renderReport(report, 'json', opts('kk'))) as string);
    expect(doc.rows[0]).toMatchObject({
      title: 'Leading specialist',
      raises: '12.5% from 2024-07-01',
      salary: '1234567.50',
    });
    expect(doc.assumptions).toEqual(['floor: 85\u00a0001 (--floor)']);
  });

  it('names the sheets and headers of xlsx in Russian, numbers kept as numbers', async () => {
    const bytes = (await renderReport(report, 'xlsx', opts('ru'))) as Uint8Array;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['оклад', 'итоги', 'допущения', 'примечания']);
    const sheet = book.worksheets[0];
    // Row 1 is the title row (kzpay's command), row 2 the header.
    expect(sheet.getCell('A1').value).toBe('kzpay salary');
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      'код',
      'должность',
      'оклад, дек.',
      'повыш., %',
      'повышения',
      'статус',
    ]);
    expect(sheet.getCell('B3').value).toBe('Ведущий специалист');
    expect(sheet.getCell('C3').value).toBe(1234567.5);
    expect(book.getWorksheet('итоги')!.getRow(2).values).toEqual([undefined, 'показатель', 'значение']);
  });
});
