import { monthIndex, monthOfDate, type MonthIndex } from './dates.js';
import { factorToPercent, percentToFactor, product, sum, type Dec } from './money.js';
import type { Category, Raise, SeniorityBand, Status } from './data.js';
import { ModelMemo, SalaryModel, raisePercent, type RangeChoice } from './engine.js';
import { type PriceIndex, monthsOf } from './prices.js';
import type { CalDate } from './dates.js';
import { inMonth, msg, type Msg } from './report.js';
import { payBreakdown, type PayBreakdown, type PayRules, type RulesByMonth } from './take-home.js';
import { ZERO } from './money.js';

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
  /** Decimal places each salary is rounded to after each raise (the system's `round`); undefined: exact. */
  round?: number;
  /** The grid's amounts are annual rates: a year's earnings are the average of its months' rates, not their sum. */
  annual?: boolean;
  /** Skip (and list) categories that cannot be computed for want of a max, instead of failing: for `all`, patterns. */
  skipWithoutMax: boolean;
  /** Take-home pay (`--net`) and employer charges (`--charges`) of each month's salary, with the rules by month. */
  takeHome?: { rules: RulesByMonth; net: boolean; charges: boolean };
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
  /** With --net: December's net, the twelve months' nets, December's net in the price month's prices. */
  net?: Dec;
  netYear?: Dec;
  netReal?: Dec;
  /** With --charges: December's employer charges, and the twelve months' salaries and charges. */
  employerCharges?: Dec;
  labourCostYear?: Dec;
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
  // The same months in the order a category's rows work their levels: the grid date's, then each year's twelve and the
  // December before them (the seniority change of the year).
  const rowMonths = [asOfMonth];
  for (let year = input.fromYear; year <= input.toYear; year++)
    rowMonths.push(...monthsOf(year), monthIndex(year - 1, 12));
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
  const breakdowns: BreakdownMemo = new Map();
  // The rules of contributions of every month shown, now: a month before their data is an error before any row.
  if (input.takeHome) for (const m of needed.slice(2)) input.takeHome.rules.at(m);
  const modelOf = (category: Category) =>
    new SalaryModel(category, input.raises, {
      asOf: input.asOf,
      range: input.range,
      experience: input.experience,
      bands: input.bands,
      holdSeniority: input.holdSeniority,
      round: input.round,
      memo,
    });
  function* categoryRows(category: Category): Generator<SalaryRow> {
    const model = modelOf(category);
    // The level at the grid date is the grid's own (raises up to that date are inside it), in the price month's prices.
    const asOfBase = model.baseAt(asOfMonth);
    const asOfReal = (input.round === undefined ? asOfBase : model.roundedAt(input.asOf, asOfBase)).times(asOfDeflator);
    // Twelve monthly amounts add up to the year's; twelve months of an annual rate average to it.
    const yearOf12 = (x: Dec) => (input.annual ? x.div(12) : x);
    for (let year = input.fromYear; year <= input.toYear; year++) {
      const months = monthsOf(year);
      const levels = months.map((m) => model.levelAt(m));
      const december = months[11];
      const salary = levels[11];
      const salaryReal = real(salary, december);
      const raiseFactor = product(model.raisesInYear(year).map((r) => percentToFactor(raisePercent(r, input.range))));
      const seniorityFactor = model.baseAt(december).div(model.baseAt(monthIndex(year - 1, 12)));
      const takeHome = input.takeHome && yearTakeHome(levels, months, input.takeHome.rules, breakdowns);
      yield {
        ...(input.takeHome?.net && takeHome
          ? { net: takeHome.net, netYear: takeHome.netYear, netReal: real(takeHome.net, december) }
          : {}),
        ...(input.takeHome?.charges && takeHome
          ? { employerCharges: takeHome.employerCharges, labourCostYear: takeHome.labourCostYear }
          : {}),
        code: category.code,
        year,
        experience: model.experienceAt(months[0]),
        salary,
        raisePct: factorToPercent(raiseFactor),
        seniorityPct: factorToPercent(seniorityFactor),
        earnings: yearOf12(sum(levels)),
        inflationPct: factorToPercent(prices.year(year).yearFactor),
        salaryReal,
        earningsReal: yearOf12(sum(levels.map((l, i) => real(l, months[i])))),
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
        // Named on the command line: an error that names its empty max cell and the first month its rows would work.
        const failing = input.skipWithoutMax ? undefined : rowMonths.find((m) => !model.shareAt(m).isZero());
        if (failing !== undefined) throw model.noMaxError(failing);
        skipped.push({
          code: category.code,
          reason: msg('reason.no_max_bands', { month: inMonth(moving) }),
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

/** Breakdowns already worked, by the rules in force and the gross: many months and years repeat a salary. */
type BreakdownMemo = Map<PayRules, Map<string, PayBreakdown>>;

/**
 * A year of monthly salaries taken apart month by month (spec 3.7), each month's salary the gross: December's net
 * and employer charges, the twelve nets (the year's taxable income counts toward the higher rate) and the twelve
 * months' labour cost. Months in a row with one salary and one set of rules count together, unless the year's
 * taxable income reaches the higher rate's threshold in them: then month by month.
 */
function yearTakeHome(levels: readonly Dec[], months: readonly MonthIndex[], rules: RulesByMonth, memo: BreakdownMemo) {
  let taxable = ZERO;
  let netYear = ZERO;
  let labourCostYear = ZERO;
  let last: PayBreakdown | undefined;
  for (let i = 0; i < 12; ) {
    const r = rules.at(months[i]);
    let j = i + 1;
    while (j < 12 && rules.at(months[j]) === r && levels[j].eq(levels[i])) j++;
    let own = memo.get(r);
    if (!own) memo.set(r, (own = new Map()));
    const key = levels[i].toString();
    let b = own.get(key);
    if (!b) own.set(key, (b = payBreakdown(levels[i], r)));
    const n = j - i;
    if (r.ipnHighThreshold && taxable.plus(b.taxable.times(n)).gt(r.ipnHighThreshold)) {
      for (let m = i; m < j; m++) {
        last = payBreakdown(levels[m], r, undefined, taxable);
        taxable = taxable.plus(last.taxable);
        netYear = netYear.plus(last.net);
        labourCostYear = labourCostYear.plus(last.labourCost);
      }
    } else {
      last = b;
      taxable = taxable.plus(b.taxable.times(n));
      netYear = netYear.plus(b.net.times(n));
      labourCostYear = labourCostYear.plus(b.labourCost.times(n));
    }
    i = j;
  }
  return { net: last!.net, netYear, employerCharges: last!.employerCharges, labourCostYear };
}
