import { InputError, type Location } from '../core/errors.js';
import { parseDate, type CalDate } from '../core/dates.js';
import type { Dec } from '../core/money.js';
import type { CsvRecord, CsvTable } from './csv.js';
import { parseNumber, parsePercent, type DecimalMode, type PercentValue } from './numbers.js';

/** The columns a data set needs and the ones it understands; the rest of a file's columns are ignored. */
export interface SheetSpec {
  what: string; // e.g. "grid", for messages
  required: string[];
  optional: string[];
}

/**
 * A CSV table checked against a data set's columns: required columns present, no ragged rows. Its rows give typed
 * cells and raise InputError at the cell's own line and column.
 */
export class Sheet {
  readonly index = new Map<string, number>();
  readonly rows: SheetRow[];

  constructor(
    readonly table: CsvTable,
    readonly spec: SheetSpec,
    readonly decimal: DecimalMode,
  ) {
    table.names.forEach((name, i) => {
      if (name === '') return;
      if (this.index.has(name) && [...spec.required, ...spec.optional].includes(name)) {
        throw new InputError(
          'appears twice in the header',
          { file: table.file, line: table.header.line, cell: { name, place: i + 1 } },
          'each column once',
        );
      }
      if (!this.index.has(name)) this.index.set(name, i);
    });
    const missing = spec.required.filter((c) => !this.index.has(c));
    if (missing.length > 0) {
      // A header that stayed one cell was split on the wrong delimiter (or --delimiter is wrong).
      const oneCell = table.header.cells.length === 1 && /[,;\t|]/.test(table.header.cells[0]);
      const missingNames = missing.map((m) => `"${m}"`).join(', ');
      const oneCellNote = oneCell ? `: its header is one cell when split on "${table.delimiter}"` : '';
      const optionalNote = spec.optional.length ? ` (and optionally ${spec.optional.join(', ')})` : '';
      throw new InputError(
        `${spec.what} file has no column ${missingNames}${oneCellNote}`,
        { file: table.file, line: table.header.line },
        `a header with ${spec.required.join(', ')}${optionalNote}`,
      );
    }
    for (const rec of table.records) checkWidth(table, rec);
    this.rows = table.records.map((rec) => new SheetRow(this, rec));
  }

  has(name: string): boolean {
    return this.index.has(name);
  }

  headerLocation(name: string): Location {
    const i = this.index.get(name);
    const where = { file: this.table.file, line: this.table.header.line };
    return i === undefined ? where : { ...where, cell: { name, place: i + 1 } };
  }
}

/** A ragged row is an error at the first cell too many, or just after the last cell when cells are missing. */
export function checkWidth(table: Pick<CsvTable, 'file' | 'header' | 'delimiter'>, rec: CsvRecord): void {
  const width = table.header.cells.length;
  if (rec.cells.length === width) return;
  const extra = rec.cells.length > width;
  const at = extra ? width : rec.cells.length - 1;
  const column = extra ? rec.columns[width] : lastColumnEnd(rec);
  const quoting = extra ? `; a cell that holds "${table.delimiter}" goes in double quotes` : '';
  throw new InputError(
    `row has ${rec.cells.length} cells but the header has ${width}`,
    { file: table.file, line: rec.lines[at], column },
    `one cell per header column (${table.header.cells.join(table.delimiter)})${quoting}`,
  );
}

function lastColumnEnd(rec: CsvRecord): number {
  const i = rec.cells.length - 1;
  return rec.columns[i] + rec.cells[i].length;
}

export class SheetRow {
  constructor(
    readonly sheet: Sheet,
    readonly record: CsvRecord,
  ) {}

  get line(): number {
    return this.record.line;
  }

  /** The cell of column `name` in this row: its line, and the column by name and place; the row's line without it. */
  where(name: string): Location {
    const i = this.sheet.index.get(name);
    if (i === undefined) return { file: this.sheet.table.file, line: this.record.line };
    return { file: this.sheet.table.file, line: this.record.lines[i], cell: { name, place: i + 1 } };
  }

  /** An error at the cell of column `name`: `FILE:LINE: column NAME (Nth): problem (expected ...)`. */
  fail(name: string, problem: string, expected?: string): never {
    throw new InputError(problem, this.where(name), expected);
  }

  /** The cell's text, '' when the column is absent or the cell empty. */
  text(name: string): string {
    const i = this.sheet.index.get(name);
    return i === undefined ? '' : this.record.cells[i];
  }

  required(name: string, expected: string): string {
    const t = this.text(name);
    if (t === '') this.fail(name, 'empty cell', expected);
    return t;
  }

  number(name: string, opts: { required: true; expected?: string }): Dec;
  number(name: string, opts?: { required?: boolean; expected?: string }): Dec | undefined;
  number(name: string, opts: { required?: boolean; expected?: string } = {}): Dec | undefined {
    const t = opts.required ? this.required(name, opts.expected ?? 'a number') : this.text(name);
    if (t === '') return undefined;
    const r = parseNumber(t, this.sheet.decimal);
    if (!r.ok) this.fail(name, r.problem, r.expected);
    return r.value;
  }

  percent(name: string, allowRange: boolean): PercentValue {
    const t = this.required(name, 'a percent');
    const r = parsePercent(t, this.sheet.decimal, allowRange);
    if (!r.ok) this.fail(name, r.problem, r.expected);
    return r.value;
  }

  date(name: string, opts: { required: true }): CalDate;
  date(name: string, opts?: { required?: boolean }): CalDate | undefined;
  date(name: string, opts: { required?: boolean } = {}): CalDate | undefined {
    const expected = 'a date YYYY-MM-DD or DD.MM.YYYY';
    const t = opts.required ? this.required(name, expected) : this.text(name);
    if (t === '') return undefined;
    const d = parseDate(t);
    if (!d) {
      const shaped = /^\d{4}-\d{2}-\d{2}$|^\d{2}\.\d{2}\.\d{4}$/.test(t);
      this.fail(name, shaped ? `"${t}" is not a real calendar date` : `"${t}" is not a date`, expected);
    }
    return d;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback?: T): T {
    const t = this.text(name).toLowerCase();
    if (t === '' && fallback !== undefined) return fallback;
    if (!(allowed as readonly string[]).includes(t)) {
      this.fail(name, t === '' ? 'empty cell' : `unknown ${name} "${this.text(name)}"`, `one of ${allowed.join(', ')}`);
    }
    return t as T;
  }
}
