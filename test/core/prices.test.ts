import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Dec, product } from '../../src/core/money.js';
import { monthIndex } from '../../src/core/dates.js';
import type { CpiRow } from '../../src/core/data.js';
import { PriceIndex } from '../../src/core/prices.js';

const d = (s: string | number) => new Dec(s);
const where = { file: 'cpi.csv' };
const yearly = (year: number, pct: string, status: CpiRow['status'] = 'actual'): CpiRow => ({
  year,
  percent: d(pct),
  status,
  where,
});
const monthly = (year: number, month: number, pct: string, status: CpiRow['status'] = 'actual'): CpiRow => ({
  year,
  month,
  percent: d(pct),
  status,
  where,
});
const close = (a: Dec, b: Dec) => a.minus(b).abs().lt(d('1e-30'));

describe('PriceIndex', () => {
  it('starts at 1 in the December before the first year and holds each yearly row exactly', () => {
    const p = new PriceIndex([yearly(2020, '10'), yearly(2021, '5')], 'cpi.csv');
    expect(p.level(monthIndex(2019, 12)).toString()).toBe('1');
    expect(p.level(monthIndex(2020, 12)).toString()).toBe('1.1');
    expect(p.level(monthIndex(2021, 12)).toString()).toBe('1.155'); // 1.1 × 1.05
  });

  it('spreads a lone yearly row evenly: each month is 1.1^(1/12)', () => {
    const p = new PriceIndex([yearly(2020, '10')], 'cpi.csv');
    const m6 = p.level(monthIndex(2020, 6));
    expect(close(m6.pow(2), d('1.1'))).toBe(true); // six months of 1.1^(1/12), squared, is the year
  });

  it('scales twelve monthly rows by one number so their product is the yearly row (8.6%, unscaled about 8.73%)', () => {
    // The monthly rates of 2024 in the data.
    const rates = ['0.8', '1.1', '0.7', '0.6', '0.4', '0.4', '0.7', '0.6', '0.4', '0.9', '0.9', '0.9'];
    const rows = [yearly(2024, '8.6'), ...rates.map((r, i) => monthly(2024, i + 1, r))];
    const y = new PriceIndex(rows, 'cpi.csv').year(2024);
    const raw = product(rates.map((r) => d(1).plus(d(r).div(100))));
    expect(raw.minus(1).times(100).toFixed(2)).toBe('8.73');
    expect(close(product(y.factors), d('1.086'))).toBe(true);
    expect(y.yearFactor.toString()).toBe('1.086');
    // Every month is scaled by the same number.
    const scale = y.factors[0].div(d('1.008'));
    expect(close(y.factors[5].div(d('1.004')), scale)).toBe(true);
  });

  it('keeps k < 12 monthly rows as they are and fills the missing months with (yearly / product)^(1/(12 − k))', () => {
    const rows = [yearly(2026, '11.05', 'projection'), monthly(2026, 1, '1.0'), monthly(2026, 2, '1.1')];
    const y = new PriceIndex(rows, 'cpi.csv').year(2026);
    expect(y.factors[0].toString()).toBe('1.01');
    expect(y.factors[1].toString()).toBe('1.011');
    const fill = d('1.1105').div(d('1.01').times('1.011')).pow(d(1).div(10));
    expect(close(y.factors[11], fill)).toBe(true);
    expect(close(product(y.factors), d('1.1105'))).toBe(true);
    expect(y.status).toBe('projection');
  });

  it('builds a year from twelve monthly rows alone', () => {
    const rows = Array.from({ length: 12 }, (_, i) => monthly(2030, i + 1, '1'));
    expect(new PriceIndex(rows, 'cpi.csv').year(2030).yearFactor.toString()).toBe(d('1.01').pow(12).toString());
  });

  it('calls a year projection when any monthly row is one', () => {
    const rows = [yearly(2027, '5'), monthly(2027, 3, '0.5', 'projection')];
    expect(new PriceIndex(rows, 'cpi.csv').status(2027)).toBe('projection');
  });

  it('names the year and the covered range when a year cannot be built', () => {
    const p = new PriceIndex([yearly(2020, '10'), monthly(2021, 1, '1')], 'cpi.csv');
    expect(() => p.year(2021)).toThrow(
      /no inflation data for 2021 \(it has 1 monthly rows and no yearly row\): the CPI data covers 2020-2021/,
    );
    const q = new PriceIndex([yearly(2020, '10'), yearly(2021, '4')], 'cpi.csv');
    expect(() => q.level(monthIndex(2022, 12))).toThrow(/no inflation data for 2022: the CPI data covers 2020-2021/);
    expect(() => q.level(monthIndex(2019, 6))).toThrow(/no inflation data for 2019/);
  });

  it('assumes --inflation for years without data, after and before the series, and marks them projection', () => {
    const p = new PriceIndex([yearly(2020, '10')], 'cpi.csv', d('5'));
    expect(p.level(monthIndex(2021, 12)).toString()).toBe('1.155');
    expect(p.level(monthIndex(2018, 12)).toFixed(10)).toBe(d(1).div(d('1.05')).toFixed(10));
    expect(p.status(2021)).toBe('projection');
    expect(p.status(2020)).toBe('actual');
    expect(p.assumedYears(2019, 2021)).toEqual([2019, 2021]);
    // The same whatever was built before: a function of the data and the years asked about.
    expect(new PriceIndex([yearly(2020, '10')], 'cpi.csv', d('5')).assumedYears(2019, 2021)).toEqual([2019, 2021]);
    expect(p.assumedYears(2020, 2020)).toEqual([]);
  });

  it('holds the yearly row for any monthly rows and any subset of months (property)', () => {
    const rate = fc.integer({ min: -30, max: 80 }).map((n) => (n / 10).toFixed(1)); // -3.0% .. 8.0% a month
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 300 }),
        fc.array(fc.option(rate, { nil: undefined }), { minLength: 12, maxLength: 12 }),
        (yearTenths, months) => {
          const rows: CpiRow[] = [yearly(2024, (yearTenths / 10).toFixed(1))];
          months.forEach((r, i) => {
            if (r !== undefined) rows.push(monthly(2024, i + 1, r));
          });
          const y = new PriceIndex(rows, 'cpi.csv').year(2024);
          const known = months.filter((r) => r !== undefined).length;
          if (known < 12) {
            months.forEach((r, i) => {
              if (r !== undefined) expect(y.factors[i].eq(d(1).plus(d(r).div(100)))).toBe(true);
            });
          }
          return close(product(y.factors), d(1).plus(d(yearTenths).div(1000)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
