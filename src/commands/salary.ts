import type { Command } from 'commander';
import { addGlobalOptions, type GlobalOptions } from './options.js';
import type { RunEnv } from './context.js';

export interface SalaryOptions extends GlobalOptions {
  years?: string;
  from?: string;
  experience?: string;
  chart?: boolean;
}

/** `kzpay salary CODE...`: nominal and real salary of categories, year by year. */
export function defineSalary(program: Command, run: RunEnv): void {
  const cmd = program
    .command('salary')
    .description('what a category pays, nominal and in real terms, year by year')
    .argument('<code...>', 'category codes from the grid (e.g. E-G-4), or all')
    .option('--years <n>', 'years after the as-of year to show', '5')
    .option('--from <year>', 'first year to show (default: the as-of year)')
    .option('--experience <years>', 'years of service at the as-of date', '0')
    .option('--no-seniority', 'hold the salary at the as-of seniority band')
    .option('--chart', 'draw nominal and real salary under the table (table format only)');
  addGlobalOptions(cmd).action(async (codes: string[], opts: SalaryOptions) => {
    const { runSalary } = await import('./salary-run.js');
    await runSalary(codes, opts, run);
  });
}
