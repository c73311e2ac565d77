import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { monthIndex } from '../../src/core/dates.js';
import type { Category, Raise, SeniorityBand } from '../../src/core/data.js';
import { SalaryModel, raiseFactorInMonth, seniorityShare } from '../../src/core/engine.js';
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
