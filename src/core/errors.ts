/** Where in a file a problem is: its line (from 1), and the cell's column or else the character it is at. */
export interface Location {
  file: string;
  line?: number;
  /**
   * The character the problem is at, counted from 1 in its line: for what is not a cell of a named column (a stray
   * quote, a byte that is not UTF-8, a cell beyond the header). Not shown where `cell` is given.
   */
  column?: number;
  /** The column of the cell the problem is in: its name in the header and its place there (1 for the first). */
  cell?: { name: string; place: number };
}

/** Marks kzpay's own errors across the bundles of the built CLI, each of which holds its own copy of the classes. */
const KZPAY_ERROR = Symbol.for('kzpay.error');

/** Base of every error kzpay reports on purpose; `exitCode` is decided here, printed by the CLI. */
export abstract class KzpayError extends Error {
  abstract readonly exitCode: number;
  readonly [KZPAY_ERROR] = true;
}

/** Whether an error is one kzpay reports on purpose, whichever bundle made it (`instanceof` would not see). */
export function isKzpayError(e: unknown): e is KzpayError {
  return typeof e === 'object' && e !== null && (e as Record<symbol, unknown>)[KZPAY_ERROR] === true;
}

/** A bad command line: unknown option, bad option value (exit 2). */
export class UsageError extends KzpayError {
  readonly exitCode = 2;
}

/**
 * Bad input data (exit 3), reported as `FILE:LINE: column NAME (Nth): what (expected ...)` for a cell, and as
 * `FILE:LINE:CHAR: what (expected ...)` for what is not a cell of a named column (a stray quote, bad UTF-8).
 */
export class InputError extends KzpayError {
  readonly exitCode = 3;
  constructor(
    readonly problem: string,
    readonly where?: Location,
    readonly expected?: string,
  ) {
    super(formatInputMessage(problem, where, expected));
  }
}

/** A check the user asked for failed, e.g. `gaps --strict` (exit 1). */
export class CheckFailed extends KzpayError {
  readonly exitCode = 1;
}

/** The one place an input error's message is made: `bad.csv:2: column min (5th): "1O" is not a number (...)`. */
function formatInputMessage(problem: string, where?: Location, expected?: string): string {
  let place = '';
  if (where) {
    place = where.file;
    if (where.line !== undefined) place += `:${where.line}`;
    if (where.line !== undefined && where.column !== undefined && !where.cell) place += `:${where.column}`;
    place += ': ';
    if (where.cell) place += `column ${where.cell.name} (${ordinal(where.cell.place)}): `;
  }
  return place + problem + (expected ? ` (expected ${expected})` : '');
}

/** 1st, 2nd, 3rd, 4th... 11th, 12th, 13th... 21st: a column's place as a spreadsheet user counts it. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Standard output could not be written, for a reason other than a closed pipe, e.g. a full disk (exit 4). */
export class OutputError extends KzpayError {
  readonly exitCode = 4;
}
