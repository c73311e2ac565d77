import type { Command } from 'commander';
import { addGlobalOptions, type GlobalOptions } from './options.js';
import type { RunEnv } from './context.js';

export interface GapsOptions extends GlobalOptions {
  basis?: string;
  within?: string;
  between?: string;
  tolerance?: string;
  floor?: string;
  strict?: boolean;
  propose?: string | boolean;
  staffing?: string;
}

/** `kzpay gaps`: where the grid breaks the 12% / 32% step rule or the minimum-wage floor, and a grid that would not. */
export function defineGaps(program: Command, run: RunEnv): void {
  const cmd = program
    .command('gaps')
    .description(
      'where the grid breaks the 12% / 32% step rule or the minimum-wage floor, and the smallest raises that fix it',
    )
    .option('--basis <min|max>', 'the salary column to check', 'min')
    .option('--within <pct>', 'step between adjacent posts within a management level (tier)', '12')
    .option('--between <pct>', 'step between management levels', '32')
    .option('--tolerance <pp>', 'how far a step may be from its norm and still be ok, in percentage points', '1')
    .option(
      '--floor <auto|off|amount>',
      'lowest salary: the minimum wage in force at the as-of date (auto), none (off), or an amount',
      'auto',
    )
    .option('--strict', 'exit 1 when any row is not ok (for CI); the report is still printed')
    .option(
      '--propose [mode]',
      'print a proposed grid instead: shortfall (default, the smallest raises) or exact (every step its norm)',
    )
    .option(
      '--staffing <file>',
      'with --propose: a staffing table (as for fund) to cost the proposal a year, per category and in total',
    );
  addGlobalOptions(cmd).action(async (opts: GapsOptions) => {
    const { runGaps } = await import('./gaps-run.js');
    await runGaps(opts, run);
  });
}
