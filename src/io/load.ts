import {
  closeSync,
  createReadStream,
  existsSync,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../root.js';
import { cachedTable } from './embedded.js';
import { InputError, UsageError } from '../core/errors.js';
import type { CpiRow, Grid, ParamValue, Raise, SeniorityBand } from '../core/data.js';
import { decodeUtf8, lineTooLong, MAX_LINE, parseCsv, type CsvTable } from './csv.js';
import { checkLadders } from '../core/seniority.js';
import type { PaySystem } from '../core/system.js';
import { parseSystem } from './system.js';
import {
  checkRaiseScopes,
  parseContributions,
  unappliedRaises,
  parseCpi,
  parseGrid,
  parseParams,
  parseRaises,
  parseSeniority,
  parseStaffingTable,
  type StaffingTable,
} from './datasets.js';
import type { DecimalMode } from './numbers.js';

/**
 * A pay system's data sets, under fixed names in its folder: what `--system DIR` reads, and what the embedded system
 * (Kazakhstan's, systems/kz in the package) is made of. `raises-reported` is a data set of the embedded system alone.
 */
export const DATA_SET_FILES = {
  system: 'system.csv',
  grid: 'grid.csv',
  raises: 'raises.csv',
  'raises-reported': 'raises-reported.csv',
  cpi: 'cpi.csv',
  seniority: 'seniority.csv',
  params: 'params.csv',
  contributions: 'contributions.csv',
  staffing: 'staffing.csv',
} as const;
export type DataSetName = keyof typeof DATA_SET_FILES;

/** The embedded system's folder, relative to the package (as messages name it) and as a path. */
export const EMBEDDED_SYSTEM = 'systems/kz';
export const EMBEDDED_SYSTEM_DIR = join(packageRoot(), EMBEDDED_SYSTEM);

/** kzpay's test inputs (fixtures/), for the tests. */
export const FIXTURES_DIR = `${packageRoot()}/fixtures/`;

/** A pay system's folder: the path to read its files from, the name to report them by, and whether it is kzpay's. */
export interface SystemFolder {
  path: string;
  label: string;
  embedded: boolean;
}

/** The folder of `--system DIR`, or the embedded system's; a path that is not a folder is bad input. */
export function systemFolder(dir: string | undefined): SystemFolder {
  if (dir === undefined) return { path: EMBEDDED_SYSTEM_DIR, label: EMBEDDED_SYSTEM, embedded: true };
  const label = dir.replace(/\/+$/, '') || '/';
  let folder = false;
  try {
    folder = statSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!folder) {
    throw new InputError(
      `--system ${dir}: ${existsSync(dir) ? 'not a folder' : 'no such folder'}`,
      { file: label },
      'a pay system folder holding system.csv and grid.csv (docs/pay-systems.md)',
    );
  }
  // The embedded system named by its path is the embedded system (its tables cached at build time).
  if (realpathSync(dir) === realpathSync(EMBEDDED_SYSTEM_DIR)) return systemFolder(undefined);
  return { path: dir, label, embedded: false };
}

/** Where a data set's file is in a system: the path to read, and the name to report it by (`DIR/grid.csv`). */
export function systemFile(system: SystemFolder, name: DataSetName): { path: string; label: string } {
  const file = DATA_SET_FILES[name];
  return { path: join(system.path, file), label: system.label === '/' ? `/${file}` : `${system.label}/${file}` };
}

export interface SourceOptions {
  decimal: DecimalMode;
  delimiter?: string;
}

/** A data set's text and the name to report it by: the path given, `<stdin>` for `-`, or the system's file. */
export interface Source {
  label: string;
  text: string;
  embedded: boolean;
}

/** The largest data set file read whole (the staffing file of `fund` is streamed and may be larger). */
export const MAX_FILE = 64 << 20;

/** Reads a data set from a path, from standard input for `-`, or from the system's file. */
export function readSource(name: DataSetName, path: string | undefined, system: SystemFolder): Source {
  const label = sourceLabel(name, path, system);
  const from = path === undefined ? systemFile(system, name).path : path === '-' ? 0 : path;
  return { label, text: readCapped(name, from, label), embedded: path === undefined && system.embedded };
}

/**
 * Reads a file (or standard input) in chunks, stopping with an error at MAX_FILE bytes or at a line longer than
 * MAX_LINE: a device that never ends (`/dev/zero`) or a file with no line ends is refused without filling memory.
 */
function readCapped(name: DataSetName, source: string | number, label: string): string {
  let fd: number;
  try {
    fd = typeof source === 'number' ? source : openSync(source, 'r');
  } catch (e) {
    throw cannotRead(name, label, e);
  }
  const pieces: Buffer[] = [];
  let total = 0;
  let lineBytes = 0; // bytes since the last line end
  try {
    for (;;) {
      const piece = Buffer.allocUnsafe(1 << 16);
      let n: number;
      try {
        n = readSync(fd, piece, 0, piece.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5); // standard input not ready yet
          continue;
        }
        if ((e as NodeJS.ErrnoException).code === 'EOF') break;
        throw cannotRead(name, label, e);
      }
      if (n === 0) break;
      const bytes = piece.subarray(0, n);
      pieces.push(bytes);
      total += n;
      if (total > MAX_FILE) {
        throw new InputError(
          `the ${name} file is larger than ${MAX_FILE >> 20} MiB`,
          { file: label },
          `a ${name} file under ${MAX_FILE >> 20} MiB`,
        );
      }
      const last = Math.max(bytes.lastIndexOf(0x0a), bytes.lastIndexOf(0x0d));
      const first = last < 0 ? -1 : firstLineEnd(bytes);
      if (lineBytes + (last < 0 ? n : first) > MAX_LINE) {
        throw lineTooLong(label, lineEndsIn(Buffer.concat(pieces.slice(0, -1))) + 1);
      }
      lineBytes = last < 0 ? lineBytes + n : n - last - 1;
    }
  } finally {
    if (typeof source !== 'number') closeSync(fd);
  }
  return decodeUtf8(pieces.length === 1 ? pieces[0] : Buffer.concat(pieces));
}

