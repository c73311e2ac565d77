import { UsageError } from '../core/errors.js';
import { formatMonth } from '../core/dates.js';
import type { Category } from '../core/data.js';
import type { Chart, Report } from '../core/report.js';
import { computeSalaryReport, type SalaryRow } from '../core/salary-report.js';
import {
  checkChart,
  dataAssumptions,
  decimalOption,
  emit,
  findCategory,
  makeContext,
  priceAssumptions,
  priceIndex,
  rangeAssumptions,
  wholeNumber,
  yearsBetween,
  PRO_RATA_ASSUMPTION,
  type Context,
  type RunEnv,
} from './context.js';
import type { SalaryOptions } from './salary.js';

const COLUMNS: Report['columns'] = [
  { key: 'code', title: 'code', kind: 'text', rowKey: true },
  { key: 'year', title: 'year', kind: 'int', rowKey: true },
  { key: 'experience', title: 'exp, y', kind: 'years' },
  { key: 'salary', title: 'salary Dec', kind: 'money' },
  { key: 'raise_pct', title: 'raise %', kind: 'pct' },
  { key: 'seniority_pct', title: 'senior. %', kind: 'pct' },
  { key: 'earnings', title: 'earnings', kind: 'money' },
  { key: 'inflation_pct', title: 'infl. %', kind: 'pct' },
  { key: 'salary_real', title: 'salary real', kind: 'money' },
  { key: 'earnings_real', title: 'earnings real', kind: 'money' },
  { key: 'real_change_pct', title: 'real chg %', kind: 'pct' },
  { key: 'status', title: 'status', kind: 'text', tones: { projection: 'warn' } },
];

export async function runSalary(codes: string[], opts: SalaryOptions, run: RunEnv): Promise<void> {
  const ctx = makeContext(opts, run);
  const chart = checkChart(ctx, opts.chart);
  const years = wholeNumber('--years', opts.years, 5, 0, 200);
  const experience = decimalOption('--experience', opts.experience ?? '0', ctx.decimal);
  if (experience.isNegative()) throw new UsageError(`--experience must not be negative, not "${opts.experience}"`);
  const asOfYear = ctx.asOf.year;
  const fromYear = wholeNumber('--from', opts.from, asOfYear, 1900, 2200);
  const toYear = asOfYear + years;
  if (fromYear > toYear)
    throw new UsageError(`--from ${fromYear} is after the last year shown (${toYear} = as-of year + --years)`);
  const holdSeniority = opts.holdSeniority === true;

  const all = codes.some((c) => c.toLowerCase() === 'all');
  const categories: Category[] = all ? ctx.data.grid().categories : codes.map((code) => findCategory(ctx, code, true));
  const raises = ctx.data.raises();
  const bands = ctx.data.seniority();
  const prices = priceIndex(ctx);
  const report = computeSalaryReport({
    categories,
    raises,
    bands,
    prices,
    fromYear,
    toYear,
    asOf: ctx.asOf,
    pricesMonth: ctx.pricesMonth,
    range: ctx.range,
    experience,
    holdSeniority,
    skipWithoutMax: all,
  });

  const shownYears = yearsBetween(fromYear, toYear);
  const assumptions = [
    ...dataAssumptions(ctx, ['grid', 'raises', 'cpi', 'seniority']),
    ...priceAssumptions(ctx, prices, shownYears),
    holdSeniority
      ? `seniority held at the as-of band for ${experience.toString()} years of service (--no-seniority)`
      : `seniority: ${experience.toString()} years of service at the as-of date (--experience), one twelfth of a year more each month; level = min + share × (max − min)`,
    PRO_RATA_ASSUMPTION,
  ];
  const shown = categories.filter((c) => report.rows.some((row) => row.code === c.code));
  assumptions.push(...rangeAssumptions(ctx, raises, shown, fromYear, toYear));
  // A skipped category is part of what shaped the report: an assumption, so JSON and CSV users see it too.
  for (const s of report.skipped)
    assumptions.push(`skipped ${s.code}: ${s.reason}; --no-seniority shows it at its as-of level`);

  await emit(
    {
      command: 'salary',
      columns: COLUMNS,
      rows: report.rows.map((r) => ({
        code: r.code,
        year: r.year,
        experience: r.experience,
        salary: r.salary,
        raise_pct: r.raisePct,
        seniority_pct: r.seniorityPct,
        earnings: r.earnings,
        inflation_pct: r.inflationPct,
        salary_real: r.salaryReal,
        earnings_real: r.earningsReal,
        real_change_pct: r.realChangePct,
        status: r.status,
      })),
      assumptions,
      inputs: ctx.data.inputs,
      chart: chart ? salaryChart(report.rows, ctx) : undefined,
    },
    ctx,
  );
}

/** Nominal and real December salary of the first code shown (one pair of lines stays readable). */
function salaryChart(rows: SalaryRow[], ctx: Context): Chart | undefined {
  if (rows.length === 0) return undefined;
  const code = rows[0].code;
  const own = rows.filter((r) => r.code === code);
  const codes = new Set(rows.map((r) => r.code)).size;
  return {
    title: `${code}: monthly salary in December, tenge`,
    kind: 'money',
    scale: 'linear',
    years: own.map((r) => r.year),
    series: [
      { name: 'nominal', values: own.map((r) => r.salary) },
      { name: `real (prices of ${formatMonth(ctx.pricesMonth)})`, values: own.map((r) => r.salaryReal) },
    ],
    note:
      codes > 1 ? `the chart shows ${code}, the first of ${codes} codes; give one code to chart another` : undefined,
  };
}
