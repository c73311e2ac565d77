import { MAX_LINE } from './csv.js';
import { STAFFING_FAST_WASM } from './staffing-fast-wasm.js';
import { holdsOne } from './text-table.js';

/** The staffing table's columns as the fast path reads them (-1: none), and what it needs of the reader. */
export interface FastColumns {
  width: number;
  delimiter: number;
  code: number;
  group: number;
  headcount: number;
  experience: number;
  salary: number;
  unit: number;
  savings: number;
  born: number;
  /** Whether bands start at whole years, so that 12.5 years are in the band of 12 (the record holds whole years). */
  wholeYears: boolean;
  /**
   * Whether codes outside the grid share their group's value (staffing.ts sharedOutside), and then the grid's codes
   * lower-cased, which do not.
   */
  shared: boolean;
  gridCodes: readonly Uint8Array[];
}

interface Exports {
  memory: WebAssembly.Memory;
  config(...args: number[]): void;
  rows(): number;
  insert(table: number, s1: number, e1: number, s2: number, e2: number, value: number): number;
  share(mode: number, noGroup: number): void;
  scan(pos: number, end: number, maxRows: number, places: number, units: number): number;
}

const CODE_TABLE = 1024;
const UNIT_TABLE = 1056;
const GROUP_TABLE = 1088;
const GRID_TABLE = 1120;
const RECORDS = 2048;
/**
 * Bytes in a record: as 32-bit integers code, unit, years, line start, born; as doubles from byte 24 headcount, tiyn,
 * savings (staffing-fast.wat, scan).
 */
const RECORD = 64;
const MAX_ROWS = 4096;
const SCRATCH = RECORDS + MAX_ROWS * RECORD;
const SCRATCH_SIZE = 1 << 16;
/** The room where the scan writes the text of a line's quoted cells (a line of more is left to the reader). */
const UNQUOTED = SCRATCH + SCRATCH_SIZE;
const UNQUOTED_SIZE = 1 << 16;
/** Tables and input from here. */
const HEAP = UNQUOTED + UNQUOTED_SIZE;
/** The codes (with their groups) the table holds before it starts afresh. */
const CODE_LIMIT = 4096;
/** The group cells of codes outside the grid the table holds before it starts afresh (the reader shares 1 024). */
const GROUP_LIMIT = 1024;
/** The most units the unit table grows to hold before it starts afresh. */
const UNIT_LIMIT = 1 << 14;
const PAGE = 1 << 16;

/** The compiled module; null where this Node has no WebAssembly (--jitless) or cannot compile it (no SIMD). */
let compiled: WebAssembly.Module | null | undefined;

/** Whether the fast path can run here: the reader reads every line itself where it cannot. */
export function fastPathAvailable(): boolean {
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(Buffer.from(STAFFING_FAST_WASM, 'base64'));
    } catch {
      compiled = null;
    }
  }
  return compiled !== null;
}

/**
 * The fast path of the staffing reader (staffing-fast.wat): it cuts plain lines into cells 16 bytes at a time, looks
 * up their code and unit among those the reader has met, reads their numbers, and writes a record per line; the
 * reader adds the records up and reads every other line itself. A cell quoted whole on one line is read by its text
 * (`"Unit 4, ""North"""` as `Unit 4, "North"`). A line it does not read plainly (another quote, white space, a code
 * or unit not met yet, a number it does not read plainly) stops it. Its tables know a cell by its raw bytes as the
 * reader's own caches do (text-table.ts): the reader tells it the codes it has read (of the grid, or met before) and
 * every unit, a plain cell by its bytes and a quoted one by its text, each standing for what the reader makes of it
 * (the cell trimmed, its formula guard taken off); a full table starts afresh.
 */
