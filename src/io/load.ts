import { createReadStream, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InputError, UsageError } from '../core/errors.js';
import type { CpiRow, Grid, ParamValue, Raise, SeniorityBand } from '../core/data.js';
import { parseCsv, type CsvTable } from './csv.js';
import { parseCpi, parseGrid, parseParams, parseRaises, parseSeniority, parseStaffingTable } from './datasets.js';
import type { DecimalMode } from './numbers.js';

/** The embedded data sets, used whenever no flag names a file. */
export const EMBEDDED = {
  grid: 'grid-2024.csv',
  raises: 'raises-2005-2026.csv',
  'raises-reported': 'raises-reported-local.csv',
  cpi: 'cpi-kz.csv',
  seniority: 'seniority-bands.csv',
  params: 'params-kz.csv',
  staffing: 'staffing-example.csv',
} as const;
export type DataSetName = keyof typeof EMBEDDED;

export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));

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

/** Reads a data set from a path, from standard input for `-`, or from the embedded fixture. */
export function readSource(name: DataSetName, path: string | undefined): Source {
  if (path === undefined) {
    return {
      label: `fixtures/${EMBEDDED[name]}`,
      text: readFileSync(FIXTURES_DIR + EMBEDDED[name], 'utf8'),
      embedded: true,
    };
  }
  if (path === '-') {
    return { label: '<stdin>', text: readFileSync(0, 'utf8'), embedded: false };
  }
  try {
    return { label: path, text: readFileSync(path, 'utf8'), embedded: false };
  } catch (e) {
    throw cannotRead(name, path, e);
  }
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

/** Opens a data set as a stream: a path, standard input for `-`, or the embedded fixture; read errors become InputError. */
export function openSource(name: DataSetName, path: string | undefined): StreamSource {
  if (path === '-') {
    process.stdin.setEncoding('utf8');
    return { label: '<stdin>', chunks: process.stdin, embedded: false };
  }
  const file = path ?? FIXTURES_DIR + EMBEDDED[name];
  const label = path ?? `fixtures/${EMBEDDED[name]}`;
  // Large chunks: fewer joins of a line split across two chunks, and fewer turns of the event loop.
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 });
  async function* chunks(): AsyncGenerator<string> {
    try {
      for await (const chunk of stream) yield chunk as string;
    } catch (e) {
      throw (e as NodeJS.ErrnoException).code ? cannotRead(name, label, e) : e;
    } finally {
      stream.destroy();
    }
  }
  return { label, chunks: chunks(), embedded: path === undefined };
}

export function readTable(source: Source, opts: SourceOptions): CsvTable {
  // Like --decimal, --delimiter is about the user's own files: the embedded ones are detected (they use ",").
  return parseCsv(source.text, source.label, source.embedded ? undefined : opts.delimiter);
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
    this.inputs[name] = source.embedded ? `${source.label} (embedded)` : source.label;
    this.comments[name] = table.comments;
    this.cache.set(name, value);
    return value;
  }

  grid(): Grid {
    return this.load('grid', parseGrid);
  }
  raises(): Raise[] {
    return this.load('raises', parseRaises);
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
  /** The staffing table as read, header checked: to print it back (`fund` streams it with open()). */
  staffingTable(): CsvTable {
    return this.load('staffing', parseStaffingTable);
  }
  /** Opens a data set to stream through once (see openSource) and records it among the inputs. */
  open(name: DataSetName): StreamSource {
    const source = openSource(name, this.paths[name]);
    this.inputs[name] = source.embedded ? `${source.label} (embedded)` : source.label;
    return source;
  }

  /** Where a data set was read from (the file, or the embedded fixture). */
  label(name: DataSetName): string {
    const path = this.paths[name];
    return path === undefined ? `fixtures/${EMBEDDED[name]}` : path === '-' ? '<stdin>' : path;
  }
}
