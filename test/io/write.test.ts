import { build } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../src/io/write.js';
import { BIN, ROOT, spawnCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const fresh = () => tempDir('write');
const HEADER = 'code,year,experience,salary,raise_pct';

/** The writer alone, bundled once for a process of its own (the CLI's bundles export nothing but main). */
let writerBundle: Promise<string> | undefined;

/**
 * writeFileAtomic in a process of its own, writing to `out` what the expression `chunks` gives (after the statements
 * `setup`): the child, and its end (the signal that ended it, if one did).
 */
async function spawnWriter(out: string, setup: string, chunks: string) {
  writerBundle ??= (async () => {
    const bundle = join(fresh(), 'write.mjs');
    await build({
      entryPoints: [`${ROOT}src/io/write.ts`],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: bundle,
    });
    return bundle;
  })();
  const script = `import { writeFileAtomic } from ${JSON.stringify(await writerBundle)};
    ${setup}
    await writeFileAtomic(${JSON.stringify(out)}, ${chunks});`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script]);
  const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_c, s) => resolve(s)));
  return { child, ended };
}

/** Waits (up to 20 s) for the temporary file to appear beside the target, the one other file in `dir`. */
async function temporaryFileIn(dir: string): Promise<void> {
  const start = Date.now();
  while (readdirSync(dir).length < 2 && Date.now() - start < 20000) await new Promise((r) => setTimeout(r, 1));
  expect(readdirSync(dir)).toHaveLength(2);
}

