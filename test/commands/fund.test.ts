import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { ROOT, runCli, runJson, spawnCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

type Row = Record<string, string | number>;
const rowsOf = async (args: string[]) => (await runJson(['fund', ...args])).rows as Row[];
const VALID = 'fixtures/valid/';
const INVALID = 'fixtures/invalid/';
const tmp = () => tempDir('fund');

describe('kzpay fund: the paper', () => {
  it('gives Table 4: 1 344 people at 180 174.97 a month cost 3 874 482.55 thousand tenge (3 874 482,5)', async () => {
    const rows = await rowsOf([VALID + 'staffing-atyrau-2023.csv', '--grid-date', '2023-01-01', '--thousands']);
    // 1 344 × 180 174.97 × (12 + 2 + 2) = 3 874 482 554.88 tenge; no raise falls inside 2023 after the grid date.
    expect(rows[0]).toMatchObject({
      year: 2023,
      key: 'Atyrau region',
      headcount: 1344,
      salary_fund: '3874482.55',
      status: 'actual',
    });
    // Savings: 1 344 × 180 174.97 × 3.16 = 765 210 304.5888 tenge (the paper: 764 910.3 thousand at about 3.1588).
    expect(rows[0].savings_bonus).toBe('765210.30');
    expect(rows[1]).toMatchObject({ key: 'total', headcount: 1344, salary_fund: '3874482.55' });
  });

  it('gives the same fund in tenge to the tiyn without --thousands', async () => {
    const rows = await rowsOf([VALID + 'staffing-atyrau-2023.csv', '--grid-date', '2023-01-01']);
    expect(rows[0].salary_fund).toBe('3874482554.88');
    // 3 874 482 554.88 + 765 210 304.5888 = 4 639 692 859.4688
    expect(rows[0].total).toBe('4639692859.47');
  });

  it('prints thousands with one decimal in the table, as the paper does', async () => {
    const r = await runCli(['fund', VALID + 'staffing-atyrau-2023.csv', '--grid-date', '2023-01-01', '--thousands']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 874 482.6'); // 3 874 482.55488 rounded half up
    expect(r.stdout).toContain("salary fund, '000");
  });

  it.each([
    ['D-4', 'group D', '1865968.00', '606439.60'], // 116 623 × 16; 116 623 × 5.2
    ['E-R-4', 'group E', '1523360.00', '266588.00'], // 95 210 × 16; 95 210 × 2.8
  ])(
    'takes the savings of a %s row (%s) from the paper: salary fund %s, savings %s',
    async (code, _group, fund, savings) => {
      const rows = await rowsOf([VALID + 'staffing-groups.csv', '--by', 'code']);
      expect(rows.find((r) => r.key === code)).toMatchObject({ salary_fund: fund, savings_bonus: savings });
    },
  );

  it("prefers the row's savings_salaries, then --savings, to the group's", async () => {
    const rows = await rowsOf([VALID + 'staffing-groups.csv', '--by', 'code', '--savings', '1.5']);
    // 116 623 × 1.5 = 174 934.50; 95 210 × 1.5 = 142 815
    expect(rows.map((r) => r.savings_bonus)).toEqual(['174934.50', '142815.00', '317749.50']);
  });
});

describe('kzpay fund: raises by scope over the years', () => {
  const tierOf: Record<string, string> = {
    'E-R-1': 'higher',
    'E-R-2': 'higher',
    'E-G-1': 'higher',
    'E-R-3': 'middle',
    'E-G-2': 'middle',
    'E-R-4': 'lower',
    'E-R-5': 'lower',
    'E-G-3': 'lower',
    'E-G-4': 'lower',
  };

  it.each(Object.entries(tierOf))(
    'costs %s (tier %s) 16 percent more in 2026 than in 2025 only below the higher tier',
    async (code, tier) => {
      const rows = await rowsOf(['--years', '2', '--by', 'code']);
      const of = (year: number) => rows.find((r) => r.year === year && r.key === code)!;
      expect(of(2024).salary_fund).toBe(of(2025).salary_fund); // no raise in 2025
      const ratio = new Dec(of(2026).total as string).div(new Dec(of(2025).total as string));
      // The 2026-01-01 raise (+16%) has scope tier=middle;tier=lower: the higher tier keeps its 2025 level.
      expect(ratio.toDecimalPlaces(6).toString()).toBe(tier === 'higher' ? '1' : '1.16');
    },
  );

  it('gives the hand-worked fund of the example E-R-4 posts, and of E-R-1', async () => {
    const rows = await rowsOf(['--years', '2', '--by', 'code']);
    const of = (year: number, code: string) => rows.find((r) => r.year === year && r.key === code)!;
    // E-R-4 (min 95 210, max 128 834, 33 624 apart): 3 at 4 years (share 0.3) 105 297.2, 1 at 0.5 years 95 210,
    // 2 at 3 years 105 297.2, 3 at 2 years (share 0.2) 101 934.8: 927 500.4 a month, × 16 = 14 840 006.40.
    expect(of(2025, 'E-R-4')).toMatchObject({ headcount: 9, salary_fund: '14840006.40' });
    // 2026: × 1.16 = 17 214 407.424
    expect(of(2026, 'E-R-4').salary_fund).toBe('17214407.42');
    // E-R-1 (142 461 to 192 366): 12 and 11 years (0.7) 177 394.5 each, 15 years (0.8) 182 385, 21 years (1) 192 366,
    // 6 years (0.4) 162 423: 891 963 a month, × 16 = 14 271 408 in every year.
    expect([2024, 2025, 2026].map((y) => of(y, 'E-R-1').salary_fund)).toEqual(Array(3).fill('14271408.00'));
  });

  it('marks 2026 a projection and deflates to the prices of January 2024', async () => {
    const rows = await rowsOf(['--years', '2', '--by', 'none']);
    expect(rows.map((r) => [r.year, r.key, r.status])).toEqual([
      [2024, 'total', 'actual'],
      [2025, 'total', 'actual'],
      [2026, 'total', 'projection'],
    ]);
    // Same nominal total in 2024 and 2025, so real 2025 < real 2024;
    // both below nominal as prices rise from January 2024.
    expect(new Dec(rows[1].total_real as string).lt(new Dec(rows[0].total_real as string))).toBe(true);
    expect(new Dec(rows[0].total_real as string).lt(new Dec(rows[0].total as string))).toBe(true);
  });
});

describe('kzpay fund: a raise in the middle of the year, and real totals by hand', () => {
  it('averages the months: +30% from 1 July 2021 makes the year 62 461 × (6 + 6 × 1.3) / 12 a month', async () => {
    const file = join(tmp(), 'one.csv');
    writeFileSync(file, 'code,headcount\nE-G-4,1\n');
    const [row] = await rowsOf([file, '--grid-date', '2021-01-01', '--by', 'none']);
    // 62 461 × 13.8 / 12 = 71 830.15 a month on average; × (12 + 2 + 2) = 1 149 282.40; savings × 2.8 = 201 124.42
    expect(row.salary_fund).toBe('1149282.40');
    expect(row.savings_bonus).toBe('201124.42');
  });

  it('deflates each month to the price month: with 1% a month from January to June, --prices 2024-06', async () => {
    const file = join(tmp(), 'one.csv');
    writeFileSync(file, 'code,headcount,savings_salaries\nE-G-4,1,0\n');
    const [row] = await rowsOf([
      file,
      '--by',
      'none',
      '--cpi',
      'fixtures/valid/cpi-hand-check.csv',
      '--prices',
      '2024-06',
    ]);
    // 16 salaries of the average real month: (1/12) Σ 62 461 × P(June) / P(m), months before June × 1.01^(6 − m),
    // after it ÷ fill^(m − 6), fill = (1.12 / 1.01^6)^(1/6).
    const fill = new Dec('1.12').div(new Dec('1.01').pow(6)).pow(new Dec(1).div(6));
    let months = new Dec(0);
    for (let m = 1; m <= 6; m++) months = months.plus(new Dec('1.01').pow(6 - m));
    for (let m = 7; m <= 12; m++) months = months.plus(new Dec(1).div(fill.pow(m - 6)));
    expect(row.total_real).toBe(new Dec(62461).times(months).div(12).times(16).toFixed(2));
    expect(row.total).toBe('999376.00'); // 62 461 × 16, no raise in 2024
  });
});

describe('kzpay fund: options', () => {
  it('counts --medical and --bonus salaries: 12 + 0 + 1 = 13 salaries of 116 623 is 1 516 099', async () => {
    const rows = await rowsOf([VALID + 'staffing-groups.csv', '--by', 'code', '--medical', '0', '--bonus', '1']);
    expect(rows[0].salary_fund).toBe('1516099.00');
  });

  it('shows only the total row per year with --by none, and one row per group with --by group', async () => {
    expect((await rowsOf(['--by', 'none'])).map((r) => r.key)).toEqual(['total']);
    expect((await rowsOf([VALID + 'staffing-groups.csv', '--by', 'group'])).map((r) => r.key)).toEqual([
      'D',
      'E',
      'total',
    ]);
  });

  it('groups by unit by default when the file has a unit column, in the order units first appear', async () => {
    const rows = await rowsOf([]);
    expect(rows.map((r) => r.key)).toEqual([
      'Department of finance',
      'Department of agriculture and land relations',
      'Department of education',
      "Akim's office of rural district No. 1",
      "Akim's office of rural district No. 2",
      'total',
    ]);
    // 10 + 6 + 6 + 8 + 4 posts
    expect(rows[5].headcount).toBe(34);
  });

  it.each([
    [['--by', 'post'], /--by must be one of unit, code, group, none/],
    [['--medical', '-1'], /--medical must not be negative/],
    [['--savings', 'lots'], /--savings: "lots" is not a number/],
    [['--years', '-1'], /--years must be a whole number/],
  ])('rejects %j with exit 2', async (args, message) => {
    const r = await runCli(['fund', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('asks for a unit column when told to group by unit', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'codes.csv'), 'code,headcount\nE-R-1,1\n');
    const r = await runCli(['fund', join(dir, 'codes.csv'), '--by', 'unit']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /codes\.csv:1: staffing file has no column "unit" to group by \(expected a unit column, or --by code/,
    );
    expect((await rowsOf([join(dir, 'codes.csv')])).map((x) => x.key)).toEqual(['E-R-1', 'total']);
  });

  it('keeps the sums exact beyond 2^53 tiyn: 3 000 000 000 000 people at 180 174.97', async () => {
    const dir = tmp();
    writeFileSync(
      join(dir, 'big.csv'),
      'code,headcount,salary,savings_salaries\nX,3000000000000,180174.97,0\nX,3000000000000,180174.97,0\n',
    );
    const rows = await rowsOf([join(dir, 'big.csv')]);
    // 2 × 3e12 × 180 174.97 × 16 = 17 296 797 120 000 000 000
    expect(rows[0]).toMatchObject({ headcount: 6000000000000, salary_fund: '17296797120000000000.00' });
  });
});

describe('kzpay fund: reading the staffing file', () => {
  it('reads standard input as it reads the file (cat staffing.csv | kzpay fund - --format csv)', () => {
    const file = 'systems/kz/staffing.csv';
    const fromFile = spawnCli(['fund', file, '--format', 'csv', '--years', '2']);
    const fromStdin = spawnCli(['fund', '-', '--format', 'csv', '--years', '2'], {
      input: readFileSync(ROOT + file, 'utf8'),
    });
    expect(fromFile.code).toBe(0);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(fromFile.stdout.split('\n')[0]).toBe(
      'year,row,key,headcount,salary_fund,savings_bonus,total,total_real,status',
    );
  });

  it('reads a named pipe as it reads the file, its writer kept (the pipe is opened once)', () => {
    const file = 'systems/kz/staffing.csv';
    const fifo = join(tmp(), 'staffing.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // The writer waits until kzpay opens the pipe, writes at once and holds it open a while: a pipe opened twice lost
    // what was written before it was closed, or killed the writer (SIGPIPE) between, and kzpay hung or read nothing.
    const script = 'data=$(cat "$1"); exec 3>"$2"; printf "%s\\n" "$data" >&3; sleep 1';
    const writer = spawn('sh', ['-c', script, 'sh', ROOT + file, fifo], { stdio: 'ignore' });
    const ended = new Promise<number | null>((resolve) => writer.on('exit', (code) => resolve(code)));
    const fromPipe = spawnCli(['fund', fifo, '--format', 'csv', '--years', '2'], { timeout: 20_000 });
    const fromFile = spawnCli(['fund', file, '--format', 'csv', '--years', '2']);
    expect(fromPipe.code).toBe(0);
    expect(fromPipe.stdout).toBe(fromFile.stdout);
    return expect(ended).resolves.toBe(0);
  });

  it('reads a BOM, CRLF, ";", decimal commas, comments and a quoted line break as the plain file', async () => {
    const plain = await rowsOf([VALID + 'staffing-plain.csv', '--by', 'code']);
    const spreadsheet = await rowsOf([VALID + 'staffing-semicolon.csv', '--by', 'code']);
    expect(spreadsheet).toEqual(plain);
    const units = (await rowsOf([VALID + 'staffing-semicolon.csv'])).map((r) => r.key);
    // A CRLF in a quoted cell is kept as written: the unit is not the one of an LF file.
    expect(units).toEqual(['Department of finance', 'Department\r\nof "finance"', 'total']);
  });

  it('reads "180174.97" under --decimal point and rejects it as badly grouped under --decimal comma', async () => {
    expect((await runCli(['fund', VALID + 'staffing-atyrau-2023.csv', '--decimal', 'point'])).code).toBe(0);
    const r = await runCli(['fund', VALID + 'staffing-atyrau-2023.csv', '--decimal', 'comma']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /staffing-atyrau-2023\.csv:7: column salary \(4th\): "180174\.97" is not grouped by three digits/,
    );
  });

  it.each([[['--decimal', 'comma']], [['--delimiter', ';']]])(
    "reads the embedded data as written whatever %j says of the user's files",
    async (args) => {
      const r = await runCli(['fund', ...args, '--format', 'csv']);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe((await runCli(['fund', '--format', 'csv'])).stdout);
    },
  );

  it('refuses a length of service of more digits than kzpay keeps exact, as salary does', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'long.csv'), 'code,experience\nE-G-4,2\nE-G-4,12.12345678901234567890123456789012\n');
    const r = await runCli(['fund', join(dir, 'long.csv')]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/long\.csv:3: column experience \(2nd\): .*34 significant digits/);
  });

  it('reads a file cut by a --delimiter other than ASCII as the same file cut by commas', async () => {
    // § is C2 A7 in UTF-8, and Ч is D0 A7: the delimiter is a character, not a byte to cut at.
    const dir = tmp();
    const rows = ['code,headcount,unit', 'E-G-4,2,Отдел Ч', 'D-1,1,B'];
    writeFileSync(join(dir, 'comma.csv'), `${rows.join('\n')}\n`);
    const comma = await rowsOf([join(dir, 'comma.csv')]);
    expect(comma[0]).toMatchObject({ key: 'Отдел Ч', headcount: 2, salary_fund: '1998752.00' }); // 62 461 × 16 × 2
    for (const delimiter of ['§', '；']) {
      writeFileSync(join(dir, 'wide.csv'), `${rows.map((r) => r.replaceAll(',', delimiter)).join('\n')}\n`);
      expect(await rowsOf([join(dir, 'wide.csv'), '--delimiter', delimiter])).toEqual(comma);
    }
  });

  it('reads a file cut by --delimiter ";"', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'semi.csv'), 'code;headcount;salary;savings_salaries\nX;1;100000,5;0\n');
    const rows = await rowsOf([join(dir, 'semi.csv'), '--delimiter', ';', '--decimal', 'comma']);
    expect(rows[0].salary_fund).toBe('1600008.00'); // 100 000.5 × 16
  });

  it('prints the embedded example with `data staffing`, marked an illustration, and reads its csv back', async () => {
    const printed = await runCli(['data', 'staffing', '--format', 'csv']);
    expect(printed.code).toBe(0);
    expect(printed.stdout).not.toMatch(/^#/m); // the CSV is data only: the warning is in the assumptions
    const doc = JSON.parse((await runCli(['data', 'staffing', '--format', 'json'])).stdout);
    expect(doc.assumptions.join('\n')).toMatch(/AN ILLUSTRATION, NOT OFFICIAL DATA/);
    const dir = tmp();
    writeFileSync(join(dir, 'staffing.csv'), printed.stdout);
    const back = await runCli(['fund', join(dir, 'staffing.csv'), '--format', 'csv', '--years', '1']);
    const embedded = await runCli(['fund', '--format', 'csv', '--years', '1']);
    expect(back.stdout).toBe(embedded.stdout);
  });

  it('writes nothing when a bad row comes after 50 000 good ones, and leaves the -o file as it was', () => {
    const good = 'E-R-4,Unit,1,3,,\n'.repeat(50_000);
    const input = `code,unit,headcount,experience,salary,savings_salaries\n${good}E-R-4,Unit,-1,3,,\n`;
    const r = spawnCli(['fund', '-', '--format', 'csv'], { input });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^kzpay: error: <stdin>:50002: column headcount \(3rd\): -1 is negative/);
    const dir = tmp();
    const out = join(dir, 'fund.csv');
    writeFileSync(out, 'old\n');
    const o = spawnCli(['fund', '-', '-o', out], { input });
    expect(o.code).toBe(3);
    expect(readFileSync(out, 'utf8')).toBe('old\n');
  });

  it('writes -o atomically, in the format of its extension', () => {
    const dir = tmp();
    const out = join(dir, 'fund.json');
    const r = spawnCli(['fund', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).command).toBe('fund');
  });
});

