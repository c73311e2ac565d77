/** Where in a file a problem is: 1-based line and column (column counted in characters). */
export interface Location {
  file: string;
  line?: number;
  column?: number;
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

/** Bad input data (exit 3), reported as `FILE:LINE:COLUMN: what (expected)`. */
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

function formatInputMessage(problem: string, where?: Location, expected?: string): string {
  let place = '';
  if (where) {
    place = where.file;
    if (where.line !== undefined) place += `:${where.line}`;
    if (where.line !== undefined && where.column !== undefined) place += `:${where.column}`;
    place += ': ';
  }
  return place + problem + (expected ? ` (expected ${expected})` : '');
}

/** Standard output could not be written, for a reason other than a closed pipe, e.g. a full disk (exit 4). */
export class OutputError extends KzpayError {
  readonly exitCode = 4;
}
