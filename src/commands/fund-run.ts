import type { Category } from '../core/data.js';
import type { FundKey } from '../core/fund-report.js';
import { fundReport } from '../core/fund-view.js';
import type { CommandRun } from '../run/command.js';
import { emit } from '../run/emit.js';
import { fundOf } from '../run/fund.js';
import { gridDate, makeSettings, priceIndex, pricesMonth, provenance } from '../run/settings.js';
import { countOption, oneOf, text, wholeNumber } from '../run/values.js';

const KEYS: readonly FundKey[] = ['unit', 'code', 'group', 'none'];

/** Reads fund's options, checks the data sets, streams the staffing table, builds the report, writes it. */
export const runFund: CommandRun = async ([file], opts, env) => {
  const s = makeSettings(opts, env, { staffing: file });
  const years = wholeNumber('--years', text(opts.years) ?? '0', 0, 200);
  const byText = text(opts.by);
  const by = byText === undefined ? undefined : oneOf('--by', byText, KEYS);
  const medical = countOption('--medical', text(opts.medical) ?? '2', s.decimal);
  const bonus = countOption('--bonus', text(opts.bonus) ?? '2', s.decimal);
  const savingsText = text(opts.savings) ?? 'auto';
  const savings =
    savingsText.toLowerCase() === 'auto' ? ('auto' as const) : countOption('--savings', savingsText, s.decimal);
  const thousands = opts.thousands === true;

  // The data sets first, so that their errors (a year without CPI data too) come before a long read of the table.
  const grid = s.data.grid();
  const raises = s.data.raises();
  s.data.seniority();
  const date = gridDate(s);
  const fromYear = date.date.year;
  const toYear = fromYear + years;
  const prices = priceIndex(s);
  const month = pricesMonth(s, date);
  for (let year = fromYear; year <= toYear; year++) prices.year(year);
  prices.level(month);

  const settings = { by, savings, medical, bonus, fromYear, toYear, thousands, gridDate: date.date };
  const source = s.data.open('staffing');
  const { rows, staffing } = await fundOf(s, source, grid, { ...settings, pricesMonth: month, raises, prices });
  s.data.comments.staffing = staffing.comments;
  const report = fundReport(rows, {
    ...settings,
    provenance: provenance(s, ['staffing', 'grid', 'raises', 'cpi', 'seniority']),
    gridDate: date,
    pricesMonth: month,
    pricesGiven: s.pricesOption !== undefined,
    prices,
    inflation: s.inflation,
    range: s.range,
    raises,
    byGiven: by,
    by: staffing.by,
    categories: [...new Set<Category>(staffing.groups.map((g) => g.category))],
    staffingRows: staffing.rows,
  });
  await emit(report, s);
};
