import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blocksOf, computeGapsReport, type Basis } from '../../src/core/gaps-report.js';
import { Dec } from '../../src/core/money.js';
import { proposeGrid, type ProposeMode } from '../../src/core/propose-grid.js';
import { parseCsv } from '../../src/io/csv.js';
import { parseGrid } from '../../src/io/datasets.js';
import { EMBEDDED_SYSTEM_DIR, FIXTURES_DIR } from '../../src/io/load.js';
import { english } from '../helpers/words.js';

const gridOf = (text: string) => parseGrid(parseCsv(text, 'test.csv'), 'auto');
const embedded = gridOf(readFileSync(EMBEDDED_SYSTEM_DIR + '/grid.csv', 'utf8'));
const norms = { within: new Dec(12), between: new Dec(32) };
const FLOOR = new Dec(85000);
const propose = (mode: ProposeMode, basis: Basis = 'min', grid = embedded) =>
  proposeGrid({ grid, basis, norms, floor: FLOOR, mode });
const salaries = (p: ReturnType<typeof proposeGrid>, codes: string[], basis: Basis = 'min') =>
  codes.map((code) => p.grid.byCode.get(code)![basis]!.toString());

describe('proposeGrid shortfall', () => {
  const p = propose('shortfall');

  it('raises the E-G block from the floor up by 12% and 32%, each rounded up to whole tenge', () => {
    // E-G-4: max(62 461, 85 000) = 85 000 (the floor)
    // E-G-3 (lower over lower, 12%): max(69 957, 85 000 × 1.12 = 95 200) = 95 200
    // E-G-2 (middle over lower, 32%): max(110 932, 95 200 × 1.32 = 125 664) = 125 664
    // E-G-1 (higher over middle, 32%): max(122 412, 125 664 × 1.32 = 165 876.48) → 165 877 rounded up
    expect(salaries(p, ['E-G-4', 'E-G-3', 'E-G-2', 'E-G-1'])).toEqual(['85000', '95200', '125664', '165877']);
  });

  it('keeps a salary that already meets its step: D-4 116 623 is above 98 926 × 1.12 = 110 797.12', () => {
    // D-3: 116 623 × 1.32 = 153 942.36 → 153 943
    expect(salaries(p, ['D-5', 'D-4', 'D-3'])).toEqual(['98926', '116623', '153943']);
    expect(p.categories.find((c) => c.proposed.code === 'D-4')!.raisePct!.isZero()).toBe(true);
  });

  it('moves max by the same percentage, rounded up: E-G-4 84 115 × 85 000 / 62 461 = 114 467.83 → 114 468', () => {
    expect(salaries(p, ['E-G-4'], 'max')).toEqual(['114468']);
    // raise 85 000 / 62 461 − 1 = 36.0849%
    expect(p.categories.find((c) => c.proposed.code === 'E-G-4')!.raisePct!.toFixed(4)).toBe('36.0849');
  });

  it('lowers no one, in min or in max', () => {
    for (const { proposed } of p.categories) {
      const old = embedded.byCode.get(proposed.code)!;
      expect(proposed.min.gte(old.min)).toBe(true);
      if (old.max) expect(proposed.max!.gte(old.max)).toBe(true);
      else expect(proposed.max).toBeUndefined();
    }
  });

  it('leaves no step short of its norm and no category below the floor', () => {
    const check = computeGapsReport({ grid: p.grid, basis: 'min', norms, tolerance: new Dec(0), floor: FLOOR });
    expect(check.pairs.filter((x) => x.deviationPp!.isNegative())).toEqual([]);
    expect(check.belowFloor).toEqual([]);
  });

  it('keeps the grid order, codes and columns, so the proposal can stand for the grid', () => {
    expect(p.grid.categories.map((c) => c.code)).toEqual(embedded.categories.map((c) => c.code));
    expect(p.grid.columns).toEqual(embedded.columns);
    expect(p.grid.byCode.get('E-G-1')!.cells.min).toBe('165877');
  });
});

