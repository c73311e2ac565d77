import type { Command } from 'commander';
import { addGlobalOptions, type GlobalOptions } from './options.js';
import type { RunEnv } from './context.js';

export interface IndexOptions extends GlobalOptions {
  from?: string;
  to?: string;
  code?: string;
  chart?: boolean;
}

/** `kzpay index`: did the raises beat inflation? Cumulative nominal, price and real index, year by year. */
export function defineIndex(program: Command, run: RunEnv): void {
  const cmd = program
    .command('index')
    .description('did the raises beat inflation? nominal, price and real index, year by year')
    .option('--from <year>', 'first year; the index is 1 in the December before it (default: the first raise year)')
    .option('--to <year>', 'last year (default: the last year with actual CPI data)')
    .option('--code <code>', 'count only the raises whose scope covers this grid category (default: every raise)')
    .option('--chart', 'draw the nominal, price and real index under the table (table format only)');
  addGlobalOptions(cmd).action(async (opts: IndexOptions) => {
    const { runIndex } = await import('./index-run.js');
    await runIndex(opts, run);
  });
}
