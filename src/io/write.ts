import {
  close,
  closeSync,
  constants,
  fchmodSync,
  fsync,
  lstatSync,
  openSync,
  readlinkSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  write,
  writeSync,
  type Stats,
} from 'node:fs';
import { createRequire } from 'node:module';
import { constants as osConstants } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { isKzpayError, OutputError, UsageError } from '../core/errors.js';

/** Temporary files that exist right now; a signal removes them before the process ends. */
const liveTemps = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let signalsWatched = false;

function onSignal(signal: NodeJS.Signals): void {
  for (const tmp of liveTemps) removeQuietly(tmp);
  liveTemps.clear();
  // End the way the signal would have ended the process without us (a shell shows 128 + its number).
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
  // Only when the signal is ignored (an inherited SIG_IGN): end anyway, never go on to the rename.
  process.exit(128 + (osConstants.signals[signal] ?? 0));
}

/**
 * From the moment a temporary file exists a signal is ours: the write yields to the event loop between slices (each
 * an asynchronous write), so the handler runs there, removes the file and ends the run before the rename.
 */
function watchSignals(): void {
  if (signalsWatched) return;
  signalsWatched = true;
  for (const s of SIGNALS) process.on(s, onSignal);
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* already gone */
  }
}

/** The file a path names once symbolic links are followed, even when the last link points to nothing yet. */
function followLinks(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    // A dangling link: follow it by hand to the file it would create.
    let p = resolve(path);
    for (let hops = 0; hops < 40; hops++) {
      let isLink: boolean;
      try {
        isLink = lstatSync(p).isSymbolicLink();
      } catch {
        isLink = false;
      }
      if (!isLink) return join(realpathSync(dirname(p)), basename(p));
      p = resolve(dirname(p), readlinkSync(p));
    }
    throw Object.assign(new Error('too many levels of symbolic links'), { code: 'ELOOP' });
  }
}

/** What -o writes: the whole text or bytes, or the pieces a renderer hands on as the rows are made. */
export type Body = string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/** An error of the body's making (bad input met while the rows are made, a bug), not of the writing. */
class BodyError {
  constructor(readonly error: unknown) {}
}

/** The body's pieces, an error in making them marked as the body's own. */
async function* piecesOf(body: Body): AsyncGenerator<string | Uint8Array> {
  if (typeof body === 'string' || body instanceof Uint8Array) {
    yield body;
    return;
  }
  try {
    yield* body;
  } catch (e) {
    throw new BodyError(e);
  }
}

/** Bytes written to a file at a time: small enough that a signal is answered at once, large enough to be cheap. */
const SLICE = 1 << 16;

/** The body's pieces as bytes, in slices of at most SLICE bytes. */
async function* slices(body: Body): AsyncGenerator<Uint8Array> {
  for await (const piece of piecesOf(body)) {
    const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    for (let at = 0; at < bytes.length; at += SLICE) yield bytes.subarray(at, Math.min(at + SLICE, bytes.length));
  }
}

const writeAsync = promisify(write);
const fsyncAsync = promisify(fsync);
const closeAsync = promisify(close);

/** Linux's NAME_MAX: the longest file name, in bytes, that ext4, xfs, btrfs and tmpfs allow. */
const NAME_MAX = 255;

/** `.NAME.RANDOM.tmp`, NAME cut (at a character) so that the whole is no longer than a file name may be. */
function tempName(target: string, random: string): string {
  const suffix = `.${random}.tmp`;
  let name = basename(target);
  const room = NAME_MAX - 1 - Buffer.byteLength(suffix);
  while (Buffer.byteLength(name) > room) name = name.slice(0, name.length - 1);
  // A cut that split a surrogate pair leaves half a character: drop it.
  if (/[\uD800-\uDBFF]$/.test(name)) name = name.slice(0, -1);
  return join(dirname(target), `.${name}${suffix}`);
}

/**
 * Writes `body` to a new, exclusively created, unpredictably named file beside `target`, piece by piece as it is
 * made, then renames it over. Every slice is an asynchronous write, so a signal before the rename is answered
 * (onSignal removes the temporary file): the old file stays.
 */
