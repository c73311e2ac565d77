import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { monthIndex } from '../../src/core/dates.js';
import type { Category, Raise, SeniorityBand } from '../../src/core/data.js';
import { compareDates, type CalDate } from '../../src/core/dates.js';
import {
  SalaryModel,
  raiseFactorInMonth,
  rollSchedule,
  rollTo,
  rolledLevels,
  seniorityShare,
} from '../../src/core/engine.js';
import { inScope } from '../../src/core/scope.js';

const d = (s: string) => new Dec(s);
const category = (over: Partial<Category> = {}): Category => ({
  code: 'T-1',
  min: d('100000'),
  max: d('200000'),
  rank: 1,
  tier: 'lower',
  corps: 'B',
  cells: { code: 'T-1', tier: 'lower', corps: 'B', block: 'b' },
  maxAt: { file: 'grid.csv', line: 2, column: 9 },
  ...over,
});
const raise = (date: string, low: string, high = low, selectors: Raise['selectors'] = []): Raise => {
  const [year, month, day] = date.split('-').map(Number);
  return {
    effective: { year, month, day },
    low: d(low),
    high: d(high),
    text: low === high ? low : `${low}-${high}`,
    selectors,
    scopeText: 'all',
  };
};
const bands: SeniorityBand[] = [
  { from: d('0'), to: d('1'), share: d('0') },
  { from: d('1'), to: d('5'), share: d('0.5') },
  { from: d('5'), share: d('1') },
];

describe('raiseFactorInMonth', () => {
  const tenth = d('0.1');
  it.each([
    // effective date, year, month, expected factor (worked by hand)
    ['2024-03-01', 2024, 3, d('1.1')], // on the 1st: the whole month
    ['2024-03-01', 2024, 2, d('1')], // the month before it takes effect
    ['2024-03-01', 2025, 1, d('1.1')], // any later month
    ['2024-03-17', 2024, 3, d('1').plus(tenth.times(15).div(31))], // 31 − 17 + 1 = 15 of 31 days
    ['2024-02-16', 2024, 2, d('1').plus(tenth.times(14).div(29))], // leap February: 29 − 16 + 1 = 14 of 29 days
    ['2023-02-16', 2023, 2, d('1').plus(tenth.times(13).div(28))], // 28 − 16 + 1 = 13 of 28 days
  ])('counts a 10%% raise dated %s in %i-%i as %s', (date, y, m, expected) => {
    expect(raiseFactorInMonth(raise(date, '10'), monthIndex(y, m), 'mid').eq(expected)).toBe(true);
  });

  it('takes the low end, midpoint or high end of a range raise', () => {
    const r = raise('2019-06-01', '25', '30');
    expect(raiseFactorInMonth(r, monthIndex(2019, 6), 'low').toString()).toBe('1.25');
    expect(raiseFactorInMonth(r, monthIndex(2019, 6), 'mid').toString()).toBe('1.275');
    expect(raiseFactorInMonth(r, monthIndex(2019, 6), 'high').toString()).toBe('1.3');
  });
});

describe('seniorityShare', () => {
  it.each([
    ['0', '0'],
    ['0.99', '0'],
    ['1', '0.5'],
    ['4.9', '0.5'],
    ['5', '1'],
    ['40', '1'],
  ])('puts %s years of service at share %s', (years, share) => {
    expect(seniorityShare(bands, d(years)).toString()).toBe(share);
  });
});

describe('SalaryModel', () => {
  const asOf = { year: 2024, month: 1, day: 1 };
  const options = { asOf, range: 'mid' as const, experience: d('0'), bands, holdSeniority: true };

  it('multiplies later months by raises after the as-of date and divides out those on or before it', () => {
    const m = new SalaryModel(category(), [raise('2023-01-01', '20'), raise('2025-01-01', '10')], options);
    expect(m.levelAt(monthIndex(2024, 6)).toString()).toBe('100000');
    expect(m.levelAt(monthIndex(2025, 1)).toString()).toBe('110000');
    // Before 2023-01-01 the +20% is divided out: 100000 / 1.2 = 83333.33...
    expect(m.levelAt(monthIndex(2022, 12)).toFixed(2)).toBe('83333.33');
    expect(m.levelAt(monthIndex(2023, 1)).toString()).toBe('100000');
  });

  it('counts a raise dated mid-month pro rata: +10% from 2025-04-11 is 20/30 of a month in April', () => {
    const m = new SalaryModel(category(), [raise('2025-04-11', '10')], options);
    // 100000 × (1 + 0.1 × 20/30) = 106666.67
    expect(m.levelAt(monthIndex(2025, 4)).toFixed(2)).toBe('106666.67');
    expect(m.levelAt(monthIndex(2025, 5)).toString()).toBe('110000');
  });

  it('skips raises whose scope does not cover the category', () => {
    const higherOnly = raise('2025-01-01', '10', '10', [{ column: 'tier', value: 'higher', prefix: false }]);
    const m = new SalaryModel(category(), [higherOnly], options);
    expect(m.levelAt(monthIndex(2025, 6)).toString()).toBe('100000');
  });

  it('moves through the bands as experience grows one twelfth a year per month, never below 0 going back', () => {
    const m = new SalaryModel(category(), [], { ...options, holdSeniority: false, experience: d('0.5') });
    expect(m.experienceAt(monthIndex(2024, 7)).toString()).toBe('1');
    expect(m.levelAt(monthIndex(2024, 6)).toString()).toBe('100000'); // 0.9166… years: band 0
    expect(m.levelAt(monthIndex(2024, 7)).toString()).toBe('150000'); // 1 year: share 0.5 → 100000 + 0.5 × 100000
    expect(m.experienceAt(monthIndex(2020, 1)).toString()).toBe('0');
  });

  it('holds the as-of band with holdSeniority', () => {
    const m = new SalaryModel(category(), [], { ...options, experience: d('1') });
    expect(m.levelAt(monthIndex(2030, 1)).toString()).toBe('150000');
  });

  it('refuses to move a category without max through the bands, pointing at its max cell', () => {
    const m = new SalaryModel(category({ max: undefined }), [], { ...options, holdSeniority: false });
    expect(m.levelAt(monthIndex(2024, 12)).toString()).toBe('100000');
    expect(() => m.levelAt(monthIndex(2025, 1))).toThrow(/T-1 has no max salary/);
  });
});

