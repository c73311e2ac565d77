import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, spawnCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const DIR = 'fixtures/invalid';
const SALARY = 'salary E-G-4 --years 1';
const CONTRIB = 'data contributions';

/**
 * One row per file of fixtures/invalid: the flag that reads it, a command that reads that data set, where the error
 * is (its line; line:character for what is not a cell of a named column, counted by hand in the file) and a fragment
 * of the message, which names a cell's column by its name and place in the header (`column min (2nd)`).
 * Line 1 of every file is its `#` note, line 2 its header.
 */
const CASES: [file: string, flag: string, command: string, at: string, message: string][] = [
  // grid
  [
    'grid-missing-column.csv',
    '--grid',
    'data grid',
    '2',
    'grid file has no column "min" (expected a header with code, min',
  ],
  // `code,min,min`
  [
    'grid-duplicate-column.csv',
    '--grid',
    'data grid',
    '2',
    'column min (3rd): appears twice in the header (expected each column once)',
  ],
  // " acting" after `...,Deputy,`
  ['grid-ragged-row.csv', '--grid', 'data grid', '4:26', 'row has 5 cells but the header has 4'],
  ['grid-short-row.csv', '--grid', SALARY, '3:11', 'row has 2 cells but the header has 3'], // one past `E-1,100000`
  [
    'grid-empty-min.csv',
    '--grid',
    'data grid',
    '4',
    'column min (2nd): empty cell (expected the minimum monthly salary in tenge)',
  ],
  ['grid-bad-number.csv', '--grid', SALARY, '3', 'column min (2nd): "100000₸" is not a number'],
  // `acting",1OOOOO`
  [
    'grid-bad-number-after-quoted-newline.csv',
    '--grid',
    'data grid',
    '4',
    'column min (3rd): "1OOOOO" is not a number',
  ],
  // `""<tab>"",x`: csv-parse took it for one cell and kzpay's scan for two, an internal error (exit 4) before.
  ['grid-quote-after-quoted-cell.csv', '--grid', 'data grid', '3:15', 'unexpected quote (") after a quoted cell'],
  [
    'grid-ambiguous-number.csv',
    '--grid',
    'data grid',
    '3',
    'column min (2nd): "62,461" is ambiguous: the comma may group thousands or separate decimals ' +
      '(expected --decimal comma or --decimal point',
  ],
  [
    'grid-ungrouped-number.csv',
    '--grid',
    'data grid',
    '3',
    'column min (2nd): "6 2461" is not grouped by three digits',
  ],
  [
    'grid-duplicate-code.csv',
    '--grid',
    'data grid',
    '5',
    'column code (1st): code "E-1" appears twice (first on line 3)',
  ],
  [
    'grid-duplicate-code-case.csv',
    '--grid',
    'data grid',
    '4',
    'column code (1st): code "e-1" appears twice (first on line 3 as "E-1")',
  ],
  [
    'grid-invisible-duplicate-code.csv',
    '--grid',
    'data grid',
    '4',
    'column code (1st): code "E<U+200B>-1" appears twice ' +
      '(first on line 3 as "E-1": they differ only by an invisible U+200B)',
  ],
  // `E-1,100` then the NUL: column 8.
  ['grid-nul-byte.csv', '--grid', 'data grid', '3:8', 'the file holds a NUL byte (character 0), which text never has'],
  [
    'grid-min-above-max.csv',
    '--grid',
    SALARY,
    '3',
    "column max (3rd): E-1's max 100000 is below its min 120000 (expected max ≥ min)",
  ],
  ['grid-min-zero.csv', '--grid', 'data grid', '3', "column min (2nd): E-1's min 0 is not above zero"],
  // `E-1,100000.005`: printed with 2 decimals it would come back as 100000.01.
  [
    'grid-min-three-decimals.csv',
    '--grid',
    SALARY,
    '3',
    'column min (2nd): "100000.005" has more than 2 decimals (expected money with at most 2 decimals)',
  ],
  [
    'grid-unknown-tier.csv',
    '--grid',
    'data grid',
    '3',
    'column tier (2nd): unknown tier "expert" (expected one of higher, middle, lower)',
  ],
  [
    'grid-duplicate-rank.csv',
    '--grid',
    'data grid',
    '4',
    'column rank (3rd): rank 1 of block "akim" is taken by line 3',
  ],
  [
    'grid-bad-rank.csv',
    '--grid',
    'data grid',
    '3',
    'column rank (3rd): "0" is not a rank (expected a whole number from 1',
  ],
  [
    'grid-blank-rank-among-given.csv',
    '--grid',
    'data grid',
    '5',
    'column rank (3rd): empty, but block "x" gives ranks (line 3)',
  ],
  ['grid-no-rows.csv', '--grid', 'data grid', '2', 'the grid has no categories'],
  ['grid-no-header.csv', '--grid', 'data grid', '1:1', 'the file has no header row'],
  // `E-1,100000,120000,"`
  ['grid-unterminated-quote.csv', '--grid', 'data grid', '3:19', 'unterminated quoted cell (expected a closing ")'],
  ['grid-text-after-quote.csv', '--grid', 'data grid', '3:26', 'unexpected "o" after a quoted cell'], // `..."Head" of`
  ['grid-windows-1251.csv', '--grid', 'data grid', '3:19', 'the file is not UTF-8 text'], // the Cyrillic title
  ['grid-utf16.csv', '--grid', 'data grid', '1:1', 'the file is not UTF-8 text'], // the UTF-16 byte order mark
  [
    'grid-too-many-digits.csv',
    '--grid',
    'data grid',
    '3',
    'column min (2nd): "62461.000000000000000000000001" has 29 significant digits, more than the 28 kzpay keeps exact',
  ],
  // raises
  [
    'raises-missing-column.csv',
    '--raises',
    'data raises',
    '2',
    'raises file has no column "effective" (expected a header with effective, percent',
  ],
  [
    'raises-bad-date.csv',
    '--raises',
    SALARY,
    '3',
    'column effective (1st): "2023-02-30" is not a real calendar date (expected a date YYYY-MM-DD or DD.MM.YYYY)',
  ],
  ['raises-bad-date-format.csv', '--raises', 'data raises', '3', 'column effective (1st): "01/07/2023" is not a date'],
  ['raises-bad-percent.csv', '--raises', 'data raises', '3', 'column percent (2nd): "16 pct" is not a number'],
  [
    'raises-range-reversed.csv',
    '--raises',
    'data raises',
    '3',
    'column percent (2nd): range "30-25" has its low end above its high end',
  ],
  ['raises-percent-minus-100.csv', '--raises', SALARY, '3', 'column percent (2nd): "-100" is not above -100%'],
  [
    'raises-ambiguous-percent.csv',
    '--raises',
    'data raises',
    '3',
    'column percent (2nd): "12,500" is ambiguous: the comma may group thousands or separate decimals ' +
      '(expected --decimal comma',
  ],
  [
    'raises-scope-selects-nothing.csv',
    '--raises',
    SALARY,
    '3',
    'column scope (3rd): tier=lowr selects no category of fixtures/grid-2024.csv ' +
      '(expected a scope that matches a category',
  ],
  ['raises-bad-scope.csv', '--raises', 'data raises', '3', 'column scope (3rd): "tier lower" is not a selector'],
  [
    'raises-unknown-scope-column.csv',
    '--raises',
    'data raises',
    '3',
    'column scope (3rd): "level" is not a grid column',
  ],
  [
    'raises-star-inside-scope.csv',
    '--raises',
    'data raises',
    '3',
    'column scope (3rd): "code=E-*-4" has a * that is not at the end',
  ],
  [
    'raises-duplicate-date-scope.csv',
    '--raises',
    'data raises',
    '4',
    'column effective (1st): a raise on 2024-01-01 for scope all is already on line 3',
  ],
  [
    'raises-duplicate-scope-reordered.csv',
    '--raises',
    'data raises',
    '4',
    'column effective (1st): a raise on 2026-01-01 for scope tier=lower;corps=B is already on line 3',
  ],
  // cpi
  ['cpi-missing-column.csv', '--cpi', 'data cpi', '2', 'CPI file has no column "inflation_pct"'],
  [
    'cpi-bad-period.csv',
    '--cpi',
    'data cpi',
    '3',
    'column period (1st): "2024-13" is not a period (expected YYYY for December on December, or YYYY-MM',
  ],
  ['cpi-duplicate-period.csv', '--cpi', SALARY, '4', 'column period (1st): period 2024 is already on line 3'],
  [
    'cpi-bad-status.csv',
    '--cpi',
    'data cpi',
    '3',
    'column status (3rd): unknown status "forecast" (expected one of actual, projection)',
  ],
  [
    'cpi-range.csv',
    '--cpi',
    'data cpi',
    '3',
    'column inflation_pct (2nd): "5-7" is a range where one percent is needed',
  ],
  ['cpi-no-rows.csv', '--cpi', SALARY, '2', 'the CPI file has no periods'],
  [
    'cpi-too-many-digits.csv',
    '--cpi',
    'data cpi',
    '3',
    'column inflation_pct (2nd): "8.60000000000000000000000000001" has 30',
  ],
  // seniority
  ['seniority-missing-column.csv', '--seniority', 'data seniority', '2', 'seniority file has no column "share"'],
  [
    'seniority-not-from-zero.csv',
    '--seniority',
    'data seniority',
    '3',
    'column from_years (1st): the first band starts at 1 (expected the first band to start at 0)',
  ],
  [
    'seniority-gap.csv',
    '--seniority',
    SALARY,
    '4',
    'column from_years (1st): band starts at 2 but the band before ends at 1',
  ],
  [
    'seniority-open-band-not-last.csv',
    '--seniority',
    'data seniority',
    '4',
    'column to_years (2nd): only the last band may be open-ended',
  ],
  [
    'seniority-last-band-closed.csv',
    '--seniority',
    'data seniority',
    '4',
    'column to_years (2nd): the last band ends at 20',
  ],
  [
    'seniority-empty-band.csv',
    '--seniority',
    'data seniority',
    '4',
    'column to_years (2nd): band ends at 1, not after its start 1',
  ],
  [
    'seniority-share-above-one.csv',
    '--seniority',
    'data seniority',
    '4',
    'column share (3rd): share 1.5 is outside 0..1',
  ],
  [
    'seniority-decreasing-share.csv',
    '--seniority',
    'data seniority',
    '5',
    'column share (3rd): share 0.1 is below the band before (0.2)',
  ],
  [
    'seniority-unordered-bands.csv',
    '--seniority',
    'data seniority',
    '5',
    'column from_years (1st): band starts at 3, not after the band before (5)',
  ],
  // params
  ['params-missing-column.csv', '--params', 'data params', '2', 'params file has no column "effective"'],
  [
    'params-bad-date.csv',
    '--params',
    'data params',
    '3',
    'column effective (2nd): "2024-13-01" is not a real calendar date',
  ],
  [
    'params-duplicate.csv',
    '--params',
    'data params',
    '4',
    'column effective (2nd): min_wage on 2024-01-01 is already on line 3',
  ],
  ['params-bad-value.csv', '--params', 'data params', '3', 'column value (3rd): "85k" is not a number'],
  ['params-empty-name.csv', '--params', 'data params', '3', 'column name (1st): empty cell'],
  ['params-min-wage-zero.csv', '--params', 'gaps', '3', 'column value (3rd): min_wage 0 is not above zero'],
  ['params-bdo-negative.csv', '--params', 'data params', '3', 'column value (3rd): bdo -3932 is not above zero'],
  // contributions (spec 3.7)
  ['contributions-unknown-name.csv', '--contributions', CONTRIB, '3', 'column name (1st): unknown name "opv_rat"'],
  [
    'contributions-rate-above-one.csv',
    '--contributions',
    CONTRIB,
    '4',
    'column value (3rd): vosms_rate 2 is outside 0-1',
  ],
  [
    'contributions-rate-negative.csv',
    '--contributions',
    CONTRIB,
    '3',
    'column value (3rd): so_rate -0.035 is outside 0-1',
  ],
  ['contributions-cap-zero.csv', '--contributions', CONTRIB, '3', 'column value (3rd): opv_cap_mw 0 is not above zero'],
  [
    'contributions-deduction-negative.csv',
    '--contributions',
    CONTRIB,
    '3',
    'column value (3rd): ipn_deduction_mrp -14 is negative',
  ],
  [
    'contributions-born-not-a-year.csv',
    '--contributions',
    CONTRIB,
    '3',
    'column value (3rd): opvr_born_from 1975.5 is not a',
  ],
  [
    'contributions-switch-not-0-or-1.csv',
    '--contributions',
    CONTRIB,
    '3',
    'column value (3rd): social_tax_less_so 2 is neither 0',
  ],
  [
    'contributions-duplicate.csv',
    '--contributions',
    CONTRIB,
    '4',
    'column effective (2nd): opv_rate on 2024-01-01 is already on line 3',
  ],
  ['contributions-missing-column.csv', '--contributions', CONTRIB, '2', 'contributions file has no column "value"'],
  [
    'contributions-missing-name.csv',
    '--contributions',
    CONTRIB,
    '2',
    'the contributions file has no opv_rate, opv_cap',
  ],
];

