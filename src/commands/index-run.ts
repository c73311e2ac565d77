import { InputError, UsageError } from '../core/errors.js';
import { compareReport } from '../core/compare.js';
import { defaultIndexPeriod } from '../core/index-report.js';
import { indexReport } from '../core/index-view.js';
import { findCategory } from '../core/select.js';
import type { CommandRun } from '../run/command.js';
import { emit } from '../run/emit.js';
import { scenarioOptions, withScenario } from '../run/scenario.js';
import { checkChart, gridDate, makeSettings, priceIndex, provenance } from '../run/settings.js';
import { text, wholeNumber } from '../run/values.js';

/** Reads index's options, loads the data, builds the report, writes it. */
export const runIndex: CommandRun = async (_args, opts, env) => {
  const s = makeSettings(opts, env);
  const chart = checkChart(s, opts.chart === true);
  const fromText = text(opts.from);
  const toText = text(opts.to);
  const givenFrom = fromText === undefined ? undefined : wholeNumber('--from', fromText, 1900, 2200);
  const givenTo = toText === undefined ? undefined : wholeNumber('--to', toText, 1900, 2200);
  const code = text(opts.code);
  const options = scenarioOptions(opts);
  // The grid is read for --code and for a scenario's scopes; the grid date only starts indexation without @YEAR.
  if (opts.grid !== undefined && code === undefined && options === undefined) {
    throw new UsageError('--grid goes with --code or a scenario (--raise, --indexation): the index reads no grid else');
  }
  if (opts.gridDate !== undefined && (options?.indexation === undefined || options.indexation.fromYear !== undefined)) {
    throw new UsageError('--grid-date changes the index only where it starts --indexation without @YEAR');
  }
  const category = code === undefined ? undefined : findCategory(s.data.grid(), code, s.data.label('grid'));
  const raises = s.data.raises();
  const prices = priceIndex(s);

  const defaults = defaultIndexPeriod(raises, category, prices);
  const fromYear = givenFrom ?? defaults.from;
  if (fromYear === undefined) {
    const what = `no raise${category ? ` covers ${category.code}` : ''}, so there is no first raise year to start from`;
    throw new InputError(what, { file: s.data.label('raises') }, 'a raise, or --from YEAR');
  }
  const toYear = givenTo ?? defaults.to;
  if (toYear === undefined) {
    throw new InputError(
      'no year has complete, actual CPI data to end at',
      { file: s.data.label('cpi') },
      'actual CPI rows, or --to YEAR',
    );
  }
  if (fromYear > toYear) {
    const to = givenTo === undefined ? `the last year with actual CPI data (${toYear}); give --to` : `--to ${toYear}`;
    const from = givenFrom === undefined ? `the first raise year (${fromYear})` : `--from ${fromYear}`;
    throw new UsageError(`${from} is after ${to}`);
  }
  // A --raise scope is checked against the grid, and indexation starts the year after the grid date by default.
  const grid = options ? s.data.grid() : undefined;
  const scenario = withScenario(options, {
    raises,
    categories: category ? [category] : undefined,
    scopeCategories: grid?.categories,
    prices,
    range: s.range,
    lastYear: toYear,
    defaultIndexationYear: options ? gridDate(s).date.year + 1 : toYear,
  });
  const input = { raises, category, prices, fromYear, toYear, range: s.range };
  const view = {
    provenance: provenance(s, category || grid ? ['grid', 'raises', 'cpi'] : ['raises', 'cpi']),
    fromGiven: givenFrom !== undefined,
    toGiven: givenTo !== undefined,
    inflation: s.inflation,
    chart,
  };
  const report = indexReport({ ...input, raises: scenario?.raises ?? raises }, { ...view, scenario });
  await emit(options?.compare ? compareReport(indexReport(input, view), report) : report, s);
};
