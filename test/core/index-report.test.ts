import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { raiseLabel } from '../../src/core/assumptions.js';
import { computeIndexReport, defaultIndexPeriod } from '../../src/core/index-report.js';
import { Dec } from '../../src/core/money.js';
import { PriceIndex } from '../../src/core/prices.js';
import { parseCsv } from '../../src/io/csv.js';
import { parseCpi, parseGrid, parseRaises } from '../../src/io/datasets.js';
import type { Raise } from '../../src/core/data.js';
import { EMBEDDED_SYSTEM_DIR } from '../../src/io/load.js';
import { english, inEnglish } from '../helpers/words.js';

const raisesOf = (text: string) => parseRaises(parseCsv(text, 'raises.csv'), 'auto');
const pricesOf = (text: string) => new PriceIndex(parseCpi(parseCsv(text, 'cpi.csv'), 'auto'), 'cpi.csv');
const grid = parseGrid(parseCsv('code,corps,tier,min\nB-1,B,lower,100\nA-1,A,higher,100\n', 'grid.csv'), 'auto');
const [corpsB, corpsA] = grid.categories;

const RAISES = raisesOf(
  'effective,percent,scope\n2010-01-01,10,all\n2012-07-01,20-30,all\n2013-01-01,50,corps=B\n2014-12-17,31,all\n',
);
const CPI = pricesOf(
  'period,inflation_pct,status\n2010,5,actual\n2011,4,actual\n2012,10,actual\n' +
    '2013,0,actual\n2014,2,actual\n2015,3,projection\n',
);

describe('computeIndexReport', () => {
  it('compounds the raises, divides by the price index and lists the years whose real index fell', () => {
    const report = computeIndexReport({ raises: RAISES, prices: CPI, fromYear: 2010, toYear: 2013, range: 'low' });
    const rows = report.rows;
    expect(rows.map((r) => r.year)).toEqual([2010, 2011, 2012, 2013]);
    // nominal: 1.10, 1.10, 1.10 × 1.20 = 1.32, × 1.50 = 1.98 (no --code: the corps=B raise counts too)
    expect(rows.map((r) => r.nominalIndex.toString())).toEqual(['1.1', '1.1', '1.32', '1.98']);
    // prices: 1.05, 1.05 × 1.04 = 1.092, × 1.10 = 1.2012, × 1.00
    expect(rows.map((r) => r.priceIndex.toString())).toEqual(['1.05', '1.092', '1.2012', '1.2012']);
    // real 2011: 1.10 / 1.092 against 1.10 / 1.05: 1.05 / 1.092 − 1 = −3.846153...%; no raise, 4% inflation
    expect(rows[1].realChangePct.toFixed(6)).toBe('-3.846154');
    // 2012: 1.32 / 1.2012 against 1.10 / 1.092: 1.20 / 1.10 − 1 = 9.0909...%
    expect(rows[2].realChangePct.toFixed(4)).toBe('9.0909');
    expect(report.yearsRealFell).toEqual([2011]);
    // real index 1.98 / 1.2012 = 1.648351...; over 4 years: 1.648351^(1/4) − 1 = 13.3089...%
    expect(report.realIndex.toFixed(6)).toBe('1.648352');
    expect(report.realCagrPct.toFixed(4)).toBe(new Dec('1.98').div('1.2012').pow(0.25).minus(1).times(100).toFixed(4));
    expect(report.realCagrPct.toFixed(2)).toBe('13.31');
    expect(report.scopesIgnored.map((x) => inEnglish(raiseLabel(x)))).toEqual(['50% from 2013-01-01']);
  });

  it.each([
    ['low', '20'],
    ['mid', '25'],
    ['high', '30'],
  ] as const)('takes the %s end of a range raise: %s%%', (range, pct) => {
    const report = computeIndexReport({ raises: RAISES, prices: CPI, fromYear: 2012, toYear: 2012, range });
    expect(report.rows[0].raisePct.toString()).toBe(pct);
    expect(report.rows[0].raises.map((x) => inEnglish(raiseLabel(x)))).toEqual(['20-30% from 2012-07-01']);
  });

  it('skips the raises out of the scope of --code and says which', () => {
    const b = computeIndexReport({
      raises: RAISES,
      category: corpsB,
      prices: CPI,
      fromYear: 2013,
      toYear: 2013,
      range: 'mid',
    });
    const a = computeIndexReport({
      raises: RAISES,
      category: corpsA,
      prices: CPI,
      fromYear: 2013,
      toYear: 2013,
      range: 'mid',
    });
    expect(b.nominalIndex.toString()).toBe('1.5');
    expect(b.skipped).toEqual([]);
    expect(a.nominalIndex.toString()).toBe('1');
    expect(a.skipped.map((x) => inEnglish(raiseLabel(x)))).toEqual(['50% from 2013-01-01']);
    expect(a.yearsRealFell).toEqual([]); // 0% inflation and no raise: the real index holds
  });

  it('counts a raise dated after the 1st of December pro rata by days in that December', () => {
    const report = computeIndexReport({ raises: RAISES, prices: CPI, fromYear: 2014, toYear: 2015, range: 'mid' });
    // 31% from the 17th: 15 of 31 days, 1 + 0.31 × 15 / 31 = 1.15; the whole 1.31 from January
    expect(report.rows.map((r) => r.nominalIndex.toString())).toEqual(['1.15', '1.31']);
    // raise % is the whole raise of the year, as in salary
    expect(report.rows[0].raisePct.toString()).toBe('31');
    expect(report.rows.map((r) => r.status)).toEqual(['actual', 'projection']);
  });

  it('starts at 1 in the December before the first year, whatever came before', () => {
    const report = computeIndexReport({ raises: RAISES, prices: CPI, fromYear: 2011, toYear: 2011, range: 'mid' });
    expect(report.nominalIndex.toString()).toBe('1');
    expect(report.priceIndex.toString()).toBe('1.04');
  });
});

