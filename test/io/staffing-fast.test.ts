import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/core/dates.js';
import { Dec } from '../../src/core/money.js';
import { DataSets } from '../../src/io/load.js';
import { type StaffingOptions, StaffingReader } from '../../src/io/staffing.js';
import { StaffingFast } from '../../src/io/staffing-fast.js';
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

const COLUMNS = ['headcount', 'experience', 'salary', 'unit', 'group', 'savings_salaries', 'born', 'title'];
/** Codes of the grid, with their group as a cell may spell it, and two outside it (which need a salary). */
const GRID_CODES = [
  ['E-G-4', 'E'],
  ['e-g-4', 'e'],
  ['E-R-1', 'E'],
  ['E-3', 'E'],
  ['D-1', 'D'],
  ['D-5', 'D'],
  ['D-O-6', 'd'],
];
const OUTSIDE_CODES = [
  ['X-9', 'E'],
  ['Y-1', 'D'],
];
/**
 * Cells the fast path reads, by column (quoted whole, too: by their text); a row of them reads to the end, with or
 * without the fast path.
 */
const PLAIN: Record<string, string[]> = {
  headcount: ['', '1', '3', '0', '12', '007', '"2"'],
  experience: ['', '0', '12', '12.5', '3.25', '29', '0.0000001', '17.75', '"7.5"'],
  salary: ['', '100000', '100000.5', '100000.55', '62461.00', '9.9', '250000.01', '"100000.5"'],
  unit: ['Unit 1', 'Unit 403', 'Unit 4031', '', 'Юнит', 'a unit of a long name', '"Unit 1"', '"Unit, 3"'],
  savings_salaries: ['', '3', '2.8', '0.125', '0', '16', '""'],
  born: ['', '1975', '2000'],
  title: ['', 'a title', 'x', '"a, ""b"""', '"Юнит, ""Ю"""'],
};
/**
 * Cells the fast path leaves to row(), or reads as row() reads them: padding (outside quotes or inside), quotes that
 * open no cell, close one before other text, hold line breaks or are left open; numbers it does not read plainly, a
 * code of a band without a max or that only looks like a grid code, and errors.
 */
const ODD: Record<string, string[]> = {
  code: ['E-5', ' E-G-4', 'E-G-4 ', '', '"D-1"', 'Е-G-4', '" D-1"', '""', '"E-G-4"x'],
  headcount: [' 2', '1.5', '-1', '1 000', '9999999999999999', '" 2"'],
  experience: [' 5', 'abc', '999999999999', '7.', '.5'],
  salary: ['100000.555', '0', '-5', '1 000', ' 62461', '"62461 "'],
  unit: [
    '"Unit, 3"',
    ' Unit 1',
    '"two\nlines"',
    '"two\r\nlines"',
    '"a CR\ralone"',
    '"open',
    '" Unit 1"',
    '"Unit 1" ',
    ' "Unit 1"',
    '"Unit 1"x',
    'Unit "1"',
    '"Unit ""1"',
    '"Unit 1""',
    '"\u00a0Unit 1"',
  ],
  group: [' E', '"E"', 'X', '"e "'],
  savings_salaries: ['0.1234567', '-1', ' 3', '"3"'],
  born: ['1899', 'x', '2101', '"1975"'],
  title: ['"a, b"', '"a"b', '"'],
};

/**
 * A staffing table: the code column and some of the others in some order; up to 300 rows of a few codes and units,
 * so that the fast path meets them again; now and then one odd cell or a blank, comment or short line.
 */