export class StaffingFast<T> {
  private readonly w: Exports;
  private u8!: Uint8Array;
  /** The memory as 32-bit integers and as doubles: the records' fields (record, and its offsets below). */
  i32!: Int32Array;
  f64!: Float64Array;
  /** The records of the last scan. */
  count = 0;
  /** What each code's number stands for, and the numbers by what they stand for. */
  private readonly values: T[] = [];
  private readonly ids = new Map<T, number>();
  private unitLimit = 4096;
  /** Where the tables are placed (from HEAP: the grid's codes, the groups, the codes, the units), and the input. */
  private readonly groupsAt: number;
  private readonly codesAt: number;
  private readonly unitsAt: number;
  private inputAt: number;
  /** How codes outside the grid share their group's value (staffing-fast.wat, share): 0 not at all, 1, 2. */
  private readonly sharing: number;
  /**
   * The bytes in memory at inputAt, known by their object: the stream reader hands each run of bytes it scans (a
   * chunk, or a line joined with the next chunk) as an object of its own, though the memory under it is reused.
   */
  private loaded: Uint8Array | undefined;

  constructor(columns: FastColumns) {
    if (!fastPathAvailable()) throw new Error('the staffing fast path cannot run here');
    this.w = new WebAssembly.Instance(compiled!, {}).exports as unknown as Exports;
    const c = columns;
    this.w.config(
      c.width,
      c.delimiter,
      c.code,
      c.group,
      c.headcount,
      c.experience,
      c.salary,
      c.unit,
      c.savings,
      c.born,
      c.wholeYears ? 1 : 0,
      MAX_LINE,
      UNQUOTED,
      UNQUOTED_SIZE,
    );
    this.views();
    // Room for every grid code (32 bytes of key each, or more for long ones): a grid code left out would be taken for
    // a code outside the grid. Were one left out all the same, codes outside the grid are left to the reader.
    const gridBytes = c.gridCodes.reduce((n, code) => n + code.length, 0);
    this.groupsAt = this.table(GRID_TABLE, HEAP, Math.max(64, c.gridCodes.length, Math.ceil(gridBytes / 32)));
    this.codesAt = this.table(GROUP_TABLE, this.groupsAt, GROUP_LIMIT);
    this.unitsAt = this.table(CODE_TABLE, this.codesAt, CODE_LIMIT);
    this.inputAt = this.table(UNIT_TABLE, this.unitsAt, this.unitLimit);
    const gridKept = c.gridCodes.every((code) => this.insert(GRID_TABLE, code, 0, code.length, -1, -1, 1));
    this.sharing = c.shared && gridKept ? (c.group >= 0 ? 1 : 2) : 0;
    this.w.share(this.sharing, -1);
  }

  /** What code number `id` of a record stands for. */
  value(id: number): T {
    return this.values[id];
  }

  /** Where the line of record r starts in the bytes scanned. */
  lineStart(r: number): number {
    return this.i32[this.record(r) + 3] - this.inputAt;
  }

  /**
   * The index of record r's first field in i32: code, unit, years, line start and born at i32[at + 0..4]; headcount,
   * tiyn and savings at f64[at / 2 + 3..5].
   */
  record(r: number): number {
    return (RECORDS + r * RECORD) >> 2;
  }

  /**
   * Reads the plain lines of bytes[start, end) into records (count), and returns where it stopped: the start of the
   * first line not read. `places`: the decimals of savings counts; `units`: whether the unit's number is wanted.
   */
  scan(bytes: Uint8Array, start: number, end: number, places: number, units: boolean): number {
    if (this.loaded !== bytes) {
      this.room(this.inputAt + bytes.length + 16);
      this.u8.set(bytes, this.inputAt);
      this.loaded = bytes;
    }
    const at = this.inputAt;
    const stop = this.w.scan(at + start, at + end, MAX_ROWS, places, units ? 1 : 0) - at;
    this.count = this.w.rows();
    return stop;
  }

  /** Tells the code table that the code cell bytes[s1, e1) (and group cell bytes[s2, e2), s2 >= 0) stand for value. */
  learnCode(bytes: Uint8Array, s1: number, e1: number, s2: number, e2: number, value: T): void {
    // A pair's cells with the byte that separates them are left to the reader (TextCache.setPair).
    if (s2 >= 0 && (holdsOne(bytes, s1, e1) || holdsOne(bytes, s2, e2))) return;
    if (this.insert(CODE_TABLE, bytes, s1, e1, s2, e2, this.idOf(value))) return;
    // Full: it starts afresh (codes are met again on the slow path).
    this.clearCodes();
    this.insert(CODE_TABLE, bytes, s1, e1, s2, e2, this.idOf(value));
  }