function firstLineEnd(bytes: Buffer): number {
  const lf = bytes.indexOf(0x0a);
  const cr = bytes.indexOf(0x0d);
  return lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
}

/** The number of line ends (CRLF, LF or CR) in the bytes. */
function lineEndsIn(bytes: Buffer): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) n++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) n++;
  }
  return n;
}

function cannotRead(name: DataSetName, path: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a folder'
        : code === 'EACCES'
          ? 'permission denied'
          : String((e as Error).message);
  return new InputError(`cannot read ${name} file: ${why}`, { file: path }, `a readable CSV file`);
}

/** A data set as a stream of chunks of its bytes, for files read once in constant memory however long they are. */
export interface StreamSource {
  label: string;
  /** The bytes, a chunk at a time: a chunk's bytes may be overwritten once the next is asked for. */
  chunks: AsyncIterable<Uint8Array>;
  embedded: boolean;
}

/** The bytes a streamed file is read in at a time: fewer joins of a line cut between two chunks, fewer turns. */
const READ_CHUNK = 1 << 16;

/**
 * The bytes of a file in chunks of READ_CHUNK, each valid until the next is asked for. A regular file is read with
 * synchronous reads: no hop through Node's thread pool and its events per chunk (fund on a 26 MB file reads about
 * 30 ms faster). Anything else (a pipe, a device) is read as a stream.
 */
async function* fileChunks(path: string): AsyncGenerator<Buffer> {
  const fd = openSync(path, 'r');
  let open = true;
  try {
    if (!fstatSync(fd).isFile()) {
      // Read through the descriptor already open, never by opening the path again: a named pipe opened twice loses
      // its writer in between (it hung, its writer killed by SIGPIPE).
      open = false;
      const stream = createReadStream(path, { fd, highWaterMark: READ_CHUNK });
      try {
        for await (const chunk of stream) yield chunk as Buffer;
      } finally {
        stream.destroy();
      }
      return;
    }
    // One buffer read into again and again (its reader copies what it keeps: StreamSource): a new buffer a chunk
    // would be fresh memory each time, for the system to map and the collector to free.
    const buf = Buffer.allocUnsafe(READ_CHUNK);
    for (;;) {
      const n = readSync(fd, buf, 0, READ_CHUNK, null);
      if (n === 0) return;
      // A new view each time: a reader may tell chunks apart by their object (staffing-fast.ts).
      yield buf.subarray(0, n);
    }
  } finally {
    if (open) closeSync(fd);
  }
}