describe('-o FILE is written safely', () => {
  it('keeps the mode of the file it replaces', () => {
    const dir = fresh();
    const out = join(dir, 'out.csv');
    writeFileSync(out, 'old\n');
    chmodSync(out, 0o640);
    expect(spawnCli(['salary', 'E-G-4', '-o', out])).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(out, 'utf8')).toMatch(new RegExp(`^${HEADER}`));
    expect(statSync(out).mode & 0o777).toBe(0o640);
  });

  it('writes through a symbolic link to the file it points at, and keeps the link', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'target.csv'), 'old\n');
    symlinkSync('real/target.csv', join(dir, 'link.csv'));
    expect(spawnCli(['salary', 'E-G-4', '-o', join(dir, 'link.csv')]).code).toBe(0);
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.csv'))).toBe('real/target.csv');
    expect(readFileSync(join(dir, 'real', 'target.csv'), 'utf8')).toMatch(new RegExp(`^${HEADER}`));
    // The temporary file was made beside the real file, and is gone.
    expect(readdirSync(dir).sort()).toEqual(['link.csv', 'real']);
    expect(readdirSync(join(dir, 'real'))).toEqual(['target.csv']);
  });

  it('creates the file a dangling link points at, and keeps the link', async () => {
    const dir = fresh();
    symlinkSync('made.csv', join(dir, 'link.csv'));
    await writeFileAtomic(join(dir, 'link.csv'), 'text\n');
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'made.csv'), 'utf8')).toBe('text\n');
  });

  it('writes a device directly and leaves it a device (-o /dev/null, -o /dev/stdout)', () => {
    expect(spawnCli(['salary', 'E-G-4', '-o', '/dev/null', '--format', 'csv'])).toMatchObject({ code: 0, stdout: '' });
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    const r = spawnCli(['salary', 'E-G-4', '-o', '/dev/stdout', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${HEADER}`));
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
    expect(readdirSync('/dev').filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('writes a named pipe directly, to the process reading it', async () => {
    const dir = fresh();
    const fifo = join(dir, 'pipe.csv');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (d) => (got += d));
    const done = new Promise((resolve) => reader.on('close', resolve));
    const r = spawnSync(process.execPath, [BIN, 'salary', 'E-G-4', '-o', fifo], { cwd: ROOT, encoding: 'utf8' });
    // A writer that replaced the pipe instead of writing it would leave the reader waiting: stop it then.
    const guard = setTimeout(() => reader.kill(), 5000);
    await done;
    clearTimeout(guard);
    expect(r.status).toBe(0);
    expect(got).toMatch(new RegExp(`^${HEADER}`));
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('never follows a link planted at the name a predictable scheme would pick', async () => {
    const dir = fresh();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'untouched\n');
    symlinkSync(victim, join(dir, `.out.csv.tmp-${process.pid}`));
    await writeFileAtomic(join(dir, 'out.csv'), 'new\n');
    expect(readFileSync(victim, 'utf8')).toBe('untouched\n');
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('new\n');
    expect(lstatSync(join(dir, 'out.csv')).isSymbolicLink()).toBe(false);
  });

  it('creates its temporary file exclusively: a link at that very name is an error, not a way out', async () => {
    const dir = fresh();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'untouched\n');
    // The random part of the temporary name, fixed to plant a file where the writer will look.
    vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(a: T) => {
      (a as unknown as Uint8Array).fill(0xab);
      return a;
    });
    symlinkSync(victim, join(dir, `.out.csv.${'ab'.repeat(8)}.tmp`));
    await expect(writeFileAtomic(join(dir, 'out.csv'), 'new\n')).rejects.toThrow(/cannot write the output \(EEXIST\)/);
    expect(readFileSync(victim, 'utf8')).toBe('untouched\n');
    expect(existsSync(join(dir, 'out.csv'))).toBe(false);
  });

  it('writes bytes as well as text', async () => {
    const dir = fresh();
    await writeFileAtomic(join(dir, 'out.bin'), new Uint8Array([0, 255, 10]));
    expect([...readFileSync(join(dir, 'out.bin'))]).toEqual([0, 255, 10]);
  });

  it('leaves no temporary file and the old file as it was when the write fails half way', () => {
    const dir = fresh();
    const out = join(dir, 'out.csv');
    writeFileSync(out, 'old\n');
    // A file size limit of 1 KiB: the write fails with EFBIG after the temporary file is made.
    const r = spawnSync(
      'bash',
      ['-c', `trap '' XFSZ; ulimit -f 1; exec "$0" "$@"`, process.execPath, BIN, 'salary', 'all', '-o', out],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot write the output \(EFBIG\)/);
    expect(readdirSync(dir)).toEqual(['out.csv']);
    expect(readFileSync(out, 'utf8')).toBe('old\n');
  });

  it('writes a body that comes in pieces, and keeps the old file when making the body fails half way', async () => {
    const dir = fresh();
    const out = join(dir, 'out.csv');
    await writeFileAtomic(
      out,
      (async function* () {
        yield 'a,b\n';
        yield new Uint8Array([0x31, 0x2c, 0x32, 0x0a]);
      })(),
    );
    expect(readFileSync(out, 'utf8')).toBe('a,b\n1,2\n');
    const bad = new Error('bad input met while the rows are made');
    const failing = (async function* () {
      yield 'new,header\n';
      // The temporary file exists now, with the first piece in it.
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
      throw bad;
    })();
    // The body's own error, as it is (not an -o usage error); the old file as it was, no temporary file left.
    await expect(writeFileAtomic(out, failing)).rejects.toBe(bad);
    expect(readFileSync(out, 'utf8')).toBe('a,b\n1,2\n');
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  // No temporary file can be made in /proc, even by root: a usage error naming the target (the clean-up of a
  // temporary file after a failure is the test above).
  it('refuses a folder it cannot write as a usage error naming the target', () => {
    const r = spawnCli(['salary', 'E-G-4', '-o', '/proc/kzpay-out.csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^kzpay: error: -o \/proc\/kzpay-out\.csv: cannot write the output/);
  });

  // `script` (util-linux, on every Debian) gives the run a pseudo-terminal, so that /dev/tty is one.
  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('refuses to write a workbook to a terminal (-o /dev/tty on a pseudo-terminal)', () => {
    const run = `${process.execPath} ${BIN} salary E-G-4 --format xlsx -o /dev/tty; echo exit=$?`;
    const r = spawnSync('script', ['-qec', run, '/dev/null'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout.replace(/\r/g, '')).toBe(
      'kzpay: error: -o /dev/tty is a terminal: a workbook is not for a screen (write it to a file)\nexit=2\n',
    );
  });

  it('removes its temporary file when a signal ends the run during the write', async () => {
    const dir = fresh();
    const out = join(dir, 'out.txt');
    writeFileSync(out, 'old\n');
    const { child, ended } = await spawnWriter(out, '', "'x'.repeat(400e6)");
    // Wait for the temporary file to appear, then interrupt.
    await temporaryFileIn(dir);
    child.kill('SIGTERM');
    expect(await ended).toBe('SIGTERM');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });
});

/** A grid of `n` categories, for an output large enough that its write takes a while. */
function largeGrid(dir: string, n: number): string {
  const lines = ['# generated for a test; not real data', 'code,min,max'];
  for (let i = 0; i < n; i++) lines.push(`C-${i},${60000 + i},${90000 + i}`);
  const path = join(dir, 'grid.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe('-o FILE under a signal', () => {
  // The run is frozen (SIGSTOP) the moment its temporary file appears, so that the signal surely comes before the
  // rename, however fast the machine; then it gets the signal and is let go on.
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
    'leaves the old file as it was and no temporary file when %s comes during the write',
    async (signal) => {
      const dir = fresh();
      const grid = largeGrid(fresh(), 1500);
      const out = join(dir, 'out.csv');
      writeFileSync(out, 'old\n');
      const args = ['salary', 'all', '--years', '40', '--inflation', '5', '--grid', grid, '-o', out];
      let child: ReturnType<typeof spawn> | undefined;
      let stopped = false;
      const watcher = watch(dir, () => {
        if (stopped || !child || readdirSync(dir).length < 2) return;
        stopped = true;
        child.kill('SIGSTOP');
      });
      child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: 'ignore' });
      const ended = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
        child.on('exit', (c, s) => resolve([c, s])),
      );
      const start = Date.now();
      while (!stopped && Date.now() - start < 60000) await new Promise((r) => setTimeout(r, 1));
      watcher.close();
      expect(stopped).toBe(true);
      // The temporary file is there: the run is between its creation and the rename.
      expect(readdirSync(dir)).toHaveLength(2);
      child.kill(signal);
      child.kill('SIGCONT');
      // Ended by the signal (a shell shows 128 + its number), not by finishing the write.
      expect(await ended).toEqual([null, signal]);
      expect(readdirSync(dir)).toEqual(['out.csv']);
      expect(readFileSync(out, 'utf8')).toBe('old\n');
    },
    120000,
  );

  it('leaves the temporary file only while the write is under way: a signal while it waits for a chunk', async () => {
    const dir = fresh();
    const out = join(dir, 'out.txt');
    writeFileSync(out, 'old\n');
    // Chunks that never end: the writer must be waiting on the event loop, where a signal reaches it.
    const chunks =
      "async function* chunks() { for (;;) { yield 'x'.repeat(1000); await new Promise((r) => setTimeout(r, 5)); } }";
    const { child, ended } = await spawnWriter(out, chunks, 'chunks()');
    await temporaryFileIn(dir);
    child.kill('SIGINT');
    expect(await ended).toBe('SIGINT');
    expect(readdirSync(dir)).toEqual(['out.txt']);
    expect(readFileSync(out, 'utf8')).toBe('old\n');
  });
});

describe('-o names', () => {
  it('writes a target whose name is 255 bytes long (the temporary name is no longer)', () => {
    const dir = fresh();
    const name = `${'é'.repeat(125)}a.csv`;
    expect(Buffer.byteLength(name)).toBe(255);
    expect(spawnCli(['salary', 'E-G-4', '-o', join(dir, name)])).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readdirSync(dir)).toEqual([name]);
    expect(readFileSync(join(dir, name), 'utf8')).toMatch(new RegExp(`^${HEADER}`));
  });

  it("refuses -o '' as a usage error", () => {
    const r = spawnCli(['salary', 'E-G-4', '-o', '']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/^kzpay: error: -o needs a file name/);
  });

  it('takes -o - as standard output, and makes no file named -', () => {
    const dir = fresh();
    const r = spawnCli(['salary', 'E-G-4', '--format', 'csv', '-o', '-'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${HEADER}`));
    expect(readdirSync(dir)).toEqual([]);
  });
});
