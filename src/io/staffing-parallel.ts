import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Dec } from '../core/money.js';
import { READ_CHUNK } from './csv.js';
import { chunkIsText } from './csv-stream.js';
import { type Staffing, type StaffingOptions, type StaffingPart, StaffingReader } from './staffing.js';

/** Below this size a staffing file is read by one thread: a second costs more to start than it saves. */
const PARALLEL_MIN = 4 << 20;
/** The share of the file the second thread reads: less than half, as it starts later. */
const WORKER_SHARE = 0.45;
/**
 * The most keys the worker keeps: a file of many more (300 000 units) would have them kept by both threads, and the
 * sums sent, costing more memory than the second thread saves time; then this thread reads the rest itself.
 */
const WORKER_KEYS = 20_000;
/** The header is looked for in the first bytes of the file; a longer preamble is read by one thread. */
const HEAD_MAX = 1 << 16;

/**
 * Reads a staffing table into cost groups. A large file on a machine of two cores or more is read by two threads:
 * this one reads it up to a line start past the middle, a worker the rest (after the header's bytes, so that it knows
 * the columns), and the worker's sums are added to this one's (StaffingReader.absorb), giving the groups of one reader
 * in the same order. Whenever that cannot be trusted (the first part ends inside a quoted cell, the worker fails or
 * finds a problem) this thread reads the rest itself, so every error is the one a single reader reports, at its line.
 */
export async function readStaffingTable(
  label: string,
  path: string | undefined,
  chunks: AsyncIterable<Uint8Array>,
  opts: StaffingOptions,
): Promise<Staffing> {
  const reader = new StaffingReader(label, opts);
  const split = path === undefined || opts.charges ? undefined : splitOf(path);
  if (split === undefined) return reader.read(chunks);
  const worker = startWorker({ file: path!, label, head: split.head, start: split.start, options: pack(opts) });
  try {
    await reader.feed(fileChunks(path!, 0, split.start));
    const between = reader.betweenRecords;
    const part = between ? await worker.part : undefined;
    if (process.env.KZPAY_DEBUG === '1') {
      const how = part
        ? 'its sums added'
        : between
          ? 'read here: the worker gave up'
          : 'read here: a quoted cell spans it';
      process.stderr.write(`kzpay: debug: ${label} read in two parts, the second from byte ${split.start} (${how})\n`);
    }
    if (part) reader.absorb(part);
    else await reader.feed(fileChunks(path!, split.start));
    return reader.finish();
  } finally {
    worker.stop();
  }
}

/**
 * Where a file is split between two threads: the end of its header line, and the start of the line the worker reads
 * from; undefined when the file is to be read by one thread (small, not a file, one core, a header hard to find).
 */
function splitOf(path: string): { head: number; start: number } | undefined {
  if (process.env.KZPAY_THREADS === '1' || availableParallelism() < 2) return undefined;
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile() || stat.size < PARALLEL_MIN) return undefined;
    size = stat.size;
  } catch {
    return undefined;
  }
  const fd = openSync(path, 'r');
  try {
    const head = headerEnd(bytesAt(fd, 0, HEAD_MAX));
    if (head < 0) return undefined;
    const from = Math.max(head, Math.floor(size * (1 - WORKER_SHARE)));
    const lf = bytesAt(fd, from, HEAD_MAX).indexOf(0x0a);
    if (lf < 0 || from + lf + 1 >= size) return undefined;
    const start = from + lf + 1;
    // One thread checks the whole chunk that holds `start` (UTF-8, no NUL) before it reads the chunk's lines; this
    // thread checks only the bytes before it. A bad byte after it, reported first by one thread before a problem on
    // a line before it, is left to one thread.
    if (!chunkIsText(bytesAt(fd, start, chunkEnd(start) - start))) return undefined;
    return { head, start };
  } finally {
    closeSync(fd);
  }
}

function bytesAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  return buf.subarray(0, readSync(fd, buf, 0, length, position));
}

/**
 * The index just past the LF that ends the header line in the first bytes of a file: the first line that is not
 * blank or a `#` comment. -1 when there is no such line, or it has a quote or a CR alone (read by one thread).
 */
function headerEnd(bytes: Buffer): number {
  let start = 0;
  for (let lf = bytes.indexOf(0x0a); lf >= 0; lf = bytes.indexOf(0x0a, start)) {
    const line = bytes.toString('utf8', start, lf).replace(/^\ufeff/, '');
    if (/\r(?!$)/.test(line) || line.includes('"')) return -1;
    const text = line.trim();
    // A row of delimiters alone (a spreadsheet's blank row) is blank, as the reader has it.
    if (text !== '' && text[0] !== '#' && /[^,;\t\s]/.test(text)) return lf + 1;
    start = lf + 1;
  }
  return -1;
}

