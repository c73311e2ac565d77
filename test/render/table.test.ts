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

  it('puts every column in exactly one table besides the keys, each table within the width (property)', () => {
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
            expect(groups).toHaveLength(1);
            return;
          }
          // Split: the two marked keys head every table (only the first when they take over 60% of the width).
          const keys = size([0, 1]) <= width * 0.6 ? [0, 1] : [0];
          for (const g of groups) expect(g.slice(0, keys.length)).toEqual(keys);
          const dealt = groups.flatMap((g) => g.slice(keys.length));
          expect([...keys, ...dealt].sort((a, b) => a - b)).toEqual(widths.map((_, i) => i));
          // A table may be too wide only when it holds the keys and a single column that alone does not fit.
          for (const g of groups) if (size(g) > width) expect(g).toHaveLength(keys.length + 1);
        },
      ),
      { numRuns: 300 },
    );
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
    // Twelve columns (about 140 wide) in three tables, each starting with code and year.
    expect(terminal.filter((l) => l.startsWith('│ code  │ year'))).toHaveLength(3);
    expect(terminal.filter((l) => l.startsWith('│ E-G-4 │ 2031'))).toHaveLength(3);
    const pipe = await run(false);
    expect(pipe.filter((l) => l.startsWith('│ code'))).toHaveLength(1);
    expect(Math.max(...pipe.map((l) => l.length))).toBeGreaterThan(80);
  });
});
