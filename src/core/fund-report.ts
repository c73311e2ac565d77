import { monthOfDate, type CalDate, type MonthIndex } from './dates.js';
import { Dec, ONE, ZERO, sum, type Dec as DecT } from './money.js';
import type { Category, Raise, SeniorityBand, Status } from './data.js';
import { SalaryModel, type RangeChoice } from './engine.js';
import { monthsOf, type PriceIndex } from './prices.js';

/**
 * Savings bonuses a year, in monthly salaries, by grid group under `--savings auto`: the paper's Table 4 text (Atyrau
 * region, 2023) gives 5.2 in regional local executive bodies (group D) and 2.8 in district akimats (group E).
 */
export const AUTO_SAVINGS: Readonly<Record<string, DecT>> = { D: new Dec('5.2'), E: new Dec('2.8') };

/** What `fund` groups its rows by. */
export type FundKey = 'unit' | 'code' | 'group' | 'none';

/**
 * What a fund row stands for: a unit, a code or a group of the staffing table, or the year's total. Kept beside the
 * key, so that a unit named "total" (or an empty one) is never taken for kzpay's own rows.
 */
export type FundRowKind = 'unit' | 'code' | 'group' | 'total';

/**
 * Staffing rows of one key and category, summed while the file streams (integers per row; Decimal once per group).
 * Their cost is linear in the sum of their monthly salaries at the grid date, and in that sum weighted by savings.
 */
export interface FundGroup {
  key: string;
  /** A grid category, or one made from a staffing row whose code is outside the grid (code and group only). */
  category: Category;
  headcount: bigint;
  /**
   * Σ monthly salary at the grid date × headcount (the grid's held level or the row's own salary), in units of
   * 10^-salaryScale tenge: an integer, so groups add up exactly before any Decimal.
   */
  salaryUnits: bigint;
  /** Σ monthly salary × savings salaries × headcount, in units of 10^-(salaryScale + savingsScale) tenge. */
  savingsUnits: bigint;
}

/**
 * The monthly salary at the grid date of a grid category for each seniority band, the share held (a staffing table
 * is a snapshot); undefined for a band above share 0 when the category has no max.
 */
export function bandSalaries(category: Category, bands: readonly SeniorityBand[], asOf: CalDate): (DecT | undefined)[] {
  return bands.map((band) => {
    if (category.max === undefined && !band.share.isZero()) return undefined;
    const model = new SalaryModel(category, [], {
      asOf,
      range: 'mid',
      experience: band.from,
      bands,
      holdSeniority: true,
    });
    return model.baseAt(monthOfDate(asOf));
  });
}

export interface FundReportInput {
  groups: readonly FundGroup[];
  /** Decimal places of the groups' salaryUnits (2: tiyn), and of the savings counts in their savingsUnits. */
  salaryScale: number;
  savingsScale: number;
  /** The keys in the order to show them. */
  keys: readonly string[];
  raises: readonly Raise[];
  bands: readonly SeniorityBand[];
  /** Without prices the fund is nominal only: total_real is the nominal total and every year is actual. */
  prices?: PriceIndex;
  asOf: CalDate;
  pricesMonth: MonthIndex;
  range: RangeChoice;
  fromYear: number;
  toYear: number;
  /** Medical-benefit and bonus salaries a year (2 and 2 by default). */
  medical: DecT;
  bonus: DecT;
  /** Money in thousand tenge. */
  thousands: boolean;
  /** Only the total row per year (`--by none`). */
  totalOnly: boolean;
  /** What the keys are (`none`: there are only total rows). */
  by: FundKey;
}

export interface FundRow {
  year: number;
  row: FundRowKind;
  /** The unit, code or group ('' for rows without one); 'total' on total rows. */
  key: string;
  headcount: bigint;
  salaryFund: DecT;
  savingsBonus: DecT;
  total: DecT;
  totalReal: DecT;
  status: Status;
}