describe('kzpay fund: bad staffing files (exit 3, nothing on stdout)', () => {
  it.each([
    ['staffing-no-header.csv', /:1:1: the file has no header row/],
    ['staffing-no-code-column.csv', /:1: staffing file has no column "code" \(expected a header with code/],
    ['staffing-duplicate-column.csv', /:1: column headcount \(3rd\): appears twice in the header/],
    ['staffing-no-rows.csv', /:2: the staffing file has no rows/],
    ['staffing-ragged-row.csv', /:3:17: row has 4 cells but the header has 3/],
    ['staffing-unterminated-quote.csv', /:2:7: unterminated quoted cell/],
    // Opened at `E-G-3,"` (column 7) and never closed: the `""` of a later row are quotes inside the open cell.
    ['staffing-unclosed-quote.csv', /:3:7: unterminated quoted cell \(expected a closing "\)\n$/],
    ['staffing-text-after-quote.csv', /:2:16: unexpected "x" after a quoted cell/],
    ['staffing-empty-code.csv', /:3: column code \(1st\): empty cell/],
    [
      'staffing-unknown-code.csv',
      /:3: column code \(1st\): "X-99" is not in the grid and the row has no salary \(expected a code of the grid/,
    ],
    ['staffing-group-differs-from-grid.csv', /:2: column group \(3rd\): code E-R-1 is in group E in the grid, not "D"/],
    ['staffing-headcount-fraction.csv', /:3: column headcount \(3rd\): 2\.5 is not a whole number/],
    ['staffing-headcount-negative.csv', /:3: column headcount \(3rd\): -1 is negative/],
    ['staffing-headcount-not-a-number.csv', /:2: column headcount \(3rd\): "two" is not a number/],
    ['staffing-experience-negative.csv', /:3: column experience \(3rd\): -2 years is negative/],
    ['staffing-experience-not-a-number.csv', /:2: column experience \(3rd\): "3 years" is not a number/],
    [
      'staffing-no-max.csv',
      /:3: column experience \(3rd\): E-5 has no max salary in the grid, so 3 years of service cannot place it/,
    ],
    ['staffing-salary-zero.csv', /:2: column salary \(3rd\): 0 is not above zero/],
    ['staffing-salary-sub-tiyn.csv', /:2: column salary \(3rd\): 180174\.975 has more than two decimals/],
    ['staffing-salary-ambiguous.csv', /:2: column salary \(3rd\): "62,461" is ambiguous/],
    ['staffing-savings-negative.csv', /:2: column savings_salaries \(3rd\): -1 is negative/],
    [
      'staffing-outside-grid-no-savings.csv',
      /:3: column code \(1st\): savings salaries of "DRIVER" are unknown: it is not in the grid and the row has no/,
    ],
    [
      'staffing-unknown-group.csv',
      /:3: column group \(3rd\): group "F" of DRIVER has no savings rule under --savings auto/,
    ],
    ['staffing-windows-1251.csv', /:3:7: the file is not UTF-8 text/],
  ])('%s', (file, message) => {
    const r = spawnCli(['fund', INVALID + file]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      new RegExp(`^kzpay: error: fixtures/invalid/${file.replace(/\./g, '\\.')}${message.source}`),
    );
  });

  it('reports a quote left open before 50 000 rows at the line and column where it opens', async () => {
    // Each row after the quote is read once: were the open record tokenized again at every line, this would take
    // minutes.
    const file = join(tmp(), 'bigq.csv');
    writeFileSync(file, 'code,unit,headcount\nE-G-4,"Unclosed unit,1\n' + 'E-G-4,Unit,1\n'.repeat(50_000));
    const r = await runCli(['fund', file]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    // `E-G-4,` is 6 characters: the quote is in column 7 of line 2.
    expect(r.stderr).toBe(`kzpay: error: ${file}:2:7: unterminated quoted cell (expected a closing ")\n`);
  });

  it('takes an outside code with a salary once --savings says how many savings salaries', async () => {
    const rows = await rowsOf([INVALID + 'staffing-outside-grid-no-savings.csv', '--savings', '2', '--by', 'code']);
    // DRIVER: 95 000 × 16 = 1 520 000; savings 95 000 × 2 = 190 000
    expect(rows.find((r) => r.key === 'DRIVER')).toMatchObject({
      salary_fund: '1520000.00',
      savings_bonus: '190000.00',
    });
  });
});