  /**
   * Tells the fast path that the codes outside the grid of the group cell bytes[s, e) share `value`; of every group
   * (s < 0) in a table without a group column.
   */
  learnGroup(bytes: Uint8Array, s: number, e: number, value: T): void {
    if (this.sharing === 0) return;
    const id = this.idOf(value);
    if (s < 0) this.w.share(this.sharing, id);
    else if (!this.insert(GROUP_TABLE, bytes, s, e, -1, -1, id)) {
      // Full: it starts afresh, as the code table does.
      this.table(GROUP_TABLE, this.groupsAt, GROUP_LIMIT);
      this.insert(GROUP_TABLE, bytes, s, e, -1, -1, id);
    }
  }

  /** The number a record gives for `value`. */
  private idOf(value: T): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      // At most as many values as the table holds codes (a code told again with a new value leaves the old one).
      if (this.values.length >= CODE_LIMIT) this.clearCodes();
      id = this.values.push(value) - 1;
      this.ids.set(value, id);
    }
    return id;
  }

  /** Forgets every code and group and their values: they are told again as the reader meets them. */
  private clearCodes(): void {
    this.table(CODE_TABLE, this.codesAt, CODE_LIMIT);
    this.table(GROUP_TABLE, this.groupsAt, GROUP_LIMIT);
    this.w.share(this.sharing, -1);
    this.values.length = 0;
    this.ids.clear();
  }

  /** Tells the unit table that the unit cell bytes[s, e) has key number `key`. */
  learnUnit(bytes: Uint8Array, s: number, e: number, key: number): void {
    if (this.insert(UNIT_TABLE, bytes, s, e, -1, -1, key)) return;
    // Full: a table twice as large up to UNIT_LIMIT units, then afresh; filled again as the units come. (The reader
    // keeps every unit anyway: beyond the limit, a table of many units costs memory and gains little.)
    this.unitLimit = Math.min(this.unitLimit * 2, UNIT_LIMIT);
    this.inputAt = this.table(UNIT_TABLE, this.unitsAt, this.unitLimit);
    this.loaded = undefined;
    this.insert(UNIT_TABLE, bytes, s, e, -1, -1, key);
  }

  /**
   * Inserts a key: where it stands, when its bytes are those in memory, else copied to the scratch space first; false
   * when the table is full (a key too long for the scratch space is left out).
   */
  private insert(table: number, bytes: Uint8Array, s1: number, e1: number, s2: number, e2: number, v: number): boolean {
    if (bytes === this.loaded) {
      const at = this.inputAt;
      return this.w.insert(table, at + s1, at + e1, s2 < 0 ? -1 : at + s2, s2 < 0 ? -1 : at + e2, v) === 1;
    }
    const n1 = e1 - s1;
    const n2 = s2 < 0 ? 0 : e2 - s2;
    if (n1 + n2 > SCRATCH_SIZE) return true;
    this.u8.set(bytes.subarray(s1, e1), SCRATCH);
    if (s2 >= 0) this.u8.set(bytes.subarray(s2, e2), SCRATCH + n1);
    const second = s2 < 0 ? -1 : SCRATCH + n1;
    return this.w.insert(table, SCRATCH, SCRATCH + n1, second, second + n2, v) === 1;
  }

  /** Places an empty table of `limit` keys (twice the slots, 32 bytes of key each) at `at`; returns its end. */
  private table(descriptor: number, at: number, limit: number): number {
    const slots = limit * 2;
    const arena = at + slots * 12;
    const end = arena + limit * 32;
    this.room(end);
    const d = new Int32Array(this.w.memory.buffer, descriptor, 7);
    d.set([at, slots - 1, 0, limit, arena, 0, limit * 32]);
    this.u8.fill(0, at, arena);
    return end;
  }

  /** Grows the memory to hold `bytes` bytes. */
  private room(bytes: number): void {
    const have = this.w.memory.buffer.byteLength;
    if (bytes <= have) return;
    this.w.memory.grow(Math.ceil((bytes - have) / PAGE));
    this.views();
  }

  private views(): void {
    this.u8 = new Uint8Array(this.w.memory.buffer);
    this.i32 = new Int32Array(this.w.memory.buffer);
    this.f64 = new Float64Array(this.w.memory.buffer);
  }
}
