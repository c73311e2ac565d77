import { monthIndex, monthOfDate, type MonthIndex } from './dates.js';
import { factorToPercent, percentToFactor, product, sum, type Dec } from './money.js';
import type { Category, Raise, SeniorityBand, Status } from './data.js';
import { ModelMemo, SalaryModel, raisePercent, type RangeChoice } from './engine.js';
import { type PriceIndex, monthsOf } from './prices.js';
import type { CalDate } from './dates.js';
import { inMonth, msg, type Msg } from './report.js';

export interface SalaryReportInput {
  categories: Category[];
  raises: readonly Raise[];
  bands: readonly SeniorityBand[];
  prices: PriceIndex;
  fromYear: number;
  toYear: number;
  asOf: CalDate;
  pricesMonth: MonthIndex;
  range: RangeChoice;
  experience: Dec;
  holdSeniority: boolean;
  /** Skip (and list) categories that cannot be computed for want of a max, instead of failing: for `all`, patterns. */
  skipWithoutMax: boolean;
}

export interface SalaryRow {
  code: string;
  year: number;
  experience: Dec;
  salary: Dec;
  raisePct: Dec;
  seniorityPct: Dec;
  earnings: Dec;
  inflationPct: Dec;
  salaryReal: Dec;
  earningsReal: Dec;
  realChangePct: Dec;
  status: Status;
}

export interface SalaryReport {
  rows: SalaryRow[];
  skipped: { code: string; reason: Msg }[];
}

/** One row per category per year: nominal and real December level, yearly earnings, raises, seniority, inflation. */
export function computeSalaryReport(input: SalaryReportInput): SalaryReport {
  const { prices, pricesMonth } = input;
  const pricesLevel = prices.level(pricesMonth);
  const asOfMonth = monthOfDate(input.asOf);
  // P(prices month) / P(month), once per month whatever the number of categories.
  const deflators = new Map<MonthIndex, Dec>();
  const deflator = (month: MonthIndex) => {
    let d = deflators.get(month);
    if (!d) deflators.set(month, (d = pricesLevel.div(prices.level(month))));
    return d;
  };
  const real = (nominal: Dec, month: MonthIndex) => nominal.times(deflator(month));
  const rows: SalaryRow[] = [];
  const skipped: SalaryReport['skipped'] = [];
  const memo = new ModelMemo();
  for (const category of input.categories) {
    const model = new SalaryModel(category, input.raises, {
      asOf: input.asOf,
      range: input.range,
      experience: input.experience,
      bands: input.bands,
      holdSeniority: input.holdSeniority,
      memo,
    });
    if (input.skipWithoutMax && category.max === undefined) {
      // A category without max can be shown only where its share is 0 in every month whose level is needed.
      const needed = [asOfMonth, monthIndex(input.fromYear - 1, 12)];
      for (let year = input.fromYear; year <= input.toYear; year++) needed.push(...monthsOf(year));
      const moving = needed.find((m) => !model.shareAt(m).isZero());
      if (moving !== undefined) {
        skipped.push({
          code: category.code,
          reason: msg('reason.no_max_bands', { month: inMonth(moving) }),
        });
        continue;
      }
    }
    // The level at the grid date is the grid's own (raises up to that date are inside it), in the price month's prices.
    const asOfReal = real(model.baseAt(asOfMonth), asOfMonth);
    for (let year = input.fromYear; year <= input.toYear; year++) {
      const months = monthsOf(year);
      const levels = months.map((m) => model.levelAt(m));
      const december = months[11];
      const salary = levels[11];
      const salaryReal = real(salary, december);
      const raiseFactor = product(model.raisesInYear(year).map((r) => percentToFactor(raisePercent(r, input.range))));
      const seniorityFactor = model.baseAt(december).div(model.baseAt(monthIndex(year - 1, 12)));
      rows.push({
        code: category.code,
        year,
        experience: model.experienceAt(months[0]),
        salary,
        raisePct: factorToPercent(raiseFactor),
        seniorityPct: factorToPercent(seniorityFactor),
        earnings: sum(levels),
        inflationPct: factorToPercent(prices.year(year).yearFactor),
        salaryReal,
        earningsReal: sum(levels.map((l, i) => real(l, months[i]))),
        realChangePct: factorToPercent(salaryReal.div(asOfReal)),
        status: prices.status(year),
      });
    }
  }
  return { rows, skipped };
}