const table = fc
  .record({
    columns: fc.shuffledSubarray(COLUMNS, { minLength: 0, maxLength: COLUMNS.length }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    // Line ends: LF, CRLF, or now and then a CR alone or a CRLF among LFs.
    ends: fc.constantFrom(['\n'], ['\r\n'], ['\n', '\n', '\n', '\r\n'], ['\n', '\n', '\n', '\n', '\n', '\r'], ['\r']),
    rows: fc.array(fc.array(fc.nat(1000), { minLength: COLUMNS.length + 1, maxLength: COLUMNS.length + 1 }), {
      minLength: 1,
      maxLength: 300,
      size: 'large',
    }),
    odd: fc.oneof(
      { weight: 2, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.nat(), fc.nat()) },
    ),
    extra: fc.option(fc.tuple(fc.nat(), fc.constantFrom('', '# a comment', ' ', 'E-G-4'))),
    chunk: fc.constantFrom(5, 13, 64, 1 << 16),
  })
  .map(({ columns, delimiter, ends, rows, odd, extra, chunk }) => {
    const header = ['code', ...columns];
    const lines = [header.join(delimiter)];
    rows.forEach((picks, r) => {
      // The code and the group agree; a code outside the grid has a salary (its rows give it) and a group (its
      // savings rule), so it comes only in a table with both columns.
      const outside = picks[0] % 10 === 0 && header.includes('salary') && header.includes('group');
      const [code, group] = outside
        ? OUTSIDE_CODES[picks[0] % OUTSIDE_CODES.length]
        : GRID_CODES[picks[0] % GRID_CODES.length];
      const cells = header.map((name, i) => {
        if (name === 'code') return code;
        if (name === 'group') return picks[i] % 2 || outside ? group : '';
        if (name === 'salary' && outside) return PLAIN.salary[1 + (picks[i] % (PLAIN.salary.length - 1))];
        return PLAIN[name][picks[i] % PLAIN[name].length];
      });
      if (odd && odd[0] % rows.length === r) {
        const i = odd[1] % header.length;
        cells[i] = ODD[header[i]][odd[2] % ODD[header[i]].length];
      }
      lines.push(cells.join(delimiter));
    });
    if (extra) lines.splice(1 + (extra[0] % rows.length), 0, extra[1]);
    const text = lines.map((line, i) => line + (i === lines.length - 1 && i % 3 === 0 ? '' : ends[i % ends.length]));
    return { text: text.join(''), chunk };
  });

