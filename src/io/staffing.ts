import { InputError, type Location } from '../core/errors.js';
import { bandIndex } from '../core/engine.js';
import type { Category, Grid, Raise, SeniorityBand } from '../core/data.js';
import { Dec, ZERO, type Dec as DecT } from '../core/money.js';
import {
  bandSalaries,
  type ChargeRows,
  type FundChargeSums,
  type FundGroup,
  type FundKey,
} from '../core/fund-report.js';
import type { CalDate } from '../core/dates.js';
import { unguard, type CsvRecord } from './csv.js';
import { type CellBounds, type CsvSink, CsvStreamReader, type FastRead } from './csv-stream.js';
import { fastPathAvailable, StaffingFast } from './staffing-fast.js';
import type { DecimalMode } from './numbers.js';
import { codeKey, invisibleIn, showInvisible, STAFFING_SPEC } from './datasets.js';
import { FLUSH, IntSums } from './int-sums.js';
import { ChargeRowsBuilder, SavingsIds } from './charge-rows.js';
import { CACHE_LIMIT, detached, TextCache } from './text-table.js';
import { inScope } from '../core/scope.js';
import { mergedBands } from '../core/seniority.js';
import { Sheet, SheetRow, checkWidth } from './sheet.js';

export interface StaffingOptions {
  grid: Grid;
  bands: readonly SeniorityBand[];
  /**
   * Every raise the fund will be computed with (scenario raises too): codes outside the grid with the same raises in
   * scope are summed together, so that millions of them cost no more memory than a few.
   */
  raises: readonly Raise[];
  /** The key to group by; undefined: unit when the file has a unit column, else code. */
  by?: FundKey;
  /** Savings salaries for rows without their own: a number, or by group. */
  savings: DecT | 'auto';
  /** The savings salaries by (upper-cased) group under auto: the pay system's rule. */
  savingsByGroup: ReadonlyMap<string, DecT>;
  /** Decimal places the pay system rounds each salary to (the grid's levels at the grid date); undefined: exact. */
  round?: number;
  /** The date the grid is in force: the staffing table's salaries are at that date. */
  asOf: CalDate;
  decimal: DecimalMode;
  delimiter?: string;
  /**
   * `fund --charges`: read the born column and keep each row's salary, savings, key, cost class and year of birth;
   * or, given how to make FundChargeSums for the reader's salary scale (the raise schedule known before the read),
   * sum the charges as the rows come.
   */
  charges?: boolean | ((salaryScale: number) => FundChargeSums);
  /** False: every line is read by row(), none by the fast path (a test holds the two to the same reading). */
  fastPath?: boolean;
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
  /** With `charges`: each row's salary, savings, key, cost class, year of birth and headcount. */
  chargeRows?: ChargeRows;
  /** With `charges` made while reading: the charges summed. */
  chargeSums?: FundChargeSums;
  /** Whether the file has a born column. */
  hasBorn: boolean;
}

/** The sums of a slot (one key and cost class): headcount, Σ salary × headcount, Σ salary × savings × headcount. */
const HEADCOUNT = 0;
const SALARY = 1;
const SAVINGS = 2;

/** A whole number of years up to this finds its band in a table; beyond, by a binary search of the band starts. */
const BAND_TABLE = 1024;

/** A count of savings salaries a year, and that count in units of 10^-savingsScale salaries. */
interface SavingsCount {
  value: DecT;
  /** The count in units, when at most FLUSH; -1 beyond (then `big` only). */
  scaled: number;
  big: bigint;
}

/** A salary that is not a safe integer in units of 10^-scale tenge: its units are a BigInt. */
const BIG = -2;

/** What a code cell (with the row's group cell) stands for, worked out on its first row. */
interface CodeInfo {
  /**
   * The code and group: the grid's, or the row's own (trimmed). Codes outside the grid that share a group may share
   * one CodeInfo (see learnCode): then `code` is the first met, and messages about a row take the row's own code.
   */
  code: string;
  group?: string;
  /** The grid's category; undefined for a code outside the grid. */
  category?: Category;
  /** The cost class the rows are summed in: a grid category, or codes outside the grid with the same raises. */
  costClass: number;
  /** The savings count under --savings auto; undefined when the group has no rule. */
  autoSavings?: SavingsCount;
  /**
   * Monthly salary at the grid date per seniority band, in units of 10^-scale tenge; -1 where it has no max; BIG
   * where it is not a safe integer in those units (then `bigUnits` holds it).
   */
  units: number[];
  bigUnits?: bigint[];
  /** The key's number when grouping by code, group or none (the same for every row of the code). */
  key?: number;
}

