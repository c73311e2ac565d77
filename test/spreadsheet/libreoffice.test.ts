import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Category } from '../../src/core/data.js';
import { Dec } from '../../src/core/money.js';
import type { Report } from '../../src/core/report.js';
import { parseCsv } from '../../src/io/csv.js';
import { parseGrid } from '../../src/io/datasets.js';
import { FIXTURES_DIR } from '../../src/io/load.js';
import { renderCsv } from '../../src/render/csv.js';
import { renderXlsx } from '../../src/render/xlsx.js';
import { showReport } from '../../src/render/words.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

/**
 * kzpay's CSV and xlsx opened by a real spreadsheet, LibreOffice Calc, headless: what an analyst's Excel or Calc will
 * make of them. .ci/run installs LibreOffice where it is missing; elsewhere these tests are skipped, saying why.
 */
const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 }).status === 0;
if (!hasSoffice) {
  console.warn(
    'test/spreadsheet/libreoffice.test.ts: skipped, `soffice` (LibreOffice) is not on the PATH; ' +
      'install libreoffice-calc-nogui (.ci/run does) to run them',
  );
}

/** LibreOffice's first start in a fresh profile takes seconds; a loaded CI machine can take many more. */
const OFFICE_TIMEOUT = 120_000;

/** LibreOffice's CSV filter; its options: separator, quote, charset (76 = UTF-8), first line, formats, language. */
const CSV_FILTER = 'Text - txt - csv (StarCalc)';
const RUSSIAN = 1049; // a Microsoft language id, as the filter takes it
const US_ENGLISH = 1033;

const dir = hasSoffice ? tempDir('office') : '';

/**
 * Converts `file` with LibreOffice, under a POSIX locale (what the spreadsheet's own formats follow), in a private
 * profile so that parallel runs and the user's own LibreOffice never clash. Returns the converted file's path.
 */
function office(file: string, convertTo: string, opts: { infilter?: string; locale?: string } = {}): string {
  const locale = opts.locale ?? 'C.UTF-8';
  const profile = pathToFileURL(join(dir, 'profile')).href;
  const outDir = join(dir, `out-${locale}`);
  const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nolockcheck'];
  if (opts.infilter) args.push(`--infilter=${opts.infilter}`);
  args.push('--convert-to', convertTo, '--outdir', outDir, file);
  const r = spawnSync('soffice', args, {
    encoding: 'utf8',
    timeout: OFFICE_TIMEOUT,
    env: { ...process.env, LC_ALL: locale, LANG: locale },
  });
  const ext = convertTo.split(':')[0];
  const out = join(outDir, basename(file).replace(/\.[^.]+$/, `.${ext}`));
  // soffice can exit 0 having written nothing: the file is the proof.
  if (!existsSync(out)) throw new Error(`soffice ${args.join(' ')} wrote no ${out}: ${r.error ?? ''} ${r.stderr}`);
  return out;
}

/** A report's workbook, whole: the pieces renderXlsx writes as it goes, joined. */
async function xlsxBytes(r: Report): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  for await (const piece of renderXlsx(showReport(r, 'en', 'sheet'))) pieces.push(piece);
  return new Uint8Array(Buffer.concat(pieces));
}

async function readXlsx(path: string): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book.worksheets[0];
}

/** A report with every kind of cell an analyst opens: Cyrillic text, formula-like text, money, percents, an index. */
const report: Report = {
  command: 'salary',
  columns: [
    { key: 'code', title: 'code', kind: 'text' },
    { key: 'title', title: 'должность', kind: 'text' },
    { key: 'year', title: 'year', kind: 'int' },
    { key: 'salary', title: 'salary', kind: 'money' },
    { key: 'raise_pct', title: 'raise %', kind: 'pct' },
    { key: 'deviation_pp', title: 'dev. pp', kind: 'pp' },
    { key: 'real_index', title: 'real', kind: 'index' },
    { key: 'fund', title: 'fund, thousand', kind: 'thousands' },
  ],
  rows: [
    {
      code: 'E-G-4',
      title: 'Главный специалист; «аппарат» акима',
      year: 2024,
      salary: new Dec('1234567.555'),
      raise_pct: new Dec('-7.19144'),
      deviation_pp: new Dec('0.14835'),
      real_index: new Dec('1.0603271'),
      fund: new Dec('3874482.575'),
    },
    {
      code: '=1+2',
      title: ' Маслихат "Жана" ',
      year: 2025,
      salary: new Dec('62461'),
      raise_pct: new Dec('30'),
      deviation_pp: new Dec('-12'),
      real_index: new Dec('0.5'),
      fund: null,
    },
  ],
  assumptions: ['as-of date 2024-01-01'],
  inputs: {},
};

