import type { Command } from 'commander';
import { addGlobalOptions, type GlobalOptions } from './options.js';
import type { RunEnv } from './context.js';

export interface FundOptions extends GlobalOptions {
  years?: string;
  by?: string;
  medical?: string;
  bonus?: string;
  savings?: string;
  thousands?: boolean;
}

/** `kzpay fund [STAFFING|-]`: the yearly remuneration fund of a staffing table, nominal and real. */
export function defineFund(program: Command, run: RunEnv): void {
  const cmd = program
    .command('fund')
    .description('remuneration fund of a staffing table: 12 salaries + 2 medical + 2 bonus + savings bonuses, per year')
    .argument(
      '[staffing]',
      'staffing table CSV (code, headcount, experience, salary, unit, group, savings_salaries), or - for standard input (default: the embedded example)',
    )
    .option('--years <n>', 'years after the as-of year to show', '0')
    .option('--by <key>', 'unit|code|group|none (default: unit when the file has a unit column, else code)')
    .option('--medical <n>', 'monthly salaries a year paid as medical (health) benefit', '2')
    .option('--bonus <n>', 'monthly salaries a year paid as salary bonuses', '2')
    .option(
      '--savings <auto|n>',
      'savings bonuses, in monthly salaries a year, for rows without savings_salaries; auto: 5.2 for group D, 2.8 for group E',
      'auto',
    )
    .option('--thousands', 'money in thousand tenge, as in the paper');
  addGlobalOptions(cmd).action(async (staffing: string | undefined, opts: FundOptions) => {
    const { runFund } = await import('./fund-run.js');
    await runFund(staffing, opts, run);
  });
}
