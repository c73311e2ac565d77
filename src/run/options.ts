/**
 * The options of kzpay, declared once: each with its flags, help and default. A command lists the ones it takes in
 * its own table (src/commands/*.ts) and accepts no other.
 */
export interface OptionSpec {
  /** The property commander stores the value under. */
  key: string;
  flags: string;
  help: string;
  /** The default, shown in --help and used when the option is not given. */
  default?: string;
  /** Given any number of times; the values come as a list in the order given. */
  repeatable?: boolean;
  /** Given at most once: a second value would silently replace the first, so it is a usage error. */
  once?: boolean;
  /** The heading it is listed under in --help; a command's own options have none. */
  group?: string;
}

const DATA = 'Data sets (your own CSV files instead of the embedded ones):';
const TIME = 'Time and prices:';
const SCENARIO = 'Scenario (raises that have not happened):';
const OUT = 'Output:';

/** The group the options declared below belong to, for --help. */
let group = DATA;

const option = (key: string, flags: string, help: string, defaultValue?: string): OptionSpec => ({
  key,
  flags,
  help,
  default: defaultValue,
  group,
});

/** Data sets, and how the user's own files are read. */
export const GRID = option('grid', '--grid <file>', 'salary grid CSV (default: the embedded 2024 grid)');
export const RAISES = option('raises', '--raises <file>', 'raises CSV (default: the embedded 2005-2026 raises)');
export const CPI = option('cpi', '--cpi <file>', 'inflation CSV (default: the embedded CPI series)');
export const SENIORITY = option(
  'seniorityFile',
  '--seniority <file>',
  'seniority bands CSV (default: the embedded bands)',
);
export const PARAMS = option('params', '--params <file>', 'parameters CSV: bdo, min_wage, mrp (default: embedded)');
export const CONTRIBUTIONS = option(
  'contributions',
  '--contributions <file>',
  'contributions and income tax CSV: rates and limits by date (default: the embedded 2024 on)',
);
export const DECIMAL = option(
  'decimal',
  '--decimal <auto|comma|point>',
  'decimal separator of numbers like 62,461 in your files',
  'auto',
);
export const DELIMITER = option(
  'delimiter',
  '--delimiter <char>',
  'CSV delimiter of your files: , ; or tab (default: detected from the header)',
);

/** Time and prices. */
group = TIME;
export const GRID_DATE = option(
  'gridDate',
  '--grid-date <date>',
  "date the grid's salaries are in force (default: the grid's effective column, else 2024-01-01)",
);
export const PRICES = option(
  'prices',
  '--prices <YYYY-MM>',
  'month whose prices real values are in (default: the grid date)',
);
export const INFLATION = option(
  'inflation',
  '--inflation <pct>',
  'assumed December-on-December inflation for years without CPI data',
);
export const RANGE = option(
  'range',
  '--range <low|mid|high>',
  'which end of a range raise such as 25-30 to use',
  'mid',
);

/** Scenarios: raises that have not happened, indexation to prices, and the comparison with the baseline. */
group = SCENARIO;
export const RAISE: OptionSpec = {
  key: 'raise',
  flags: '--raise <date:pct[:scope]>',
  help:
    'a raise that has not happened, repeatable: ' +
    '2027-01-01:10, 2027-01-01:-5:tier=lower, 2027-01-01:restore=2023-12',
  repeatable: true,
  group,
};
export const INDEXATION: OptionSpec = {
  ...option(
    'indexation',
    '--indexation <rule[@year]>',
    "a raise each 1 January from YEAR (default: after the grid date): cpi (the year before's inflation), cpi+PP or PCT",
  ),
  once: true,
};
export const COMPARE = option('compare', '--compare', 'the baseline and the scenario side by side, and the difference');
export const SCENARIO_OPTIONS: OptionSpec[] = [RAISE, INDEXATION, COMPARE];

/** Take-home pay and employer charges (spec 3.7): salary's and fund's own options, declared once. */
export const NET: OptionSpec = {
  key: 'net',
  flags: '--net',
  help: "add take-home pay: December's net, the year's, and December's in real terms (--contributions, --params)",
};
export const CHARGES: OptionSpec = {
  key: 'charges',
  flags: '--charges',
  help: 'add the employer charges on top of pay and the labour cost (--contributions, --params)',
};

/** Output. */
group = OUT;
export const FORMAT = option(
  'format',
  // The formats in the text, not the term: a term this long would push every option's text under its name.
  '--format <format>',
  'output format: table|csv|json|md|xlsx|html (default: table, or the -o extension)',
);
export const LOCALE = option(
  'locale',
  '--locale <en|ru|kk>',
  'language of the words, and the CSV dialect of a Russian or Kazakh spreadsheet (; and decimal comma)',
  'en',
);
export const OUTPUT = option(
  'output',
  '-o, --output <file>',
  'write to a file (atomically) instead of standard output',
);
export const NO_COLOR = option('color', '--no-color', 'no colour, also on a terminal');

/** The options of every command that reads the data sets in `data` (besides its own). */
export function dataOptions(...sets: OptionSpec[]): OptionSpec[] {
  return [...sets, DECIMAL, DELIMITER];
}

/** The time options of the commands that deflate month by month (salary, fund). */
export const TIME_OPTIONS: OptionSpec[] = [GRID_DATE, PRICES, INFLATION, RANGE];

/** The output options every command takes, last in its help. */
export const OUTPUT_OPTIONS: OptionSpec[] = [FORMAT, OUTPUT, LOCALE, NO_COLOR];

/** Options whose old names a user may still type, with the name that replaced them. */
export const RENAMED: Readonly<Record<string, string>> = { '--as-of': '--grid-date' };

/** The long flag of an option: `--grid` for `--grid <file>`. */
export function longFlag(spec: OptionSpec): string {
  return /--[a-z-]+/.exec(spec.flags)?.[0] ?? spec.flags;
}