interface YearSums {
  /** Σ of the twelve months' raise factors relative to the grid date, nominal and in the price month's prices. */
  nominal: DecT;
  real: DecT;
}

/** Groups with the same key and raises in scope cost the same per tenge: their sums add up. */
interface Merged {
  key: string;
  model: SalaryModel;
  headcount: bigint;
  salaryUnits: bigint;
  savingsUnits: bigint;
  /** The two sums as decimals, made once for every year. */
  salaryDec: DecT;
  savingsDec: DecT;
}

/**
 * The remuneration fund by year and key, then a total row per year. Per person a year: the average monthly salary of
 * the year × (12 + medical + bonus + savings salaries); experience held fixed; raises applied by each category's scope.
 * A month's salary is the grid-date salary × the raise factor of the month (SalaryModel.raiseFactorAt), so the year's
 * salaries are the group's grid-date sum × the sum of the twelve factors.
 */
export function computeFundReport(input: FundReportInput): FundRow[] {
  const { prices } = input;
  const pricesLevel = prices?.level(input.pricesMonth);
  const fixedSalaries = new Dec(12).plus(input.medical).plus(input.bonus);
  // Salary units, months (× 12) and thousands are divided out last, so a whole-year level stays exact.
  const scale = new Dec(10)
    .pow(input.salaryScale)
    .times(12)
    .times(input.thousands ? 1000 : 1);
  const savingsScale = new Dec(10).pow(input.savingsScale);
  const merged = mergeByRaises(input);

  const rows: FundRow[] = [];
  for (let year = input.fromYear; year <= input.toYear; year++) {
    const months = monthsOf(year);
    const deflators = months.map((m) => (prices && pricesLevel ? pricesLevel.div(prices.level(m)) : ONE));
    const sums = new Map<SalaryModel, YearSums>();
    const yearSums = (model: SalaryModel): YearSums => {
      let s = sums.get(model);
      if (!s) {
        const factors = months.map((m) => model.raiseFactorAt(m));
        s = { nominal: sum(factors), real: sum(factors.map((f, i) => f.times(deflators[i]))) };
        sums.set(model, s);
      }
      return s;
    };
    const kind: FundRowKind = input.by === 'none' ? 'total' : input.by;
    // Per row, Σ factor-sum × units: multiplications and additions per group, the divisions once per row.
    const byKey = new Map(input.keys.map((key) => [key, emptySums(emptyRow(year, kind, key))]));
    const total = emptySums(emptyRow(year, 'total', 'total'));
    for (const g of merged) {
      const s = yearSums(g.model);
      const nominalSalary = s.nominal.times(g.salaryDec);
      const nominalSavings = s.nominal.times(g.savingsDec);
      const realSalary = s.real.times(g.salaryDec);
      const realSavings = s.real.times(g.savingsDec);
      const sums = byKey.get(g.key)!;
      sums.row.headcount += g.headcount;
      sums.nominalSalary = sums.nominalSalary.plus(nominalSalary);
      sums.nominalSavings = sums.nominalSavings.plus(nominalSavings);
      sums.realSalary = sums.realSalary.plus(realSalary);
      sums.realSavings = sums.realSavings.plus(realSavings);
    }
    // The total is the sum of the keys' sums: one addition a key, not a second one a group.
    for (const sums of byKey.values()) {
      total.row.headcount += sums.row.headcount;
      total.nominalSalary = total.nominalSalary.plus(sums.nominalSalary);
      total.nominalSavings = total.nominalSavings.plus(sums.nominalSavings);
      total.realSalary = total.realSalary.plus(sums.realSalary);
      total.realSavings = total.realSavings.plus(sums.realSavings);
    }
    const status = prices ? prices.status(year) : 'actual';
    const shown = input.totalOnly ? [total] : [...byKey.values(), total];
    for (const sums of shown) {
      const savingsMonths = (x: DecT) => x.div(savingsScale);
      const salaryFund = sums.nominalSalary.times(fixedSalaries).div(scale);
      const savingsBonus = savingsMonths(sums.nominalSavings).div(scale);
      const totalReal = sums.realSalary.times(fixedSalaries).plus(savingsMonths(sums.realSavings)).div(scale);
      rows.push({ ...sums.row, salaryFund, savingsBonus, total: salaryFund.plus(savingsBonus), totalReal, status });
    }
  }
  return rows;
}

