import { InputError, UsageError } from '../core/errors.js';
import { formatDate } from '../core/dates.js';
import type { Category, Raise } from '../core/data.js';
import { computeIndexReport, defaultIndexPeriod, raiseLabel, type IndexReport } from '../core/index-report.js';
import { ONE } from '../core/money.js';
import type { Chart, Report } from '../core/report.js';
import {
  checkChart,
  dataAssumptions,
  emit,
  findCategory,
  inflationAssumptions,
  makeContext,
  priceIndex,
  rangeAssumption,
  wholeNumber,
  type RunEnv,
} from './context.js';
import type { IndexOptions } from './index.js';

const COLUMNS: Report['columns'] = [
  { key: 'year', title: 'year', kind: 'int', rowKey: true },
  { key: 'raises', title: 'raises', kind: 'text' },
  { key: 'raise_pct', title: 'raise %', kind: 'pct' },
  { key: 'nominal_index', title: 'nominal', kind: 'index' },
  { key: 'inflation_pct', title: 'infl. %', kind: 'pct' },
  { key: 'price_index', title: 'prices', kind: 'index' },
  { key: 'real_index', title: 'real', kind: 'index' },
  { key: 'real_change_pct', title: 'real chg %', kind: 'pct' },
  { key: 'status', title: 'status', kind: 'text', tones: { projection: 'warn' } },
];

const SUMMARY_COLUMNS: Report['columns'] = [
  { key: 'nominal_index', title: 'nominal index', kind: 'index' },
  { key: 'price_index', title: 'price index', kind: 'index' },
  { key: 'real_index', title: 'real index', kind: 'index' },
  { key: 'real_cagr_pct', title: 'real CAGR %', kind: 'pct' },
  { key: 'years_real_fell', title: 'years real fell', kind: 'text' },
];

export async function runIndex(opts: IndexOptions, run: RunEnv): Promise<void> {
  const ctx = makeContext(opts, run);
  const chart = checkChart(ctx, opts.chart);
  const givenFrom = opts.from === undefined ? undefined : wholeNumber('--from', opts.from, 0, 1900, 2200);
  const givenTo = opts.to === undefined ? undefined : wholeNumber('--to', opts.to, 0, 1900, 2200);
  const category = opts.code === undefined ? undefined : findCategory(ctx, opts.code);
  const raises = ctx.data.raises();
  const prices = priceIndex(ctx);

  const defaults = defaultIndexPeriod(raises, category, prices);
  const fromYear = givenFrom ?? defaults.from;
  if (fromYear === undefined) {
    throw new InputError(
      `no raise${category ? ` covers ${category.code}` : ''}, so there is no first raise year to start from`,
      { file: ctx.data.label('raises') },
      'a raise, or --from YEAR',
    );
  }
  const toYear = givenTo ?? defaults.to;
  if (toYear === undefined)
    throw new InputError(
      'no year has complete, actual CPI data to end at',
      { file: ctx.data.label('cpi') },
      'actual CPI rows, or --to YEAR',
    );
  if (fromYear > toYear) {
    const to = givenTo === undefined ? `the last year with actual CPI data (${toYear}); give --to` : `--to ${toYear}`;
    const from = givenFrom === undefined ? `the first raise year (${fromYear})` : `--from ${fromYear}`;
    throw new UsageError(`${from} is after ${to}`);
  }

  const report = computeIndexReport({ raises, category, prices, fromYear, toYear, range: ctx.range });
  const years = report.rows.map((r) => r.year);
  const assumptions = [
    ...dataAssumptions(ctx, category ? ['grid', 'raises', 'cpi'] : ['raises', 'cpi']),
    `period ${fromYear}-${toYear}: ${givenFrom === undefined ? 'from the first raise year' : 'from --from'}, ${givenTo === undefined ? 'to the last year with actual CPI data' : 'to --to'}`,
    `indices are 1 in December ${fromYear - 1}; nominal = the raises' level in December, a raise dated after the 1st of a month counting in it pro rata by days; prices = the December-on-December CPI factors multiplied; real = nominal / prices`,
    scopeAssumption(report, category),
    ...raises
      .filter((r) => !r.low.eq(r.high) && report.rows.some((row) => row.raises.includes(r)))
      .map((r) => rangeAssumption(r, ctx.range)),
    ...inflationAssumptions(ctx, prices, years),
  ];

  await emit(
    {
      command: 'index',
      columns: COLUMNS,
      rows: report.rows.map((r) => ({
        year: r.year,
        raises: r.raises.map(raiseLabel).join('; '),
        raise_pct: r.raisePct,
        nominal_index: r.nominalIndex,
        inflation_pct: r.inflationPct,
        price_index: r.priceIndex,
        real_index: r.realIndex,
        real_change_pct: r.realChangePct,
        status: r.status,
      })),
      summary: {
        columns: SUMMARY_COLUMNS,
        values: {
          nominal_index: report.nominalIndex,
          price_index: report.priceIndex,
          real_index: report.realIndex,
          real_cagr_pct: report.realCagrPct,
          years_real_fell: report.yearsRealFell.join(', '),
        },
      },
      assumptions,
      inputs: ctx.data.inputs,
      chart: chart ? indexChart(report, fromYear) : undefined,
    },
    ctx,
  );
}

function raiseList(raises: Raise[]): string {
  return raises.map((r) => `${formatDate(r.effective)} +${r.text}% (${r.scopeText})`).join(', ');
}

/** Whether scopes were applied, and which raises of the period that changed. */
function scopeAssumption(report: IndexReport, category: Category | undefined): string {
  if (category === undefined) {
    const narrow = report.scopesIgnored.length > 0 ? `, also ${raiseList(report.scopesIgnored)}` : '';
    return `no --code: every raise counts, scopes not applied${narrow}`;
  }
  const skipped = report.skipped.length > 0 ? `skipped ${raiseList(report.skipped)}` : 'no raise of the period skipped';
  return `--code ${category.code}: only the raises whose scope covers it count; ${skipped}`;
}

/** The three indices from the base December (1) on. */
function indexChart(report: IndexReport, fromYear: number): Chart {
  return {
    title: `Index, December ${fromYear - 1} = 1`,
    kind: 'index',
    scale: 'log',
    years: [fromYear - 1, ...report.rows.map((r) => r.year)],
    series: [
      { name: 'nominal (raises)', values: [ONE, ...report.rows.map((r) => r.nominalIndex)] },
      { name: 'prices (CPI)', values: [ONE, ...report.rows.map((r) => r.priceIndex)] },
      { name: 'real', values: [ONE, ...report.rows.map((r) => r.realIndex)] },
    ],
  };
}