/** The lines the fast path has read into records so far (every test of this file): what the properties reach. */
let fastLines = 0;
const scan = StaffingFast.prototype.scan;
StaffingFast.prototype.scan = function (this: StaffingFast<unknown>, ...args: Parameters<typeof scan>) {
  const stop = scan.apply(this, args);
  fastLines += this.count;
  return stop;
};

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
      let read = 0;
      const before = fastLines;
      await fc.assert(
        fc.asyncProperty(table, async ({ text, chunk }) => {
          const fast = await outcome(text, chunk, opts as Partial<StaffingOptions>, true);
          expect(fast).toBe(await outcome(text, chunk, opts as Partial<StaffingOptions>, false));
          if (!fast.startsWith('error')) read++;
        }),
        { numRuns: 300 },
      );
      // Most tables are read to the end (their sums compared, not only their errors), most of their lines fast.
      expect(read).toBeGreaterThan(150);
      expect(fastLines - before).toBeGreaterThan(300 * 20);
    });
  }

  it('reads 80 000 rows of 40 000 units the same: the unit table grown to its most, then started afresh', async () => {
    // Each unit on two rows together: the first teaches the fast path the unit, which reads the second.
    const lines = ['code,headcount,experience,salary,unit'];
    for (let i = 0; i < 80_000; i++) lines.push(`${['E-G-4', 'D-1'][i % 2]},${1 + (i % 3)},${i % 25},,U${i >> 1}`);
    const text = `${lines.join('\n')}\n`;
    const before = fastLines;
    const fast = await outcome(text, 1 << 16, {}, true);
    expect(fastLines - before).toBeGreaterThan(30_000);
    expect(fast).not.toMatch(/^error/);
    expect(fast).toBe(await outcome(text, 1 << 16, {}, false));
  });

  it('reads 40 000 rows of 5 000 codes outside the grid the same: more codes than either cache holds', async () => {
    // Each code on four rows together, twice in the file: by code, the reader learns it from the first two and the
    // fast path reads the others; by the second time both caches have forgotten it. By unit, a code outside the grid
    // shares its group's entry, and row() reads its lines (a file of codes met once each is common, and telling the
    // fast path each of them would cost more than it saves).
    const lines = ['code,headcount,salary,unit'];
    for (let i = 0; i < 40_000; i++)
      lines.push(`X-${(i >> 2) % 5000},${1 + (i % 3)},${100_000 + (i % 97)}.5,U${i % 40}`);
    const text = `${lines.join('\n')}\n`;
    for (const by of ['code', 'unit'] as const) {
      const before = fastLines;
      const fast = await outcome(text, 1 << 16, { by, savings: new Dec(2) }, true);
      expect(fastLines - before).toBeGreaterThan(by === 'code' ? 5_000 : -1);
      expect(fast).not.toMatch(/^error/);
      expect(fast).toBe(await outcome(text, 1 << 16, { by, savings: new Dec(2) }, false));
    }
  });

  it('tells apart a code and group that join alike with the byte 1 between them (X\\x01Y c, X Y\\x01c)', async () => {
    const lines = ['code,group,salary,savings_salaries'];
    for (let i = 0; i < 40; i++) lines.push(i % 2 ? 'X\x01Y,c,100000,1' : 'X,Y\x01c,200000,1');
    const text = `${lines.join('\n')}\n`;
    const fast = await outcome(text, 1 << 16, { by: 'code' }, true);
    expect(fast).toBe(await outcome(text, 1 << 16, { by: 'code' }, false));
    expect(JSON.parse(fast).keys).toEqual(['X', 'X\x01Y']);
  });

  it('reads a row of a new code outside the grid fast, its group sharing an entry (by group, unit, none)', async () => {
    // Every row a new code of one of three groups; now and then a grid code in another case, or padded, or guarded,
    // which is no outside code: the fast path must leave those to row(), which finds them in the grid or refuses.
    const rows = (group: boolean) => {
      const lines = [group ? 'code,group,headcount,salary,unit' : 'code,headcount,salary,unit'];
      for (let i = 0; i < 12_000; i++) {
        const odd = ['e-g-4', 'E-r-1', 'X-7 ', "'X-8", 'x-9'][i % 500];
        const cells = [
          odd ?? `X-${i}`,
          ...(group ? [odd ? 'E' : ['E', 'D', 'e'][i % 3]] : []),
          `${1 + (i % 3)}`,
          `${100_000 + i}.5`,
          `U${i % 40}`,
        ];
        lines.push(cells.join(','));
      }
      return `${lines.join('\n')}\n`;
    };
    for (const [text, by] of [
      [rows(true), 'group'],
      [rows(true), 'unit'],
      [rows(false), 'none'],
    ] as const) {
      const before = fastLines;
      const fast = await outcome(text, 1 << 16, { by, savings: new Dec(2) }, true);
      expect(fast).not.toMatch(/^error/);
      expect(fastLines - before).toBeGreaterThan(11_000);
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

  it('reads units quoted whole on their line by their text: after its first row, each such row read fast', async () => {
    // 300 units, quoted (a delimiter and doubled quotes inside), each on 20 rows: 6 000 rows, 300 of them read by
    // row() (a unit met the first time), or a few more where a chunk cuts a line.
    const lines = ['code,headcount,experience,salary,unit,savings_salaries'];
    for (let i = 0; i < 6_000; i++) {
      const unit = `"Unit ${i % 300}, sector ""${(i % 300) % 7}"""`;
      lines.push(`${['E-G-4', 'D-1', 'E-R-1'][i % 3]},${1 + (i % 4)},${i % 30},,${unit},${i % 2 ? '' : '"3"'}`);
    }
    const text = `${lines.join('\r\n')}\r\n`;
    for (const chunk of [1 << 16, 1000]) {
      const before = fastLines;
      const fast = await outcome(text, chunk, {}, true);
      expect(fast).not.toMatch(/^error/);
      expect(fastLines - before).toBeGreaterThan(5_500);
      expect(fast).toBe(await outcome(text, chunk, {}, false));
      // Each unit by its text, the first as written.
      expect(JSON.parse(fast).keys).toHaveLength(300);
      expect(JSON.parse(fast).keys.slice(0, 2)).toEqual(['Unit 0, sector "0"', 'Unit 1, sector "1"']);
    }
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