/** A row's running sums over its groups: Σ factor-sum × salary units and × savings units, nominal and real. */
interface RowSums {
  row: FundRow;
  nominalSalary: DecT;
  nominalSavings: DecT;
  realSalary: DecT;
  realSavings: DecT;
}

function emptySums(row: FundRow): RowSums {
  return { row, nominalSalary: ZERO, nominalSavings: ZERO, realSalary: ZERO, realSavings: ZERO };
}

/** Adds up, in integers, the groups whose categories have the same raises in scope (one SalaryModel per such class). */
function mergeByRaises(input: FundReportInput): Merged[] {
  const modelOf = new Map<Category, SalaryModel>();
  const modelBySignature = new Map<string, SalaryModel>();
  const modelIds = new Map<SalaryModel, number>();
  const merged = new Map<string, Merged>();
  for (const g of input.groups) {
    let model = modelOf.get(g.category);
    if (!model) {
      // Only the raises matter here: the grid-date salary is in the group's sums already.
      const candidate = new SalaryModel(g.category, input.raises, {
        asOf: input.asOf,
        range: input.range,
        experience: ZERO,
        bands: input.bands,
        holdSeniority: true,
      });
      const signature = candidate.raises.map((r) => input.raises.indexOf(r)).join(',');
      model = modelBySignature.get(signature);
      if (!model) {
        model = candidate;
        modelBySignature.set(signature, model);
        modelIds.set(model, modelIds.size);
      }
      modelOf.set(g.category, model);
    }
    const id = `${g.key}\u0001${modelIds.get(model)}`;
    const m = merged.get(id);
    if (m) {
      m.headcount += g.headcount;
      m.salaryUnits += g.salaryUnits;
      m.savingsUnits += g.savingsUnits;
    } else {
      merged.set(id, {
        key: g.key,
        model,
        headcount: g.headcount,
        salaryUnits: g.salaryUnits,
        savingsUnits: g.savingsUnits,
        salaryDec: ZERO,
        savingsDec: ZERO,
      });
    }
  }
  for (const m of merged.values()) {
    m.salaryDec = new Dec(m.salaryUnits.toString());
    m.savingsDec = new Dec(m.savingsUnits.toString());
  }
  return [...merged.values()];
}

function emptyRow(year: number, row: FundRowKind, key: string): FundRow {
  return {
    year,
    row,
    key,
    headcount: 0n,
    salaryFund: ZERO,
    savingsBonus: ZERO,
    total: ZERO,
    totalReal: ZERO,
    status: 'actual',
  };
}

/**
 * What a change costs in one year's rows, per key and in total: `total` of the fund after it minus before it. The
 * total comes from the total row, so a key that happens to read "total" is a key like any other.
 */
export function fundChange(
  before: readonly FundRow[],
  after: readonly FundRow[],
): { byKey: Map<string, { headcount: bigint; cost: DecT }>; total: DecT } {
  const was = new Map(before.map((r) => [`${r.year}\u0001${r.row}\u0001${r.key}`, r]));
  const byKey = new Map<string, { headcount: bigint; cost: DecT }>();
  let total = ZERO;
  for (const row of after) {
    const old = was.get(`${row.year}\u0001${row.row}\u0001${row.key}`);
    const cost = row.total.minus(old ? old.total : ZERO);
    if (row.row === 'total') total = total.plus(cost);
    else byKey.set(row.key, { headcount: row.headcount, cost });
  }
  return { byKey, total };
}
