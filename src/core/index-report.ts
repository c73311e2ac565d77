import { monthIndex } from './dates.js';
import { type Dec, ONE, factorToPercent, percentToFactor, product } from './money.js';
import type { Category, Raise, Status } from './data.js';
import { raiseFactorInMonth, raisePercent, type RangeChoice } from './engine.js';
import type { PriceIndex } from './prices.js';
import { inScope } from './scope.js';

export interface IndexReportInput {
  raises: readonly Raise[];
  /** With a category, raises out of its scope are skipped; without one, every raise counts. */
  category?: Category;
  prices: PriceIndex;
  fromYear: number;
  toYear: number;
  range: RangeChoice;
}

export interface IndexRow {
  year: number;
  /** The raises that count and take effect in the year, in date order. */
  raises: Raise[];
  /** Compound percent of the year's raises, each taken whole. */
  raisePct: Dec;
  /** December level of the raises against the December before the first year. */
  nominalIndex: Dec;
  inflationPct: Dec;
  /** December price level against the December before the first year. */
  priceIndex: Dec;
  realIndex: Dec;
  /** Real index against the year before (the first year: against the base, 1). */
  realChangePct: Dec;
  status: Status;
}

export interface IndexReport {
  rows: IndexRow[];
  nominalIndex: Dec;
  priceIndex: Dec;
  realIndex: Dec;
  /** real_index^(1/years) − 1, in percent: the real change of an average year. */
  realCagrPct: Dec;
  /** Years whose real index fell against the year before: the raises were eaten by inflation. */
  yearsRealFell: number[];
  /**
   * The one raise at the end of the period that brings the real index back to its best level within the period, in
   * percent: best / last − 1, 0 when the last year is the best. The period starts at its base December (real index
   * 1), so a real index that never rose above its start is brought back to 1.
   */
  catchUpPct: Dec;
  /** Raises of the period left out because they do not cover the category. */
  skipped: Raise[];
  /** Raises of the period that count although their scope is narrower than all (no category given). */
  scopesIgnored: Raise[];
}

/** The default period: the first year of a raise that counts to the last year with actual CPI data. */
export function defaultIndexPeriod(
  raises: readonly Raise[],
  category: Category | undefined,
  prices: PriceIndex,
): { from?: number; to?: number } {
  const counted = category ? raises.filter((r) => inScope(r, category)) : raises;
  const first = counted.reduce<number | undefined>(
    (min, r) => (min === undefined || r.effective.year < min ? r.effective.year : min),
    undefined,
  );
  return { from: first, to: prices.lastActualYear() };
}

/**
 * The raises against prices, year by year from `fromYear` to `toYear`: nominal index (December level of the raises,
 * pro rata by days for a raise dated after the 1st of December), price index and their ratio, the real index.
 */
export function computeIndexReport(input: IndexReportInput): IndexReport {
  const { prices, fromYear, toYear, range, category } = input;
  const counts = (r: Raise) => category === undefined || inScope(r, category);
  const inPeriod = (r: Raise) => r.effective.year >= fromYear && r.effective.year <= toYear;
  const counted = input.raises.filter(counts);
  // The raises' December level, as salary's engine takes it: whole factors, pro rata in the month of effect.
  const decemberLevel = (year: number) =>
    product(counted.map((r) => raiseFactorInMonth(r, monthIndex(year, 12), range)));
  const base = decemberLevel(fromYear - 1);

  const rows: IndexRow[] = [];
  let priceIndex = ONE;
  let previousReal = ONE;
  for (let year = fromYear; year <= toYear; year++) {
    const yearRaises = counted.filter((r) => r.effective.year === year);
    const nominalIndex = decemberLevel(year).div(base);
    const price = prices.year(year);
    priceIndex = priceIndex.times(price.yearFactor);
    const realIndex = nominalIndex.div(priceIndex);
    rows.push({
      year,
      raises: yearRaises,
      raisePct: factorToPercent(product(yearRaises.map((r) => percentToFactor(raisePercent(r, range))))),
      nominalIndex,
      inflationPct: factorToPercent(price.yearFactor),
      priceIndex,
      realIndex,
      realChangePct: factorToPercent(realIndex.div(previousReal)),
      status: price.status,
    });
    previousReal = realIndex;
  }
  const last = rows[rows.length - 1];
  const years = toYear - fromYear + 1;
  // The best real index, as its nominal and price indices: best / last from those, where they are exact, stays exact.
  const start = { realIndex: ONE, nominalIndex: ONE, priceIndex: ONE };
  const best = rows.reduce<typeof start>((max, r) => (r.realIndex.gt(max.realIndex) ? r : max), start);
  return {
    rows,
    nominalIndex: last.nominalIndex,
    priceIndex: last.priceIndex,
    realIndex: last.realIndex,
    realCagrPct: factorToPercent(last.realIndex.pow(ONE.div(years))),
    catchUpPct: factorToPercent(best.nominalIndex.times(last.priceIndex).div(last.nominalIndex.times(best.priceIndex))),
    yearsRealFell: rows.filter((r) => r.realChangePct.isNegative() && !r.realChangePct.isZero()).map((r) => r.year),
    skipped: input.raises.filter((r) => inPeriod(r) && !counts(r)),
    scopesIgnored: category === undefined ? input.raises.filter((r) => inPeriod(r) && r.selectors.length > 0) : [],
  };
}
