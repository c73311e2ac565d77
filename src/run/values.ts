import { parseDate, parseMonth, type CalDate, type MonthIndex } from '../core/dates.js';
import { UsageError } from '../core/errors.js';
import type { Dec } from '../core/money.js';
import { parseNumber, parsePercent, type DecimalMode } from '../io/numbers.js';
import type { OptionValues } from './command.js';

/** An option that takes one of a few words; a usage error (exit 2) otherwise. */
export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${option} must be one of ${allowed.join(', ')}, not "${value}"`);
  }
  return value as T;
}

/** A whole number option, e.g. --years; a usage error (exit 2) otherwise. */
export function wholeNumber(option: string, value: string, min = 0, max = 1000): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`${option} must be a whole number from ${min} to ${max}, not "${value}"`);
  }
  return Number(value);
}

/** A decimal number option, e.g. --experience 2.5; a usage error otherwise, also when negative. */
export function countOption(option: string, value: string, mode: DecimalMode = 'auto'): Dec {
  const r = parseNumber(value, mode);
  if (!r.ok) throw new UsageError(`${option}: ${r.problem} (expected ${r.expected})`);
  if (r.value.isNegative() && !r.value.isZero()) throw new UsageError(`${option} must not be negative, not "${value}"`);
  return r.value.abs();
}

/** An amount of money on the command line (300000, 300 000, 250575.5): above zero, to the tiyn at most. */
export function moneyOption(what: string, value: string, mode: DecimalMode = 'auto'): Dec {
  const r = parseNumber(value, mode);
  if (!r.ok) throw new UsageError(`${what} ${JSON.stringify(value)}: ${r.problem} (expected ${r.expected})`);
  if (!r.value.gt(0)) throw new UsageError(`${what} must be above zero, not "${value}"`);
  if (r.value.decimalPlaces() > 2) throw new UsageError(`${what} has more than two decimals: "${value}"`);
  return r.value;
}

/** A percent option such as --inflation 5 or 12,5%: one number, no range. */
export function percentOption(option: string, value: string, mode: DecimalMode = 'auto'): Dec {
  const r = parsePercent(value, mode, false);
  if (!r.ok) throw new UsageError(`${option}: ${r.problem} (expected ${r.expected})`);
  return r.value.low;
}

/** A date option, YYYY-MM-DD or DD.MM.YYYY. */
export function dateOption(option: string, value: string): CalDate {
  const d = parseDate(value);
  if (!d) throw new UsageError(`${option} must be a real date YYYY-MM-DD or DD.MM.YYYY, not "${value}"`);
  return d;
}

/** A month option, YYYY-MM. */
export function monthOption(option: string, value: string): MonthIndex {
  const m = parseMonth(value);
  if (m === null) throw new UsageError(`${option} must be a month YYYY-MM, not "${value}"`);
  return m;
}

/** An option's string value (commander gives strings for options that take one). */
export function text(value: string | boolean | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * The value of an option that has a default: commander fills it in from the option's table (src/run/options.ts,
 * src/commands/*.ts), where the default is declared once; its absence would be a bug.
 */
export function given(opts: OptionValues, key: string): string {
  const value = opts[key];
  if (typeof value !== 'string') throw new Error(`option ${key} has no value and no default`);
  return value;
}