describe('catchUpPct', () => {
  const raises = raisesOf('effective,percent\n2010-01-01,10\n');
  const cpi = pricesOf('period,inflation_pct\n2010,5\n2011,4\n2012,2\n2013,-10\n');
  const catchUp = (fromYear: number, toYear: number, rs = raises) =>
    computeIndexReport({ raises: rs, prices: cpi, fromYear, toYear, range: 'mid' }).catchUpPct.toString();

  it('is the raise that brings the last real index back to the best of the period', () => {
    // real: 2010 1.10 / 1.05 (the best), 2011 1.10 / 1.092, 2012 1.10 / 1.11384; best / last = 1.11384 / 1.05
    expect(catchUp(2010, 2011)).toBe('4'); // 1.092 / 1.05 = 1.04
    expect(catchUp(2010, 2012)).toBe('6.08'); // 1.11384 / 1.05 = 1.0608
  });

  it('is 0 when the last year is the best', () => {
    expect(catchUp(2010, 2010)).toBe('0');
    // 2013: prices fall 10%, real 1.10 / 1.002456 above 2010's 1.10 / 1.05
    expect(catchUp(2010, 2013)).toBe('0');
  });

  it('counts the base December (real index 1) as the start of the period', () => {
    // From 2011 on no raise: real 1 / 1.04 then 1 / 1.0608; the best is the base, 1.
    expect(catchUp(2011, 2012)).toBe('6.08');
  });

  describe('on the embedded raises and CPI, every raise counted', () => {
    const embedded = (name: string) => readFileSync(`${EMBEDDED_SYSTEM_DIR}/${name}`, 'utf8');
    const allRaises = parseRaises(parseCsv(embedded('raises.csv'), 'raises.csv'), 'point');
    const kz = new PriceIndex(parseCpi(parseCsv(embedded('cpi.csv'), 'cpi.csv'), 'point'), 'cpi.csv');
    const report = (toYear: number) =>
      computeIndexReport({ raises: allRaises, prices: kz, fromYear: 2005, toYear, range: 'mid' });
    const cpiOf = (...pcts: string[]) => pcts.reduce((f, p) => f.times(new Dec(p).div(100).plus(1)), new Dec(1));

    it('is 0 for 2005-2023: 2023 is the best year', () => {
      // real 2021 = 1.9866, 2022 = 1.9816 (+20% against 20.3% inflation), 2023 = 2.1657 (+20% against 9.8%)
      expect(report(2023).catchUpPct.toString()).toBe('0');
    });

    it('is 1.203 / 1.2 − 1 = 0.25% for 2005-2022: 2021 was the best', () => {
      expect(report(2022).catchUpPct.toString()).toBe('0.25');
    });

    it('brings 2020 back to 2011 for 2005-2020: nine years of prices against the raises of 2016 and 2019', () => {
      // best 2011; from it to 2020 the raises +30% (2016, corps B counted) and +27.5% (2019, 25-30 midpoint)
      const best = cpiOf('6.0', '4.8', '7.4', '13.6', '8.5', '7.1', '5.3', '5.4', '7.5').div(
        new Dec('1.3').times('1.275'),
      );
      expect(report(2020).catchUpPct.toFixed(20)).toBe(best.minus(1).times(100).toFixed(20));
      expect(report(2020).catchUpPct.toFixed(4)).toBe('13.3686');
    });
  });
});

describe('defaultIndexPeriod', () => {
  it('runs from the first raise year that counts to the last year with actual CPI', () => {
    expect(defaultIndexPeriod(RAISES, undefined, CPI)).toEqual({ from: 2010, to: 2014 });
    const only = raisesOf('effective,percent,scope\n2011-01-01,5,corps=A\n2012-01-01,5,corps=B\n');
    expect(defaultIndexPeriod(only, corpsB, CPI)).toEqual({ from: 2012, to: 2014 });
  });

  it('takes a year with an actual yearly row but a projected month as a projection', () => {
    const cpi = pricesOf('period,inflation_pct,status\n2010,5,actual\n2011,4,actual\n2011-03,1,projection\n');
    expect(cpi.lastActualYear()).toBe(2010);
  });
});

describe('raiseLabel', () => {
  const r = (low: string, high: string, text: string): Raise => ({
    effective: { year: 2024, month: 7, day: 1 },
    low: new Dec(low),
    high: new Dec(high),
    text,
    selectors: [],
    scopeText: 'all',
  });
  it.each([
    // Worded so that no label begins with = + - or @: a spreadsheet never takes one for a formula.
    [r('32', '32', '32'), '32% from 2024-07-01'],
    [r('12.5', '12.5', '12,5'), '12.5% from 2024-07-01'], // written with a comma, shown as a number
    [r('-5', '-5', '-5'), '5% cut from 2024-07-01'],
    [r('25', '30', '25–30'), '25-30% from 2024-07-01'],
    [r('-5', '-3', '-5--3'), 'between -5% and -3% from 2024-07-01'],
  ])('labels %j as %s', (raise, label) => {
    expect(english(raiseLabel(raise))).toBe(label);
  });

  it('marks a scenario raise and shows its computed percent to 4 decimals', () => {
    const computed = { ...r('17.60403366', '17.60403366', '17.604'), scenario: '--raise 2024-07-01:restore=2023-12' };
    expect(english(raiseLabel(computed))).toBe('17.604% from 2024-07-01 (scenario)');
  });
});
