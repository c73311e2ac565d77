import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Column } from '../../src/core/report.js';
import { columnGroups } from '../../src/render/table.js';
import { main } from '../../src/cli.js';

const col = (key: string, kind: Column['kind'] = 'money', rowKey = false): Column => ({
  key,
  title: key,
  kind,
  ...(rowKey ? { rowKey } : {}),
});
/** One row whose cells are `n` characters wide each. */
const rowOf = (widths: number[]) => [widths.map((n) => 'x'.repeat(n))];

describe('columnGroups', () => {
  it('keeps one table when no width is known or the table fits', () => {
    const columns = [col('a', 'text'), col('b'), col('c')];
    expect(columnGroups(columns, rowOf([5, 5, 5]))).toEqual([[0, 1, 2]]);
    // 1 + 3 × (5 + 3) = 25 columns
    expect(columnGroups(columns, rowOf([5, 5, 5]), 25)).toEqual([[0, 1, 2]]);
  });

  it('repeats the key columns and deals the others into as few and as even tables as fit', () => {
    const columns = [col('code', 'text', true), col('year', 'int', true), col('a'), col('b'), col('c'), col('d')];
    // Widths with padding and border: 8, 7, then 13 each. Keys take 1 + 15 = 16; 42 columns leave room for two more.
    expect(columnGroups(columns, rowOf([5, 4, 10, 10, 10, 10]), 42)).toEqual([
      [0, 1, 2, 3],
      [0, 1, 4, 5],
    ]);
  });

  it('takes the leading text and whole-number columns as keys when none is marked', () => {
    const columns = [col('code', 'text'), col('year', 'int'), col('a'), col('b'), col('c')];
    expect(columnGroups(columns, rowOf([5, 4, 10, 10, 10]), 42)).toEqual([
      [0, 1, 2, 3],
      [0, 1, 4],
    ]);
  });

  it("puts every column in exactly one table besides the keys, in the whole table's order (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 3, maxLength: 15 }),
        fc.integer({ min: 40, max: 120 }),
        (widths, width) => {
          const columns = widths.map((_, i) => col(`c${i}`, i < 2 ? 'text' : 'money', i < 2));
          const groups = columnGroups(columns, rowOf(widths), width);
          // A column is as wide as its title (c0, c1...) or its cell, plus a space either side and a border.
          const size = (g: number[]) => 1 + g.reduce((s, i) => s + Math.max(widths[i], `c${i}`.length) + 3, 0);
          if (size(widths.map((_, i) => i)) <= width) {
            expect(groups).toEqual([widths.map((_, i) => i)]);
            return;
          }
          // Split: the marked keys head every table (only the first when both cannot fit in 60% of the width).
          const keys = groups.length > 1 ? groups[0].filter((i) => groups.every((g) => g.includes(i))) : [];
          if (groups.length > 1) expect([[0], [0, 1]]).toContainEqual(keys);
          for (const g of groups) expect([...g].sort((a, b) => a - b)).toEqual(g);
          const dealt = groups.flatMap((g) => g.filter((i) => !keys.includes(i)));
          expect([...keys, ...dealt].sort((a, b) => a - b)).toEqual(widths.map((_, i) => i));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the key columns in their places: block, upper, lower of gaps stay where the whole table has them', () => {
    const columns = [col('block', 'text', true), col('upper', 'text', true), col('lower', 'text', true)];
    for (const k of ['a', 'b', 'c', 'd', 'e', 'f']) columns.splice(k === 'a' ? 1 : columns.length, 0, col(k));
    // block, a, upper, lower, b..f: `a` sits between the keys and stays there in its table.
    const groups = columnGroups(columns, rowOf([8, 10, 5, 5, 10, 10, 10, 10, 10]), 60);
    expect(groups.length).toBeGreaterThan(1);
    expect(groups[0]).toEqual([0, 1, 2, 3, 4]);
    for (const g of groups.slice(1)) expect(g.slice(0, 3)).toEqual([0, 2, 3]);
  });
});

describe('tables on a narrow terminal', () => {
  it('fits salary into 80 columns on a terminal, and keeps one wide table in a pipe', async () => {
    const run = async (tty: boolean) => {
      let out = '';
      await main(['salary', 'E-G-4', '--years', '7', '--no-color'], {
        stdoutIsTTY: tty,
        columns: 80,
        env: {},
        writeErr: () => {},
        writeOut: () => {},
        stdout: async (s) => void (out += s),
      });
      return out.split('\n').filter((l) => /^[┌│└]/.test(l));
    };
    const terminal = await run(true);
    expect(Math.max(...terminal.map((l) => l.length))).toBeLessThanOrEqual(80);
    // Thirteen columns (about 160 wide) in tables that each start with the keys code, title and year.
    const heads = terminal.filter((l) => l.startsWith('│ code  │ title              │ year │'));
    expect(heads.length).toBeGreaterThanOrEqual(2);
    expect(terminal.filter((l) => l.startsWith('│ E-G-4 │ Leading specialist │ 2031 │'))).toHaveLength(heads.length);
    const pipe = await run(false);
    expect(pipe.filter((l) => l.startsWith('│ code'))).toHaveLength(1);
    expect(Math.max(...pipe.map((l) => l.length))).toBeGreaterThan(80);
  });
});

describe('terminals narrower than a table can be', () => {
  it.each([1, 10, 24, 30])('still prints index --chart and the help at %i columns, exit 0', async (columns) => {
    for (const args of [['index', '--chart'], ['--help'], ['fund', '--help']]) {
      let out = '';
      const code = await main(args, {
        stdoutIsTTY: true,
        columns,
        env: { NO_COLOR: '1' },
        writeErr: () => {},
        writeOut: (s) => void (out += s),
        stdout: async (s) => void (out += s),
      });
      expect(code, args.join(' ')).toBe(0);
      expect(out.length).toBeGreaterThan(100);
    }
  });
});
