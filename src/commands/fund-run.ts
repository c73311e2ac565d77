import { UsageError } from '../core/errors.js';
import type { Category, Grid } from '../core/data.js';
import { computeFundReport, type FundKey, type FundRow } from '../core/fund-report.js';
import type { Dec } from '../core/money.js';
import type { Column, Report } from '../core/report.js';
import { StaffingReader, type Staffing } from '../io/staffing.js';
import type { StreamSource } from '../io/load.js';
import {
  dataAssumptions,
  decimalOption,
  emit,
  makeContext,
  oneOf,
  priceAssumptions,
  priceIndex,
  rangeAssumptions,
  wholeNumber,
  yearsBetween,
  PRO_RATA_ASSUMPTION,
  type Context,
  type RunEnv,
} from './context.js';
import type { FundOptions } from './fund.js';

const KEYS: readonly FundKey[] = ['unit', 'code', 'group', 'none'];

function columns(by: FundKey, thousands: boolean): Column[] {
  const money = (key: string, title: string): Column =>
    thousands ? { key, title: `${title}, '000`, kind: 'thousands' } : { key, title, kind: 'money' };
  return [
    { key: 'year', title: 'year', kind: 'int', rowKey: true },
    { key: 'row', title: 'row', kind: 'text', rowKey: true },
    { key: 'key', title: by === 'none' ? 'key' : by, kind: 'text', rowKey: true },
    { key: 'headcount', title: 'people', kind: 'int' },
    money('salary_fund', 'salary fund'),
    money('savings_bonus', 'savings bonus'),
    money('total', 'total'),
    money('total_real', 'total real'),
    { key: 'status', title: 'status', kind: 'text', tones: { projection: 'warn' } },
  ];
}

/** A count of salaries a year: a number of 0 or more; a usage error otherwise. */
function salariesOption(ctx: Context, option: string, value: string): Dec {
  const n = decimalOption(option, value, ctx.decimal);
  if (n.isNegative()) throw new UsageError(`${option} must not be negative, not "${value}"`);
  return n;
}

/** What a fund is computed with, besides the data sets. */
export interface FundSettings {
  /** undefined: unit when the file has a unit column, else code. */
  by?: FundKey;
  savings: Dec | 'auto';
  medical: Dec;
  bonus: Dec;
  fromYear: number;
  toYear: number;
  thousands: boolean;
}

/**
 * Streams a staffing table once against a grid and computes the fund rows: `fund` itself, and `gaps --propose
 * --staffing`, which runs it for today's grid and the proposed one.
 */
export async function fundOf(
  ctx: Context,
  source: StreamSource,
  grid: Grid,
  settings: FundSettings,
  delimiter: string | undefined,
): Promise<{ rows: FundRow[]; staffing: Staffing }> {
  const bands = ctx.data.seniority();
  // --decimal and --delimiter are about the user's own files (as in DataSets).
  const reader = new StaffingReader(source.label, {
    grid,
    bands,
    raises: ctx.data.raises(),
    asOf: ctx.asOf,
    by: settings.by,
    savings: settings.savings,
    decimal: source.embedded ? 'point' : ctx.decimal,
    delimiter: source.embedded ? undefined : delimiter,
  });
  const staffing = await reader.read(source.chunks);
  const rows = computeFundReport({
    groups: staffing.groups,
    salaryScale: staffing.salaryScale,
    savingsScale: staffing.savingsScale,
    keys: staffing.keys,
    raises: ctx.data.raises(),
    bands,
    prices: priceIndex(ctx),
    asOf: ctx.asOf,
    pricesMonth: ctx.pricesMonth,
    range: ctx.range,
    fromYear: settings.fromYear,
    toYear: settings.toYear,
    medical: settings.medical,
    bonus: settings.bonus,
    thousands: settings.thousands,
    totalOnly: staffing.by === 'none',
    by: staffing.by,
  });
  return { rows, staffing };
}

export async function runFund(file: string | undefined, opts: FundOptions, run: RunEnv): Promise<void> {
  const ctx = makeContext(opts, run, { staffing: file });
  const years = wholeNumber('--years', opts.years, 0, 0, 200);
  const by: FundKey | undefined = opts.by === undefined ? undefined : oneOf('--by', opts.by, KEYS);
  const medical = salariesOption(ctx, '--medical', opts.medical ?? '2');
  const bonus = salariesOption(ctx, '--bonus', opts.bonus ?? '2');
  const savingsText = opts.savings ?? 'auto';
  const savings = savingsText.toLowerCase() === 'auto' ? 'auto' : salariesOption(ctx, '--savings', savingsText);
  const fromYear = ctx.asOf.year;
  const toYear = fromYear + years;

  // The data sets first, so their errors (a year without CPI data too) come before a long read of the staffing table.
  const grid = ctx.data.grid();
  const raises = ctx.data.raises();
  ctx.data.seniority();
  const prices = priceIndex(ctx);
  const shownYears = yearsBetween(fromYear, toYear);
  for (const year of shownYears) prices.year(year);
  prices.level(ctx.pricesMonth);
  const { rows, staffing } = await fundOf(
    ctx,
    ctx.data.open('staffing'),
    grid,
    { by, savings, medical, bonus, fromYear, toYear, thousands: opts.thousands === true },
    opts.delimiter,
  );
  ctx.data.comments.staffing = staffing.comments;

  const categories = [...new Set<Category>(staffing.groups.map((g) => g.category))];
  const assumptions = [
    ...dataAssumptions(ctx, ['staffing', 'grid', 'raises', 'cpi', 'seniority']),
    ...priceAssumptions(ctx, prices, shownYears),
    `per person a year: the average monthly salary of the year × (12 + ${medical.toString()} medical (--medical) + ${bonus.toString()} bonus (--bonus) + savings salaries); salary_fund is the 12 + ${medical.toString()} + ${bonus.toString()} part`,
    savings === 'auto'
      ? "savings salaries: the row's savings_salaries, else 5.2 for group D and 2.8 for group E (--savings auto, from the paper's Table 4 text on Atyrau region, 2023)"
      : `savings salaries: the row's savings_salaries, else ${savings.toString()} (--savings)`,
    "experience held at the staffing table's value (a snapshot): salary = the row's salary, else min + share(experience) × (max − min) of the grid; raises by each category's scope, relative to the as-of date",
    ...rangeAssumptions(ctx, raises, categories, fromYear, toYear),
    PRO_RATA_ASSUMPTION,
    staffing.by === 'none'
      ? 'one total row a year (--by none)'
      : by === undefined
        ? `rows by ${staffing.by} (the file ${staffing.by === 'unit' ? 'has' : 'has no'} a unit column; --by to change)`
        : `rows by ${staffing.by} (--by)`,
  ];
  if (opts.thousands) assumptions.push('money in thousand tenge (--thousands)');

  const report: Report = {
    command: 'fund',
    columns: columns(staffing.by, opts.thousands === true),
    rows: rows.map((r) => ({
      year: r.year,
      row: r.row,
      key: r.key,
      headcount: r.headcount <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r.headcount) : r.headcount.toString(),
      salary_fund: r.salaryFund,
      savings_bonus: r.savingsBonus,
      total: r.total,
      total_real: r.totalReal,
      status: r.status,
    })),
    assumptions,
    inputs: ctx.data.inputs,
    notes: [`${staffing.rows} staffing ${staffing.rows === 1 ? 'row' : 'rows'} read`],
  };
  await emit(report, ctx);
}