/** The staffing files of fixtures/invalid that this file tests (the others are tested with fund). */
const STAFFING_CASES: [file: string, at: string, message: string][] = [
  [
    'staffing-invisible-code.csv',
    '3',
    'column code (1st): "E-G-4<U+200B>" differs from the grid\'s E-G-4 only by an invisible U+200B',
  ],
  [
    'staffing-salary-too-many-digits.csv',
    '4',
    'column salary (3rd): "12345678901234567890123456789" has 29 significant digits, ' +
      'more than the 28 kzpay keeps exact',
  ],
];

const argsOf = (file: string, flag: string, command: string) => [...command.split(' '), flag, `${DIR}/${file}`];

describe('each file of fixtures/invalid', () => {
  it.each(CASES)('%s (%s, %s) fails at %s: %s', async (file, flag, command, at, message) => {
    const r = await runCli(argsOf(file, flag, command));
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(`kzpay: error: ${DIR}/${file}:${at}: `)).toBe(true);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('(expected ');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('has a row for every file, so that no bad file goes untested (staffing files are tested with fund)', () => {
    const files = readdirSync(ROOT + DIR)
      .filter((f) => !f.startsWith('staffing-'))
      .sort();
    expect(CASES.map((c) => c[0]).sort()).toEqual(files);
  });

  it('opens every file with a # line that says what is wrong in it', () => {
    for (const f of readdirSync(ROOT + DIR).filter((f) => !f.startsWith('staffing-'))) {
      const bytes = readFileSync(ROOT + DIR + '/' + f);
      // The UTF-16 file is read as UTF-16 here, the Windows-1251 one byte by byte: their first lines are ASCII.
      const text =
        bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.toString('utf16le').slice(1) : bytes.toString('latin1');
      expect(text, f).toMatch(/^# \S.*\n/);
    }
  });
});

describe('each staffing file of fixtures/invalid tested here', () => {
  it.each(STAFFING_CASES)('%s fails at %s: %s', async (file, at, message) => {
    const r = await runCli(['fund', `${DIR}/${file}`]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(`kzpay: error: ${DIR}/${file}:${at}: `)).toBe(true);
    expect(r.stderr).toContain(message);
  });
});

describe('files too large to read whole', () => {
  it('stops reading /dev/zero as --grid at its first 2 MiB line, quickly and in little memory', () => {
    const started = Date.now();
    const r = spawnCli(['data', 'grid', '--grid', '/dev/zero']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'kzpay: error: /dev/zero:1:2097153: line 1 is longer than 2 MiB ' +
        '(expected a CSV file of lines shorter than 2 MiB)\n',
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses a data set of more than 64 MiB, naming the file', async () => {
    const dir = tempDir('big');
    const file = join(dir, 'cpi.csv');
    // 64 MiB of `2024,1\n` after the header, and a little more.
    writeFileSync(file, Buffer.concat([Buffer.from('period,inflation_pct\n'), Buffer.alloc(64 << 20, '2024,1\n')]));
    const r = await runCli(['data', 'cpi', '--cpi', file]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `kzpay: error: ${file}: the cpi file is larger than 64 MiB (expected a cpi file under 64 MiB)\n`,
    );
  });

  it('refuses a line longer than 2 MiB in a data set and in a staffing file, at its line', async () => {
    const dir = tempDir('long');
    const grid = join(dir, 'grid.csv');
    writeFileSync(grid, `code,min\nE-1,100\nE-2,${'1'.repeat(3 << 20)}\n`);
    const g = await runCli(['data', 'grid', '--grid', grid]);
    expect(g.code).toBe(3);
    expect(g.stderr).toMatch(new RegExp(`^kzpay: error: ${grid}:3:2097153: line 3 is longer than 2 MiB`));
    const staffing = join(dir, 'staffing.csv');
    writeFileSync(staffing, `code,unit\nE-G-4,${'u'.repeat(3 << 20)}`);
    const f = await runCli(['fund', staffing]);
    expect(f.code).toBe(3);
    expect(f.stdout).toBe('');
    expect(f.stderr).toMatch(new RegExp(`^kzpay: error: ${staffing}:2:2097153: line 2 is longer than 2 MiB`));
  });
});

describe('bad input in a real process', () => {
  it.each(
    CASES.filter(([file]) =>
      [
        'grid-ragged-row.csv',
        'grid-windows-1251.csv',
        'raises-bad-date.csv',
        'cpi-range.csv',
        'seniority-gap.csv',
        'params-duplicate.csv',
      ].includes(file),
    ),
  )('%s exits 3 with nothing on standard output', (file, flag, command, at, message) => {
    const r = spawnCli(argsOf(file, flag, command));
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^kzpay: error: ${DIR}/${file}:${at}: `));
    expect(r.stderr).toContain(message);
  });

  it('names standard input <stdin> when the bad file comes from -', () => {
    const r = spawnCli(['data', 'grid', '--grid', '-'], {
      input: readFileSync(ROOT + DIR + '/grid-bad-number.csv', 'utf8'),
    });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^kzpay: error: <stdin>:3: column min \(2nd\): "100000₸" is not a number/);
  });

  it('refuses an empty standard input as a file with no header', () => {
    const r = spawnCli(['salary', 'E-G-4', '--years', '1', '--raises', '-'], { input: '' });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'kzpay: error: <stdin>:1:1: the file has no header row (expected a header row naming the columns)\n',
    );
  });
});

describe('a wrong --delimiter', () => {
  it('says the header stayed one cell', async () => {
    // The file is good with its own ";"; split on "," its header (line 3, after two comment lines) is one cell.
    const r = await runCli(['data', 'grid', '--delimiter', ',', '--grid', 'fixtures/valid/grid-semicolon-bom.csv']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      new RegExp(
        '^kzpay: error: fixtures/valid/grid-semicolon-bom.csv:3: ' +
          'grid file has no column "code", "min": its header is one cell when split on "," \\(expected',
      ),
    );
  });
});

describe('a file that cannot be read', () => {
  it('exits 3 naming the file and why', async () => {
    const r = await runCli(['data', 'cpi', '--cpi', 'no-such-dir/cpi.csv']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'kzpay: error: no-such-dir/cpi.csv: cannot read cpi file: no such file (expected a readable CSV file)\n',
    );
  });
});

describe('-o with bad input', () => {
  const OLD = 'code,year,salary\r\nE-G-4,2024,62461.00\r\n# the previous run, byte for byte\n';

  it.each([
    ['in-process', (args: string[]) => runCli(args)],
    ['in a real process', async (args: string[]) => spawnCli(args)],
  ])('leaves an existing out.csv as it was and no temporary file beside it (%s)', async (_how, run) => {
    const dir = tempDir('out');
    const out = join(dir, 'out.csv');
    writeFileSync(out, OLD);
    const r = await run(['salary', 'E-G-4', '--years', '1', '--grid', `${DIR}/grid-min-above-max.csv`, '-o', out]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^kzpay: error: fixtures\/invalid\/grid-min-above-max.csv:3: column max \(3rd\): /);
    expect(readFileSync(out)).toEqual(Buffer.from(OLD));
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('replaces out.csv when the input is good, again with no temporary file left', async () => {
    const dir = tempDir('out');
    const out = join(dir, 'out.csv');
    writeFileSync(out, OLD);
    const r = await runCli(['data', 'seniority', '-o', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('from_years,to_years,share\n0,1,0\n'); // the en dialect's LF line ends
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });
});
