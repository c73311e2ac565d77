import { InputError } from '../core/errors.js';
import type { Category, Grid, SeniorityBand } from '../core/data.js';
import { Dec, type Dec as DecT } from '../core/money.js';
import { AUTO_SAVINGS, type FundGroup, type FundKey } from '../core/fund-report.js';
import type { CsvRecord } from './csv.js';
import { CsvStreamReader } from './csv-stream.js';
import { parseNumber, type DecimalMode } from './numbers.js';
import { STAFFING_SPEC } from './datasets.js';
import { Sheet, SheetRow, checkWidth } from './sheet.js';

export interface StaffingOptions {
  grid: Grid;
  bands: readonly SeniorityBand[];
  /** The key to group by; undefined: unit when the file has a unit column, else code. */
  by?: FundKey;
  /** Savings salaries for rows without their own: a number, or by group. */
  savings: DecT | 'auto';
  decimal: DecimalMode;
  delimiter?: string;
}

/** A staffing table read into cost groups: what `fund` needs, whatever the length of the file. */
export interface Staffing {
  groups: FundGroup[];
  /** Keys in order of first appearance. */
  keys: string[];
  by: FundKey;
  /** Data rows read. */
  rows: number;
  comments: string[];
}

/** The key of a row without a unit (or a group) when grouping by it. */
export const NO_UNIT = '(no unit)';
export const NO_GROUP = '(no group)';

/** Above this a running sum of safe integers moves into a BigInt, so every sum stays exact. */
const FLUSH = 2 ** 52;

interface Acc {
  group: FundGroup;
  headcount: number;
  salaryTiyn: number;
}

/** What a code (with the row's group cell) stands for, worked out on its first row. */
interface CodeInfo {
  id: string;
  category: Category;
  /** Savings salaries under --savings auto; undefined when the group has no rule. */
  auto?: DecT;
  /** Whether the rows must give their own salary: the code is outside the grid. */
  needsSalary: boolean;
  /** A grid category without a max: only bands with share 0 can place its salary. */
  noMaxAbove: boolean;
}

/**
 * Streams a staffing table into cost groups. Per row only integers and cached lookups: headcount as a safe integer,
 * salary as integer tiyn, experience and savings cells parsed once per distinct text. Every rule has its own message
 * at the cell's line and column.
 */
export class StaffingReader {
  private sheet!: Sheet;
  private width = 0;
  private by!: FundKey;
  private iCode = -1;
  private iHeadcount = -1;
  private iExperience = -1;
  private iSalary = -1;
  private iUnit = -1;
  private iGroup = -1;
  private iSavings = -1;
  private rows = 0;
  private comments: string[] = [];
  private readonly codes = new Map<string, CodeInfo>();
  private readonly bandsByText = new Map<string, number>();
  private readonly savingsByText = new Map<string, DecT>();
  private readonly accs = new Map<string, Acc>();
  private readonly keys = new Map<string, true>();
  private readonly reader: CsvStreamReader;
  private readonly fastDecimals: boolean;
  /** Per seniority band: whether its share is above 0, so the salary needs the category's max. */
  private readonly bandMovesUp: boolean[];

  constructor(
    file: string,
    private readonly opts: StaffingOptions,
  ) {
    this.reader = new CsvStreamReader(file, opts.delimiter, {
      header: (record, delimiter, comments) => this.header(record, delimiter, comments),
      row: (cells) => this.row(cells),
    });
    // Under --decimal comma, "180174.97" is read as grouped digits (and rejected): leave it to parseNumber.
    this.fastDecimals = opts.decimal !== 'comma';
    this.bandMovesUp = opts.bands.map((b) => !b.share.isZero());
  }

  /** Reads the whole table and returns its cost groups. */
  async read(chunks: AsyncIterable<string>): Promise<Staffing> {
    await this.reader.read(chunks);
    if (this.rows === 0) {
      throw new InputError('the staffing file has no rows', { file: this.reader.file, line: this.sheet.table.header.line }, 'one row per post: code, and optionally headcount, experience, salary, unit');
    }
    const groups = [...this.accs.values()].map((a) => {
      a.group.headcount += BigInt(a.headcount);
      a.group.salaryTiyn += BigInt(a.salaryTiyn);
      return a.group;
    });
    return { groups, keys: [...this.keys.keys()], by: this.by, rows: this.rows, comments: this.comments };
  }

  private header(record: CsvRecord, delimiter: string, comments: string[]): void {
    const names = record.cells.map((c) => c.toLowerCase());
    this.sheet = new Sheet({ file: this.reader.file, delimiter, header: record, names, records: [], comments }, STAFFING_SPEC, this.opts.decimal);
    const at = (name: string) => this.sheet.index.get(name) ?? -1;
    this.width = record.cells.length;
    this.iCode = at('code');
    this.iHeadcount = at('headcount');
    this.iExperience = at('experience');
    this.iSalary = at('salary');
    this.iUnit = at('unit');
    this.iGroup = at('group');
    this.iSavings = at('savings_salaries');
    this.comments = comments;
    this.by = this.opts.by ?? (this.iUnit >= 0 ? 'unit' : 'code');
    if (this.by === 'unit' && this.iUnit < 0) {
      throw new InputError('staffing file has no column "unit" to group by', { file: this.reader.file, line: record.line, column: 1 }, 'a unit column, or --by code, group or none');
    }
  }

