import { formatMonth, monthIndex, monthOfDate, type MonthIndex } from './dates.js';
import { factorToPercent, percentToFactor, product, sum, type Dec } from './money.js';
import type { Category, Raise, SeniorityBand, Status } from './data.js';
import { ModelMemo, SalaryModel, raisePercent, type RangeChoice } from './engine.js';
import { type PriceIndex, monthsOf } from './prices.js';
import type { CalDate } from './dates.js';
import { msg, type Msg } from './report.js';

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
  /** Made as they are read, category by category: one row per category per year. */
  rows: Iterable<SalaryRow>;
  /** The categories that have rows, in order. */
  shown: Category[];
  skipped: { code: string; reason: Msg }[];
}

/**
 * One row per category per year: nominal and real December level, yearly earnings, raises, seniority, inflation.
 * What can fail is checked first (every month's price level, every category's band without a max), so that the rows,
 * made as they are read, never stop half way through the output.
 */
export function computeSalaryReport(input: SalaryReportInput): SalaryReport {
  const { prices, pricesMonth } = input;
  const pricesLevel = prices.level(pricesMonth);
  const asOfMonth = monthOfDate(input.asOf);
  // The months whose level a row needs: the grid date's, the December before the first year, every month shown.
  const needed = [asOfMonth, monthIndex(input.fromYear - 1, 12)];
  for (let year = input.fromYear; year <= input.toYear; year++) needed.push(...monthsOf(year));
  // P(prices month) / P(month), once per month whatever the number of categories; all of them now (a year without
  // CPI data is an error before any row).
  const deflators = new Map<MonthIndex, Dec>();
  const asOfDeflator = pricesLevel.div(prices.level(asOfMonth));
  for (let year = input.fromYear; year <= input.toYear; year++) {
    prices.year(year);
    for (const m of monthsOf(year)) deflators.set(m, pricesLevel.div(prices.level(m)));
  }
  const real = (nominal: Dec, month: MonthIndex) => nominal.times(deflators.get(month)!);
  const skipped: SalaryReport['skipped'] = [];
  const memo = new ModelMemo();
  const modelOf = (category: Category) =>
    new SalaryModel(category, input.raises, {
      asOf: input.asOf,
      range: input.range,
      experience: input.experience,
      bands: input.bands,
      holdSeniority: input.holdSeniority,
      memo,
    });
  function* categoryRows(category: Category): Generator<SalaryRow> {
    const model = modelOf(category);
    // The level at the grid date is the grid's own (raises up to that date are inside it), in the price month's prices.
    const asOfReal = model.baseAt(asOfMonth).times(asOfDeflator);
    for (let year = input.fromYear; year <= input.toYear; year++) {
      const months = monthsOf(year);
      const levels = months.map((m) => model.levelAt(m));
      const december = months[11];
      const salary = levels[11];
      const salaryReal = real(salary, december);
      const raiseFactor = product(model.raisesInYear(year).map((r) => percentToFactor(raisePercent(r, input.range))));
      const seniorityFactor = model.baseAt(december).div(model.baseAt(monthIndex(year - 1, 12)));
      yield {
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
      };
    }
  }
  const shown: Category[] = [];
  for (const category of input.categories) {
    if (category.max === undefined) {
      // A category without max can be shown only where its share is 0 in every month whose level is needed.
      const model = modelOf(category);
      const moving = needed.find((m) => !model.shareAt(m).isZero());
      if (moving !== undefined) {
        // Named on the command line, its rows are made now: the error that names its empty max cell comes first.
        if (!input.skipWithoutMax) for (const _ of categoryRows(category));
        skipped.push({
          code: category.code,
          reason: msg('reason.no_max_bands', { month: formatMonth(moving) }),
        });
        continue;
      }
    }
    shown.push(category);
  }
  function* rows(): Generator<SalaryRow> {
    for (const category of shown) yield* categoryRows(category);
  }
  return { rows: rows(), shown, skipped };
}
