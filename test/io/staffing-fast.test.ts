import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/core/dates.js';
import { Dec } from '../../src/core/money.js';
import { DataSets } from '../../src/io/load.js';
import { type StaffingOptions, StaffingReader } from '../../src/io/staffing.js';
import { BIN, ROOT } from '../helpers/cli.js';

// The staffing reader's fast path (src/io/staffing-fast.wat) reads the plain lines that row() would read, and stops
// before any other: with it and without it, a table reads the same, or fails with the same error at the same cell.

const data = new DataSets({}, { decimal: 'auto' });

/** What a read gives: the groups, keys and scales, the charges' rows; or the error's message. */
async function outcome(text: string, chunk: number, opts: Partial<StaffingOptions>, fastPath: boolean) {
  const reader = new StaffingReader('test.csv', {
    grid: data.grid(),
    bands: data.seniority(),
    raises: data.raises(),
    savings: 'auto',
    savingsByGroup: data.system().savingsByGroup,
    asOf: parseDate('2024-01-01')!,
    decimal: 'auto',
    ...opts,
    fastPath,
  });
  async function* chunks() {
    const bytes = Buffer.from(text);
    for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
  }
  try {
    const s = await reader.read(chunks());
    // The charges' rows: each chunk's first n entries.
    const rows = s.chargeRows?.chunks.map((c) =>
      Object.values(c).map((v) => (ArrayBuffer.isView(v) ? [...(v as Int32Array).subarray(0, c.n)] : v)),
    );
    return JSON.stringify(
      {
        groups: s.groups,
        keys: s.keys,
        by: s.by,
        rows: s.rows,
        scales: [s.salaryScale, s.savingsScale],
        charges: rows,
      },
      (_, v) => (typeof v === 'bigint' ? `${v}n` : v instanceof Dec ? v.toString() : v),
    );
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

const COLUMNS = ['code', 'headcount', 'experience', 'salary', 'unit', 'group', 'savings_salaries', 'born', 'title'];
// Cells of every kind the fast path reads (the first list of a column), and of those it leaves to row() or that are
// errors (the second): padding, quotes, numbers it does not read plainly, codes outside the grid or of a band without
// a max. Most cells are of the first kind, so that most tables are read to the end.
const CELLS: Record<string, [string[], string[]]> = {
  code: [
    ['E-G-4', 'e-g-4', 'D-1', 'E-R-1', 'D-O-6', 'X-9', 'Y-1'],
    ['E-5', ' E-G-4', 'E-G-4 ', '', '"D-1"', 'Е-G-4'],
  ],
  headcount: [
    ['', '1', '3', '0', '12', '007'],
    [' 2', '1.5', '-1', '1 000', '9999999999999999'],
  ],
  experience: [
    ['', '0', '12', '12.5', '3.25', '40', '0.0000001', '17.75'],
    [' 5', 'abc', '999999999999', '7.', '.5'],
  ],
  salary: [
    ['', '100000', '100000.5', '100000.55', '62461.00', '9.9', '250000.01'],
    ['100000.555', '0', '-5', '1 000'],
  ],
  unit: [
    ['Unit 1', 'Unit 2', 'Unit 403', 'Unit 4031', '', 'Юнит', 'a unit of a long name'],
    ['"Unit, 3"', ' Unit 1'],
  ],
  group: [
    ['', 'E', 'D', 'X', 'e'],
    [' E', '"E"'],
  ],
  savings_salaries: [
    ['', '3', '2.8', '0.125', '0', '16'],
    ['0.1234567', '-1', ' 3'],
  ],
  born: [
    ['', '1975', '2000'],
    ['1899', 'x', '2101'],
  ],
  title: [['', 'a title', 'x'], ['"a, b"']],
};

/** A staffing table: some of the columns in some order, rows of their cells, some lines blank or comments. */
const table = fc
  .record({
    columns: fc.shuffledSubarray(COLUMNS.slice(1), { minLength: 0, maxLength: 8 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    // Line ends: LF, CRLF, or now and then a CR alone or a CRLF among LFs.
    ends: fc.constantFrom(['\n'], ['\r\n'], ['\n', '\n', '\n', '\r\n'], ['\n', '\n', '\n', '\n', '\n', '\r'], ['\r']),
    rows: fc.array(
      fc.oneof(
        { weight: 20, arbitrary: fc.array(fc.tuple(fc.nat(40), fc.nat(12)), { minLength: 9, maxLength: 9 }) },
        { weight: 1, arbitrary: fc.constantFrom('', '# a comment', ' ', 'E-G-4') },
      ),
      { maxLength: 40 },
    ),
    chunk: fc.constantFrom(5, 13, 64, 1 << 16),
  })
  .map(({ columns, delimiter, ends, rows, chunk }) => {
    const header = ['code', ...columns];
    const lines = [header.join(delimiter)];
    for (const row of rows) {
      if (typeof row === 'string') lines.push(row);
      else
        lines.push(
          header
            .map((name, i) => {
              const [plain, odd] = CELLS[name];
              const [kind, pick] = row[i];
              return kind === 0 ? odd[pick % odd.length] : plain[pick % plain.length];
            })
            .join(delimiter),
        );
    }
    const text = lines.map((line, i) => line + (i === lines.length - 1 && i % 3 === 0 ? '' : ends[i % ends.length]));
    return { text: text.join(''), chunk };
  });

describe('the staffing fast path reads what row() reads', () => {
  for (const [name, opts] of [
    ['by unit', {}],
    ['by code', { by: 'code' }],
    ['by group', { by: 'group' }],
    ['with --charges', { charges: true }],
    ['with --savings 2', { savings: new Dec(2) }],
    // Bands from 2.5 years: years are read in millionths of a year.
    [
      'with bands that start within a year',
      {
        bands: [
          { from: new Dec(0), share: new Dec(0) },
          { from: new Dec('2.5'), share: new Dec('0.1') },
          { from: new Dec('12.25'), share: new Dec('0.3') },
        ],
      },
    ],
  ] as const) {
    it(`gives the same sums, or the same error (${name})`, async () => {
      await fc.assert(
        fc.asyncProperty(table, async ({ text, chunk }) => {
          const fast = await outcome(text, chunk, opts as Partial<StaffingOptions>, true);
          expect(fast).toBe(await outcome(text, chunk, opts as Partial<StaffingOptions>, false));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('reads 90 000 rows of 70 000 units the same: the unit table grown to its most, then started afresh', async () => {
    const lines = ['code,headcount,experience,salary,unit'];
    for (let i = 0; i < 90_000; i++) lines.push(`${['E-G-4', 'D-1'][i % 2]},${1 + (i % 3)},${i % 25},,U${i % 70_000}`);
    const text = `${lines.join('\n')}\n`;
    const fast = await outcome(text, 1 << 16, {}, true);
    expect(fast).not.toMatch(/^error/);
    expect(fast).toBe(await outcome(text, 1 << 16, {}, false));
  });

  it('reads 30 000 rows of 5 000 codes outside the grid the same: more codes than either cache holds', async () => {
    const lines = ['code,headcount,salary,unit'];
    for (let i = 0; i < 30_000; i++)
      lines.push(`X-${(i * 7) % 5000},${1 + (i % 3)},${100_000 + (i % 97)}.5,U${i % 40}`);
    const text = `${lines.join('\n')}\n`;
    for (const by of ['code', 'unit'] as const) {
      const fast = await outcome(text, 1 << 16, { by, savings: new Dec(2) }, true);
      expect(fast).not.toMatch(/^error/);
      expect(fast).toBe(await outcome(text, 1 << 16, { by, savings: new Dec(2) }, false));
    }
  });

  it('keeps no more codes than its table holds, however many a file has, by code', async () => {
    const lines = ['code,headcount,salary'];
    // 2 000 codes, each on two rows together, three times over, their headcounts padded (rows the fast path leaves
    // to row()): the reader's own cache (1 024 codes) forgets each code between, and tells the fast path a new value
    // for it each time: 6 000 values for 2 000 codes, were they all kept.
    for (let round = 0; round < 3; round++)
      for (let c = 0; c < 2000; c++) lines.push(`X-${c}, 1,100000`, `X-${c}, 2,100000`);
    const reader = new StaffingReader('test.csv', {
      grid: data.grid(),
      bands: data.seniority(),
      raises: data.raises(),
      by: 'code',
      savings: new Dec(2),
      savingsByGroup: data.system().savingsByGroup,
      asOf: parseDate('2024-01-01')!,
      decimal: 'auto',
    });
    async function* chunks() {
      yield Buffer.from(`${lines.join('\n')}\n`);
    }
    await reader.read(chunks());
    const fast = (reader as unknown as { fast: { values: unknown[] } }).fast;
    expect(fast.values.length).toBeGreaterThan(0);
    expect(fast.values.length).toBeLessThanOrEqual(4096);
  });

  it('reads 20 000 plain rows of 600 units the same, with units met again after its table has grown', async () => {
    const lines = ['code,headcount,experience,salary,unit,savings_salaries'];
    for (let i = 0; i < 20_000; i++) {
      const salary = i % 2 ? '' : `${60_000 + i}.${i % 100}`;
      lines.push(`${['E-G-4', 'D-1', 'E-R-1'][i % 3]},${1 + (i % 4)},${i % 30}.5,${salary},Unit ${(i * 7) % 6000},`);
    }
    const text = `${lines.join('\n')}\n`;
    const fast = await outcome(text, 1 << 16, {}, true);
    expect(fast).not.toMatch(/^error/);
    expect(fast).toBe(await outcome(text, 1 << 16, {}, false));
  });
});

describe('the fast path as built', () => {
  it('is left out where Node has no WebAssembly (node --jitless): fund reads every line itself, the same', () => {
    const args = [BIN, 'fund', 'systems/kz/staffing.csv', '--format', 'csv'];
    const plain = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    const jitless = spawnSync(process.execPath, ['--jitless', ...args], { cwd: ROOT, encoding: 'utf8' });
    expect(plain.status).toBe(0);
    expect(jitless.status).toBe(0);
    expect(jitless.stdout).toBe(plain.stdout);
    expect(jitless.stdout).toMatch(/^year,row,key,/);
  });

  it('is what staffing-fast.wat assembles to (src/io/staffing-fast-wasm.ts is made by scripts/wasm.js)', () => {
    const r = spawnSync(process.execPath, ['scripts/wasm.js', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