describe('proposeGrid exact', () => {
  const p = propose('exact');

  it('starts each block at the lowest bottom that lowers no one: D-5 at 104 127, not its own 98 926', () => {
    // D-4 needs a bottom of 116 623 / 1.12 = 104 127.68; 104 127 × 1.12 = 116 622.24 → 116 623 still lowers no one,
    // 104 126 × 1.12 = 116 621.12 → 116 622 would lower D-4. Then × 1.32 = 153 942.36 → 153 943; × 1.32 =
    // 203 204.76 → 203 205; × 1.12 = 227 589.6 → 227 590.
    expect(salaries(p, ['D-5', 'D-4', 'D-3', 'D-2', 'D-1'])).toEqual([
      '104127',
      '116623',
      '153943',
      '203205',
      '227590',
    ]);
  });

  it('makes every step its norm within rounding to whole tenge: 0 ≤ step − norm < 100 / lower pp', () => {
    const check = computeGapsReport({ grid: p.grid, basis: 'min', norms, tolerance: new Dec(0), floor: FLOOR });
    expect(check.pairs).toHaveLength(20);
    for (const x of check.pairs) {
      expect(x.deviationPp!.gte(0)).toBe(true);
      expect(x.deviationPp!.lt(new Dec(100).div(x.lowerSalary!))).toBe(true);
    }
    expect(check.belowFloor).toEqual([]);
  });

  it('lowers no one, and no lower bottom would do', () => {
    for (const { proposed } of p.categories)
      expect(proposed.min.gte(embedded.byCode.get(proposed.code)!.min)).toBe(true);
    // E-R: the bottom is held up by E-R-4 (95 210 / 1.12 = 85 008.93 → 85 009), not by the floor of 85 000
    expect(salaries(p, ['E-R-5', 'E-R-4'])).toEqual(['85009', '95211']); // 85 009 × 1.12 = 95 210.08 → 95 211
  });
});

describe('proposeGrid where a step has no norm', () => {
  it('leaves the steps of a category without a tier as they fall and says which', () => {
    const grid = gridOf(readFileSync(FIXTURES_DIR + 'gaps/grid-missing-tier.csv', 'utf8'));
    const p = propose('shortfall', 'min', grid);
    expect(p.unset.map((u) => ({ ...u, reason: english(u.reason) }))).toEqual([
      { upper: 'A-1', lower: 'A-2', reason: 'A-2 has no tier' },
      { upper: 'A-2', lower: 'A-3', reason: 'A-2 has no tier' },
    ]);
    expect(p.categories.every((c) => c.raisePct!.isZero())).toBe(true);
  });

  it('keeps E-5 as it is on the max basis (it has no max) and starts block E at E-4', () => {
    const p = propose('shortfall', 'max');
    const e5 = p.categories.find((c) => c.proposed.code === 'E-5')!;
    expect([e5.oldBasis, e5.raisePct]).toEqual([undefined, undefined]);
    expect(e5.proposed.min.toString()).toBe('89901');
    expect(p.unset.map((u) => ({ ...u, reason: english(u.reason) }))).toEqual([
      { upper: 'E-4', lower: 'E-5', reason: 'E-5 has no max' },
    ]);
    // E-4 max 136 444 is above the floor and is the bottom of its ladder: unchanged.
    // E-3: 136 444 × 1.32 = 180 106.08 → 180 107
    expect(salaries(p, ['E-4', 'E-3'], 'max')).toEqual(['136444', '180107']);
  });

  it('lifts an inverted pair into order: X-3 90 000, X-2 90 000 × 1.32 = 118 800, X-1 118 800 × 1.32 = 156 816', () => {
    const grid = gridOf(readFileSync(FIXTURES_DIR + 'gaps/grid-inverted.csv', 'utf8'));
    expect(salaries(propose('shortfall', 'min', grid), ['X-3', 'X-2', 'X-1'])).toEqual(['90000', '118800', '156816']);
  });

  it('raises a single-category block to the floor only', () => {
    const grid = gridOf('code,block,tier,min\nS,s,higher,80000\n');
    expect(blocksOf(grid)).toHaveLength(1);
    expect(salaries(propose('exact', 'min', grid), ['S'])).toEqual(['85000']);
    const noFloor = proposeGrid({ grid, basis: 'min', norms, mode: 'shortfall' });
    expect(salaries(noFloor, ['S'])).toEqual(['80000']);
  });
});
