import { InputError, UsageError } from '../core/errors.js';
import { categoryByCode, type Category, type Grid, type SeniorityBand } from '../core/data.js';
import { Dec, type Dec as DecT } from '../core/money.js';
import { AUTO_SAVINGS, bandSalaries, type FundGroup, type FundKey } from '../core/fund-report.js';
import type { CalDate } from '../core/dates.js';
import type { CsvRecord } from './csv.js';
import { type CellBounds, CsvStreamReader } from './csv-stream.js';
import type { DecimalMode } from './numbers.js';
import { STAFFING_SPEC } from './datasets.js';
import { FLUSH, IntSums } from './int-sums.js';
import { TextTable } from './text-table.js';
import { Sheet, SheetRow, checkWidth } from './sheet.js';

export interface StaffingOptions {
  grid: Grid;
  bands: readonly SeniorityBand[];
  /** The key to group by; undefined: unit when the file has a unit column, else code. */
  by?: FundKey;
  /** Savings salaries for rows without their own: a number, or by group. */
  savings: DecT | 'auto';
  /** The date the grid is in force: the staffing table's salaries are at that date. */
  asOf: CalDate;
  decimal: DecimalMode;
  delimiter?: string;
}

/** A staffing table read into cost groups: what `fund` needs, whatever the length of the file. */
export interface Staffing {
  groups: FundGroup[];
  /** Decimal places of the groups' salaryUnits and of the savings counts in their savingsUnits. */
  salaryScale: number;
  savingsScale: number;
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

/** The sums of a slot (one key and category): headcount, Σ salary × headcount, Σ salary × savings × headcount. */
const HEADCOUNT = 0;
const SALARY = 1;
const SAVINGS = 2;

/** What a code (with the row's group cell) stands for, worked out on its first row. */
interface CodeInfo {
  /** Its place in StaffingReader.infos. */
  index: number;
  category: Category;
  /** Index of the savings count under --savings auto (see savingsValues); undefined when the group has no rule. */
  autoSavings?: number;
  /** The rows must give their own salary: the code is outside the grid. */
  needsSalary: boolean;
  /** Monthly salary at the grid date per seniority band, in units of 10^-scale tenge; -1 where it has no max. */
  units: number[];
  /** The key's number when grouping by code, group or none (the same for every row of the code). */
  key?: number;
}

/**
 * Streams a staffing table into cost groups. Per row only integers and cached lookups: headcount as a safe integer,
 * the monthly salary (the grid's for the row's band, or the row's own) as integer units of 10^-scale tenge;
 * experience and savings cells parsed once per distinct text. Every rule has its own message at the cell's line and
 * column.
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
  private readonly reader: CsvStreamReader;
  /** Decimal places of the salary units: 2 (tiyn) or more when a grid level has more. */
  private readonly scale: number;
  /** Tiyn to salary units, and the most tiyn that stays a safe integer in units. */
  private readonly tiynUnits: number;
  private readonly maxTiyn: number;
  private readonly fastDecimals: boolean;
  /** The band of each whole number of years up to the start of the last band; the last band beyond. */
  private readonly wholeYearBand: number[];
  private readonly lastBand: number;
  private readonly gridUnits = new Map<Category, number[]>();
  /** Code infos by the raw text of the code cell (and group cell), and by the category they stand for. */
  private readonly codes = new TextTable<CodeInfo>();
  private readonly infoById = new Map<string, CodeInfo>();
  private readonly infos: CodeInfo[] = [];
  private readonly bandsByText = new TextTable<number>();
  /** The savings counts seen, and each as an integer in units of 10^-savingsScale salaries. */
  private readonly savingsValues: DecT[] = [];
  private readonly savingsScaled: number[] = [];
  private savingsScale = 0;
  private readonly savingsByText = new TextTable<number>();
  private readonly sums = new IntSums(3);
  private readonly defaultSavings?: number;
  /** The keys by number, and their numbers by name and by the raw text of a unit cell. */
  private readonly keys: string[] = [];
  private readonly keyNumbers = new Map<string, number>();
  private readonly unitsByText = new TextTable<number>();

