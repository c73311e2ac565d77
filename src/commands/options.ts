import type { Command } from 'commander';

/** The options every command takes (spec section 3, "Global options"). Light: parsed values are checked later. */
export interface GlobalOptions {
  grid?: string;
  raises?: string;
  cpi?: string;
  /** --seniority FILE, kept apart from salary's --no-seniority (commander would store both as `seniority`). */
  seniorityFile?: string;
  /** salary's --no-seniority. */
  holdSeniority?: boolean;
  params?: string;
  asOf?: string;
  prices?: string;
  inflation?: string;
  range?: string;
  format?: string;
  output?: string;
  decimal?: string;
  delimiter?: string;
  color?: boolean;
}

/** Adds the global options to a command, after its own. */
export function addGlobalOptions(cmd: Command): Command {
  // --seniority FILE and --no-seniority are two options to the user; commander would make them one value, so the
  // last given would silently drop the other. Each is kept under its own name.
  cmd.on('option:seniority', (file: string) => cmd.setOptionValue('seniorityFile', file));
  cmd.on('option:no-seniority', () => cmd.setOptionValue('holdSeniority', true));
  return cmd
    .option('--grid <file>', 'salary grid CSV (default: the embedded 2024 grid)')
    .option('--raises <file>', 'raises CSV (default: the embedded 2005-2026 raises)')
    .option('--cpi <file>', 'inflation CSV (default: the embedded CPI series)')
    .option('--seniority <file>', 'seniority bands CSV (default: the embedded bands)')
    .option('--params <file>', 'parameters CSV: bdo, min_wage (default: the embedded params)')
    .option('--as-of <date>', 'date the grid is in force, YYYY-MM-DD or DD.MM.YYYY', '2024-01-01')
    .option('--prices <YYYY-MM>', 'month whose prices real values are in (default: the as-of month)')
    .option('--inflation <pct>', 'assumed December-on-December inflation for years without CPI data')
    .option('--range <low|mid|high>', 'which end of a range raise such as 25-30 to use', 'mid')
    .option('--format <table|csv|json|md>', 'output format (default: table, or from the -o extension)')
    .option('-o, --output <file>', 'write to a file (atomically) instead of standard output')
    .option('--decimal <auto|comma|point>', 'decimal separator for numbers like 62,461', 'auto')
    .option('--delimiter <char>', 'CSV delimiter of input files (default: detected from the header)')
    .option('--no-color', 'no colour, also when standard output is a terminal');
}
