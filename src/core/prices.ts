import { InputError } from './errors.js';
import { monthIndex, monthOf, yearOf, type MonthIndex } from './dates.js';
import { Dec, ONE, percentToFactor, product, type Dec as DecT } from './money.js';
import type { CpiRow, Status } from './data.js';

/** One year of prices: December on December, and its twelve month-on-month factors (built on first use). */
export interface PriceYear {
  year: number;
  /** December on December; exactly the yearly row where there is one. */
  yearFactor: DecT;
  status: Status;
  assumed: boolean;
  /** Twelve month-on-month factors whose product is the yearly factor. */
  readonly factors: DecT[];
}

/**
 * Price levels by month from a CPI series. P of the December before the first year of data is 1. Each year's twelve
 * monthly factors are built so that its yearly row holds exactly (see the spec, "Prices"); a year that cannot be built
 * is an error unless an assumed December-on-December rate is given for such years.
 */
export class PriceIndex {
  private readonly yearly = new Map<number, CpiRow>();
  private readonly monthly = new Map<number, Map<number, CpiRow>>();
  private readonly years = new Map<number, PriceYear>();
  private readonly decLevels = new Map<number, DecT>();
  private readonly monthLevels = new Map<MonthIndex, DecT>();
  readonly firstYear: number;
  readonly lastYear: number;

  constructor(
    rows: readonly CpiRow[],
    private readonly file: string,
    /** Assumed December-on-December inflation, percent, for years the data cannot build. */
    private readonly assumedPercent?: DecT,
  ) {
    for (const r of rows) {
      if (r.month === undefined) this.yearly.set(r.year, r);
      else {
        let m = this.monthly.get(r.year);
        if (!m) this.monthly.set(r.year, (m = new Map()));
        m.set(r.month, r);
      }
    }
    const all = rows.map((r) => r.year);
    if (all.length === 0) throw new InputError('the CPI file has no rows', { file }, 'at least one period');
    this.firstYear = Math.min(...all);
    this.lastYear = Math.max(...all);
  }

  /** The years the data covers, for messages: "2004-2031". */
  get coverage(): string {
    return `${this.firstYear}-${this.lastYear}`;
  }

  /** The built year, or an error naming the year and the covered range. */
  year(year: number): PriceYear {
    const cached = this.years.get(year);
    if (cached) return cached;
    const built = this.build(year);
    this.years.set(year, built);
    return built;
  }

  /**
   * The years that rest on the assumed rate among those the price levels of years `from`..`to` are built from: the
   * years themselves and every year between them and the data, ascending. A function of the data alone, whatever
   * was computed before.
   */
  assumedYears(from: number, to: number): number[] {
    const out: number[] = [];
    const last = Math.max(to, this.firstYear - 1);
    for (let y = Math.min(from, this.firstYear); y <= last; y++) if (this.year(y).assumed) out.push(y);
    return out;
  }

  /** The price level at the end of December of `year`. */
  decemberLevel(year: number): DecT {
    const cached = this.decLevels.get(year);
    if (cached) return cached;
    let level: DecT;
    if (year === this.firstYear - 1) level = ONE;
    else if (year >= this.firstYear) {
      // Iterate up from the last known level instead of recursing through decades.
      let y = year - 1;
      while (y >= this.firstYear && !this.decLevels.has(y)) y--;
      level = y >= this.firstYear ? this.decLevels.get(y)! : ONE;
      for (let k = y + 1; k <= year; k++) {
        level = level.times(this.year(k).yearFactor);
        this.decLevels.set(k, level);
      }
    } else {
      let lv = ONE;
      for (let k = this.firstYear - 1; k > year; k--) lv = lv.div(this.year(k).yearFactor);
      level = lv;
    }
    this.decLevels.set(year, level);
    return level;
  }

  /** P(month): the price level of a calendar month. */
  level(month: MonthIndex): DecT {
    const y = yearOf(month);
    const m = monthOf(month);
    if (m === 12) return this.decemberLevel(y);
    const cached = this.monthLevels.get(month);
    if (cached) return cached;
    const level = (m === 1 ? this.decemberLevel(y - 1) : this.level(month - 1)).times(this.year(y).factors[m - 1]);
    this.monthLevels.set(month, level);
    return level;
  }

