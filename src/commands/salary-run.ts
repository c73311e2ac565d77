import { InputError, UsageError } from '../core/errors.js';
import type { Category } from '../core/data.js';
import type { Report } from '../core/report.js';
import { computeSalaryReport } from '../core/salary-report.js';
import { dataAssumptions, decimalOption, emit, makeContext, priceAssumptions, priceIndex, rangeAssumptions, wholeNumber, type RunEnv } from './context.js';
import type { SalaryOptions } from './salary.js';

const COLUMNS: Report['columns'] = [
  { key: 'code', title: 'code', kind: 'text' },
  { key: 'year', title: 'year', kind: 'int' },
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
  const years = wholeNumber('--years', opts.years, 5, 0, 200);
  const experience = decimalOption('--experience', opts.experience ?? '0');
  if (experience.isNegative()) throw new UsageError(`--experience must not be negative, not "${opts.experience}"`);
  const asOfYear = ctx.asOf.year;
  const fromYear = wholeNumber('--from', opts.from, asOfYear, 1900, 2200);
  const toYear = asOfYear + years;
  if (fromYear > toYear) throw new UsageError(`--from ${fromYear} is after the last year shown (${toYear} = as-of year + --years)`);
  const holdSeniority = opts.seniority === false;

  const grid = ctx.data.grid();
  const all = codes.some((c) => c.toLowerCase() === 'all');
  let categories: Category[];
  if (all) categories = grid.categories;
  else {
    categories = codes.map((code) => {
      const c = grid.byCode.get(code) ?? grid.categories.find((k) => k.code.toLowerCase() === code.toLowerCase());
      if (!c) {
        throw new InputError(`unknown code "${code}"`, { file: ctx.data.label('grid') }, `a code of the grid, e.g. ${grid.categories.slice(0, 3).map((k) => k.code).join(', ')}, or all`);
      }
      return c;
    });
  }
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

  const shownYears = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);
  const assumptions = [
    ...dataAssumptions(ctx, ['grid', 'raises', 'cpi', 'seniority']),
    ...priceAssumptions(ctx, prices, shownYears),
    holdSeniority
      ? `seniority held at the as-of band for ${experience.toString()} years of service (--no-seniority)`
      : `seniority: ${experience.toString()} years of service at the as-of date (--experience), one twelfth of a year more each month; level = min + share × (max − min)`,
    'a raise dated after the 1st of a month counts in that month pro rata by days',
  ];
  const shown = categories.filter((c) => report.rows.some((row) => row.code === c.code));
  assumptions.push(...rangeAssumptions(ctx, raises, shown, fromYear, toYear));
  const notes = report.skipped.map((s) => `skipped ${s.code}: ${s.reason}; --no-seniority shows it at its as-of level`);

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
      notes,
    },
    ctx,
  );
}