/**
 * Opens a data set as a stream: a path, standard input for `-`, or the embedded fixture;
 * read errors become InputError.
 */
export function openSource(name: DataSetName, path: string | undefined, system: SystemFolder): StreamSource {
  const label = sourceLabel(name, path, system);
  if (path === '-') return { label, chunks: process.stdin, embedded: false };
  const file = path ?? systemFile(system, name).path;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    try {
      yield* fileChunks(file);
    } catch (e) {
      throw (e as NodeJS.ErrnoException).code ? cannotRead(name, label, e) : e;
    }
  }
  return { label, chunks: chunks(), embedded: path === undefined && system.embedded };
}

export function readTable(source: Source, opts: SourceOptions): CsvTable {
  // Like --decimal, --delimiter is about the user's own files: the embedded ones are detected (they use ",").
  if (source.embedded) return cachedTable(source.label, source.text) ?? parseCsv(source.text, source.label);
  return parseCsv(source.text, source.label, opts.delimiter);
}

/** The flag that gives each data set a file of one's own, to name in a message about a missing one. */
const FLAGS: Partial<Record<DataSetName, string>> = {
  grid: '--grid',
  raises: '--raises',
  cpi: '--cpi',
  seniority: '--seniority',
  params: '--params',
  staffing: 'a staffing file argument',
};

/**
 * The data sets a command uses, read on first use from the files their flags name or from the pay system's folder,
 * each remembering where it came from. A data set the system lacks is absent: never borrowed from another system.
 */
export class DataSets {
  readonly inputs: Record<string, string> = {};
  readonly comments: Partial<Record<DataSetName, string[]>> = {};
  /** Optional data sets the system does not have (raises, seniority), read as none. */
  readonly absent = new Set<DataSetName>();
  /** Raises of the embedded schedule whose scope selects no category of a grid of one's own: not applied. */
  unapplied: Raise[] = [];
  private cache = new Map<DataSetName, unknown>();
  readonly folder: SystemFolder;

  constructor(
    private readonly paths: Partial<Record<DataSetName, string>>,
    private readonly opts: SourceOptions,
    systemDir?: string,
  ) {
    const fromStdin = Object.entries(paths).filter(([, p]) => p === '-');
    if (fromStdin.length > 1) {
      throw new UsageError(
        `only one input can come from standard input (-), not ${fromStdin.map(([n]) => n).join(' and ')}`,
      );
    }
    this.folder = systemFolder(systemDir);
  }

  /** Whether the data set has a file: its flag's, or one in the system's folder. */
  has(name: DataSetName): boolean {
    return this.paths[name] !== undefined || existsSync(systemFile(this.folder, name).path);
  }

  /** An error naming the system's missing file, and what else would give the data (`or --inflation PCT`). */
  missing(name: DataSetName, alternative?: string): InputError {
    const file = DATA_SET_FILES[name];
    const flag = FLAGS[name];
    const others = [flag && `${flag} FILE`, alternative].filter(Boolean).join(', or ');
    return new InputError(
      `the pay system ${this.folder.label} has no ${file}`,
      { file: this.label(name) },
      `a ${name} data set: ${file} in ${this.folder.label}${others ? `, or ${others}` : ''}`,
    );
  }

