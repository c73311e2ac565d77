import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeGapsReport, minWageAt, stepKind, type GapsInput } from '../../src/core/gaps-report.js';
import { Dec } from '../../src/core/money.js';
import { parseCsv } from '../../src/io/csv.js';
import { parseGrid, parseParams } from '../../src/io/datasets.js';
import { EMBEDDED_SYSTEM_DIR } from '../../src/io/load.js';
import { english } from '../helpers/words.js';

const gridOf = (text: string) => parseGrid(parseCsv(text, 'test.csv'), 'auto');
const embedded = gridOf(readFileSync(EMBEDDED_SYSTEM_DIR + '/grid.csv', 'utf8'));
const params = parseParams(parseCsv(readFileSync(EMBEDDED_SYSTEM_DIR + '/params.csv', 'utf8'), 'params.csv'), 'auto');
const norms = { within: new Dec(12), between: new Dec(32) };
const input = (over: Partial<GapsInput> = {}): GapsInput => ({
  grid: embedded,
  basis: 'min',
  norms,
  tolerance: new Dec(1),
  floor: new Dec(85000),
  ...over,
});
const pair = (report: ReturnType<typeof computeGapsReport>, upper: string) =>
  report.pairs.find((p) => p.upper === upper)!;

describe('computeGapsReport on the embedded grid (basis min, tolerance 1 pp)', () => {
  const report = computeGapsReport(input());

  it.each([
    // 182 988 / 163 166 − 1 = 12.1484% within higher (both D-1 and D-2 are higher): 0.15 pp off 12%
    ['D-1', 'D-2', '12.15', 'within', '12', '0.15', 'ok'],
    // 163 166 / 145 771 − 1 = 11.9331%, higher over middle: 32% expected, 20.07 pp short
    ['D-2', 'D-3', '11.93', 'between', '32', '-20.07', 'violation'],
    // 69 957 / 62 461 − 1 = 12.0011%, both lower
    ['E-G-3', 'E-G-4', '12.00', 'within', '12', '0.00', 'ok'],
    // 110 932 / 69 957 − 1 = 58.5717%, middle over lower: 26.57 pp above 32%
    ['E-G-2', 'E-G-3', '58.57', 'between', '32', '26.57', 'violation'],
  ])(
    'checks %s/%s: a step of %s%% %s, norm %s%%, %s pp off: %s',
    (upper, lower, step, kind, norm, deviation, verdict) => {
      const p = pair(report, upper);
      expect(p.lower).toBe(lower);
      expect(p.stepPct!.toFixed(2)).toBe(step);
      expect(p.kind).toBe(kind);
      expect(p.normPct!.toString()).toBe(norm);
      expect(p.deviationPp!.toFixed(2)).toBe(deviation);
      expect(p.verdict).toBe(verdict);
    },
  );

  it('keeps the step exact: 182 988 / 163 166 − 1 to 16 places', () => {
    expect(pair(report, 'D-1').stepPct!.toFixed(16)).toBe('12.1483642425505314');
  });

  it('puts each block in rank order, one pair per adjacent two: 4 + 5 + 4 + 4 + 3 = 20 pairs', () => {
    expect(report.pairs.map((p) => `${p.upper}/${p.lower}`).slice(0, 4)).toEqual([
      'D-1/D-2',
      'D-2/D-3',
      'D-3/D-4',
      'D-4/D-5',
    ]);
    expect(report.summary.pairs).toBe(20);
    expect(report.summary.ok + report.summary.violations).toBe(20);
  });

  it('lists E-R-5, E-G-3 and E-G-4 below the 2024 minimum wage of 85 000', () => {
    expect(report.belowFloor.map((f) => [f.code, f.salary.toString(), f.verdict])).toEqual([
      ['E-R-5', '84410', 'below-floor'],
      ['E-G-3', '69957', 'below-floor'],
      ['E-G-4', '62461', 'below-floor'],
    ]);
    expect(report.summary.belowFloor).toBe(3);
  });

  it('has no floor rows without a floor', () => {
    expect(computeGapsReport(input({ floor: undefined })).belowFloor).toEqual([]);
  });
});