  constructor(
    file: string,
    private readonly opts: StaffingOptions,
  ) {
    this.reader = new CsvStreamReader(file, opts.delimiter, {
      header: (record, delimiter, comments) => this.header(record, delimiter, comments),
      row: (text, cells) => this.row(text, cells),
    });
    // Under --decimal comma, "180174.97" is read as grouped digits (and rejected): leave it to parseNumber.
    this.fastDecimals = opts.decimal !== 'comma';
    const { bands, grid } = opts;
    const levels = new Map(grid.categories.map((c) => [c, bandSalaries(c, bands, opts.asOf)] as const));
    let scale = 2;
    for (const ls of levels.values())
      for (const l of ls) if (l !== undefined) scale = Math.max(scale, l.decimalPlaces());
    this.scale = scale;
    this.tiynUnits = 10 ** (scale - 2);
    this.maxTiyn = Math.floor(Number.MAX_SAFE_INTEGER / this.tiynUnits);
    for (const [c, ls] of levels) {
      this.gridUnits.set(
        c,
        ls.map((l) => {
          if (l === undefined) return -1;
          const units = l.times(new Dec(10).pow(scale));
          if (units.gt(Number.MAX_SAFE_INTEGER)) {
            throw new InputError(
              `${c.code}'s salary ${l.toString()} is too large to sum exactly`,
              c.maxAt,
              'a monthly salary in tenge with few decimals',
            );
          }
          return units.toNumber();
        }),
      );
    }
    const last = (this.lastBand = bands.length - 1);
    this.wholeYearBand = [];
    for (let y = 0; y <= Math.ceil(bands[last].from.toNumber()); y++) {
      const years = new Dec(y);
      this.wholeYearBand.push(bands.findIndex((b) => years.gte(b.from) && (b.to === undefined || years.lt(b.to))));
    }
    if (opts.savings !== 'auto') this.defaultSavings = this.savingsIndex(opts.savings);
  }

  /** Reads the whole table and returns its cost groups. */
  async read(chunks: AsyncIterable<string>): Promise<Staffing> {
    await this.reader.read(chunks);
    if (this.rows === 0) {
      const where = { file: this.reader.file, line: this.sheet.table.header.line, column: 1 };
      throw new InputError(
        'the staffing file has no rows',
        where,
        'one row per post after the header: code, and optionally headcount, experience, salary, unit',
      );
    }
    const groups: FundGroup[] = [];
    for (const { a: key, b: code, at } of this.sums.entries()) {
      groups.push({
        key: this.keys[key],
        category: this.infos[code].category,
        headcount: this.sums.get(at + HEADCOUNT),
        salaryUnits: this.sums.get(at + SALARY),
        savingsUnits: this.sums.get(at + SAVINGS),
      });
    }
    return {
      groups,
      salaryScale: this.scale,
      savingsScale: this.savingsScale,
      keys: this.keys,
      by: this.by,
      rows: this.rows,
      comments: this.comments,
    };
  }

