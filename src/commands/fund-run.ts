import { currencyOf } from '../core/system.js';
import { compareReport } from '../core/compare.js';
import { monthIndex } from '../core/dates.js';
import type { Category, Raise } from '../core/data.js';
import type { FundKey } from '../core/fund-report.js';
import { fundReport } from '../core/fund-view.js';
import { loadLanguage } from '../i18n/messages.js';
import type { CommandRun } from '../run/command.js';
import { emit } from '../run/emit.js';
import { fundRows, holdHeapGrowth, readStaffing } from '../run/fund.js';
import { scenarioOptions, scenarioScopes, withScenario } from '../run/scenario.js';
import { checkChart, gridDate, makeSettings, priceIndex, pricesMonth, provenance } from '../run/settings.js';
import { takeHomeRules } from '../run/take-home.js';
import { countOption, given, oneOf, text, wholeNumber } from '../run/values.js';

const KEYS: readonly FundKey[] = ['unit', 'code', 'group', 'none'];

/** Reads fund's options, checks the data sets, streams the staffing table, builds the report, writes it. */
export const runFund: CommandRun = async ([file], opts, env) => {
  const s = makeSettings(opts, env, { staffing: file });
  const years = wholeNumber('--years', given(opts, 'years'), 0, 200);
  const byText = text(opts.by);
  const by = byText === undefined ? undefined : oneOf('--by', byText, KEYS);
  const system = s.data.system();
  // The fund's extras are the pay system's unless given: Kazakhstan's 2 + 2 and savings by group are its system.csv.
  const medicalText = text(opts.medical);
  const bonusText = text(opts.bonus);
  const savingsText = text(opts.savings);
  const medical = medicalText === undefined ? system.medical : countOption('--medical', medicalText, s.decimal);
  const bonus = bonusText === undefined ? system.bonus : countOption('--bonus', bonusText, s.decimal);
  const savings =
    savingsText === undefined
      ? system.savings
      : savingsText.toLowerCase() === 'auto'
        ? ('auto' as const)
        : countOption('--savings', savingsText, s.decimal);
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
  // The rules of every month shown, checked before the table is read too (a year before the data is exit 3).
  const charges = takeHomeRules(s, opts, opts.charges === true, '--charges');
  if (charges) for (let m = monthIndex(fromYear, 1); m <= monthIndex(toYear, 12); m++) charges.at(m);

  const settings = {
    by,
    savings,
    savingsByGroup: system.savingsByGroup,
    medical,
    bonus,
    fromYear,
    toYear,
    thousands,
    annual: system.period === 'year',
    gridDate: date.date,
  };
  // The report's words first: a bundle loaded after the heap flag is set would find its code cache refused.
  if (s.locale !== 'en') await loadLanguage(s.locale);
  await holdHeapGrowth();
  const options = scenarioOptions(opts);
  const fundSettings = { ...settings, pricesMonth: month, prices, charges };
  // Without a scenario the raise schedule is known before the read: the charges are summed as the rows come.
  const staffing = await readStaffing(
    s,
    s.data.open('staffing'),
    grid,
    { ...settings, raises: [...raises, ...scenarioScopes(options)], charges },
    charges && !options ? { ...fundSettings, raises } : undefined,
  );
  s.data.comments.staffing = staffing.comments;
  const categories = [...new Set<Category>(staffing.groups.map((g) => g.category))];
  const scenario = withScenario(options, {
    raises,
    categories,
    // A scope may select the grid's categories or a staffing row's own code or group outside the grid.
    scopeCategories: [...grid.categories, ...categories],
    prices,
    range: s.range,
    lastYear: toYear,
    defaultIndexationYear: fromYear + 1,
    gridDate: date.date,
  });
  // One read of the staffing table, one computation per raise schedule.
  const fund = (schedule: readonly Raise[]) => fundRows(s, staffing, { ...fundSettings, raises: schedule });
  const view = {
    ...settings,
    provenance: provenance(s, [
      'staffing',
      'grid',
      'raises',
      'cpi',
      'seniority',
      ...(charges ? (['contributions', 'params'] as const) : []),
    ]),
    gridDate: date,
    pricesMonth: month,
    pricesGiven: s.pricesOption !== undefined,
    prices,
    inflation: s.inflation,
    range: s.range,
    raises,
    byGiven: by,
    by: staffing.by,
    categories,
    staffingRows: staffing.rows,
    embeddedSystem: s.data.folder.embedded,
    currency: currencyOf(system),
    charges: charges && { rules: charges, hasBorn: staffing.hasBorn },
    chart: checkChart(s, false),
  };
  const report = fundReport(fund(scenario?.raises ?? raises), {
    ...view,
    raises: scenario?.raises ?? raises,
    scenario,
  });
  const cost = charges ? 'labour_cost' : 'total';
  await emit(options?.compare ? compareReport(fundReport(fund(raises), view), report, { cost }) : report, s);
};