  /** The row being read, with its columns, to report a problem at its cell. */
  private sheetRow(): SheetRow {
    return new SheetRow(this.sheet, this.reader.current());
  }

  private row(cells: string[]): void {
    if (cells.length !== this.width) checkWidth(this.sheet.table, this.reader.current());
    this.rows++;
    const code = cells[this.iCode].trim();
    const groupCell = this.iGroup < 0 ? '' : cells[this.iGroup].trim();
    const info = this.codes.get(groupCell === '' ? code : `${code}\u0001${groupCell}`) ?? this.learnCode(code, groupCell);

    let headcount = 1;
    if (this.iHeadcount >= 0) {
      const t = cells[this.iHeadcount];
      headcount = t === '' ? 1 : plainInteger(t);
      if (headcount < 0) headcount = this.headcountSlow();
    }

    let band = 0;
    if (this.iExperience >= 0) {
      const t = cells[this.iExperience];
      if (t !== '') band = this.bandsByText.get(t) ?? this.bandSlow(t);
    }

    let tiyn = -1;
    if (this.iSalary >= 0) {
      const t = cells[this.iSalary];
      if (t !== '') {
        tiyn = this.fastDecimals ? plainTiyn(t) : -1;
        if (tiyn <= 0) tiyn = this.salarySlow();
      }
    }
    if (tiyn < 0) {
      if (info.needsSalary) this.unknownCode(code);
      if (info.noMaxAbove && this.bandMovesUp[band]) this.noMax(info.category, cells[this.iExperience].trim());
    }

    let savings: DecT | undefined;
    if (this.iSavings >= 0) {
      const t = cells[this.iSavings];
      if (t !== '') savings = this.savingsByText.get(t) ?? this.savingsSlow(t);
    }
    if (savings === undefined) savings = this.opts.savings === 'auto' ? (info.auto ?? this.noSavings(info, code)) : this.opts.savings;

    let key: string;
    switch (this.by) {
      case 'unit':
        key = cells[this.iUnit].trim() || NO_UNIT;
        break;
      case 'code':
        key = info.category.code;
        break;
      case 'group':
        key = info.category.group ?? NO_GROUP;
        break;
      default:
        key = 'all';
    }
    const bandId = tiyn < 0 ? band : -1;
    const id = `${key}\u0001${info.id}\u0001${bandId}\u0001${savings.toString()}`;
    let acc = this.accs.get(id);
    if (!acc) {
      if (!this.keys.has(key)) this.keys.set(key, true);
      acc = {
        group: { key, category: info.category, band: tiyn < 0 ? band : undefined, headcount: 0n, salaryTiyn: 0n, savings },
        headcount: 0,
        salaryTiyn: 0,
      };
      this.accs.set(id, acc);
    }
    acc.headcount += headcount;
    if (acc.headcount > FLUSH) {
      acc.group.headcount += BigInt(acc.headcount);
      acc.headcount = 0;
    }
    if (tiyn >= 0) {
      const v = tiyn * headcount;
      if (v > FLUSH || !Number.isSafeInteger(v)) acc.group.salaryTiyn += BigInt(tiyn) * BigInt(headcount);
      else {
        acc.salaryTiyn += v;
        if (acc.salaryTiyn > FLUSH) {
          acc.group.salaryTiyn += BigInt(acc.salaryTiyn);
          acc.salaryTiyn = 0;
        }
      }
    }
  }

  private learnCode(code: string, groupCell: string): CodeInfo {
    const row = this.sheetRow();
    if (code === '') row.fail('code', 'empty cell', 'a category code such as E-R-4');
    const grid = this.opts.grid;
    const inGrid = grid.byCode.get(code) ?? grid.categories.find((c) => c.code.toLowerCase() === code.toLowerCase());
    let category: Category;
    if (inGrid) {
      if (groupCell !== '' && groupCell.toLowerCase() !== (inGrid.group ?? '').toLowerCase()) {
        row.fail('group', `code ${inGrid.code} is in group ${inGrid.group ?? '(none)'} in the grid, not "${groupCell}"`, `the grid's group ${inGrid.group ?? '(none)'}, or an empty cell`);
      }
      category = inGrid;
    } else {
      // A code outside the grid: its rows give the salary; raises reach it through a scope on its code or group.
      const cells: Record<string, string> = { code };
      if (groupCell !== '') cells.group = groupCell;
      category = { code, min: new Dec(0), group: groupCell || undefined, rank: 0, cells, maxAt: row.where('code') };
    }
    const group = category.group?.toUpperCase();
    const info: CodeInfo = {
      id: `${category.code}\u0001${category.group ?? ''}`,
      category,
      auto: group === undefined ? undefined : AUTO_SAVINGS[group],
      needsSalary: !inGrid,
      noMaxAbove: inGrid !== undefined && inGrid.max === undefined,
    };
    this.codes.set(groupCell === '' ? code : `${code}\u0001${groupCell}`, info);
    return info;
  }