async function replaceAtomically(target: string, body: Body, mode: number | undefined): Promise<void> {
  const tmp = tempName(target, randomName());
  watchSignals();
  const { O_CREAT, O_EXCL, O_WRONLY, O_NOFOLLOW } = constants;
  // O_EXCL with O_NOFOLLOW: never open a file or a link that someone else put at this name. Opened synchronously, so
  // that no signal can come between the file's creation and its entry in liveTemps.
  const fd = openSync(tmp, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW, 0o666);
  liveTemps.add(tmp);
  try {
    try {
      if (mode !== undefined) fchmodSync(fd, mode);
      for await (const bytes of slices(body)) {
        for (let at = 0; at < bytes.length; ) at += (await writeAsync(fd, bytes, at, bytes.length - at)).bytesWritten;
      }
      await fsyncAsync(fd);
    } finally {
      await closeAsync(fd);
    }
    renameSync(tmp, target);
    liveTemps.delete(tmp);
  } catch (e) {
    removeQuietly(tmp);
    liveTemps.delete(tmp);
    throw e;
  }
}

/** The descriptor a name such as /dev/stdout or /dev/fd/3 stands for, if it is one. */
function descriptorOf(path: string): number | undefined {
  if (path === '/dev/stdout') return 1;
  if (path === '/dev/stderr') return 2;
  const m = /^\/(?:dev|proc\/self)\/fd\/(\d+)$/.exec(path);
  return m ? Number(m[1]) : undefined;
}

/** Writes all of `data` to an open descriptor, waiting out a non-blocking one that is full. */
function writeAll(fd: number, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let at = 0; at < bytes.length; ) {
    try {
      at += writeSync(fd, bytes, at, bytes.length - at);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 5);
    }
  }
}

/** Writes a device, a FIFO or a socket in place. */
async function writeDirectly(path: string, body: Body, opts: WriteOptions): Promise<void> {
  let fd: number;
  let opened = true;
  try {
    fd = openSync(path, constants.O_WRONLY);
  } catch (e) {
    // A socket cannot be opened by name (ENXIO): /dev/stdout under a parent that gave us a socket pair.
    const inherited = descriptorOf(path);
    if ((e as NodeJS.ErrnoException).code !== 'ENXIO' || inherited === undefined) throw e;
    fd = inherited;
    opened = false;
  }
  try {
    if (opts.refuseTerminal && isTerminal(fd)) {
      throw new UsageError(`-o ${path} is a terminal: a workbook is not for a screen (write it to a file)`);
    }
    try {
      for await (const piece of piecesOf(body)) writeAll(fd, piece);
    } catch (e) {
      if (e instanceof BodyError) throw e;
      // A reader that went away (-o /dev/stdout | head) ends the output quietly, as on standard output.
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
      const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      throw new OutputError(`cannot write the output to ${path}: ${code}`);
    }
  } finally {
    if (opened) closeSync(fd);
  }
}

/** How -o writes: `refuseTerminal` for a format that is not for a screen (xlsx). */
export interface WriteOptions {
  refuseTerminal?: boolean;
}

/**
 * Writes a file atomically: a temporary file beside it, then a rename, so a failed run leaves the old file as it was.
 * A symbolic link is written through (the link stays); a device or a FIFO is written directly, never replaced. The
 * body may come in pieces as it is made; an error in making it is thrown as it is, after the temporary file is gone.
 */
export async function writeFileAtomic(path: string, body: Body, opts: WriteOptions = {}): Promise<void> {
  try {
    let existing: Stats | undefined;
    try {
      existing = statSync(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    if (existing && !existing.isFile() && !existing.isDirectory()) {
      // /dev/stdout, /dev/null, a named pipe: a rename would replace the device with a plain file.
      await writeDirectly(path, body, opts);
      return;
    }
    if (existing?.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
    await replaceAtomically(followLinks(path), body, existing ? existing.mode & 0o7777 : undefined);
  } catch (e) {
    if (e instanceof BodyError) throw e.error;
    if (isKzpayError(e)) throw e;
    // The path came from -o: an option value the run cannot use, not bad input data.
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new UsageError(
      `-o ${path}: cannot write the output (${code}); expected a writable file in an existing folder`,
    );
  }
}

/** 16 random hex digits for a temporary name. Web Crypto's global, so a run that writes no file loads no crypto. */
function randomName(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether fd is a terminal. node:tty (and node:net behind it) is loaded only here, when -o writes a workbook. */
function isTerminal(fd: number): boolean {
  const tty = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
  return tty.isatty(fd);
}
