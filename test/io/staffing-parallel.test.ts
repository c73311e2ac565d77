import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/core/dates.js';
import { Dec } from '../../src/core/money.js';
import { DataSets } from '../../src/io/load.js';
import { type StaffingOptions, StaffingReader } from '../../src/io/staffing.js';
import { pack, unpack } from '../../src/io/staffing-parallel.js';

// A table read by two readers, the first reading its start and the second the rest (after the header's bytes), the
// second's sums absorbed by the first, gives what one reader of the whole table gives: the same groups in the same
// order, keys, scales and row count. That is how a large file is read by two threads (src/io/staffing-parallel.ts).

const data = new DataSets({}, { decimal: 'auto' });
const examplia = new DataSets({}, { decimal: 'auto' }, 'fixtures/systems/examplia');

function options(by: 'unit' | 'code' | 'group' | 'none', rounded: boolean): StaffingOptions {
  const d = rounded ? examplia : data;
  return {
    grid: d.grid(),
    bands: d.seniority(),
    raises: [
      ...d.raises(),
      // A scenario raise that reaches codes outside the grid through their group: a cost class of their own.
      {
        effective: parseDate('2027-01-01')!,
        low: new Dec(10),
        high: new Dec(10),
        text: '10',
        selectors: [{ column: 'group', value: 'Z', prefix: false }],
        scopeText: 'group=Z',
        scenario: '--raise 2027-01-01:10:group=Z',
      },
    ],
    by,
    savings: rounded ? new Dec(2) : 'auto',
    savingsByGroup: d.system().savingsByGroup,
    round: d.system().round,
    asOf: parseDate(rounded ? '2025-01-01' : '2024-01-01')!,
    decimal: 'auto',
  };
}

/** What a read gives: its result, or the message of its error. */
async function outcome<T extends object>(read: () => Promise<T>): Promise<T | { error: string }> {
  try {
    return await read();
  } catch (e) {
    return { error: (e as Error).message };
  }
}

async function* chunksOf(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const codes = {
  kz: ['E-G-4', 'D-1', 'e-r-1', 'E-1', 'X-1', 'x-2'],
  examplia: ['G1', 'G2', 'g3', 'X-1', 'x-2'],
};
const row = (rounded: boolean, withGroup: boolean) =>
  fc
    .record({
      // Now and then a code of neither the grid nor a salary: an error, at its line, whichever part it is in.
      code: fc.oneof(
        { weight: 30, arbitrary: fc.constantFrom(...(rounded ? codes.examplia : codes.kz)) },
        { weight: 1, arbitrary: fc.constant('Q-9') },
      ),
      headcount: fc.constantFrom('', '1', '3', '2.0'),
      experience: fc.constantFrom('', '0', '4', '12.5', '1.25', '30', '0.0000001'),
      salary: fc.constantFrom('', '', '150000', '99999.99'),
      unit: fc.constantFrom('Unit 1', 'Бөлім 2', '"Unit, 3"', '"Two\nlines"', 'unit 1', 'Unit 4'),
      savings: fc.constantFrom('', '', '3', '2.5', '1.125'),
    })
    .map((r) => {
      // A code outside the grid has its own salary and group Z.
      const outside = r.code.toLowerCase().startsWith('x');
      if (r.code === 'Q-9') return `Q-9,1,,,${r.unit},3`;
      const salary = outside && r.salary === '' ? '120000' : r.salary;
      const savings = outside && r.savings === '' && !withGroup ? '3' : r.savings;
      const cells = [r.code, r.headcount, r.experience, salary, r.unit, savings];
      if (withGroup) cells.push(outside ? 'Z' : '');
      return cells.join(',');
    });

const table = fc.boolean().chain((rounded) =>
  fc.boolean().chain((withGroup) =>
    fc.record({
      rounded: fc.constant(rounded),
      header: fc.constant(`code,headcount,experience,salary,unit,savings_salaries${withGroup ? ',group' : ''}`),
      rows: fc.array(row(rounded, withGroup), { minLength: 1, maxLength: 40 }),
      eol: fc.constantFrom('\n', '\r\n'),
      bom: fc.constantFrom('', '\ufeff'),
      by: fc.constantFrom('unit' as const, 'code' as const, 'group' as const, 'none' as const),
      cut: fc.double({ min: 0, max: 1, noNaN: true }),
      chunk: fc.constantFrom(7, 64, 1 << 16),
    }),
  ),
);

describe('a staffing table read in two parts', () => {
  it('gives the groups of one reader, whatever the line it is cut at', async () => {
    await fc.assert(
      fc.asyncProperty(table, async ({ rounded, header, rows, eol, bom, by, cut, chunk }) => {
        const head = `${bom}# a comment${eol}${header}${eol}`;
        const text = head + rows.join(eol) + eol;
        const bytes = Buffer.from(text);
        const opts = options(by, rounded);
        const whole = await outcome(() => new StaffingReader('t.csv', opts).read(chunksOf(bytes, chunk)));
        // A line start after the header, as the file's split is.
        const headBytes = Buffer.byteLength(head);
        let at = headBytes + Math.floor(cut * (bytes.length - headBytes));
        while (at < bytes.length && bytes[at - 1] !== 0x0a) at++;
        // The second reader's part; undefined where it fails (then the first reads on, as a single reader would).
        const second = await outcome(async () => {
          const reader = new StaffingReader('t.csv', unpack(pack(opts)) as StaffingOptions);
          await reader.feed(chunksOf(Buffer.concat([bytes.subarray(0, headBytes), bytes.subarray(at)]), chunk));
          return reader.endPart();
        });
        const parts = await outcome(async () => {
          const first = new StaffingReader('t.csv', opts);
          await first.feed(chunksOf(bytes.subarray(0, at), chunk));
          if (first.betweenRecords && at < bytes.length && !('error' in second)) first.absorb(second);
          else await first.feed(chunksOf(bytes.subarray(at), chunk));
          return first.finish();
        });
        expect(parts).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('packs options for another thread with their Decimals and shared objects', () => {
    const opts = options('unit', false);
    const back = unpack(pack(opts)) as StaffingOptions;
    expect(back).toEqual(opts);
    expect(back.grid.categories[0].min).toBeInstanceOf(Dec);
    expect(back.grid.byCode.get(back.grid.categories[0].code)).toBe(back.grid.categories[0]);
  });
});