/** A raise's scope as it applies to a code outside the grid, which has a code and a group cell and no other. */
type OutsideScope = { column: 'code' | 'group' | 'other'; want: string; prefix: boolean }[] | 'all';

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
  private iBorn = -1;
  private rows = 0;
  private comments: string[] = [];
  private readonly reader: CsvStreamReader;
  /** Decimal places of the salary units: 2 (tiyn) or more when a grid level has more. */
  private readonly scale: number;
  /** Tiyn to salary units, and the most tiyn that stays a safe integer in units (beyond it: BigInt). */
  private readonly tiynUnits: number;
  private readonly tiynUnitsBig: bigint;
  private readonly maxTiyn: number;
  private readonly fastDecimals: boolean;
  /** The band of each whole number of years up to the start of the last band; the last band beyond. */
  private readonly wholeYearBand: number[];
  private readonly lastBand: number;
  /**
   * Whether every band starts at a whole number of years (and a decimal point is a point): then a length of service
   * such as 12.5 is in the band of its whole years.
   */
  private readonly wholeStarts: boolean;
  /** The bands a length of service is placed in: every ladder's starts merged (core/seniority.ts). */
  private readonly bands: readonly SeniorityBand[];
  private readonly gridUnits = new Map<Category, { units: number[]; bigUnits?: bigint[] }>();
  /** The grid's categories by lower-cased code, and their groups' spellings by lower-cased group. */
  private readonly gridByCode = new Map<string, Category>();
  private readonly gridGroups = new Map<string, string>();
  /** Band starts as ceil(from) and ceil(10^6 × from): whole years, or millionths of a year, find their band. */
  private readonly bandStarts: number[];
  private readonly bandStartsMicro: number[];
  /**
   * What each code cell (and group cell) stands for, by its raw text; forgotten past a bound. The cost classes (grid
   * categories as met, and one per set of raises in scope for codes outside the grid) are kept: they are few.
   */
  private readonly codes = new TextCache<CodeInfo>();
  private readonly gridInfos = new Map<Category, CodeInfo>();
  private readonly classes: Category[] = [];
  private readonly classOfRaises = new Map<string, number>();
  /** Under published rounding: the class of each distinct salary within a class, and each such class's salary. */
  private readonly classOfSalary: Map<number, number>[] = [];
  private readonly classSalaries: number[] = [];
  private readonly rounded: boolean;
  private readonly outsideClassByBits = new Map<number, number>();
  /**
   * When no raise selects on the code, a code outside the grid has the cost class of its group; and unless the rows
   * are keyed by code, everything the hot path needs of it is its group's: one CodeInfo a group (lower-cased).
   */
  private readonly outsideClassByGroup = new Map<string, number>();
  private readonly outsideByGroup = new Map<string, CodeInfo>();
  /**
   * The same by the group cell's bytes (by nothing, without a group column), and the grid's codes lower-cased as
   * bytes: a new code outside the grid is then placed without decoding its cells (sharedOutside).
   */
  private readonly outsideByGroupBytes = new TextCache<CodeInfo>();
  private outsideNoGroup: CodeInfo | undefined;
  private readonly gridCodes: TextCache<boolean>;
  private readonly folded = new Uint8Array(64);
  /** Whether codes outside the grid share their group's CodeInfo: no raise selects on the code, rows not by code. */
  private shared = false;
  private readonly codeSelected: boolean;
  private readonly outsideScopes: OutsideScope[];
  private readonly bandsByText = new TextCache<number>();
  /** The savings counts with a life beyond one row (--savings N, the groups' rules): rescaled in place. */
  private readonly fixedSavings: SavingsCount[] = [];
  private savingsScale = 0;
  private readonly savingsByText = new TextCache<SavingsCount>();
  private readonly autoSavings = new Map<string, SavingsCount>();
  private readonly sums = new IntSums(3);
  private readonly tally?: ChargeRowsBuilder;
  private readonly chargeSums?: FundChargeSums;
  private readonly savingsIds = new SavingsIds();
  private readonly defaultSavings?: SavingsCount;
  /** The keys by number, and their numbers by name (lower-cased for codes and groups), and by a unit cell's text. */
  private readonly keys: string[] = [];
  private readonly keyNumbers = new Map<string, number>();
  private readonly unitsByText = new TextCache<number>();
  /** The fast path through plain lines, once the header says the table is one it reads. */
  private fast: StaffingFast<CodeInfo> | undefined;
  private readonly sink: CsvSink = {
    header: (record, delimiter, comments) => this.header(record, delimiter, comments),
    row: (bytes, cells) => this.row(bytes, cells),
  };

  constructor(
    file: string,
    private readonly opts: StaffingOptions,
  ) {
    this.reader = new CsvStreamReader(file, opts.delimiter, this.sink);
    // Under --decimal comma, "180174.97" is read as grouped digits (and rejected): leave it to parseNumber.
    this.fastDecimals = opts.decimal !== 'comma';
    this.rounded = opts.round !== undefined;
    const { grid } = opts;
    // Every ladder's band starts together: one band index per length of service, whatever the category's ladder.
    const bands = mergedBands(opts.bands);
    this.bands = bands;
    const levels = new Map(grid.categories.map((c) => [c, bandSalaries(c, opts.bands, bands, opts.round)] as const));
    let scale = 2;
    for (const ls of levels.values())
      for (const l of ls) if (l !== undefined) scale = Math.max(scale, l.decimalPlaces());
    // A level of many decimals (a seniority share of 11 or more) makes the units fine and the salaries large in them:
    // those that are not safe integers are summed as BigInt, row by row. Exact either way; fast where it can be.
    this.scale = scale;
    this.tiynUnitsBig = 10n ** BigInt(scale - 2);
    this.tiynUnits = scale - 2 <= 15 ? 10 ** (scale - 2) : Number.POSITIVE_INFINITY;
    this.maxTiyn = Math.floor(Number.MAX_SAFE_INTEGER / this.tiynUnits);
    const toUnits = new Dec(10).pow(scale);
    for (const [c, ls] of levels) {
      const exact = ls.map((l) => (l === undefined ? undefined : BigInt(l.times(toUnits).toFixed(0))));
      const safe = exact.every((u) => u === undefined || u <= BigInt(Number.MAX_SAFE_INTEGER));
      this.gridUnits.set(c, {
        units: exact.map((u) => (u === undefined ? -1 : u <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(u) : BIG)),
        bigUnits: safe ? undefined : exact.map((u) => u ?? -1n),
      });
    }
    this.gridCodes = new TextCache<boolean>(Math.max(CACHE_LIMIT, 2 * grid.categories.length));
    for (const c of grid.categories) {
      const lower = Buffer.from(c.code.toLowerCase());
      this.gridCodes.set(lower, 0, lower.length, true);
      this.gridByCode.set(c.code.toLowerCase(), c);
      if (c.group !== undefined && !this.gridGroups.has(c.group.toLowerCase()))
        this.gridGroups.set(c.group.toLowerCase(), c.group);
    }
    this.lastBand = bands.length - 1;
    this.outsideScopes = opts.raises.map((r) =>
      r.selectors.length === 0
        ? 'all'
        : r.selectors.map((sel) => ({
            column: sel.column === 'code' || sel.column === 'group' ? sel.column : 'other',
            want: sel.value.toLowerCase(),
            prefix: sel.prefix,
          })),
    );
    this.codeSelected = this.outsideScopes.some((s) => s !== 'all' && s.some((sel) => sel.column === 'code'));
    // Bands are contiguous from 0: a number of years is in the last band whose start it reaches.
    this.bandStarts = bands.map((b) => b.from.ceil().toNumber());
    this.bandStartsMicro = bands.map((b) => b.from.times(1e6).ceil().toNumber());
    this.wholeStarts = this.fastDecimals && bands.every((b) => b.from.isInteger());
    this.wholeYearBand = [];
    const tableEnd = Math.min(this.bandStarts[this.lastBand], BAND_TABLE);
    for (let y = 0; y <= tableEnd; y++) this.wholeYearBand.push(lastAtMost(this.bandStarts, y));
    for (const [group, count] of opts.savingsByGroup) this.autoSavings.set(group, this.fixedCount(count));
    if (opts.savings !== 'auto') this.defaultSavings = this.fixedCount(opts.savings);
    if (opts.charges === true) this.tally = new ChargeRowsBuilder();
    else if (opts.charges) {
      // The rows go to the sums a chunk at a time: flat memory, and the sums' loop is worked as one.
      const sums = (this.chargeSums = opts.charges(this.scale));
      this.tally = new ChargeRowsBuilder((chunk) => sums.addChunk(chunk, this.savingsIds.values, this.classes));
    }
  }

  /** Reads the whole table and returns its cost groups. */
  async read(chunks: AsyncIterable<Uint8Array>): Promise<Staffing> {
    await this.reader.read(chunks);
    this.tally?.finish();
    if (this.rows === 0) {
      const where = { file: this.reader.file, line: this.sheet.table.header.line };
      throw new InputError(
        'the staffing file has no rows',
        where,
        'one row per post after the header: code, and optionally headcount, experience, salary, unit',
      );
    }
    const groups: FundGroup[] = [];
    for (const { a: key, b: costClass, at } of this.sums.entries()) {
      groups.push({
        key: this.keys[key],
        keyIndex: key,
        category: this.classes[costClass],
        headcount: this.sums.get(at + HEADCOUNT),
        salaryUnits: this.sums.get(at + SALARY),
        savingsUnits: this.sums.get(at + SAVINGS),
        salaryEach: this.classSalaries[costClass],
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
      chargeRows: this.chargeSums
        ? undefined
        : this.tally?.rows(this.keys, this.classes, this.savingsIds.values, this.scale),
      chargeSums: this.chargeSums,
      hasBorn: this.iBorn >= 0,
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
    this.iBorn = at('born');
    this.comments = comments;
    this.by = this.opts.by ?? (this.iUnit >= 0 ? 'unit' : 'code');
    this.shared = !this.codeSelected && this.by !== 'code';
    // The fast path reads plain lines of a one-byte delimiter, with numbers written with a decimal point.
    const delimiterByte = delimiter.charCodeAt(0);
    const fast = this.opts.fastPath !== false && this.fastDecimals && fastPathAvailable();
    if (fast && delimiter.length === 1 && delimiterByte < 0x80 && this.width <= 63) {
      this.fast = new StaffingFast<CodeInfo>({
        width: this.width,
        delimiter: delimiterByte,
        code: this.iCode,
        group: this.iGroup,
        headcount: this.iHeadcount,
        experience: this.iExperience,
        salary: this.iSalary,
        unit: this.iUnit,
        savings: this.iSavings,
        born: this.tally ? this.iBorn : -1,
        wholeYears: this.wholeStarts,
        shared: this.shared,
        gridCodes: this.opts.grid.categories.map((c) => Buffer.from(c.code.toLowerCase())),
      });
      this.sink.fast = (bytes, start, end, read) => this.fastRows(bytes, start, end, read);
    }
    if (this.by === 'unit' && this.iUnit < 0) {
      throw new InputError(
        'staffing file has no column "unit" to group by',
        { file: this.reader.file, line: record.line },
        'a unit column, or --by code, group or none',
      );
    }
  }

  /** The row being read, with its columns, to report a problem at its cell. */
  private sheetRow(): SheetRow {
    return new SheetRow(this.sheet, this.reader.current());
  }

  // The hot path: one call per row of a file that may have millions. Cells are read where they stand in the line's
  // bytes: looked up by their raw bytes in bounded caches, numbers in plain digits read without parseNumber (see
  // plainInteger and plainTiyn); anything else goes to a slow path that decodes the cell and parses or reports it.
  // Nothing here grows with the number of distinct values met, only with the output's keys.
  private row(bytes: Buffer, cells: CellBounds): void {
    if (cells.count !== this.width) checkWidth(this.sheet.table, this.reader.current());
    this.rows++;
    const { starts, ends } = cells;
    const iCode = this.iCode;
    const iGroup = this.iGroup;
    const cached =
      iGroup < 0
        ? this.codes.get(bytes, starts[iCode], ends[iCode])
        : this.codes.getPair(bytes, starts[iCode], ends[iCode], starts[iGroup], ends[iGroup]);
    let info = cached;
    if (info === undefined && this.shared) {
      info = this.sharedOutside(bytes);
      // Told to the fast path again: its table of groups may have started afresh since.
      if (info !== undefined) this.fastShares(bytes, info);
    }
    info ??= this.learnCode(bytes, this.raw(bytes, iCode), iGroup < 0 ? undefined : this.raw(bytes, iGroup));

    let headcount = 1;
    if (this.iHeadcount >= 0) {
      const from = starts[this.iHeadcount];
      const to = ends[this.iHeadcount];
      if (from < to) {
        headcount = plainInteger(bytes, from, to);
        if (headcount < 0) headcount = this.headcountSlow();
      }
    }

    let band = 0;
    if (this.iExperience >= 0) {
      const from = starts[this.iExperience];
      const to = ends[this.iExperience];
      if (from < to) {
        const whole = plainYears(bytes, from, to, this.wholeStarts);
        if (whole >= 0)
          band = whole < this.wholeYearBand.length ? this.wholeYearBand[whole] : lastAtMost(this.bandStarts, whole);
        else {
          const micro = this.fastDecimals ? plainFixed(bytes, from, to, 6) : -1;
          if (micro >= 0) band = lastAtMost(this.bandStartsMicro, micro);
          else band = this.bandsByText.get(bytes, from, to) ?? this.bandSlow(bytes, from, to);
        }
      }
    }

    let salary = -1;
    let own = false;
    let bigSalary = 0n;
    if (this.iSalary >= 0) {
      const from = starts[this.iSalary];
      const to = ends[this.iSalary];
      if (from < to) {
        let tiyn = this.fastDecimals ? plainTiyn(bytes, from, to) : -1;
        if (tiyn <= 0) tiyn = this.salarySlow();
        if (tiyn <= this.maxTiyn) salary = tiyn * this.tiynUnits;
        else {
          salary = BIG;
          bigSalary = BigInt(tiyn) * this.tiynUnitsBig;
        }
        own = tiyn > 0;
      }
    }
    if (salary < 0 && salary !== BIG) {
      if (info.category === undefined) this.unknownCode(this.raw(bytes, this.iCode));
      salary = info.units[band];
      if (salary === BIG) bigSalary = info.bigUnits![band];
      else if (salary < 0) this.noMax(info.category!, this.raw(bytes, this.iExperience));
    }

    // Savings salaries in units of 10^-savingsScale: plain digits read in place; else a count parsed (and cached) on
    // the slow path, which moves the sums to a finer scale when a count has more decimals than any before.
    let perSalary = -1;
    let savings: SavingsCount | undefined;
    if (this.iSavings >= 0) {
      const from = starts[this.iSavings];
      const to = ends[this.iSavings];
      if (from < to) {
        perSalary = this.fastDecimals ? plainFixed(bytes, from, to, this.savingsScale) : -1;
        if (perSalary < 0) savings = this.savingsByText.get(bytes, from, to) ?? this.savingsSlow(bytes, from, to);
      }
    }
    if (perSalary < 0) {
      savings ??= this.defaultSavings ?? info.autoSavings ?? this.noSavings(info, this.raw(bytes, this.iCode));
      perSalary = savings.scaled;
    }

    let key: number;
    if (this.by === 'unit')
      key =
        this.unitsByText.get(bytes, starts[this.iUnit], ends[this.iUnit]) ??
        this.learnUnit(bytes, starts[this.iUnit], ends[this.iUnit]);
    else key = info.key ?? this.learnKey(info);
    let born = -1;
    if (this.tally && this.iBorn >= 0) {
      const from = starts[this.iBorn];
      const to = ends[this.iBorn];
      if (from < to) {
        born = plainInteger(bytes, from, to);
        if (born < 1900 || born > 2100) born = this.bornSlow();
      }
    }
    this.addRow(info, key, headcount, salary, bigSalary, own, perSalary, savings, born);
    // What the row's code and unit cells stand for, told to the fast path, which then reads their next rows itself:
    // a grid code, or a code met before (a file of millions of codes met once each is not copied there row by row).
    const fast = this.fast;
    if (fast) {
      if (cached !== undefined || info.category !== undefined) {
        const g = iGroup < 0 ? -1 : starts[iGroup];
        fast.learnCode(bytes, starts[iCode], ends[iCode], g, iGroup < 0 ? -1 : ends[iGroup], info);
      }
      if (this.by === 'unit') fast.learnUnit(bytes, starts[this.iUnit], ends[this.iUnit], key);
    }
  }

  /**
   * Adds a row read to the sums (and to the rows of the charges): its salary in units (BIG: bigSalary), whether it is
   * the row's own, its savings count in units (-1: `savings` holds it), its year of birth (-1: none).
   */
  private addRow(
    info: CodeInfo,
    key: number,
    headcount: number,
    salary: number,
    bigSalary: bigint,
    own: boolean,
    perSalary: number,
    savings: SavingsCount | undefined,
    born: number,
  ): void {
    // Under a system's published rounding, each distinct salary is its own cost class: salaries rounded after each
    // raise are not proportional to the grid-date salary, so they cannot be summed before the raises apply.
    const costClass = this.rounded ? this.salaryClass(info.costClass, salary) : info.costClass;
    if (this.tally) {
      if (perSalary < 0) this.sheetRow().fail('savings_salaries', 'too large', 'a count of salaries a year');
      // Charges keep each row's salary as a safe integer of the sums' scale; a salary beyond it (seniority shares
      // of very many decimals) is refused here, with --charges only, rather than rounded.
      if (salary === BIG)
        this.sheetRow().fail(
          own ? 'salary' : 'experience',
          'a salary at this seniority scale is too fine for --charges to keep exactly',
          'seniority shares of fewer decimals, or fund without --charges',
        );
      const savingsId = this.savingsIds.id(perSalary, this.savingsScale);
      this.tally.add(salary, savingsId, key, costClass, born, headcount, !own);
    }
    const slot = this.sums.at(key, costClass);
    this.sums.add(slot + HEADCOUNT, headcount);
    const units = salary * headcount;
    if (salary !== BIG && units <= FLUSH && perSalary >= 0) {
      this.sums.add(slot + SALARY, units);
      // A product above FLUSH as a double is still above FLUSH, so the test is sound even where it is inexact.
      const savingsUnits = units * perSalary;
      if (savingsUnits <= FLUSH) this.sums.add(slot + SAVINGS, savingsUnits);
      else this.sums.addBig(slot + SAVINGS, BigInt(units) * BigInt(perSalary));
    } else {
      // A count beyond FLUSH in units (scaled -1) came from a SavingsCount, which holds it as a BigInt.
      const count = perSalary >= 0 ? BigInt(perSalary) : savings!.big;
      const exact = (salary === BIG ? bigSalary : BigInt(salary)) * BigInt(headcount);
      this.sums.addBig(slot + SALARY, exact);
      this.sums.addBig(slot + SAVINGS, exact * count);
    }
  }

  /**
   * The sink's fast path (staffing-fast.ts): the plain lines from `start` read into records there, and each added up
   * here as row() would; it stops at the first record that row() would take a slow path for (a salary from a band
   * without a max, no savings rule, a count beyond the sums' integers...), which row() then reads.
   */
  private fastRows(bytes: Buffer, start: number, end: number, read: FastRead): void {
    const fast = this.fast!;
    const stop = fast.scan(bytes, start, end, this.savingsScale, this.by === 'unit');
    const n = fast.count;
    let r = 0;
    for (; r < n; r++) if (!this.fastRow(fast, fast.record(r))) break;
    read.lines = r;
    read.next = r < n ? fast.lineStart(r) : stop;
  }

  /** Adds record `at` as row() would add its line; false, having changed nothing, where row() would go slow. */
  private fastRow(fast: StaffingFast<CodeInfo>, at: number): boolean {
    const { i32, f64 } = fast;
    const info = fast.value(i32[at]);
    const years = i32[at + 2];
    let band = 0;
    if (years >= 0) {
      if (!this.wholeStarts) band = lastAtMost(this.bandStartsMicro, years);
      else band = years < this.wholeYearBand.length ? this.wholeYearBand[years] : lastAtMost(this.bandStarts, years);
    }
    const tiyn = f64[(at >> 1) + 4];
    let salary: number;
    let bigSalary = 0n;
    if (tiyn > 0) {
      if (tiyn <= this.maxTiyn) salary = tiyn * this.tiynUnits;
      else {
        salary = BIG;
        bigSalary = BigInt(tiyn) * this.tiynUnitsBig;
      }
    } else {
      if (info.category === undefined) return false;
      salary = info.units[band];
      if (salary === BIG) bigSalary = info.bigUnits![band];
      else if (salary < 0) return false;
    }
    let perSalary = f64[(at >> 1) + 5];
    let savings: SavingsCount | undefined;
    if (perSalary < 0) {
      savings = this.defaultSavings ?? info.autoSavings;
      if (savings === undefined) return false;
      perSalary = savings.scaled;
    }
    if (this.tally && (perSalary < 0 || salary === BIG)) return false;
    const key = this.by === 'unit' ? i32[at + 1] : (info.key ?? this.learnKey(info));
    this.rows++;
    this.addRow(info, key, f64[(at >> 1) + 3], salary, bigSalary, tiyn > 0, perSalary, savings, i32[at + 4]);
    return true;
  }

  /** The raw (untrimmed) text of a cell of the row being read. */
  private raw(bytes: Buffer, column: number): string {
    const { starts, ends } = this.reader.cellBounds;
    return bytes.toString('utf8', starts[column], ends[column]);
  }

  /**
   * What a code cell (and group cell, when the file has that column) stands for, when the cache does not say. A code
   * outside the grid is not kept beyond the cache: its rows are summed in the cost class of its raises. `bytes` are
   * the row's, which the cache knows the cells by.
   */
  private learnCode(bytes: Buffer, codeRaw: string, groupRaw: string | undefined): CodeInfo {
    const code = unguard(codeRaw.trim());
    const groupCell = unguard((groupRaw ?? '').trim());
    if (code === '') this.sheetRow().fail('code', 'empty cell', 'a category code such as E-R-4');
    const codeLower = code.toLowerCase();
    const groupLower = groupCell.toLowerCase();
    const inGrid = this.gridByCode.get(codeLower);
    if (!inGrid && invisibleIn(code).length > 0) {
      // E-G-4 with a zero-width space looks like E-G-4 on every screen: a copy-and-paste slip, not a new category.
      const looksLike = this.gridByCode.get(codeKey(code));
      if (looksLike) {
        this.sheetRow().fail(
          'code',
          `"${showInvisible(code)}" differs from the grid's ${looksLike.code} only by an invisible ` +
            invisibleIn(code).join(', '),
          `${looksLike.code} without invisible characters, or a code of its own`,
        );
      }
    }
    if (inGrid && groupCell !== '' && groupLower !== (inGrid.group ?? '').toLowerCase()) {
      this.sheetRow().fail(
        'group',
        `code ${inGrid.code} is in group ${inGrid.group ?? '(none)'} in the grid, not "${groupCell}"`,
        `the grid's group ${inGrid.group ?? '(none)'}, or an empty cell`,
      );
    }
    let info: CodeInfo | undefined;
    if (inGrid) {
      info = this.gridInfos.get(inGrid);
      if (!info) {
        const auto = inGrid.group === undefined ? undefined : this.autoSavings.get(inGrid.group.toUpperCase());
        info = {
          code: inGrid.code,
          group: inGrid.group,
          category: inGrid,
          costClass: this.costClass(
            this.opts.raises.map((r) => inScope(r, inGrid)),
            () => inGrid,
          ),
          autoSavings: auto,
          ...this.gridUnits.get(inGrid)!,
        };
        this.gridInfos.set(inGrid, info);
      }
    } else {
      // A code outside the grid: its rows give the salary; raises reach it through a scope on its code or group. A
      // file of millions of such codes of a few groups then costs a lookup a row, and no entry in the cache.
      const shared = this.shared;
      const known = shared ? this.outsideByGroup.get(groupLower) : undefined;
      if (known) return this.groupShares(bytes, known);
      const group = groupCell || undefined;
      info = {
        code,
        group,
        costClass: this.outsideClass(code, group, codeLower, groupLower),
        autoSavings: group === undefined ? undefined : this.autoSavings.get(group.toUpperCase()),
        units: [],
      };
      if (this.by !== 'unit') this.learnKey(info);
      // Bounded: groups are few in a real file; a file of millions of groups just goes the long way.
      if (shared && this.outsideByGroup.size < 1024) {
        this.outsideByGroup.set(groupLower, info);
        return this.groupShares(bytes, info);
      }
    }
    const { starts, ends } = this.reader.cellBounds;
    const [code0, code1] = [starts[this.iCode], ends[this.iCode]];
    if (this.iGroup < 0) this.codes.set(bytes, code0, code1, info);
    else this.codes.setPair(bytes, code0, code1, starts[this.iGroup], ends[this.iGroup], info);
    return info;
  }

  /**
   * Notes that the row's group cell (its bytes; none without a group column) stands for `info` for codes outside the
   * grid, here and in the fast path, and returns it.
   */
  private groupShares(bytes: Buffer, info: CodeInfo): CodeInfo {
    const { starts, ends } = this.reader.cellBounds;
    if (this.iGroup < 0) this.outsideNoGroup = info;
    else this.outsideByGroupBytes.set(bytes, starts[this.iGroup], ends[this.iGroup], info);
    this.fastShares(bytes, info);
    return info;
  }

  /** Tells the fast path that the row's group cell (every group, without a group column) shares `info`. */
  private fastShares(bytes: Buffer, info: CodeInfo): void {
    if (this.fast === undefined) return;
    const { starts, ends } = this.reader.cellBounds;
    if (this.iGroup < 0) this.fast.learnGroup(bytes, -1, -1, info);
    else this.fast.learnGroup(bytes, starts[this.iGroup], ends[this.iGroup], info);
  }

  /**
   * The CodeInfo of a row's code outside the grid when it shares its group's (see `shared`), found on the bytes: a
   * code of ASCII without padding or a formula guard (so with no invisible character to look for), not a grid code
   * whatever its case, of a group met before. Undefined for anything else: learnCode then reads the cells.
   */
  private sharedOutside(bytes: Buffer): CodeInfo | undefined {
    const { starts, ends } = this.reader.cellBounds;
    const start = starts[this.iCode];
    const n = ends[this.iCode] - start;
    const folded = this.folded;
    if (n === 0 || n > folded.length || bytes[start] <= 0x20 || bytes[start] === 0x27 /* ' */) return undefined;
    if (bytes[start + n - 1] <= 0x20) return undefined;
    for (let i = 0; i < n; i++) {
      const b = bytes[start + i];
      if (b >= 0x80) return undefined;
      folded[i] = b >= 0x41 && b <= 0x5a ? b + 32 : b;
    }
    if (this.gridCodes.get(folded, 0, n) !== undefined) return undefined;
    if (this.iGroup < 0) return this.outsideNoGroup;
    return this.outsideByGroupBytes.get(bytes, starts[this.iGroup], ends[this.iGroup]);
  }

  /**
   * The cost class of a code outside the grid, from the raises that reach it as `inScope` would find them for a
   * category of that code and group (which has no other cell), without making that category for every code.
   */
  private outsideClass(code: string, group: string | undefined, codeLower: string, groupLower: string): number {
    if (!this.codeSelected) {
      const known = this.outsideClassByGroup.get(groupLower);
      if (known !== undefined) return known;
    }
    const scopes = this.outsideScopes;
    const reaches = (i: number): boolean => {
      const scope = scopes[i];
      if (scope === 'all') return true;
      for (const { column, want, prefix } of scope) {
        const cell = column === 'code' ? codeLower : column === 'group' ? groupLower : '';
        if (prefix ? cell.startsWith(want) : cell === want) return true;
      }
      return false;
    };
    // The raises that reach the code as bits, when there are few enough: one lookup a code, no string made.
    let bits = -1;
    if (scopes.length <= 30) {
      bits = 0;
      for (let i = 0; i < scopes.length; i++) if (reaches(i)) bits |= 1 << i;
      const known = this.outsideClassByBits.get(bits);
      if (known !== undefined) return known;
    }
    const n = this.costClass(
      scopes.map((_, i) => reaches(i)),
      () => outsideCategory(code, group, this.sheetRow().where('code')),
    );
    if (bits >= 0) this.outsideClassByBits.set(bits, n);
    // Bounded: groups are few in a real file; a file of millions of groups just goes the long way.
    if (!this.codeSelected && this.outsideClassByGroup.size < 1024) this.outsideClassByGroup.set(groupLower, n);
    return n;
  }

  /** The cost class of a salary (in units) within a class, under published rounding; one per distinct salary. */
  private salaryClass(costClass: number, salary: number): number {
    const classes = (this.classOfSalary[costClass] ??= new Map());
    let n = classes.get(salary);
    if (n === undefined) {
      n = this.classes.push(this.classes[costClass]) - 1;
      this.classSalaries[n] = salary;
      classes.set(salary, n);
    }
    return n;
  }

  /**
   * The number of the cost class of the categories that the same raises reach (`reached[i]`: raise i does): their
   * rows cost the same per tenge of salary, so their sums add up, and a file of any number of codes keeps a few
   * classes. The first category of a class stands for it.
   */
  private costClass(reached: boolean[], category: () => Category): number {
    let signature = '';
    for (let i = 0; i < reached.length; i++) if (reached[i]) signature += `${i},`;
    let n = this.classOfRaises.get(signature);
    if (n === undefined) {
      n = this.classes.push(category()) - 1;
      this.classOfRaises.set(signature, n);
    }
    return n;
  }

  private learnUnit(bytes: Buffer, start: number, end: number): number {
    const unit = unguard(bytes.toString('utf8', start, end).trim());
    const key = this.keyNumber(unit, unit);
    // Units are output keys, kept anyway: the cache grows with them, so that each is looked up where it stands. It
    // doubles when three quarters full (its table is twice its capacity): four times as much kept 300 000 units' fund
    // at 33 MB of table where 17 MB do.
    if (this.keys.length * 4 > this.unitsByText.capacity * 3) this.unitsByText.resize(this.unitsByText.capacity * 2);
    this.unitsByText.set(bytes, start, end, key);
    return key;
  }

  /** Codes and groups are keys whatever their case: a grid's spelling first, else the first met. */
  private learnKey(info: CodeInfo): number {
    const { code, group } = info;
    if (this.by === 'code') return (info.key = this.keyNumber(code.toLowerCase(), code));
    if (this.by === 'group') {
      const lower = (group ?? '').toLowerCase();
      return (info.key = this.keyNumber(lower, this.gridGroups.get(lower) ?? group ?? ''));
    }
    return (info.key = this.keyNumber('', 'all'));
  }

  private keyNumber(lookup: string, name: string): number {
    let n = this.keyNumbers.get(lookup);
    if (n === undefined) {
      // Kept to the end: copies, not slices of the file's text (which would keep each its part of the file).
      const kept = detached(name);
      n = this.keys.push(kept) - 1;
      this.keyNumbers.set(lookup === name ? kept : detached(lookup), n);
    }
    return n;
  }

  /** A savings count with a life beyond one row: rescaled in place when a finer count comes. */
  private fixedCount(value: DecT): SavingsCount {
    const count = this.savingsCount(value);
    this.fixedSavings.push(count);
    return count;
  }

  /**
   * A savings count in units of the finest scale met so far. A count with more decimals than any before moves the
   * savings sums (and the counts kept) to the finer scale, so they stay integers; that happens at most once per
   * decimal place, so the work does not grow with the number of distinct counts.
   */
  private savingsCount(value: DecT): SavingsCount {
    this.finerSavings(value.decimalPlaces());
    return { value, ...this.scaled(value) };
  }

  /** Moves the savings sums (and the counts kept) to `places` decimals, when finer than theirs. */
  private finerSavings(places: number): void {
    if (places <= this.savingsScale) return;
    this.sums.scaleColumn(SAVINGS, 10n ** BigInt(places - this.savingsScale));
    this.savingsScale = places;
    this.savingsByText.clear();
    for (const count of this.fixedSavings) Object.assign(count, this.scaled(count.value));
  }

  private scaled(value: DecT): { scaled: number; big: bigint } {
    const units = value.times(new Dec(10).pow(this.savingsScale));
    const big = BigInt(units.toFixed(0));
    return { scaled: units.lte(FLUSH) ? units.toNumber() : -1, big };
  }

  // The slow paths read the cell as the row's record has it, trimmed of every kind of white space (a no-break space
  // U+00A0 too, which the fast path does not know): a cell of white space alone is an empty cell, and its default.

  private headcountSlow(): number {
    const row = this.sheetRow();
    const value = row.number('headcount');
    if (value === undefined) return 1;
    const expected = 'a whole number of people, 0 or more';
    if (value.isNegative()) row.fail('headcount', `${value.toString()} is negative`, expected);
    if (!value.isInteger()) row.fail('headcount', `${value.toString()} is not a whole number`, expected);
    if (value.gt(Number.MAX_SAFE_INTEGER)) row.fail('headcount', `${value.toString()} is too large`, expected);
    return value.toNumber();
  }

  private bandSlow(bytes: Buffer, start: number, end: number): number {
    const row = this.sheetRow();
    const years = row.number('experience');
    if (years === undefined) return 0;
    if (years.isNegative())
      row.fail('experience', `${years.toString()} years is negative`, 'years of service, 0 or more');
    const band = bandIndex(this.bands, years);
    this.bandsByText.set(bytes, start, end, band);
    return band;
  }

  /** The row's year of birth; -1 for an empty cell (white space alone). */
  private bornSlow(): number {
    const row = this.sheetRow();
    const value = row.number('born');
    if (value === undefined) return -1;
    if (!value.isInteger() || value.lt(1900) || value.gt(2100))
      row.fail('born', `${value.toString()} is not a year of birth`, 'a year such as 1975, or an empty cell');
    return value.toNumber();
  }

  /** The row's own salary in tiyn; -1 for none (the grid's then). */
  private salarySlow(): number {
    const row = this.sheetRow();
    const value = row.number('salary');
    if (value === undefined) return -1;
    if (value.lte(0)) row.fail('salary', `${value.toString()} is not above zero`, 'a salary greater than 0');
    if (value.decimalPlaces() > 2)
      row.fail(
        'salary',
        `${value.toString()} has more than two decimals`,
        'a salary to the hundredth (at most 2 decimals)',
      );
    const tiyn = value.times(100);
    if (tiyn.gt(Number.MAX_SAFE_INTEGER)) row.fail('salary', `${value.toString()} is too large`, 'a smaller salary');
    return tiyn.toNumber();
  }

  private savingsSlow(bytes: Buffer, start: number, end: number): SavingsCount | undefined {
    const row = this.sheetRow();
    const value = row.number('savings_salaries');
    if (value === undefined) return undefined;
    if (value.isNegative())
      row.fail(
        'savings_salaries',
        `${value.toString()} is negative`,
        'monthly salaries a year paid from savings, 0 or more',
      );
    const count = this.savingsCount(value);
    this.savingsByText.set(bytes, start, end, count);
    return count;
  }

  /** A code outside the grid on a row without a salary (`codeRaw`: the row's code cell). */
  private unknownCode(codeRaw: string): never {
    const examples = this.opts.grid.categories
      .slice(0, 3)
      .map((c) => c.code)
      .join(', ');
    return this.sheetRow().fail(
      'code',
      `"${codeRaw.trim()}" is not in the grid and the row has no salary`,
      `a code of the grid (e.g. ${examples}), or a salary for the row`,
    );
  }

  private noMax(category: Category, experience: string): never {
    return this.sheetRow().fail(
      'experience',
      `${category.code} has no max salary in the grid, so ${experience.trim()} years of service cannot place it ` +
        'between min and max',
      'experience in a band with share 0, or a salary for the row',
    );
  }

  /** No savings count for the row: the grid's code and group, or (outside the grid) the row's own cells. */
  private noSavings(info: CodeInfo, codeRaw: string): never {
    const row = this.sheetRow();
    const code = info.category ? info.code : codeRaw.trim();
    const group = info.category || this.iGroup < 0 ? info.group : row.record.cells[this.iGroup] || undefined;
    const rules =
      this.opts.savingsByGroup.size === 0
        ? 'a savings_group_X rule in system.csv'
        : `group ${[...this.opts.savingsByGroup].map(([g, v]) => `${g} (${v.toString()})`).join(' or ')}`;
    const column = this.iSavings >= 0 ? 'savings_salaries' : group !== undefined && this.iGroup >= 0 ? 'group' : 'code';
    const expected = `a savings_salaries cell, --savings N, or ${rules}`;
    if (group === undefined) {
      const why = info.category
        ? 'its category has no group in the grid'
        : 'it is not in the grid and the row has no group';
      return row.fail(column, `savings salaries of "${code}" are unknown: ${why}`, expected);
    }
    return row.fail(column, `group "${group}" of ${code} has no savings rule under --savings auto`, expected);
  }
}

/** A category for a code outside the grid: its code and group, for raise scopes; the rows give the salaries. */
function outsideCategory(code: string, group: string | undefined, where: Location): Category {
  return {
    code,
    min: ZERO,
    group,
    rank: 0,
    cells: group === undefined ? { code } : { code, group },
    maxAt: where,
  };
}

/** The index of the last of the ascending `starts` that is at most `value` (the first when none is). */
function lastAtMost(starts: readonly number[], value: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Plain digits (at most 15) of text from start to end, as a number; -1 for anything else. */
function plainInteger(t: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = t[i] - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * The whole years of `digits`, or, when `fraction`, of `digits.digits` too (at most 15 digits in all); -1 for anything
 * else. With bands that start at whole years, 12.5 years are in the band of 12.
 */
function plainYears(t: Uint8Array, start: number, end: number, fraction: boolean): number {
  // At most 15 digits in all, as plainFixed: a longer number is parseNumber's to read, or to refuse.
  if (end - start > 16) return -1;
  let dot = end;
  if (fraction) for (let i = start; i < end && dot === end; i++) if (t[i] === 46 /* . */) dot = i;
  if (dot < end && (dot + 1 === end || plainDigits(t, dot + 1, end) < 0)) return -1;
  return plainInteger(t, start, dot);
}

/** Whether text from start to end is digits only: the index past them, or -1. */
function plainDigits(t: Uint8Array, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const d = t[i] - 48;
    if (d < 0 || d > 9) return -1;
  }
  return end;
}

/**
 * `digits` or `digits.fraction` with at most `places` decimals and 15 digits in all (counting the decimals up to
 * `places`), as an integer in units of 10^-places; -1 for anything else.
 */
function plainFixed(t: Uint8Array, start: number, end: number, places: number): number {
  let v = 0;
  let i = start;
  for (; i < end; i++) {
    const d = t[i] - 48;
    if (d < 0 || d > 9) break;
    v = v * 10 + d;
  }
  if (i === start || i - start + places > 15) return -1;
  let decimals = 0;
  if (i < end) {
    if (t[i] !== 46 /* . */ || i + 1 === end || end - i - 1 > places) return -1;
    for (i++; i < end; i++, decimals++) {
      const d = t[i] - 48;
      if (d < 0 || d > 9) return -1;
      v = v * 10 + d;
    }
  }
  for (; decimals < places; decimals++) v *= 10;
  return v;
}

/**
 * `digits`, `digits.d` or `digits.dd` (at most 13 integer digits) of text from start to end, as integer tiyn; -1 for
 * anything else (which parseNumber then reads, or rejects with its message).
 */
export function plainTiyn(t: Uint8Array, start = 0, end = t.length): number {
  let v = 0;
  let i = start;
  for (; i < end; i++) {
    const d = t[i] - 48;
    if (d < 0 || d > 9) break;
    v = v * 10 + d;
  }
  if (i === start || i - start > 13) return -1;
  if (i === end) return v * 100;
  if (t[i] !== 46 /* . */) return -1;
  const places = end - i - 1;
  if (places < 1 || places > 2) return -1;
  const d1 = t[i + 1] - 48;
  if (d1 < 0 || d1 > 9) return -1;
  if (places === 1) return v * 100 + d1 * 10;
  const d2 = t[i + 2] - 48;
  if (d2 < 0 || d2 > 9) return -1;
  return v * 100 + d1 * 10 + d2;
}
