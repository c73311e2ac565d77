import { fixedHalfUp } from '../core/money.js';
import type { ColumnKind, Value } from '../core/report.js';

export type Target = 'human' | 'machine';

/** Decimal places by kind: for people (table, md) and for machines (csv, json). */
const PLACES: Record<Target, Partial<Record<ColumnKind, number>>> = {
  // Thousands of tenge keep one decimal for people, as the paper's tables print them (3 874 482,5).
  human: { money: 0, thousands: 1, pct: 2, pp: 2, index: 4, years: 2 },
  machine: { money: 2, thousands: 2, pct: 4, pp: 4, index: 6, years: 2 },
};

/** Groups the integer digits by three with a space: 3874482.55 → "3 874 482.55". */
export function groupThousands(fixed: string): string {
  const neg = fixed.startsWith('-');
  const body = neg ? fixed.slice(1) : fixed;
  const [int, frac] = body.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return (neg ? '-' : '') + grouped + (frac !== undefined ? '.' + frac : '');
}

/**
 * Text whose numbers never break at their groups of digits (`62 461` at the end of a line): each space between a
 * digit and a group of three becomes a no-break space (U+00A0). For prose and charts; a table's cells keep theirs.
 */
export function holdGroups(text: string): string {
  return text.replace(/(\d) (?=\d{3}(?!\d))/g, '$1\u00a0');
}

/**
 * A cell as text: numbers rounded half up to the kind's places; money grouped by spaces for people; `decimal` the
 * mark people read (`,` under ru and kk).
 */
export function formatCell(value: Value, kind: ColumnKind, target: Target, decimal: '.' | ',' = '.'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (isList(value)) return value.join(', ');
  // A non-finite value is a bug upstream (inputs are checked so that none can arise): never print it as a result.
  if (!value.isFinite()) throw new Error(`a ${kind} value is ${value.toString()}`);
  if (kind === 'text' || kind === 'int') return value.toString();
  const places = PLACES[target][kind] ?? 2;
  const fixed = kind === 'decimal' ? value.toString() : fixedHalfUp(value, places);
  const text = (kind === 'money' || kind === 'thousands') && target === 'human' ? groupThousands(fixed) : fixed;
  return decimal === '.' ? text : text.replace('.', decimal);
}

export { visibleText } from './visible.js';

export function isNumericKind(kind: ColumnKind): boolean {
  return kind !== 'text';
}

/** Whether a cell is a list of whole numbers (years): an array in JSON, joined by commas elsewhere. */
export function isList(value: unknown): value is readonly number[] {
  return Array.isArray(value);
}
