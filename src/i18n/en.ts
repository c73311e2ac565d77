/**
 * kzpay's words in English: every column title, heading, chart label, assumption and reading, by message id. The
 * other languages (ru.ts, kk.ts) have the same ids and placeholders (test/i18n/messages.test.ts holds them to it).
 * The syntax of a template is in template.ts: `{name}`, `{n, plural, one {...} other {...}}`, `{x, select, ...}`.
 * JSON is always worded with these; data set labels, file names, option names, codes and dates are arguments,
 * never translated.
 */
export const en = {
  // Headings and the words of the renderers.
  'heading.summary': 'Summary',
  'heading.assumptions': 'Assumptions',
  'sheet.salary': 'salary',
  'sheet.index': 'index',
  'sheet.gaps': 'gaps',
  'sheet.fund': 'fund',
  'sheet.data': 'data',
  'sheet.summary': 'summary',
  'sheet.assumptions': 'assumptions',
  'sheet.notes': 'notes',
  'sheet.label': 'label',
  'sheet.value': 'value',
  'sheet.assumption': 'assumption',
  'sheet.note': 'note',
  'chart.log_scale': '{title} (log scale: equal steps are equal percentages)',
  text: '{text}',

  // kzpay's own words in cells (status, kind of step, verdict), shown in the locale in table, md and xlsx.
  'value.actual': 'actual',
  'value.projection': 'projection',
  'value.within': 'within',
  'value.between': 'between',
  'value.unchecked': 'unchecked',
  'value.ok': 'ok',
  'value.violation': 'violation',
  'value.inversion': 'inversion',
  'value.below-floor': 'below-floor',
  'value.unit': 'unit',
  'value.code': 'code',
  'value.group': 'group',
  'value.total': 'total',

  // Column titles.
  'col.code': 'code',
  'col.title': 'title',
  'col.year': 'year',
  'col.experience': 'exp, y',
  'col.salary_dec': 'salary Dec',
  'col.raise_pct': 'raise %',
  'col.seniority_pct': 'senior. %',
  'col.earnings': 'earnings',
  'col.inflation_pct': 'infl. %',
  'col.salary_real': 'salary real',
  'col.earnings_real': 'earnings real',
  'col.real_change_pct': 'real chg %',
  'col.status': 'status',
  'col.row': 'row',
  'col.raises': 'raises',
  'col.nominal': 'nominal',
  'col.prices': 'prices',
  'col.real': 'real',
  'col.nominal_index': 'nominal index',
  'col.price_index': 'price index',
  'col.real_index': 'real index',
  'col.real_cagr_pct': 'real CAGR %',
  'col.years_real_fell': 'years real fell',
  'col.catch_up_pct': 'catch-up %',
  'col.block': 'block',
  'col.upper': 'upper',
  'col.lower': 'lower',
  'col.upper_salary': 'upper sal.',
  'col.lower_salary': 'lower sal.',
  'col.step_pct': 'step %',
  'col.kind': 'kind',
  'col.norm_pct': 'norm %',
  'col.deviation_pp': 'dev. pp',
  'col.salary': 'salary',
  'col.floor': 'floor',
  'col.verdict': 'verdict',
  'col.pairs': 'pairs',
  'col.ok': 'ok',
  'col.violations': 'violations',
  'col.inversions': 'inversions',
  'col.unchecked': 'unchecked',
  'col.below_floor': 'below floor',
  'col.categories': 'categories',
  'col.raised': 'raised',
  'col.largest_raise_pct': 'largest raise %',
  'col.old': 'old_{basis}',
  'col.people': 'people',
  'col.yearly_cost': 'yearly cost',
  'col.yearly_cost_year': 'yearly cost {year}',
  'col.unit': 'unit',
  'col.group': 'group',
  'col.key': 'key',
  'col.salary_fund': 'salary fund',
  'col.savings_bonus': 'savings bonus',
  'col.total': 'total',
  'col.total_real': 'total real',
  'col.thousands': "{title}, '000",
  'col.base': '{title} base',
  'col.diff': '{title} diff',
  'col.cost': 'cost',
  'col.cost_sum': '{title}, sum of the years',
  'col.cost_real_sum': '{title} real, sum of the years',

  // Charts.
  'chart.salary': '{code}: monthly salary in December, {currency}',
  'chart.salary_annual': '{code}: annual rate in December, {currency}',
  'chart.nominal': 'nominal',
  'chart.real_prices': 'real (prices of {month})',
  'chart.first_code': 'the chart shows {code}, the first of {count} codes; give one code to chart another',
  'chart.index': 'Index, December {year} = 1',
  'chart.nominal_raises': 'nominal (raises)',
  'chart.prices_cpi': 'prices (CPI)',
  'chart.real': 'real',

  // A raise as kzpay prints it (index's raises column, the assumptions).
  'raise.pct': '{pct}% from {date}',
  'raise.cut': '{pct}% cut from {date}',
  'raise.range': '{low}-{high}% from {date}',
  'raise.between': 'between {low}% and {high}% from {date}',
  'raise.scenario': '{raise} (scenario)',
  'raise.scoped': '{raise} ({scope})',

  // Assumptions every report may make.
  'a.pro_rata': 'a raise dated after the 1st of a month counts in that month pro rata by days',
  // The title row of a workbook: what the report is, after kzpay's command.
  'title.grid_date': 'salaries of the grid of {date}, in {currency} ({code})',
  'title.grid_date_thousands': 'salaries of the grid of {date}, in thousand {currency} ({code})',
  'title.period': 'raises and prices {from}-{to}, as indices',
  'title.data_set': 'data set {name}: {label}',
  'a.data_set': '{name}: {label}',
  'a.data_set_note': '{name}: {label} — {note}',
  'a.grid_at': 'the grid in force on {date}: the raises in scope between the grid date {from} and then applied',
  'a.system': 'pay system: {name} ({label})',
  'a.absent_raises': 'raises: none ({label} is not in the pay system)',
  'a.absent_seniority': 'seniority: none ({label} is not in the pay system): each salary is its min',
  'a.unapplied': 'not applied: {raise} of {label}, scope {scope}: selects no category of {grid}',
  'a.annual':
    "the grid's amounts are annual rates (period year in system.csv): a year's earnings are the average of its " +
    "twelve months' rates",
  'a.round':
    'each salary rounded to {places, plural, =0 {whole units} one {# decimal place} other {# decimal places}} after ' +
    'each raise, half up, as a published schedule is (round in system.csv)',
  'word.currency': '{en}{ru, select, other {}}{kk, select, other {}}',
  'a.grid_date':
    'grid date {date} ({where}): the grid holds the salaries in force then; raises on or before it are inside the grid',
  'a.grid_date.option': '--grid-date',
  'a.grid_date.option_over': "--grid-date, over the grid's effective date {column}",
  'a.grid_date.column': "the grid's effective column; --grid-date to change",
  'a.grid_date.default': 'the grid gives no effective date and no --grid-date is given: the default',
  'a.prices': 'real values in prices of {month} ({why})',
  'a.prices.option': '--prices',
  'a.prices.default': "the grid date's month; --prices to change",
  'a.inflation_assumed':
    'inflation of {pct}% a year assumed for {years} (--inflation), years the CPI data ({coverage}) does not cover',
  'a.inflation_projected': 'inflation of {years} is a projection in the CPI data',
  'a.range': 'range raise {raise}% of {date} counts as {pct}% (--range {range})',
  'sc.raise': '{option}: {pct} on {date} ({scope})',
  'sc.restore': '{option}: {pct} on {date} {whom} (brings the real raise level of {month} back to that of {base})',
  'sc.restore_there':
    '{option}: {pct} on {date} {whom} (the real raise level of {month} is already at or above that of {base})',
  'sc.for_all': 'for all',
  'sc.for': 'for {codes}',
  'sc.indexation': '{option}: {pct} on {date} = {why}',
  'sc.why_fixed': 'a fixed percent',
  'sc.why_cpi': 'December-on-December inflation of {year} ({status})',
  'sc.why_cpi_points': '{cpi}% {inflation} {sign} {points} points',
  'sc.assumed': 'assumed, --inflation',
  'sc.late': "--indexation {rule} starts on 1 January {from}, after the report's last year {last}: it makes no raise",
  'sc.raise_late': "{option} takes effect on {date}, after the report's last year {last}: it changes nothing shown",
  'sc.early':
    '{option} makes a raise dated on or before the grid date {date}, whose salaries already ' +
    'include it: it changes no level from that date on, only those before it',
  'sc.none_shown': '{option}: the scope {scope} selects none of the categories shown',
  'a.scenario_note': 'scenario {note}',
  'a.scenario_warning': 'scenario: {warning}',
  'a.compare':
    "compare (--compare): X_base is the baseline (the data's raises alone), X the scenario, X_diff = X − X_base",
  'a.compare_cost':
    "compare (--compare): X_base is the baseline (the data's raises alone), X the scenario, X_diff = X − X_base; " +
    'cost = total_diff, and the summary sums it over the years, nominal and real',

  // salary
  'a.seniority_held': "seniority held at the grid date's band for {years} years of service (--no-seniority)",
  'a.seniority':
    'seniority: {years} years of service at the grid date (--experience), one twelfth of a year more each month; ' +
    'level = min + share × (max − min)',
  'a.skipped': 'skipped {code}: {reason}; --no-seniority shows it at its grid-date level',
  'reason.no_max_bands': 'it has no max salary, so it cannot move through the seniority bands (from {month})',

  // index
  'a.period': 'period {from}-{to}: {fromWhy}, {toWhy}',
  'a.period.from_option': 'from --from',
  'a.period.from_default': 'from the first raise year',
  'a.period.to_option': 'to --to',
  'a.period.to_default': 'to the last year with actual CPI data',
  'a.indices':
    "indices are 1 in December {year}; nominal = the raises' level in December, a raise dated after the 1st of a " +
    'month counting in it pro rata by days; prices = the December-on-December CPI factors multiplied; real = ' +
    'nominal / prices; catch-up = the one raise at the end of the period that would bring the real index back to ' +
    'its best level in the period, its base December included',
  'a.scope_all': 'no --code: every raise counts, scopes not applied',
  'a.scope_all_also': 'no --code: every raise counts, scopes not applied, also {raises}',
  'a.scope_code': '--code {code}: only the raises whose scope covers it count; {skipped}',
  'a.scope_skipped': 'skipped {raises}',
  'a.scope_none_skipped': 'no raise of the period skipped',

  // gaps: assumptions
  'a.floor_off': 'no minimum-wage floor (--floor off)',
  'a.floor_option': 'floor: {floor} (--floor)',
  'a.floor_none': 'no minimum wage in force on {date} in the params: the floor is not checked',
  'a.floor_wage': 'floor: the minimum wage of {floor} in force on {date} (effective {effective}; --floor to change)',
  'a.floor_wage_source':
    'floor: the minimum wage of {floor} in force on {date} (effective {effective}, {source}; --floor to change)',
  'a.basis': 'basis: the {basis} salary column (--basis)',
  'a.steps_system':
    'steps of the step rule of {system} (step_rule {rule}): {within}% between adjacent posts within a management ' +
    'level, {between}% between levels (--within, --between); a step is upper / lower − 1',
  'a.steps_options':
    'steps: {within}% between adjacent posts within a management level, {between}% between levels (--within, ' +
    '--between); a step is upper / lower − 1',
  'a.floor_system_off': 'no floor: the pay system has none (floor off in system.csv; --floor AMOUNT to check one)',
  'a.steps':
    'steps of the 2004 methodology: {within}% between adjacent posts within a management level, {between}% ' +
    'between levels (--within, --between); a step is upper / lower − 1',
  'a.levels':
    "management level (within or between) from the grid's tier column: within when both tiers are equal, " +
    'between when they differ',
  'a.embedded_tiers': "the embedded grid's tiers are an assumption of that data set (see `kzpay data grid`)",
  'a.tolerance':
    'a step is ok when it is within {tolerance} pp of its norm (--tolerance); an inversion when the upper post is ' +
    'paid no more than the lower',
  'a.floor_max': 'the floor is compared with the max column (the basis); min salaries are not checked against it',
  'a.proposal': 'proposal (--propose {mode}) of {grid}: {what}; no salary is lowered',
  'a.proposal.exact': 'every step exactly its norm, from the lowest bottom salary of each block that lowers no one',
  'a.proposal.shortfall':
    'the smallest raises so that no step falls short of its norm, bottom of each block up: each salary = ' +
    'max(own, floor, the one below × (1 + norm))',
  'a.proposal_rounding':
    'each new {basis} salary is rounded up to whole {currency}; {other} moves by the same percentage, also rounded up',
  'a.proposal_columns':
    "{old} is today's {basis} salary and raise_pct the raise of the proposal; --grid reads the proposal back and " +
    'ignores them',
  'a.proposal_columns_cost':
    "{old} is today's {basis} salary and raise_pct the raise of the proposal; headcount and yearly_cost its cost a " +
    'year; --grid reads the proposal back and ignores them',
  'a.proposal_max': 'min moves with max, so max is raised far enough that min also reaches the floor',
  'a.proposal_cost':
    "yearly cost (--staffing {staffing}): the remuneration fund of {year} at the grid's salaries (12 + {medical} " +
    'medical + {bonus} bonus + {savings, select, auto {savings salaries by group} other {{savings} savings ' +
    "salaries}}, experience held; no raises) with the proposed grid minus with today's; " +
    'rows with their own salary cost the same under both',

  // gaps: why a pair is not checked
  'reason.one_lacks': '{code} has no {column}',
  'reason.two_lack': '{first} and {second} have no {column}',

  // gaps: the reading under the check
  'r.no_pairs': 'No block has two categories, so there is no step to check.',
  'r.none_checked': 'No step could be checked against a norm.',
  'r.hold': '{ok} of {checked, plural, one {# step holds its} other {# steps hold their}} norm within {tolerance} pp.',
  'r.hold_kinds':
    '{ok} of {checked, plural, one {# step holds its} other {# steps hold their}} norm within {tolerance} pp: ' +
    '{counts}.',
  'r.kind_count': '{ok} of {all} {level} ({norm}%)',
  'r.level.within': 'within a management level',
  'r.level.between': 'between levels',
  'r.spans': 'The steps run {spans}.',
  'r.span_all': '{level} all at {pct}%',
  'r.span': '{level} from {low}% to {high}%',
  'r.off_item': '{pair} {step}% against {norm}% ({sign}{deviation} pp)',
  'r.off':
    'Furthest off: {items}; of the {count, plural, one {# step} other {# steps}} off the norm, ' +
    '{short, plural, one {# is} other {# are}} short of it and {above} above it.',
  'r.inverted': 'Inverted (the upper post paid no more than the one below): {pairs}.',
  'r.unchecked': 'Not checked: {pairs}.',
  'r.pair_reason': '{pair} ({reason})',
  'r.single': '{names} {count, plural, one {has} other {have}} a single category: no step to check.',
  'r.the_grid': 'The grid',
  'r.block': 'Block "{block}"',
  'r.floor_none': 'No category is below the floor of {floor}.',
  'r.floor_below': '{count, plural, one {# category is} other {# categories are}} below the floor of {floor}: {list}.',
  'r.code_amount': '{code} ({amount})',
  'r.no_basis_floor': '{codes} {count, plural, one {has} other {have}} no {basis}: not checked against the floor.',

  // gaps --propose: the reading
  'p.none': 'No category needs a raise: no step with a norm falls short of it and no salary is below the floor.',
  'p.raised':
    '{raised} of {count} categories get a raise, the largest {code} +{pct}% ({old} → {new}); the others keep ' +
    'their salary.',
  'p.unset': 'Steps the proposal does not set: {pairs}.',
  'p.kept':
    '{codes} {count, plural, one {has no {basis} and is left as it is} other {have no {basis} and are left as ' +
    'they are}}.',

  // fund
  'a.fund_per_person_annual':
    'per person a year: the average annual rate of the year × (12 + {medical} medical (--medical) + {bonus} bonus ' +
    "(--bonus) + savings salaries) / 12, each extra salary a month's pay; salary_fund is the (12 + {medical} + " +
    '{bonus}) / 12 part',
  'a.fund_per_person':
    'per person a year: the average monthly salary of the year × (12 + {medical} medical (--medical) + {bonus} ' +
    'bonus (--bonus) + savings salaries); salary_fund is the 12 + {medical} + {bonus} part',
  'a.savings_auto':
    "savings salaries: the row's savings_salaries, else {d} for group D and {e} for group E (--savings auto, from " +
    "the paper's Table 4 text on Atyrau region, 2023)",
  'a.savings_groups':
    "savings salaries: the row's savings_salaries, else by group (--savings auto, system.csv): {groups}",
  'a.savings_group': 'group {group} {count}',
  'a.savings': "savings salaries: the row's savings_salaries, else {savings} (--savings)",
  'a.fund_experience':
    "experience held at the staffing table's value (a snapshot): salary = the row's salary, else min + " +
    "share(experience) × (max − min) of the grid; raises by each category's scope, relative to the grid date",
  'a.by_none': 'one total row a year (--by none)',
  'a.by_unit_column': 'rows by {by} (the file has a unit column; --by to change)',
  'a.by_no_unit_column': 'rows by {by} (the file has no unit column; --by to change)',
  'a.by': 'rows by {by} (--by)',
  'a.thousands': 'money in thousand {currency} (--thousands)',
  'n.staffing_rows': '{count} staffing {count, plural, one {row} other {rows}} read',

  // The html page: its title and headings, and the charts drawn for it alone.
  'page.title.salary': 'Salaries by year',
  'page.title.index': 'Raises against prices',
  'page.title.gaps': 'Steps of the salary grid',
  'page.title.gaps_proposal': 'A proposed salary grid',
  'page.title.fund': 'Remuneration fund',
  'page.title.data': 'Data set {name}',
  'page.title.compare': '{title}: baseline and scenario',
  'page.notes': 'Notes',
  'page.sources': 'Sources',
  'page.embedded': 'embedded',
  'page.made_by': 'made by kzpay {version}',
  'chart.baseline': '{name}, baseline',
  'chart.scenario': '{name}, scenario',
  'chart.steps': 'Steps between adjacent positions, % (the mark is the norm)',
  'chart.steps_proposed': 'Steps of the proposed grid, % (the mark is the norm)',
  'chart.step': 'step',
  'chart.step_today': 'step today',
  'chart.step_proposed': 'step proposed',
  'chart.norm': 'norm',
  'chart.fund': 'Remuneration fund a year, total, {currency}',
  'chart.fund_thousands': 'Remuneration fund a year, total, thousand {currency}',
  // Take-home pay and employer charges (spec 3.7): net, salary --net --charges, fund --charges.
  'title.net_month': 'pay taken apart in {month}, in {currency} ({code})',
  'sheet.net': 'net',
  'col.gross': 'gross',
  'col.opv': 'OPV',
  'col.vosms': 'VOSMS',
  'col.taxable': 'taxable',
  'col.ipn': 'IPN',
  'col.net': 'net',
  'col.opvr': 'OPVR',
  'col.so': 'SO',
  'col.oosms': 'OOSMS',
  'col.social_tax': 'social tax',
  'col.employer_charges': 'employer charges',
  'col.labour_cost': 'labour cost',
  'col.cost_labour': 'cost with charges',
  'col.item': 'item',
  'col.rate': 'rate %',
  'col.base_amount': 'base',
  'col.amount': 'amount',
  'col.net_dec': 'net Dec',
  'col.net_year': 'net year',
  'col.net_real': 'net real',
  'col.employer_charges_dec': 'employer ch. Dec',
  'col.labour_cost_year': 'labour cost year',
  'col.labour_cost_real': 'labour cost real',
  'item.gross': 'gross pay',
  'item.opv': 'OPV (employee pension contributions)',
  'item.vosms': 'VOSMS (employee health contributions)',
  'item.taxable': 'taxable income',
  'item.ipn': 'IPN (personal income tax)',
  'item.net': 'take-home pay',
  'item.opvr': 'OPVR (employer pension contributions)',
  'item.so': 'SO (social contributions)',
  'item.oosms': 'OOSMS (employer health contributions)',
  'item.social_tax': 'SN (social tax)',
  'item.employer_charges': 'employer charges',
  'item.labour_cost': 'labour cost',
  'a.net_month': 'month {month} (--date): the rates, limits, minimum wage and MRP in force then',
  'a.net_month_clock':
    'month {month}: the current month, from the clock (--date YYYY-MM to choose; scripts should pass it)',
  'a.net_params': 'minimum wage (MW) {mw}, MRP {mrp} in the month, from the {set} data set',
  'a.net_same_gross':
    "the same gross every month from January: the year's taxable income before the month counts toward the " +
    'higher rate on the part of the year above its threshold',
  'a.from_net': '--from-net: each amount is the net wanted; the row is the smallest whole-tenge gross that nets it',
  'a.ipn_adjusted': 'a gross under 25 MRP has {share}% of its taxable income taken off (the 90% adjustment)',
  'a.ipn_high': "income tax of {rate}% on the part of the year's taxable income above its threshold",
  'a.take_home_terms':
    'OPV: compulsory pension contributions of the employee; VOSMS: contributions to compulsory social health ' +
    'insurance (OSMS) of the employee; IPN: personal income tax; OPVR: compulsory pension contributions of the ' +
    'employer; SO: social contributions; OOSMS: deductions of the employer to OSMS; SN: social tax',
  'a.take_home_rounding':
    'each amount rounded to whole tenge, half up; net = gross − OPV − VOSMS − IPN; employer charges = OPVR + SO + ' +
    'OOSMS + SN; labour cost = gross + employer charges',
  'a.born_assumed':
    'born in or after {year} (assumed): employer pension contributions (OPVR) are paid; --born YEAR to set',
  'a.born_after':
    'born {born} (--born): employer pension contributions (OPVR) are paid for people born in or after {year}',
  'a.born_before':
    'born {born} (--born): no employer pension contributions (OPVR), paid only for people born in or after {year}',
  'a.born_column':
    "the staffing table's born column sets the employer pension contributions (OPVR) per person (paid for people " +
    'born in or after {year}); a row without it is assumed born in or after {year}',
  'a.born_no_column':
    'everyone born in or after {year} (assumed: the staffing table has no born column): employer pension ' +
    'contributions (OPVR) are paid',
  'a.rates_held': 'contributions and income tax of {years}: the rates of {year}, the last year the data changes, held',
  'a.params_held': 'minimum wage and MRP of {years}: those of {year}, the last in the {set} data, held',
  'a.salary_net':
    "take-home pay of the month's salary as gross (--net): net is December's, net_year the twelve months' (the " +
    "year's taxable income counts toward the higher rate), net_real December's net in the price month's prices",
  'a.salary_charges':
    "employer charges on the month's salary (--charges): employer_charges are December's, labour_cost_year the " +
    "twelve months' salaries and charges",
  'a.fund_charges':
    "employer charges (--charges) per person and month on the month's salary + (medical + bonus + savings " +
    "salaries) / 12 × the year's average monthly salary (an assumption: when those are paid is not known); " +
    "labour_cost = total + employer_charges; labour_cost_real the same in the price month's prices",
  'a.social_tax_less_so': 'social tax (SN) less the social contributions (SO), never below 0',
  // The same for any pay system but the embedded one: each item named by its role in the rule, never by the
  // abbreviations of Kazakhstan's laws; money rounded to whole units of the system's currency.
  'col.opv_neutral': 'employee pension',
  'col.vosms_neutral': 'employee health',
  'col.ipn_neutral': 'income tax',
  'col.opvr_neutral': 'employer pension',
  'col.so_neutral': 'social contributions',
  'col.oosms_neutral': 'employer health',
  'col.social_tax_neutral': 'social tax',
  'item.opv_neutral': 'pension contributions of the employee',
  'item.vosms_neutral': 'health insurance contributions of the employee',
  'item.ipn_neutral': 'income tax',
  'item.opvr_neutral': 'pension contributions of the employer',
  'item.so_neutral': 'social contributions',
  'item.oosms_neutral': 'health insurance contributions of the employer',
  'item.social_tax_neutral': 'social tax',
  'a.net_month_neutral':
    'month {month} (--date): the rates, limits, minimum wage and calculation unit (mrp) in force then',
  'a.net_params_neutral': 'minimum wage {mw}, calculation unit (mrp) {mrp} in the month, from the {set} data set',
  'a.from_net_neutral':
    '--from-net: each amount is the net wanted; the row is the smallest gross in whole {currency} that nets it',
  'a.ipn_adjusted_neutral': 'a gross under {below} has {share}% of its taxable income taken off',
  'a.ipn_high_neutral': "income tax of {rate}% on the part of the year's taxable income above its threshold",
  'a.take_home_terms_neutral':
    'items by their role in the rule; csv and json keys as the contributions data set names them: opv, ' +
    'pension contributions of the employee; vosms, health insurance contributions of the employee; ipn, income ' +
    'tax; opvr, pension contributions of the employer; so, social contributions; oosms, health insurance ' +
    'contributions of the employer; social_tax, social tax',
  'a.take_home_rounding_neutral':
    'each amount rounded to whole {currency}, half up; net = gross − employee pension − employee health − income ' +
    'tax; employer charges = employer pension + social contributions + employer health + social tax; labour cost = ' +
    'gross + employer charges',
  'a.born_assumed_neutral':
    'born in or after {year} (assumed): employer pension contributions are paid; --born YEAR to set',
  'a.born_after_neutral':
    'born {born} (--born): employer pension contributions are paid for people born in or after {year}',
  'a.born_before_neutral':
    'born {born} (--born): no employer pension contributions, paid only for people born in or after {year}',
  'a.born_column_neutral':
    "the staffing table's born column sets the employer pension contributions per person (paid for people born " +
    'in or after {year}); a row without it is assumed born in or after {year}',
  'a.born_no_column_neutral':
    'everyone born in or after {year} (assumed: the staffing table has no born column): employer pension ' +
    'contributions are paid',
  'a.rates_held_neutral':
    'contributions and income tax of {years}: the rates of {year}, the last year the data changes, held',
  'a.params_held_neutral':
    'minimum wage and calculation unit (mrp) of {years}: those of {year}, the last in the {set} data, held',
  'a.social_tax_less_so_neutral': 'social tax less the social contributions, never below 0',
  'a.compare_labour_cost':
    "compare (--compare): X_base is the baseline (the data's raises alone), X the scenario, X_diff = X − X_base; " +
    'cost = labour_cost_diff (--charges): what the budget pays, employer charges included; the summary sums it over ' +
    'the years, nominal and real',
  // The columns of the data sets and the grid as a reader sees them (csv and json keep the file's names), and the
  // words in their cells: tiers, scope `all`, the parameters' names.
  'key.code': 'code',
  'key.corps': 'corps',
  'key.group': 'group',
  'key.block': 'block',
  'key.rank': 'rank',
  'key.tier': 'tier',
  'key.title': 'title',
  'key.effective': 'effective',
  'key.min': 'min',
  'key.max': 'max',
  'key.percent': 'percent',
  'key.scope': 'scope',
  'key.announced': 'announced',
  'key.source': 'source',
  'key.period': 'period',
  'key.inflation_pct': 'inflation_pct',
  'key.status': 'status',
  'key.from_years': 'from_years',
  'key.to_years': 'to_years',
  'key.share': 'share',
  'key.name': 'name',
  'key.value': 'value',
  'key.unit': 'unit',
  'key.headcount': 'headcount',
  'key.experience': 'experience',
  'key.salary': 'salary',
  'key.savings_salaries': 'savings_salaries',
  'value.higher': 'higher',
  'value.middle': 'middle',
  'value.lower': 'lower',
  'value.all': 'all',
  'value.bdo': 'bdo',
  'value.min_wage': 'min_wage',
  'value.mrp': 'mrp',
  // The data sets by name (in the assumptions: `grid: systems/kz/grid.csv — ...`).
  'set.grid': 'grid',
  'set.raises': 'raises',
  'set.raises-reported': 'raises-reported',
  'set.cpi': 'cpi',
  'set.seniority': 'seniority',
  'set.params': 'params',
  'set.system': 'system',
  'set.contributions': 'contributions',
  'set.staffing': 'staffing',
} as const;

/** A message's id: a key of the English catalogue, which every language has. */
export type MessageId = keyof typeof en;