/** The end of the chunk of a one-thread read (READ_CHUNK bytes from the start of the file) that holds byte `at`. */
function chunkEnd(at: number): number {
  return (Math.floor(at / READ_CHUNK) + 1) * READ_CHUNK;
}

/**
 * The bytes of a file from `start` (to `end`), in the chunks one thread reads them in from the start of the file:
 * each is checked before its lines are read, so the same chunks report the same one of two problems close together.
 */
async function* fileChunks(path: string, start: number, end?: number): AsyncGenerator<Uint8Array> {
  const cut = chunkEnd(start);
  if (start % READ_CHUNK !== 0 && (end === undefined || cut < end)) {
    yield* fileBytes(path, start, cut);
    yield* fileBytes(path, cut, end);
  } else yield* fileBytes(path, start, end);
}

async function* fileBytes(path: string, start: number, end?: number): AsyncGenerator<Uint8Array> {
  if (end !== undefined && end <= start) return;
  const stream = createReadStream(path, {
    start,
    end: end === undefined ? undefined : end - 1,
    highWaterMark: READ_CHUNK,
  });
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } finally {
    stream.destroy();
  }
}

/** What the worker is given: the file, its name in messages, the header's end, where its part starts, the options. */
export interface WorkerTask {
  file: string;
  label: string;
  head: number;
  start: number;
  options: unknown;
}

/** A worker reading the part of a file from `start`: its sums, or undefined when it failed for any reason. */
function startWorker(task: WorkerTask): { part: Promise<StaffingPart | undefined>; stop(): void } {
  let stop = () => {};
  const part = (async () => {
    try {
      const { Worker } = await import('node:worker_threads');
      // A small young generation: the reader allocates next to nothing a row, and the second heap stays small
      // (peak RSS of a 1 000 000-row fund 80 MB, against 70 on one thread; 84 MB with V8's default).
      const worker = new Worker(new URL('./staffing-worker.js', import.meta.url), {
        workerData: task,
        resourceLimits: { maxYoungGenerationSizeMb: 2 },
      });
      stop = () => void worker.terminate();
      return await new Promise<StaffingPart | undefined>((resolve) => {
        worker.once('message', (m: StaffingPart | null) => resolve(m ?? undefined));
        worker.once('error', () => resolve(undefined));
        worker.once('exit', () => resolve(undefined));
      });
    } catch {
      return undefined;
    }
  })();
  return { part, stop: () => stop() };
}

/** Reads the part of a file that a worker is given (in the worker). */
export async function readPart(task: WorkerTask): Promise<StaffingPart> {
  const reader = new StaffingReader(task.label, {
    ...(unpack(task.options) as StaffingOptions),
    keyLimit: WORKER_KEYS,
  });
  async function* chunks(): AsyncGenerator<Uint8Array> {
    yield* fileChunks(task.file, 0, task.head);
    yield* fileChunks(task.file, task.start);
  }
  await reader.feed(chunks());
  return reader.endPart();
}

/** Marks a Decimal in what is sent to a worker: a structured clone would keep its digits but not its class. */
const DECIMAL = '__kzpayDecimal';

/** A copy of a value that a worker can be sent and unpack: each Decimal as its text; shared objects stay shared. */
export function pack(value: unknown): unknown {
  return copied(value, (o) => (o instanceof Dec ? { [DECIMAL]: o.toString() } : undefined));
}

/** The value that was packed, with its Decimals. */
export function unpack(value: unknown): unknown {
  return copied(value, (o) => (DECIMAL in o ? new Dec((o as Record<string, string>)[DECIMAL]) : undefined));
}

/**
 * A deep copy of a value (objects, arrays, Maps, Sets; functions left out) where `leaf` gives an object's
 * replacement (undefined: copy it); an object met twice is copied once, so shared objects stay shared.
 */
function copied(value: unknown, leaf: (o: object) => unknown, seen = new Map<object, unknown>()): unknown {
  if (typeof value !== 'object' || value === null) return typeof value === 'function' ? undefined : value;
  if (seen.has(value)) return seen.get(value);
  const replaced = leaf(value);
  if (replaced !== undefined) {
    seen.set(value, replaced);
    return replaced;
  }
  const copy = (v: unknown) => copied(v, leaf, seen);
  if (value instanceof Map) {
    const out = new Map();
    seen.set(value, out);
    for (const [k, v] of value) out.set(copy(k), copy(v));
    return out;
  }
  if (value instanceof Set) {
    const out = new Set();
    seen.set(value, out);
    for (const v of value) out.add(copy(v));
    return out;
  }
  const out: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
  seen.set(value, out);
  for (const [k, v] of Object.entries(value)) (out as Record<string, unknown>)[k] = copy(v);
  return out;
}