describe('inScope', () => {
  it.each([
    ['tier', 'lower', false, true],
    ['tier', 'LOWER', false, true],
    ['tier', 'higher', false, false],
    ['code', 'T-', true, true],
    ['code', 'E-', true, false],
  ])('selector %s=%s (prefix %s) covers the category: %s', (column, value, prefix, expected) => {
    const r = raise('2025-01-01', '1', '1', [{ column, value, prefix }]);
    expect(inScope(r, category())).toBe(expected);
  });
});

describe('rolling an amount through a schedule of raises, rounded after each', () => {
  it('rounds the start and each raise half up, and divides raises out latest first going back', () => {
    // 36 001 × 1.03 = 37 081.03 → 37 081; × 1.025 = 38 008.025 → 38 008. Back from 2025-01-01 past +10% on
    // 2024-07-01 and +5% on 2024-01-01: 36 001 / 1.1 = 32 728.18… → 32 728; / 1.05 = 31 169.52… → 31 170.
    const raises = [
      raise('2027-01-01', '2.5'),
      raise('2026-01-01', '3'),
      raise('2024-07-01', '10'),
      raise('2024-01-01', '5'),
    ];
    const from = { year: 2025, month: 1, day: 1 };
    const levels = rolledLevels(d('36001'), rollSchedule(raises), from, 0);
    expect(levels.at({ year: 2026, month: 1, day: 1 }).toString()).toBe('37081');
    expect(levels.at({ year: 2027, month: 6, day: 30 }).toString()).toBe('38008');
    expect(levels.at({ year: 2024, month: 12, day: 31 }).toString()).toBe('36001');
    expect(levels.at({ year: 2024, month: 6, day: 30 }).toString()).toBe('32728');
    expect(levels.at({ year: 2023, month: 1, day: 1 }).toString()).toBe('31170');
    expect(rollTo(d('36001'), raises, from, { year: 2027, month: 1, day: 1 }, 0).toString()).toBe('38008');
  });

  // The roll as the schedule reads: sort the raises, then multiply (or divide, latest first) one raise at a time.
  const plainRoll = (amount: Dec, raises: Raise[], from: CalDate, to: CalDate, round?: number): Dec => {
    const r = (x: Dec) => (round === undefined ? x : x.toDecimalPlaces(round, Dec.ROUND_HALF_UP));
    const factor = (x: Raise) => new Dec(1).plus(x.low.plus(x.high).div(2).div(100));
    const inOrder = [...raises].sort((a, b) => compareDates(a.effective, b.effective));
    let level = r(amount);
    if (compareDates(to, from) >= 0) {
      for (const x of inOrder)
        if (compareDates(x.effective, from) > 0 && compareDates(x.effective, to) <= 0)
          level = r(level.times(factor(x)));
    } else {
      for (const x of inOrder.reverse())
        if (compareDates(x.effective, to) > 0 && compareDates(x.effective, from) <= 0) level = r(level.div(factor(x)));
    }
    return level;
  };
  const date = fc
    .record({ year: fc.integer({ min: 2020, max: 2030 }), month: fc.integer({ min: 1, max: 12 }) })
    .chain(({ year, month }) => fc.integer({ min: 1, max: 28 }).map((day) => ({ year, month, day })));
  const pct = fc.integer({ min: -5000, max: 50000 }).map((n) => (n / 1000).toString());
  const asText = (x: CalDate) => `${x.year}-${String(x.month).padStart(2, '0')}-${String(x.day).padStart(2, '0')}`;

  it('gives what rolling raise by raise gives, at every date, forward and back, each level worked once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ on: date, low: pct, high: pct }), { maxLength: 8 }),
        date,
        fc.array(date, { minLength: 1, maxLength: 12 }),
        fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (spec, from, tos, round, cents) => {
          const raises = spec.map((x) => raise(asText(x.on), x.low, x.high));
          const amount = new Dec(cents).div(100);
          const levels = rolledLevels(amount, rollSchedule(raises), from, round);
          for (const to of tos) {
            expect(levels.at(to).toString()).toBe(plainRoll(amount, raises, from, to, round).toString());
          }
        },
      ),
    );
  });
});
