import type { CalDate, MonthIndex } from './dates.js';
import { Dec, ZERO, sum, type Dec as DecT } from './money.js';
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
 * Staffing rows that cost the same per person, summed while the file streams: same key, category, seniority band
 * (or their own salary) and savings salaries. Counts and tiyn stay integers; Decimal is used once per group.
 */
export interface FundGroup {
  key: string;
  /** A grid category, or one made from a staffing row whose code is outside the grid (code and group only). */
  category: Category;
  /** Index of the seniority band that places the salary between min and max; undefined when the rows gave a salary. */
  band?: number;
  headcount: bigint;
  /** Σ salary × headcount in tiyn, of rows that gave their own salary. */
  salaryTiyn: bigint;
  savings: DecT;
}

export interface FundReportInput {
  groups: readonly FundGroup[];
  /** The keys in the order to show them. */
  keys: readonly string[];
  raises: readonly Raise[];
  bands: readonly SeniorityBand[];
  prices: PriceIndex;
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
}

export interface FundRow {
  year: number;
  key: string;
  headcount: bigint;
  salaryFund: DecT;
  savingsBonus: DecT;
  total: DecT;
  totalReal: DecT;
  status: Status;
}

interface YearSums {
  /** Σ of the twelve monthly levels (per person, or per tenge of a row's own salary), nominal and real. */
  nominal: DecT;
  real: DecT;
}

/**
 * The remuneration fund by year and key, then a total row per year. Per person a year: the average monthly salary of
 * the year × (12 + medical + bonus + savings salaries); experience held fixed; raises applied by each category's scope.
 */
export function computeFundReport(input: FundReportInput): FundRow[] {
  const { prices, groups } = input;
  const pricesLevel = prices.level(input.pricesMonth);
  const fixedSalaries = new Dec(12).plus(input.medical).plus(input.bonus);
  const unit = input.thousands ? new Dec(1000) : new Dec(1);
  // Months × 12 and tenge × 1000 are divided out last, so a whole-year level stays exact.
  const scale = unit.times(12);
  const models = new Map<string, SalaryModel>();
  const modelOf = (g: FundGroup): SalaryModel => {
    const id = `${g.category.code}\u0001${g.category.group ?? ''}\u0001${g.band ?? ''}`;
    let model = models.get(id);
    if (!model) {
      const experience = g.band === undefined ? ZERO : input.bands[g.band].from;
      model = new SalaryModel(g.category, input.raises, { asOf: input.asOf, range: input.range, experience, bands: input.bands, holdSeniority: true });
      models.set(id, model);
    }
    return model;
  };

  const rows: FundRow[] = [];
  for (let year = input.fromYear; year <= input.toYear; year++) {
    const months = monthsOf(year);
    const deflators = months.map((m) => pricesLevel.div(prices.level(m)));
    const sums = new Map<SalaryModel, YearSums>();
    const yearSums = (g: FundGroup): YearSums => {
      const model = modelOf(g);
      let s = sums.get(model);
      if (!s) {
        // A row's own salary moves with the category's raises; a grid salary is the held level itself.
        const levels = months.map((m) => (g.band === undefined ? model.raiseFactorAt(m) : model.levelAt(m)));
        s = { nominal: sum(levels), real: sum(levels.map((l, i) => l.times(deflators[i]))) };
        sums.set(model, s);
      }
      return s;
    };
    const byKey = new Map<string, FundRow>(input.keys.map((key) => [key, emptyRow(year, key)]));
    const total = emptyRow(year, 'total');
    for (const g of groups) {
      const s = yearSums(g);
      // Person-months of pay: headcount × level, or Σ own salary × headcount.
      const weight = g.band === undefined ? new Dec(g.salaryTiyn.toString()).div(100) : new Dec(g.headcount.toString());
      const nominal = s.nominal.times(weight);
      const salaryFund = nominal.times(fixedSalaries).div(scale);
      const savingsBonus = nominal.times(g.savings).div(scale);
      const totalReal = s.real.times(weight).times(fixedSalaries.plus(g.savings)).div(scale);
      for (const row of [byKey.get(g.key)!, total]) {
        row.headcount += g.headcount;
        row.salaryFund = row.salaryFund.plus(salaryFund);
        row.savingsBonus = row.savingsBonus.plus(savingsBonus);
        row.totalReal = row.totalReal.plus(totalReal);
      }
    }
    const status = prices.status(year);
    const shown = input.totalOnly ? [total] : [...byKey.values(), total];
    for (const row of shown) rows.push({ ...row, total: row.salaryFund.plus(row.savingsBonus), status });
  }
  return rows;
}

function emptyRow(year: number, key: string): FundRow {
  return { year, key, headcount: 0n, salaryFund: ZERO, savingsBonus: ZERO, total: ZERO, totalReal: ZERO, status: 'actual' };
}