  private headcountSlow(): number {
    const row = this.sheetRow();
    const value = row.number('headcount')!;
    const expected = 'a whole number of people, 0 or more';
    if (value.isNegative()) row.fail('headcount', `${value.toString()} is negative`, expected);
    if (!value.isInteger()) row.fail('headcount', `${value.toString()} is not a whole number`, expected);
    if (value.gt(Number.MAX_SAFE_INTEGER)) row.fail('headcount', `${value.toString()} is too large`, expected);
    return value.toNumber();
  }

  private bandSlow(text: string): number {
    const row = this.sheetRow();
    const years = row.number('experience')!;
    if (years.isNegative()) row.fail('experience', `${years.toString()} years is negative`, 'years of service, 0 or more');
    const bands = this.opts.bands;
    let band = bands.findIndex((b) => years.gte(b.from) && (b.to === undefined || years.lt(b.to)));
    if (band < 0) band = bands.length - 1;
    this.bandsByText.set(text, band);
    return band;
  }

  private salarySlow(): number {
    const row = this.sheetRow();
    const value = row.number('salary')!;
    if (value.lte(0)) row.fail('salary', `${value.toString()} is not above zero`, 'a monthly salary in tenge greater than 0');
    if (value.decimalPlaces() > 2) row.fail('salary', `${value.toString()} has more than two decimals`, 'a monthly salary in tenge, to the tiyn (at most 2 decimals)');
    const tiyn = value.times(100);
    if (tiyn.gt(Number.MAX_SAFE_INTEGER)) row.fail('salary', `${value.toString()} is too large`, 'a monthly salary in tenge');
    return tiyn.toNumber();
  }

  private savingsSlow(text: string): DecT {
    const row = this.sheetRow();
    const value = row.number('savings_salaries')!;
    if (value.isNegative()) row.fail('savings_salaries', `${value.toString()} is negative`, 'monthly salaries a year paid from savings, 0 or more');
    this.savingsByText.set(text, value);
    return value;
  }

  private unknownCode(code: string): never {
    const examples = this.opts.grid.categories.slice(0, 3).map((c) => c.code).join(', ');
    return this.sheetRow().fail('code', `"${code}" is not in the grid and the row has no salary`, `a code of the grid (e.g. ${examples}), or a salary for the row`);
  }

  private noMax(category: Category, experience: string): never {
    return this.sheetRow().fail(
      'experience',
      `${category.code} has no max salary in the grid, so ${experience} years of service cannot place it between min and max`,
      'experience under the first band with a share above 0, or a salary for the row',
    );
  }

  private noSavings(info: CodeInfo, code: string): never {
    const row = this.sheetRow();
    const rules = `group ${Object.entries(AUTO_SAVINGS).map(([g, v]) => `${g} (${v.toString()})`).join(' or ')}`;
    const column = this.iSavings >= 0 ? 'savings_salaries' : info.category.group !== undefined && this.iGroup >= 0 ? 'group' : 'code';
    const expected = `a savings_salaries cell, --savings N, or ${rules}`;
    if (info.category.group === undefined) {
      return row.fail(column, `savings salaries of "${code}" are unknown: it is not in the grid and the row has no group`, expected);
    }
    return row.fail(column, `group "${info.category.group}" of ${code} has no savings rule under --savings auto`, expected);
  }
}

/** Plain digits (at most 15) as a number; -1 for anything else. */
function plainInteger(t: string): number {
  const n = t.length;
  if (n === 0 || n > 15) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = t.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** `digits` or `digits.d` or `digits.dd` (at most 13 integer digits) as integer tiyn; -1 for anything else. */
export function plainTiyn(t: string): number {
  const n = t.length;
  let v = 0;
  let i = 0;
  for (; i < n; i++) {
    const d = t.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    v = v * 10 + d;
  }
  if (i === 0 || i > 13) return -1;
  if (i === n) return v * 100;
  if (t.charCodeAt(i) !== 46 /* . */) return -1;
  const places = n - i - 1;
  if (places < 1 || places > 2) return -1;
  const d1 = t.charCodeAt(i + 1) - 48;
  if (d1 < 0 || d1 > 9) return -1;
  if (places === 1) return v * 100 + d1 * 10;
  const d2 = t.charCodeAt(i + 2) - 48;
  if (d2 < 0 || d2 > 9) return -1;
  return v * 100 + d1 * 10 + d2;
}