  private header(record: CsvRecord, delimiter: string, comments: string[]): void {
    const names = record.cells.map((c) => c.toLowerCase());
    this.sheet = new Sheet(
      { file: this.reader.file, delimiter, header: record, names, records: [], comments },
      STAFFING_SPEC,
      this.opts.decimal,
    );
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
      throw new InputError(
        'staffing file has no column "unit" to group by',
        { file: this.reader.file, line: record.line, column: 1 },
        'a unit column, or --by code, group or none',
      );
    }
  }

  /** The row being read, with its columns, to report a problem at its cell. */
  private sheetRow(): SheetRow {
    return new SheetRow(this.sheet, this.reader.current());
  }

  // The hot path: one call per row of a file that may have millions. Cells are read where they stand in the line:
  // looked up by their raw text (trimmed once, on first sight), numbers in plain digits read without parseNumber
  // (see plainInteger and plainTiyn); anything else goes to a slow path that parses the cell or reports it.
  private row(text: string, cells: CellBounds): void {
    if (cells.count !== this.width) checkWidth(this.sheet.table, this.reader.current());
    this.rows++;
    const { starts, ends } = cells;
    let info: CodeInfo | undefined;
    if (this.iGroup < 0) info = this.codes.getRange(text, starts[this.iCode], ends[this.iCode]);
    else info = this.codes.get(this.raw(text, this.iCode) + '\u0001' + this.raw(text, this.iGroup));
    info ??= this.learnCode(this.raw(text, this.iCode), this.iGroup < 0 ? undefined : this.raw(text, this.iGroup));

    let headcount = 1;
    if (this.iHeadcount >= 0) {
      const from = starts[this.iHeadcount];
      const to = ends[this.iHeadcount];
      if (from < to) {
        headcount = plainInteger(text, from, to);
        if (headcount < 0) headcount = this.headcountSlow();
      }
    }

    let band = 0;
    if (this.iExperience >= 0) {
      const from = starts[this.iExperience];
      const to = ends[this.iExperience];
      if (from < to) {
        const whole = plainInteger(text, from, to);
        if (whole >= 0) band = whole < this.wholeYearBand.length ? this.wholeYearBand[whole] : this.lastBand;
        else band = this.bandsByText.getRange(text, from, to) ?? this.bandSlow(this.raw(text, this.iExperience));
      }
    }

    let salary = -1;
    if (this.iSalary >= 0) {
      const from = starts[this.iSalary];
      const to = ends[this.iSalary];
      if (from < to) {
        let tiyn = this.fastDecimals ? plainTiyn(text, from, to) : -1;
        if (tiyn <= 0 || tiyn > this.maxTiyn) tiyn = this.salarySlow();
        salary = tiyn * this.tiynUnits;
      }
    }
    if (salary < 0) {
      if (info.needsSalary) this.unknownCode(info);
      salary = info.units[band];
      if (salary < 0) this.noMax(info.category, this.raw(text, this.iExperience));
    }

    let savings: number | undefined;
    if (this.iSavings >= 0) {
      const from = starts[this.iSavings];
      const to = ends[this.iSavings];
      if (from < to)
        savings = this.savingsByText.getRange(text, from, to) ?? this.savingsSlow(this.raw(text, this.iSavings));
    }
    if (savings === undefined) savings = this.defaultSavings ?? info.autoSavings ?? this.noSavings(info);

    let key: number;
    if (this.by === 'unit')
      key =
        this.unitsByText.getRange(text, starts[this.iUnit], ends[this.iUnit]) ??
        this.learnUnit(this.raw(text, this.iUnit));
    else key = info.key ?? this.learnKey(info);
    const slot = this.sums.at(key, info.index);
    this.sums.add(slot + HEADCOUNT, headcount);
    const units = salary * headcount;
    const perSalary = this.savingsScaled[savings];
    if (units <= FLUSH) {
      this.sums.add(slot + SALARY, units);
      // A product above FLUSH as a double is still above FLUSH, so the test is sound even where it is inexact.
      const savingsUnits = units * perSalary;
      if (savingsUnits <= FLUSH) this.sums.add(slot + SAVINGS, savingsUnits);
      else this.sums.addBig(slot + SAVINGS, BigInt(units) * BigInt(perSalary));
    } else {
      const exact = BigInt(salary) * BigInt(headcount);
      this.sums.addBig(slot + SALARY, exact);
      this.sums.addBig(slot + SAVINGS, exact * BigInt(perSalary));
    }
  }

  /** The raw (untrimmed) text of a cell of the row being read. */
  private raw(text: string, column: number): string {
    const { starts, ends } = this.reader.cellBounds;
    return text.slice(starts[column], ends[column]);
  }

  /** The code info of a code cell (and group cell, when the file has that column) seen for the first time. */
  private learnCode(codeRaw: string, groupRaw: string | undefined): CodeInfo {
    const codeText = groupRaw === undefined ? codeRaw : `${codeRaw}\u0001${groupRaw}`;
    const row = this.sheetRow();
    const code = codeRaw.trim();
    const groupCell = (groupRaw ?? '').trim();
    if (code === '') row.fail('code', 'empty cell', 'a category code such as E-R-4');
    const grid = this.opts.grid;
    const inGrid = categoryByCode(grid, code);
    if (inGrid && groupCell !== '' && groupCell.toLowerCase() !== (inGrid.group ?? '').toLowerCase()) {
      row.fail(
        'group',
        `code ${inGrid.code} is in group ${inGrid.group ?? '(none)'} in the grid, not "${groupCell}"`,
        `the grid's group ${inGrid.group ?? '(none)'}, or an empty cell`,
      );
    }
    // Rows that write the same code (and group) another way share one category.
    const id = inGrid ? `grid\u0001${inGrid.code}` : `row\u0001${code.toLowerCase()}\u0001${groupCell.toLowerCase()}`;
    const known = this.infoById.get(id);
    if (known) {
      this.codes.set(codeText, known);
      return known;
    }
    // A code outside the grid: its rows give the salary; raises reach it through a scope on its code or group.
    const category: Category = inGrid ?? {
      code,
      min: new Dec(0),
      group: groupCell || undefined,
      rank: 0,
      cells: groupCell === '' ? { code } : { code, group: groupCell },
      maxAt: row.where('code'),
    };
    const auto = category.group === undefined ? undefined : AUTO_SAVINGS[category.group.toUpperCase()];
    const info: CodeInfo = {
      index: this.infos.length,
      category,
      autoSavings: auto === undefined ? undefined : this.savingsIndex(auto),
      needsSalary: !inGrid,
      units: this.gridUnits.get(category) ?? [],
    };
    this.codes.set(codeText, info);
    this.infoById.set(id, info);
    this.infos.push(info);
    return info;
  }

  private learnUnit(text: string): number {
    const key = this.keyNumber(text.trim() || NO_UNIT);
    this.unitsByText.set(text, key);
    return key;
  }

  private learnKey(info: CodeInfo): number {
    const key =
      this.by === 'code' ? info.category.code : this.by === 'group' ? (info.category.group ?? NO_GROUP) : 'all';
    return (info.key = this.keyNumber(key));
  }

  private keyNumber(key: string): number {
    let n = this.keyNumbers.get(key);
    if (n === undefined) {
      n = this.keys.push(key) - 1;
      this.keyNumbers.set(key, n);
    }
    return n;
  }

  /**
   * The index of a savings count among those seen, the same for equal values written differently. A count with more
   * decimals than any before moves the savings sums to the finer scale, so they stay integers.
   */
  private savingsIndex(value: DecT, row?: SheetRow): number {
    const i = this.savingsValues.findIndex((v) => v.eq(value));
    if (i >= 0) return i;
    const places = value.decimalPlaces();
    if (places > this.savingsScale) {
      this.sums.scaleColumn(SAVINGS, 10n ** BigInt(places - this.savingsScale));
      this.savingsScale = places;
    }
    const scale = new Dec(10).pow(this.savingsScale);
    const scaled = [...this.savingsValues, value].map((v) => v.times(scale));
    if (scaled.some((v) => v.gt(FLUSH))) {
      const problem = `${value.toString()} salaries a year has too many digits to sum exactly`;
      if (row) row.fail('savings_salaries', problem, 'a count of monthly salaries such as 2.8');
      throw new UsageError(`--savings: ${problem}`);
    }
    this.savingsValues.push(value);
    this.savingsScaled.splice(0, this.savingsScaled.length, ...scaled.map((v) => v.toNumber()));
    return this.savingsValues.length - 1;
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
    if (years.isNegative())
      row.fail('experience', `${years.toString()} years is negative`, 'years of service, 0 or more');
    const bands = this.opts.bands;
    let band = bands.findIndex((b) => years.gte(b.from) && (b.to === undefined || years.lt(b.to)));
    if (band < 0) band = bands.length - 1;
    this.bandsByText.set(text, band);
    return band;
  }

  private salarySlow(): number {
    const row = this.sheetRow();
    const value = row.number('salary')!;
    if (value.lte(0))
      row.fail('salary', `${value.toString()} is not above zero`, 'a monthly salary in tenge greater than 0');
    if (value.decimalPlaces() > 2)
      row.fail(
        'salary',
        `${value.toString()} has more than two decimals`,
        'a monthly salary in tenge, to the tiyn (at most 2 decimals)',
      );
    const units = value.times(new Dec(10).pow(this.scale));
    if (units.gt(Number.MAX_SAFE_INTEGER))
      row.fail('salary', `${value.toString()} is too large`, 'a monthly salary in tenge');
    return value.times(100).toNumber();
  }

  private savingsSlow(text: string): number {
    const row = this.sheetRow();
    const value = row.number('savings_salaries')!;
    if (value.isNegative())
      row.fail(
        'savings_salaries',
        `${value.toString()} is negative`,
        'monthly salaries a year paid from savings, 0 or more',
      );
    const i = this.savingsIndex(value, row);
    this.savingsByText.set(text, i);
    return i;
  }

  private unknownCode(info: CodeInfo): never {
    const examples = this.opts.grid.categories
      .slice(0, 3)
      .map((c) => c.code)
      .join(', ');
    return this.sheetRow().fail(
      'code',
      `"${info.category.code}" is not in the grid and the row has no salary`,
      `a code of the grid (e.g. ${examples}), or a salary for the row`,
    );
  }

  private noMax(category: Category, experience: string): never {
    return this.sheetRow().fail(
      'experience',
      `${category.code} has no max salary in the grid, so ${experience.trim()} years of service cannot place it between min and max`,
      'experience in a band with share 0, or a salary for the row',
    );
  }

  private noSavings(info: CodeInfo): never {
    const row = this.sheetRow();
    const code = info.category.code;
    const rules = `group ${Object.entries(AUTO_SAVINGS)
      .map(([g, v]) => `${g} (${v.toString()})`)
      .join(' or ')}`;
    const column =
      this.iSavings >= 0
        ? 'savings_salaries'
        : info.category.group !== undefined && this.iGroup >= 0
          ? 'group'
          : 'code';
    const expected = `a savings_salaries cell, --savings N, or ${rules}`;
    if (info.category.group === undefined) {
      return row.fail(
        column,
        `savings salaries of "${code}" are unknown: it is not in the grid and the row has no group`,
        expected,
      );
    }
    return row.fail(
      column,
      `group "${info.category.group}" of ${code} has no savings rule under --savings auto`,
      expected,
    );
  }
}

/** Plain digits (at most 15) of text from start to end, as a number; -1 for anything else. */
function plainInteger(t: string, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = t.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * `digits`, `digits.d` or `digits.dd` (at most 13 integer digits) of text from start to end, as integer tiyn; -1 for
 * anything else (which parseNumber then reads, or rejects with its message).
 */
export function plainTiyn(t: string, start = 0, end = t.length): number {
  let v = 0;
  let i = start;
  for (; i < end; i++) {
    const d = t.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    v = v * 10 + d;
  }
  if (i === start || i - start > 13) return -1;
  if (i === end) return v * 100;
  if (t.charCodeAt(i) !== 46 /* . */) return -1;
  const places = end - i - 1;
  if (places < 1 || places > 2) return -1;
  const d1 = t.charCodeAt(i + 1) - 48;
  if (d1 < 0 || d1 > 9) return -1;
  if (places === 1) return v * 100 + d1 * 10;
  const d2 = t.charCodeAt(i + 2) - 48;
  if (d2 < 0 || d2 > 9) return -1;
  return v * 100 + d1 * 10 + d2;
}