  private load<T>(name: DataSetName, parse: (t: CsvTable, d: DecimalMode) => T, empty?: T): T {
    if (this.cache.has(name)) return this.cache.get(name) as T;
    if (!this.has(name)) {
      if (empty === undefined) throw this.missing(name);
      this.absent.add(name);
      this.cache.set(name, empty);
      return empty;
    }
    const source = readSource(name, this.paths[name], this.folder);
    const table = readTable(source, this.opts);
    // The embedded data sets write decimals with a point: --decimal is about the user's own files.
    const value = parse(table, source.embedded ? 'point' : this.opts.decimal);
    this.inputs[name] = inputLabel(source);
    this.comments[name] = table.comments;
    this.cache.set(name, value);
    return value;
  }

  /** The pay system's settings (its system.csv). */
  system(): PaySystem {
    return this.load('system', parseSystem);
  }

  /** The grid; its raises' scopes and seniority ladders are checked against it once both are read. */
  grid(): Grid {
    const fresh = !this.cache.has('grid');
    const grid = this.load('grid', parseGrid);
    if (fresh && this.cache.has('raises')) this.checkScopes(this.raises(), grid);
    if (fresh && this.cache.has('seniority')) checkLadders(this.seniority(), grid.categories, this.label('seniority'));
    return grid;
  }
  /** The raises (none when the system has no raises.csv); their scopes are checked against the grid. */
  raises(): Raise[] {
    const fresh = !this.cache.has('raises');
    const raises = this.load('raises', parseRaises, []);
    if (fresh && this.cache.has('grid')) this.checkScopes(raises, this.grid());
    return raises;
  }
  private checkScopes(raises: Raise[], grid: Grid): void {
    // The embedded raises select on the embedded grid's columns (corps, tier): a grid of one's own may lack them, and
    // that is not an error in a file the user did not write; such a raise is not applied, and the assumptions say
    // so. Raises of one's own (a --raises file, a system's raises.csv) are checked against any grid.
    if (this.paths.raises === undefined && this.folder.embedded && this.paths.grid !== undefined) {
      this.unapplied = unappliedRaises(raises, grid);
      return;
    }
    checkRaiseScopes(raises, grid, this.label('raises'), this.label('grid'));
  }
  /** The raises of local executive bodies as public reports give them (printed by `kzpay data raises-reported`). */
  raisesReported(): Raise[] {
    return this.load('raises-reported', parseRaises);
  }
  cpi(): CpiRow[] {
    return this.load('cpi', parseCpi);
  }
  /** The seniority bands of every ladder (none when the system has no seniority.csv: each salary is its min). */
  seniority(): SeniorityBand[] {
    const fresh = !this.cache.has('seniority');
    const bands = this.load('seniority', parseSeniority, []);
    if (fresh && this.cache.has('grid')) checkLadders(bands, this.grid().categories, this.label('seniority'));
    return bands;
  }
  params(): ParamValue[] {
    return this.load('params', parseParams);
  }
  /** The rates and limits of contributions and income tax by date (spec 3.7). */
  contributions(): ParamValue[] {
    return this.load('contributions', parseContributions);
  }
  /** The staffing table as read, header checked: to print it back (`fund` streams it with open()). */
  staffingTable(): StaffingTable {
    return this.load('staffing', parseStaffingTable);
  }
  /** Opens a data set to stream through once (see openSource) and records it among the inputs. */
  open(name: DataSetName): StreamSource {
    if (!this.has(name)) throw this.missing(name);
    const source = openSource(name, this.paths[name], this.folder);
    this.inputs[name] = inputLabel(source);
    return source;
  }

  /** Where a data set was read from (the file, or the system's). */
  label(name: DataSetName): string {
    return sourceLabel(name, this.paths[name], this.folder);
  }
}

/** The one name a data set goes by in messages: the path given, `<stdin>` for `-`, or the system's `DIR/FILE`. */
export function sourceLabel(name: DataSetName, path: string | undefined, system: SystemFolder): string {
  return path === undefined ? systemFile(system, name).label : path === '-' ? '<stdin>' : path;
}

/** How the JSON `inputs` name a data set: its label, `(embedded)` marked. */
function inputLabel(source: { label: string; embedded: boolean }): string {
  return source.embedded ? `${source.label} (embedded)` : source.label;
}
