import { UsageError } from '../core/errors.js';
import { RulesByMonth, type ContributionData } from '../core/take-home.js';
import type { OptionValues } from './command.js';
import type { Settings } from './settings.js';

/** The contributions data set and the params it counts in (min_wage, mrp), read from the settings' data sets. */
export function contributionData(s: Settings): ContributionData {
  return {
    values: s.data.contributions(),
    params: s.data.params(),
    label: s.data.label('contributions'),
    paramsLabel: s.data.label('params'),
  };
}

/**
 * The rules of contributions by month when `--net` or `--charges` asks for them; else undefined, and a data flag
 * that only they read (`--contributions`, `--params`) is refused, since it would change nothing.
 */
export function takeHomeRules(
  s: Settings,
  opts: OptionValues,
  wanted: boolean,
  flags: string,
): RulesByMonth | undefined {
  if (wanted) {
    // The rules of 3.7 take a month's gross; a system of annual rates would be taxed as if a year were a month.
    if (s.data.system().period === 'year')
      throw new UsageError(`${flags} work on monthly pay: ${s.data.system().name} has annual rates (period year)`);
    return new RulesByMonth(contributionData(s));
  }
  for (const [key, flag] of [
    ['contributions', '--contributions'],
    ['params', '--params'],
  ] as const) {
    if (opts[key] !== undefined) throw new UsageError(`${flag} changes nothing without ${flags}, which read it`);
  }
  return undefined;
}