  /**
   * The last year whose data is complete (a yearly row or all twelve monthly rows) and all actual, without building or
   * assuming any year; undefined when there is none.
   */
  lastActualYear(): number | undefined {
    for (let y = this.lastYear; y >= this.firstYear; y--) {
      const yearly = this.yearly.get(y);
      const months = [...(this.monthly.get(y)?.values() ?? [])];
      if (!yearly && months.length < 12) continue;
      if (yearly?.status !== 'projection' && months.every((r) => r.status === 'actual')) return y;
    }
    return undefined;
  }

  /** Status of the year's prices: projection when any of its rows is, or when it was assumed. */
  status(year: number): Status {
    return this.year(year).status;
  }

  private build(year: number): PriceYear {
    const yearly = this.yearly.get(year);
    const months = this.monthly.get(year) ?? new Map<number, CpiRow>();
    let yearFactor: DecT | undefined = yearly ? percentToFactor(yearly.percent) : undefined;
    let assumed = false;
    if (yearFactor === undefined && months.size < 12) {
      if (this.assumedPercent === undefined) {
        const partial = months.size > 0 ? ` (it has ${months.size} monthly rows and no yearly row)` : '';
        throw new InputError(
          `no inflation data for ${year}${partial}: the CPI data covers ${this.coverage}`,
          { file: this.file },
          `a yearly row for ${year}, all twelve monthly rows, or --inflation PCT to assume a rate`,
        );
      }
      yearFactor = percentToFactor(this.assumedPercent);
      assumed = true;
    }
    const given: (DecT | undefined)[] = [];
    for (let m = 1; m <= 12; m++) {
      const row = months.get(m);
      given.push(row ? percentToFactor(row.percent) : undefined);
    }
    const projection =
      assumed || yearly?.status === 'projection' || [...months.values()].some((r) => r.status === 'projection');
    const status: Status = projection ? 'projection' : 'actual';
    if (yearFactor === undefined) {
      const factors = given as DecT[];
      return { year, factors, yearFactor: product(factors), status, assumed };
    }
    // The monthly factors take roots, which are slow at this precision:
    // build them only for a year whose months are asked for.
    const yf = yearFactor;
    let factors: DecT[] | undefined;
    return {
      year,
      yearFactor: yf,
      status,
      assumed,
      get factors(): DecT[] {
        return (factors ??= monthFactors(given, yf));
      },
    };
  }
}

/**
 * Twelve monthly factors that multiply to the yearly factor: all twelve given → each scaled by the same number;
 * k < 12 given → those as they are and each missing month (yearly / product of the k)^(1/(12 − k)).
 */
function monthFactors(given: (DecT | undefined)[], yearFactor: DecT): DecT[] {
  const known = given.filter((f): f is DecT => f !== undefined);
  if (known.length === 12) {
    const scale = root(yearFactor.div(product(known)), 12);
    return known.map((f) => f.times(scale));
  }
  const fill = root(yearFactor.div(product(known)), 12 - known.length);
  return given.map((f) => f ?? fill);
}

/**
 * The n-th root of a factor near 1, by Newton's method on x^n = f from f's own neighbourhood: a few multiplications
 * and divisions, where decimal.js's general pow goes through a logarithm and an exponential at full precision.
 */
export function root(f: DecT, n: number): DecT {
  if (n === 1) return f;
  // Start from the first-order estimate 1 + (f − 1) / n; Newton doubles the correct digits each step.
  let x = ONE.plus(f.minus(ONE).div(n));
  const tolerance = new Dec('1e-38');
  for (let i = 0; i < 20; i++) {
    const next = x.minus(
      x
        .pow(n)
        .minus(f)
        .div(x.pow(n - 1).times(n)),
    );
    if (next.minus(x).abs().lt(tolerance)) return next;
    x = next;
  }
  return x;
}

/** The twelve month indices of a year. */
export function monthsOf(year: number): MonthIndex[] {
  return Array.from({ length: 12 }, (_, i) => monthIndex(year, i + 1));
}

/**
 * The years whose rates the price level of `month` is built from, as bounds to widen a report's years by: a month
 * needs its own year; December needs no later one, and the December before the data (P = 1) none at all.
 */
export function pricesMonthYears(month: MonthIndex): { first: number; last: number } {
  const year = yearOf(month);
  return { first: monthOf(month) === 12 ? year + 1 : year, last: year };
}