/** The rows' values as a spreadsheet should hold them, worked by hand: half up to 2, 4, 4, 6 and 2 places. */
const ROW_1 = ['E-G-4', 'Главный специалист; «аппарат» акима', 2024, 1234567.56, -7.1914, 0.1484, 1.060327, 3874482.58];
const ROW_2 = [' Маслихат "Жана" ', 2025, 62461, 30, -12, 0.5, null];
/** The CSV: keys as the header; formula-like text keeps its guard, a text cell for the spreadsheet. */
const FROM_CSV = [
  ['code', 'title', 'year', 'salary', 'raise_pct', 'deviation_pp', 'real_index', 'fund'],
  ROW_1,
  ["'=1+2", ...ROW_2],
];

function sheetValues(sheet: ExcelJS.Worksheet, rows: number, cols: number): (string | number | null)[][] {
  const out: (string | number | null)[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row: (string | number | null)[] = [];
    for (let c = 1; c <= cols; c++) {
      const cell = sheet.getCell(r, c);
      expect(cell.type, cell.address).not.toBe(ExcelJS.ValueType.Formula);
      row.push(cell.value as string | number | null);
    }
    out.push(row);
  }
  return out;
}

describe.skipIf(!hasSoffice)('LibreOffice Calc reading kzpay output', () => {
  it(
    'opens the ru CSV in a Russian locale with numbers as numbers, text as text and Cyrillic intact',
    async () => {
      const csv = join(dir, 'salary-ru.csv');
      writeFileSync(csv, [...renderCsv(report, { locale: 'ru' })].join(''));
      // Token 13 = true evaluates formulas on import, as a careless user might: the ' guard must still hold.
      const filter = `${CSV_FILTER}:59,34,76,1,,${RUSSIAN},false,false,,,,,true`;
      const sheet = await readXlsx(office(csv, 'xlsx', { infilter: filter }));
      expect(sheetValues(sheet, 3, 8)).toEqual(FROM_CSV);
      expect(sheet.getCell('D2').type).toBe(ExcelJS.ValueType.Number);
      expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    },
    OFFICE_TIMEOUT,
  );

  it(
    'opens the xlsx with text as text and numbers as numbers, money shown as 1 234 567,56 in a Russian locale',
    async () => {
      const xlsx = join(dir, 'salary.xlsx');
      writeFileSync(xlsx, await xlsxBytes(report));
      // Saved as a Russian Calc shows it: every text cell quoted (token 7), numbers bare (8), contents as shown (9).
      const shown = office(xlsx, `csv:${CSV_FILTER}:59,34,76,1,,0,true,true,true`, { locale: 'ru_RU.UTF-8' });
      const rows: string[][] = parse(readFileSync(shown, 'utf8'), {
        delimiter: ';',
        bom: true,
        cast: (value, ctx) => (ctx.quoting ? `text:${value}` : value),
      });
      const nb = '\u00a0'; // Calc groups digits by a no-break space under ru
      expect(rows).toEqual([
        ['text:kzpay salary', '', '', '', '', '', '', ''],
        ['code', 'должность', 'year', 'salary', 'raise %', 'dev. pp', 'real', 'fund, thousand'].map((t) => `text:${t}`),
        [
          'text:E-G-4',
          'text:Главный специалист; «аппарат» акима',
          '2024',
          `1${nb}234${nb}567,56`,
          '-7,19',
          '0,15',
          '1,060327',
          `3${nb}874${nb}482,6`,
        ],
        ['text:=1+2', 'text: Маслихат "Жана" ', '2025', `62${nb}461,00`, '30,00', '-12,00', '0,500000', ''],
      ]);
    },
    OFFICE_TIMEOUT,
  );

  it(
    'saves the data grid CSV back to CSV that --grid reads to the same categories',
    async () => {
      const printed = await runCli(['data', 'grid', '--format', 'csv']);
      expect(printed.code).toBe(0);
      const csv = join(dir, 'grid.csv');
      writeFileSync(csv, printed.stdout);
      const filter = `${CSV_FILTER}:44,34,76,1,,${US_ENGLISH}`;
      // Saved with raw values (token 9 false), as a user's "Save as CSV" keeps full precision.
      const saved = office(csv, `csv:${CSV_FILTER}:44,34,76,1,,${US_ENGLISH},false,true,false`, { infilter: filter });
      const text = readFileSync(saved, 'utf8');
      expect(text).not.toBe(printed.stdout); // LibreOffice wrote it anew (200000.00 → 200000)
      const back = parseGrid(parseCsv(text, saved), 'auto').categories;
      const embedded = parseGrid(parseCsv(readFileSync(FIXTURES_DIR + 'grid-2024.csv', 'utf8'), 'grid'), 'auto');
      const facts = (c: Category) => ({
        code: c.code,
        min: c.min.toString(),
        max: c.max?.toString(),
        rank: c.rank,
        tier: c.tier,
        title: c.title,
        block: c.block,
      });
      expect(back.map(facts)).toEqual(embedded.categories.map(facts));
      expect(back).toHaveLength(25);
      // E-G-4's min is the paper's 62 461 tenge, E-5's max the paper's illegible (empty) cell.
      expect(back.find((c) => c.code === 'E-G-4')!.min.eq(62461)).toBe(true);
      expect(back.find((c) => c.code === 'E-5')!.max).toBeUndefined();
    },
    OFFICE_TIMEOUT,
  );

  it(
    'prints `salary all -o s.xlsx` landscape, one page wide, the header on every page, numbers still numbers',
    async () => {
      const xlsx = join(dir, 's.xlsx');
      const r = await runCli(['salary', 'all', '--years', '7', '-o', xlsx]);
      expect(r.code).toBe(0);
      const pdf = office(xlsx, 'pdf');
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
      // A4 landscape: 842 × 595 points, wider than high.
      const [w, h] = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info)!.slice(1).map(Number);
      expect(Math.round(w)).toBe(842);
      expect(Math.round(h)).toBe(595);
      const page = (n: number) =>
        spawnSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' }).stdout;
      const texts = Array.from({ length: pages }, (_, i) => page(i + 1));
      // 25 categories × 8 years = 200 rows: more than a page; the pages of rows are those with a category's code.
      const rowPages = texts.filter((t) => /^[DE](-[A-Z])?-\d\s/m.test(t));
      expect(rowPages.length).toBeGreaterThan(1);
      for (const t of rowPages) {
        // The header on every page, its first and last columns on the same page: one page wide.
        expect(t).toMatch(/code\s.*salary Dec.*real chg %\s+status/);
      }
      expect(texts[0]).toContain('kzpay salary');
      // The page that follows the rows holds the assumptions, each on its line, not cut at the page's edge.
      expect(texts.join('\n')).toContain('the grid');
      // Numbers stay numbers: the sheet saved as CSV by Calc, E-G-4's 2024 salary 62461 unquoted.
      const csv = office(xlsx, `csv:${CSV_FILTER}:44,34,76,1,,${US_ENGLISH},true,true,false`);
      const lines = readFileSync(csv, 'utf8').split('\n');
      expect(lines[1]).toMatch(/^"code",/);
      expect(lines.find((l) => l.startsWith('"E-G-4",') && l.includes(',2024,'))).toMatch(/,62461,/);
    },
    OFFICE_TIMEOUT,
  );
});
