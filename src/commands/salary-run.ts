import { currencyOf } from '../core/system.js';
import { UsageError } from '../core/errors.js';
import { compareReport } from '../core/compare.js';
import { salaryReport } from '../core/salary-view.js';
import { selectCategories } from '../core/select.js';
import type { CommandRun } from '../run/command.js';
import { emit } from '../run/emit.js';
import { checkChart, gridDate, makeSettings, priceIndex, pricesMonth, provenance } from '../run/settings.js';
import { scenarioOptions, withScenario } from '../run/scenario.js';
import { takeHomeRules } from '../run/take-home.js';
import { countOption, given, text, wholeNumber } from '../run/values.js';

/** Reads salary's options, loads the data, builds the report, writes it. */
export const runSalary: CommandRun = async (codes, opts, env) => {
  const s = makeSettings(opts, env);
  const chart = checkChart(s, opts.chart === true);
  const years = wholeNumber('--years', given(opts, 'years'), 0, 200);
  const experience = countOption('--experience', given(opts, 'experience'), s.decimal);
  const fromText = text(opts.from);
  const grid = s.data.grid();
  const categories = selectCategories(grid, codes, s.data.label('grid'));
  const date = gridDate(s);
  const fromYear = fromText === undefined ? date.date.year : wholeNumber('--from', fromText, 1900, 2200);
  const toYear = date.date.year + years;
  if (fromYear > toYear) {
    throw new UsageError(`--from ${fromYear} is after the last year shown (${toYear} = the grid year + --years)`);
  }
  const raises = s.data.raises();
  const system = s.data.system();
  const prices = priceIndex(s);
  const net = opts.net === true;
  const charges = opts.charges === true;
  const rules = takeHomeRules(s, opts, net || charges, '--net or --charges');
  const scenario = withScenario(scenarioOptions(opts), {
    raises,
    categories,
    scopeCategories: grid.categories,
    prices,
    range: s.range,
    lastYear: toYear,
    defaultIndexationYear: date.date.year + 1,
    gridDate: date.date,
  });
  const input = {
    categories,
    raises,
    bands: s.data.seniority(),
    prices,
    fromYear,
    toYear,
    asOf: date.date,
    pricesMonth: pricesMonth(s, date),
    range: s.range,
    experience,
    holdSeniority: opts.holdSeniority === true,
    round: system.round,
    annual: system.period === 'year',
    skipWithoutMax: codes.some((c) => c.toLowerCase() === 'all' || c.includes('*')),
    takeHome: rules && { rules, net, charges },
  };
  const view = {
    provenance: provenance(s, [
      'grid',
      'raises',
      'cpi',
      'seniority',
      ...(rules ? (['contributions', 'params'] as const) : []),
    ]),
    gridDate: date,
    pricesGiven: s.pricesOption !== undefined,
    inflation: s.inflation,
    chart,
    currency: currencyOf(system),
    embeddedSystem: s.data.folder.embedded,
  };
  const report = salaryReport({ ...input, raises: scenario?.raises ?? raises }, { ...view, scenario });
  const compare = opts.compare === true;
  await emit(compare ? compareReport(salaryReport(input, view), report) : report, s);
};
