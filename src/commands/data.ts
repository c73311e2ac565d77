import type { Command } from 'commander';
import { addGlobalOptions, type GlobalOptions } from './options.js';
import type { RunEnv } from './context.js';

export const DATA_SET_NAMES = ['grid', 'raises', 'cpi', 'seniority', 'params', 'staffing'] as const;

/** `kzpay data NAME`: prints a data set (embedded, or the file its flag names) in any format. */
export function defineData(program: Command, run: RunEnv): void {
  const cmd = program
    .command('data')
    .description('print an embedded data set, to read or to edit and pass back with its flag')
    .argument('<name>', DATA_SET_NAMES.join('|'));
  addGlobalOptions(cmd).action(async (name: string, opts: GlobalOptions) => {
    const { runData } = await import('./data-run.js');
    await runData(name, opts, run);
  });
}
