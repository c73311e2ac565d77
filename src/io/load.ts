import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { packageRoot } from '../root.js';
import { cachedTable } from './embedded.js';
import { InputError, UsageError } from '../core/errors.js';
import type { CpiRow, Grid, ParamValue, Raise, SeniorityBand } from '../core/data.js';
import { decodeUtf8, lineTooLong, MAX_LINE, parseCsv, type CsvTable } from './csv.js';
import { utf8Chunks } from './csv-stream.js';
import {
  checkRaiseScopes,
  parseContributions,
  parseCpi,
  parseGrid,
  parseParams,
  parseRaises,
  parseSeniority,
  parseStaffingTable,
  type StaffingTable,
} from './datasets.js';
import type { DecimalMode } from './numbers.js';

/** The embedded data sets, used whenever no flag names a file. */
export const EMBEDDED = {
  grid: 'grid-2024.csv',
  raises: 'raises-2005-2026.csv',
  'raises-reported': 'raises-reported-local.csv',
  cpi: 'cpi-kz.csv',
  seniority: 'seniority-bands.csv',
  params: 'params-kz.csv',
  contributions: 'contributions-kz.csv',
  staffing: 'staffing-example.csv',
} as const;
export type DataSetName = keyof typeof EMBEDDED;

export const FIXTURES_DIR = `${packageRoot()}/fixtures/`;

export interface SourceOptions {
  decimal: DecimalMode;
  delimiter?: string;
}

/** A data set's text and the name to report it by: the path given, `<stdin>` for `-`, or `fixtures/NAME` embedded. */
export interface Source {
  label: string;
  text: string;
  embedded: boolean;
}

/** The largest data set file read whole (the staffing file of `fund` is streamed and may be larger). */
export const MAX_FILE = 64 << 20;

/** Reads a data set from a path, from standard input for `-`, or from the embedded fixture. */
export function readSource(name: DataSetName, path: string | undefined): Source {
  const label = sourceLabel(name, path);
  const from = path === undefined ? FIXTURES_DIR + EMBEDDED[name] : path === '-' ? 0 : path;
  return { label, text: readCapped(name, from, label), embedded: path === undefined };
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

/** A data set as a stream of text chunks, for files read once in constant memory however long they are. */
export interface StreamSource {
  label: string;
  chunks: AsyncIterable<string>;
  embedded: boolean;
}

/**
 * Opens a data set as a stream: a path, standard input for `-`, or the embedded fixture;
 * read errors become InputError.
 */
export function openSource(name: DataSetName, path: string | undefined): StreamSource {
  const label = sourceLabel(name, path);
  if (path === '-') return { label, chunks: utf8Chunks(process.stdin), embedded: false };
  const file = path ?? FIXTURES_DIR + EMBEDDED[name];
  // Large chunks: fewer joins of a line split across two chunks, and fewer turns of the event loop.
  const stream = createReadStream(file, { highWaterMark: 1 << 16 });
  async function* chunks(): AsyncGenerator<Uint8Array> {
    try {
      for await (const chunk of stream) yield chunk as Buffer;
    } catch (e) {
      throw (e as NodeJS.ErrnoException).code ? cannotRead(name, label, e) : e;
    } finally {
      stream.destroy();
    }
  }
  return { label, chunks: utf8Chunks(chunks()), embedded: path === undefined };
}

export function readTable(source: Source, opts: SourceOptions): CsvTable {
  // Like --decimal, --delimiter is about the user's own files: the embedded ones are detected (they use ",").
  if (source.embedded) return cachedTable(source.label, source.text) ?? parseCsv(source.text, source.label);
  return parseCsv(source.text, source.label, opts.delimiter);
}

/** The data sets a command uses, read on first use, each remembering where it came from. */
export class DataSets {
  readonly inputs: Record<string, string> = {};
  readonly comments: Partial<Record<DataSetName, string[]>> = {};
  private cache = new Map<DataSetName, unknown>();

  constructor(
    private readonly paths: Partial<Record<DataSetName, string>>,
    private readonly opts: SourceOptions,
  ) {
    const fromStdin = Object.entries(paths).filter(([, p]) => p === '-');
    if (fromStdin.length > 1) {
      throw new UsageError(
        `only one input can come from standard input (-), not ${fromStdin.map(([n]) => n).join(' and ')}`,
      );
    }
  }

  private load<T>(name: DataSetName, parse: (t: CsvTable, d: DecimalMode) => T): T {
    if (this.cache.has(name)) return this.cache.get(name) as T;
    const source = readSource(name, this.paths[name]);
    const table = readTable(source, this.opts);
    // The embedded data sets write decimals with a point: --decimal is about the user's own files.
    const value = parse(table, source.embedded ? 'point' : this.opts.decimal);
    this.inputs[name] = inputLabel(source);
    this.comments[name] = table.comments;
    this.cache.set(name, value);
    return value;
  }

  /** The grid; its raises' scopes are checked against it once both are read, whichever comes first. */
  grid(): Grid {
    const fresh = !this.cache.has('grid');
    const grid = this.load('grid', parseGrid);
    if (fresh && this.cache.has('raises')) this.checkScopes(this.raises(), grid);
    return grid;
  }
  /** The raises; their scopes are checked against the grid once both are read, whichever comes first. */
  raises(): Raise[] {
    const fresh = !this.cache.has('raises');
    const raises = this.load('raises', parseRaises);
    if (fresh && this.cache.has('grid')) this.checkScopes(raises, this.grid());
    return raises;
  }
  private checkScopes(raises: Raise[], grid: Grid): void {
    // The embedded raises select on the embedded grid's columns (corps, tier): a grid of one's own may lack them, and
    // that is not an error in a file the user wrote. Raises of one's own are checked against any grid.
    if (this.paths.raises === undefined && this.paths.grid !== undefined) return;
    checkRaiseScopes(raises, grid, this.label('raises'), this.label('grid'));
  }
  /** The raises of local executive bodies as public reports give them (printed by `kzpay data raises-reported`). */
  raisesReported(): Raise[] {
    return this.load('raises-reported', parseRaises);
  }
  cpi(): CpiRow[] {
    return this.load('cpi', parseCpi);
  }
  seniority(): SeniorityBand[] {
    return this.load('seniority', parseSeniority);
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
    const source = openSource(name, this.paths[name]);
    this.inputs[name] = inputLabel(source);
    return source;
  }

  /** Where a data set was read from (the file, or the embedded fixture). */
  label(name: DataSetName): string {
    return sourceLabel(name, this.paths[name]);
  }
}

/** The one name a data set goes by in messages: the path given, `<stdin>` for `-`, or `fixtures/FILE` embedded. */
export function sourceLabel(name: DataSetName, path: string | undefined): string {
  return path === undefined ? `fixtures/${EMBEDDED[name]}` : path === '-' ? '<stdin>' : path;
}

/** How the JSON `inputs` name a data set: its label, `(embedded)` marked. */
function inputLabel(source: { label: string; embedded: boolean }): string {
  return source.embedded ? `${source.label} (embedded)` : source.label;
}
