import { InputError } from './errors.js';
import {
  compareDates,
  daysInMonth,
  formatMonth,
  monthOf,
  monthOfDate,
  yearOf,
  type CalDate,
  type MonthIndex,
} from './dates.js';
import { Dec, ONE, ZERO, type Dec as DecT } from './money.js';
import type { Category, Raise, SeniorityBand } from './data.js';
import { raisesFor } from './scope.js';
import { ladderOf } from './seniority.js';

export type RangeChoice = 'low' | 'mid' | 'high';

/** The percent a raise stands for under the range choice: a range's low end, midpoint or high end. */
export function raisePercent(raise: Raise, range: RangeChoice): DecT {
  if (range === 'low') return raise.low;
  if (range === 'high') return raise.high;
  return raise.low.plus(raise.high).div(2);
}

/**
 * A raise's factor in a month: the whole (1 + p) from the month it takes effect on the 1st or earlier, a pro rata
 * part by days in the month it takes effect after the 1st, and 1 before.
 */
export function raiseFactorInMonth(raise: Raise, month: MonthIndex, range: RangeChoice): DecT {
  return factorInMonth(raise.effective, raisePercent(raise, range).div(100), month);
}

/** The month rule of raiseFactorInMonth for a rate (0.16 for +16%) taking effect on a date. */
function factorInMonth(effective: CalDate, rate: DecT, month: MonthIndex): DecT {
  const start = monthOfDate(effective);
  if (start > month) return ONE;
  if (start < month || effective.day === 1) return ONE.plus(rate);
  const dim = daysInMonth(yearOf(month), monthOf(month));
  return ONE.plus(rate.times(dim - effective.day + 1).div(dim));
}

/** A raise of a schedule in date order, with its factor (1 + p under the range choice) worked out once. */
export interface RollStep {
  effective: CalDate;
  factor: DecT;
}

/** The raises in date order (a stable sort: raises of one date keep their order), each with its factor. */
export function rollSchedule(raises: readonly Raise[], range: RangeChoice = 'mid'): RollStep[] {
  return [...raises]
    .sort((a, b) => compareDates(a.effective, b.effective))
    .map((r) => ({ effective: r.effective, factor: ONE.plus(raisePercent(r, range).div(100)) }));
}

/** An amount in force on the grid date, carried to another date through the raises (rounded after each). */
export function rollTo(
  amount: DecT,
  raises: readonly Raise[],
  from: CalDate,
  to: CalDate,
  round?: number,
  range: RangeChoice = 'mid',
): DecT {
  return rolledLevels(amount, rollSchedule(raises, range), from, round).at(to);
}

/**
 * An amount in force on a date (`from`) carried through a schedule to any other date: forward, times each raise dated
 * after `from` up to the date; back, each raise dated after the date up to `from` divided out, latest first; rounded
 * (half up, to `round` places) at the start and after each raise when `round` is given. The levels after each raise
 * are worked out once, on first use, so that the months of a report each cost a search, not a roll.
 */
export function rolledLevels(amount: DecT, schedule: readonly RollStep[], from: CalDate, round?: number): RolledLevels {
  return new RolledLevels(amount, schedule, from, round);
}

/** See rolledLevels. */
export class RolledLevels {
  /** The first raise of the schedule dated after `from`. */
  private readonly after: number;
  /** forward[k]: the amount after the k raises from `after` on; back[k]: the k raises before `after` divided out. */
  private readonly forward: DecT[];
  private readonly back: DecT[];

  constructor(
    readonly amount: DecT,
    private readonly schedule: readonly RollStep[],
    private readonly from: CalDate,
    private readonly round?: number,
  ) {
    this.after = firstAfter(schedule, from);
    const start = this.rounded(amount);
    this.forward = [start];
    this.back = [start];
  }

  private rounded(x: DecT): DecT {
    return roundedTo(x, this.round);
  }

  /** The amount in force on a date. */
  at(to: CalDate): DecT {
    const { schedule, after, forward, back } = this;
    if (compareDates(to, this.from) >= 0) {
      const k = firstAfter(schedule, to) - after;
      while (forward.length <= k) {
        const last = forward[forward.length - 1];
        forward.push(this.rounded(last.times(schedule[after + forward.length - 1].factor)));
      }
      return forward[k];
    }
    const k = after - firstAfter(schedule, to);
    while (back.length <= k) {
      const last = back[back.length - 1];
      back.push(this.rounded(last.div(schedule[after - back.length].factor)));
    }
    return back[k];
  }
}

/** An amount rounded half up to `round` places as a published schedule rounds it; undefined: exact, as it is. */
export function roundedTo(x: DecT, round: number | undefined): DecT {
  return round === undefined ? x : x.toDecimalPlaces(round, Dec.ROUND_HALF_UP);
}

/**
 * A category's salary at a share of the way from its min to its max (its seniority level), before any raise: min at
 * share 0, and undefined above it for a category without a max.
 */