describe('computeGapsReport on the max column', () => {
  const report = computeGapsReport(input({ basis: 'max' }));

  it('leaves E-4/E-5 unchecked because E-5 has no max, and says so', () => {
    const p = pair(report, 'E-4');
    expect(p).toMatchObject({ lower: 'E-5', verdict: 'unchecked', kind: 'within' });
    expect(english(p.reason)).toBe('E-5 has no max');
    expect(p.stepPct).toBeUndefined();
    expect(report.withoutBasis).toEqual(['E-5']);
    expect(report.summary.unchecked).toBe(1);
  });

  it('checks the floor on max: only E-G-4 (84 115) is below 85 000', () => {
    expect(report.belowFloor.map((f) => f.code)).toEqual(['E-G-4']);
  });
});

describe('computeGapsReport on awkward grids', () => {
  it('calls a step of zero or less an inversion, whatever the tiers', () => {
    const grid = gridOf('code,block,tier,min\nA,b,higher,100000\nB,b,middle,110000\nC,b,,110000\nD,b,lower,90000\n');
    const r = computeGapsReport(input({ grid }));
    // 100 000 / 110 000 − 1 = −9.0909%: 41.09 pp short of 32%
    expect(r.pairs.map((p) => [p.upper, p.stepPct!.toFixed(2), p.verdict])).toEqual([
      ['A', '-9.09', 'inversion'],
      ['B', '0.00', 'inversion'], // equal salaries, and C has no tier
      ['C', '22.22', 'unchecked'],
    ]);
    expect(r.pairs[0].deviationPp!.toFixed(2)).toBe('-41.09');
    expect(english(r.pairs[2].reason)).toBe('C has no tier');
    expect(r.summary).toMatchObject({ inversions: 2, unchecked: 1, ok: 0, violations: 0 });
  });

  it('holds a step exactly at the tolerance as ok, and one tenge past it as a violation', () => {
    // 113 000 / 100 000 − 1 = 13%: 1 pp over 12%; 113 001 / 100 000 − 1 = 13.001%
    const grid = gridOf(
      'code,block,tier,min\nA,a,lower,113000\nB,a,lower,100000\nC,c,lower,113001\nD,c,lower,100000\n',
    );
    expect(computeGapsReport(input({ grid })).pairs.map((p) => p.verdict)).toEqual(['ok', 'violation']);
  });

  it('names a block with a single category, and reads a grid without a block column as one block', () => {
    const single = computeGapsReport(
      input({ grid: gridOf('code,block,tier,min\nS,s,higher,120000\nT-1,t,higher,112000\nT-2,t,higher,100000\n') }),
    );
    expect(single.singleBlocks).toEqual(['s']);
    expect(single.pairs).toHaveLength(1);
    const flat = computeGapsReport(input({ grid: gridOf('code,tier,min\nA,higher,132000\nB,lower,100000\n') }));
    expect(flat.pairs.map((p) => [p.block, p.upper, p.lower, p.verdict])).toEqual([['', 'A', 'B', 'ok']]);
  });
});

describe('stepKind and minWageAt', () => {
  const c = (tier?: 'higher' | 'middle' | 'lower') => ({ ...embedded.categories[0], tier });
  it.each([
    ['higher', 'higher', 'within'],
    ['higher', 'middle', 'between'],
    ['middle', 'lower', 'between'],
    ['higher', undefined, 'unchecked'],
    [undefined, 'lower', 'unchecked'],
  ] as const)('calls %s over %s %s', (upper, lower, kind) => {
    expect(stepKind(c(upper), c(lower))).toBe(kind);
  });

  it.each([
    [{ year: 2024, month: 1, day: 1 }, '85000'],
    [{ year: 2023, month: 12, day: 31 }, '70000'],
    [{ year: 2021, month: 6, day: 1 }, '42500'], // unchanged 2019-2021
    [{ year: 2004, month: 12, day: 31 }, undefined],
  ])('finds the minimum wage in force on %o: %s', (date, value) => {
    expect(minWageAt(params, date)?.value.toString()).toBe(value);
  });
});