export function levelAtShare(category: Category, share: DecT): DecT | undefined {
  if (share.isZero()) return category.min;
  return category.max === undefined ? undefined : category.min.plus(share.times(category.max.minus(category.min)));
}

/** The index of the first step of a schedule in date order dated after a date (its length when none is). */
function firstAfter(schedule: readonly RollStep[], date: CalDate): number {
  let lo = 0;
  let hi = schedule.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareDates(schedule[mid].effective, date) > 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The band a length of service falls in: the last whose start the years reach (bands run contiguous from 0, so it
 * is the one with from ≤ years < to), found by binary search, so that bands starting at a billion years cost nothing.
 */
export function bandIndex(bands: readonly SeniorityBand[], years: DecT): number {
  let lo = 0;
  let hi = bands.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (years.gte(bands[mid].from)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Share of the way from min to max for a length of service, from the seniority bands. */
export function seniorityShare(bands: readonly SeniorityBand[], years: DecT): DecT {
  return bands.length > 0 ? bands[bandIndex(bands, years)].share : ZERO;
}

export interface SalaryModelOptions {
  asOf: CalDate;
  range: RangeChoice;
  /** Years of service at the grid date. */
  experience: DecT;
  /** The seniority file's bands, every ladder's: the category takes its own ladder (core/seniority.ts). */
  bands: readonly SeniorityBand[];
  /** Decimal places each salary is rounded to after each raise (the system's `round`); undefined: exact. */
  round?: number;
  /** Hold the share at the grid-date band instead of moving through the bands. */
  holdSeniority: boolean;
  /** Shared by the models of one computation (same options): what does not depend on the category is worked once. */
  memo?: ModelMemo;
}

/**
 * What the models of one computation share: the monthly raise factors of each set of raises in scope (categories with
 * the same raises have the same factors) and the seniority share of each month. Lives as long as the computation.
 */
export class ModelMemo {
  readonly factors = new Map<string, Map<MonthIndex, DecT>>();
  /** The share of each month, by ladder (categories of one ladder share them). */
  readonly shares = new Map<readonly SeniorityBand[], Map<MonthIndex, DecT>>();
}

/**
 * The monthly salary level of one category: `min + share(experience) × (max − min)` at the grid date, times the raises
 * in its scope dated after the grid date, with those dated on or before it divided out going back in time.
 */
export class SalaryModel {
  readonly raises: Raise[];
  private readonly asOfMonth: MonthIndex;
  private readonly asOfFactor: DecT;
  private readonly heldShare?: DecT;
  private readonly raiseFactors: Map<MonthIndex, DecT>;
  /** Each raise's date and rate, worked out once (division is the slow operation). */
  private readonly steps: { effective: CalDate; rate: DecT }[];
  /** The months in which the raise factor can change (a raise's first month, and the next after a pro rata one). */
  private readonly changes: MonthIndex[];
  /** The category's own seniority ladder. */
  readonly bands: readonly SeniorityBand[];
  /**
   * Under published rounding: the raises in date order with their factors, and the days after the 1st on which
   * raises take effect by month, worked out on first use.
   */
  private schedule?: RollStep[];
  private insideDays?: Map<MonthIndex, number[]>;
  /** The levels of the last salary rolled through the schedule, and of each salary object met (see roundedAt). */
  private lastRolled?: RolledLevels;
  private readonly rolled = new WeakMap<DecT, RolledLevels>();

  constructor(
    readonly category: Category,
    allRaises: readonly Raise[],
    readonly options: SalaryModelOptions,
  ) {
    this.raises = raisesFor(allRaises, category);
    this.bands = ladderOf(options.bands, category);
    this.asOfMonth = monthOfDate(options.asOf);
    const memo = options.memo;
    const signature = memo ? this.raises.map((r) => allRaises.indexOf(r)).join(',') : '';
    let factors = memo?.factors.get(signature);
    if (!factors) {
      factors = new Map();
      memo?.factors.set(signature, factors);
    }
    this.raiseFactors = factors;
    this.steps = this.raises.map((r) => ({ effective: r.effective, rate: raisePercent(r, options.range).div(100) }));
    const changes = new Set<MonthIndex>();
    for (const s of this.steps) {
      changes.add(monthOfDate(s.effective));
      if (s.effective.day !== 1) changes.add(monthOfDate(s.effective) + 1);
    }
    this.changes = [...changes].sort((a, b) => a - b);
    let f = ONE;
    for (const s of this.steps) if (compareDates(s.effective, options.asOf) <= 0) f = f.times(ONE.plus(s.rate));
    this.asOfFactor = f;
    if (options.holdSeniority) this.heldShare = seniorityShare(this.bands, options.experience);
  }

  /** Years of service in a month: one twelfth more each month after the grid-date month, less before; never below 0. */
  experienceAt(month: MonthIndex): DecT {
    const e = this.options.experience.plus(new Dec(month - this.asOfMonth).div(12));
    return e.isNegative() ? ZERO : e;
  }

  shareAt(month: MonthIndex): DecT {
    if (this.heldShare) return this.heldShare;
    const memo = this.options.memo?.shares;
    let shares = memo?.get(this.bands);
    if (memo && !shares) memo.set(this.bands, (shares = new Map()));
    let share = shares?.get(month);
    if (!share) {
      share = seniorityShare(this.bands, this.experienceAt(month));
      shares?.set(month, share);
    }
    return share;
  }

  /** The level before raises: where the category sits between min and max for the month's length of service. */
  baseAt(month: MonthIndex): DecT {
    const level = levelAtShare(this.category, this.shareAt(month));
    if (level === undefined) throw this.noMaxError(month);
    return level;
  }

  /** The error of a category without max whose length of service in a month puts it above share 0 (its max cell). */
  noMaxError(month: MonthIndex): InputError {
    return new InputError(
      `${this.category.code} has no max salary, so it cannot move through the seniority bands ` +
        `(in ${formatMonth(month)}, ${this.experienceAt(month).toFixed(2)} years of service ` +
        `put it ${this.shareAt(month).times(100).toString()}% of the way from min to max)`,
      this.category.maxAt,
      'a max for the category, or --no-seniority to hold it at its grid-date level',
    );
  }

  /**
   * Product of the raises' factors in a month, relative to the grid date. It changes only in the months of
   * `changes`, so it is worked out once for each stretch between them (the month that opens it stands for it).
   */
  raiseFactorAt(month: MonthIndex): DecT {
    let opens = Number.MIN_SAFE_INTEGER;
    for (const m of this.changes) {
      if (m > month) break;
      opens = m;
    }
    const cached = this.raiseFactors.get(opens);
    if (cached) return cached;
    let f = ONE;
    for (const s of this.steps) f = f.times(factorInMonth(s.effective, s.rate, month));
    const relative = f.div(this.asOfFactor);
    this.raiseFactors.set(opens, relative);
    return relative;
  }

  /** The nominal level in a month (a monthly amount, or an annual rate in a system of annual rates). */
  levelAt(month: MonthIndex): DecT {
    if (this.options.round !== undefined) return this.roundedLevelAt(month);
    return this.baseAt(month).times(this.raiseFactorAt(month));
  }

  /**
   * The salary in force on a date as a published schedule gives it: the grid-date level rounded, then rounded again
   * after each raise (half up, to the system's places); going back before the grid date, each raise divided out and
   * rounded the same way.
   */
  roundedAt(date: CalDate, base: DecT): DecT {
    return this.rolledOf(base).at(date);
  }

  /**
   * A salary's levels through the raises: worked once per salary however many months ask (a fund asks twelve a year
   * of each salary of a staffing table); the same Decimal object, or the last salary's value, finds them.
   */
  private rolledOf(base: DecT): RolledLevels {
    const last = this.lastRolled;
    if (last && (last.amount === base || last.amount.eq(base))) return last;
    let levels = this.rolled.get(base);
    if (!levels) {
      this.schedule ??= rollSchedule(this.raises, this.options.range);
      levels = rolledLevels(base, this.schedule, this.options.asOf, this.options.round ?? 0);
      this.rolled.set(base, levels);
    }
    this.lastRolled = levels;
    return levels;
  }

  /**
   * With published rounding, a month's level is the salaries in force on its days, weighted by days (the pro rata
   * rule of a raise dated after the 1st); a month without such a raise is the salary in force on its 1st.
   */
  private roundedLevelAt(month: MonthIndex): DecT {
    return this.publishedLevelAt(month, this.baseAt(month));
  }

  /** roundedLevelAt for a salary of one's own at the grid date (a staffing row's, or a band's held level). */
  publishedLevelAt(month: MonthIndex, base: DecT): DecT {
    const year = yearOf(month);
    const m = monthOf(month);
    const first = { year, month: m, day: 1 };
    const inside = this.daysInside().get(month);
    if (inside === undefined) return this.roundedAt(first, base);
    const dim = daysInMonth(year, m);
    let total = ZERO;
    let from = 1;
    for (const day of [...inside, dim + 1]) {
      total = total.plus(this.roundedAt({ year, month: m, day: from }, base).times(day - from));
      from = day;
    }
    return total.div(dim);
  }

  /** The days after the 1st on which raises take effect, by month (sorted, each day once). */
  private daysInside(): Map<MonthIndex, number[]> {
    if (this.insideDays) return this.insideDays;
    const days = new Map<MonthIndex, number[]>();
    for (const s of this.steps) {
      if (s.effective.day === 1) continue;
      const month = monthOfDate(s.effective);
      const own = days.get(month) ?? [];
      if (!own.includes(s.effective.day)) own.push(s.effective.day);
      days.set(month, own);
    }
    for (const own of days.values()) own.sort((a, b) => a - b);
    return (this.insideDays = days);
  }

  /** The raises of the category that take effect in a calendar year. */
  raisesInYear(year: number): Raise[] {
    return this.raises.filter((r) => r.effective.year === year);
  }
}
