import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

// A staffing file of 4 MB or more is read by two threads on a machine of two cores (src/io/staffing-parallel.ts).
// Whatever happens at the split, the output and the errors are those of one thread (KZPAY_THREADS=1), byte for byte.

const dir = tempDir('fund-parallel');
const CODES = ['E-R-1', 'E-G-4', 'E-1', 'D-1', 'D-O-3', 'X-7'];

/** Rows of a staffing file, the same on every run: units in Latin and Cyrillic, half years, own salaries. */
function rows(n: number, seed: number): string[] {
  let x = seed;
  const next = (m: number) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % m;
  };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const code = CODES[next(CODES.length)];
    const salary = code === 'X-7' || next(2) === 0 ? `${60000 + next(190000)}.${next(10)}${next(10)}` : '';
    const unit = next(3) === 0 ? `Бөлім ${next(300)}` : `Unit ${next(300)}`;
    const savings = code === 'X-7' ? '3' : next(10) === 0 ? '2.25' : '';
    out.push(`${code},${1 + next(3)},${next(30)}${next(2) ? '.5' : ''},${salary},${unit},${savings}`);
  }
  return out;
}

const HEADER = '# generated: not real data\ncode,headcount,experience,salary,unit,savings_salaries';

function write(name: string, lines: string[], eol = '\n'): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join(eol) + eol);
  return path;
}

/**
 * The run on two threads and on one, with what the two-thread run says of its split (KZPAY_DEBUG=1); `{out}` in the
 * arguments is a file of each run's own.
 */
function both(args: string[]) {
  const out = (name: string) => args.map((a) => (a === '{out}' ? join(dir, `${name}.csv`) : a));
  const two = spawnCli(out('two'), { env: { KZPAY_DEBUG: '1' } });
  const one = spawnCli(out('one'), { env: { KZPAY_THREADS: '1' } });
  const split = two.stderr.match(/^kzpay: debug: .*$/m)?.[0] ?? '';
  return { two: { ...two, stderr: two.stderr.replace(/^kzpay: debug: .*\n/m, '') }, one, split };
}

describe('fund on a large file read by two threads', { timeout: 120_000 }, () => {
  it('gives the output of one thread, by unit, code and group, in csv and json', () => {
    const file = write('plain.csv', [HEADER, ...rows(180_000, 7)], '\r\n');
    for (const args of [
      ['fund', file, '--format', 'csv'],
      ['fund', file, '--by', 'code', '--format', 'json', '--years', '2'],
      ['fund', file, '--by', 'group', '--raise', '2027-01-01:10:code=X-7', '--format', 'csv'],
    ]) {
      const { one, two, split } = both(args);
      expect(one.stderr).toBe('');
      expect(one.code).toBe(0);
      expect(split).toMatch(/read in two parts, the second from byte \d+ \(its sums added\)/);
      expect(two).toEqual(one);
    }
  });

  it('reports an error in the second part as one thread does, at its line', () => {
    const lines = [HEADER, ...rows(180_000, 11)];
    // A code of neither the grid nor a salary. HEADER is two lines (a comment, the header): this is line 170 002.
    lines[170_000] = 'Q-9,1,,,Unit 1,';
    const file = write('bad.csv', lines);
    const { one, two, split } = both(['fund', file, '--format', 'csv']);
    expect(split).toMatch(/\(read here: the worker gave up\)/);
    expect(one).toEqual({ code: 3, stdout: '', stderr: expect.stringContaining('bad.csv:170002: column code') });
    expect(two).toEqual(one);
  });

  // Kept by both threads, very many keys would cost more memory than the second thread saves time.
  it('reads the rest on one thread when the second part has very many keys', () => {
    const lines = [HEADER, ...rows(180_000, 17).map((l, i) => l.replace(/,(Unit|Бөлім) \d+,/, `,Unit ${i},`))];
    const file = write('units.csv', lines);
    // Written with -o: 180 000 keys are more than a pipe's buffer here holds.
    const [oneOut, twoOut] = [join(dir, 'one.csv'), join(dir, 'two.csv')];
    const { one, two, split } = both(['fund', file, '-o', '{out}']);
    expect(one.code).toBe(0);
    expect(split).toMatch(/\(read here: the worker gave up\)/);
    expect(two).toEqual(one);
    const written = readFileSync(oneOut, 'utf8');
    expect(written.split('\n').length).toBeGreaterThan(180_000);
    expect(readFileSync(twoOut, 'utf8')).toBe(written);
  });

  // One thread checks each chunk of 64 KiB (UTF-8, no NUL) before it reads its lines: of a row that is wrong and a bad
  // byte a little after it in the same chunk, it reports the bad byte. Two threads report the same.
  it('reports a bad byte just after the split before a wrong row just before it, as one thread does', () => {
    const text = Buffer.from([HEADER, ...rows(180_000, 19)].join('\n') + '\n');
    // Where the split is looked for (55% of the file) and the line the second part would start at.
    const start = text.indexOf(0x0a, Math.floor(text.length * 0.55)) + 1;
    const rowStart = (before: number) => text.lastIndexOf(0x0a, before - 2) + 1;
    const wrong = rowStart(start); // the last row before the split: its headcount (one digit) made `x`
    const bad = text.indexOf(0x2c, start) + 1; // the first row after: the first byte of its headcount made 0xff
    expect(Math.floor(wrong / 65_536)).toBe(Math.floor(bad / 65_536));
    text[text.indexOf(0x2c, wrong) + 1] = 0x78;
    text[bad] = 0xff;
    const file = join(dir, 'bad-byte.csv');
    writeFileSync(file, text);
    const line = text.subarray(0, bad).toString('latin1').split('\n').length;
    const { one, two } = both(['fund', file, '--format', 'csv']);
    expect(one.stderr).toContain(`bad-byte.csv:${line}:${bad - rowStart(bad + 1) + 1}: the file is not UTF-8 text`);
    expect(two).toEqual(one);
  });

  // The same where the second part is read here (a quoted cell spans the split): in the chunks of one thread.
  it('reads the rest here in the chunks of one thread, and so reports the same of two problems', () => {
    const body = rows(180_000, 23);
    const quoted = `E-1,1,,,"${'a line of a long unit name\n'.repeat(2000)}",`;
    const sizes = body.map((l) => Buffer.byteLength(l) + 1);
    const total = Buffer.byteLength(HEADER) + 1 + sizes.reduce((a, b) => a + b, 0) + Buffer.byteLength(quoted) + 1;
    let before = Buffer.byteLength(HEADER) + 1;
    let k = 0;
    while (before + sizes[k] < total * 0.55 - Buffer.byteLength(quoted) / 2) before += sizes[k++];
    const text = Buffer.from([HEADER, ...body.slice(0, k), quoted, ...body.slice(k)].join('\n') + '\n');
    const start = text.indexOf(0x0a, Math.floor(text.length * 0.55)) + 1;
    // A chunk read from `start` would end at `at`, inside one of 64 KiB from the start of the file: a wrong row
    // ending before it, a bad byte after it.
    const at = start + 3 * 65_536;
    const wrong = text.lastIndexOf(0x0a, text.lastIndexOf(0x0a, at - 1) - 1) + 1;
    const bad = text.indexOf(0x2c, at) + 1;
    expect(Math.floor(wrong / 65_536)).toBe(Math.floor(bad / 65_536));
    text[text.indexOf(0x2c, wrong) + 1] = 0x78;
    text[bad] = 0xff;
    const file = join(dir, 'bad-byte-quoted.csv');
    writeFileSync(file, text);
    const { one, two, split } = both(['fund', file, '--format', 'csv']);
    expect(split).toMatch(/\(read here: a quoted cell spans it\)/);
    expect(one.stderr).toContain('bad-byte-quoted.csv:');
    expect(one.stderr).toContain('the file is not UTF-8 text');
    expect(two).toEqual(one);
  });

  it('reads the rest on one thread when a quoted cell spans the split', () => {
    const body = rows(180_000, 13);
    // A unit of 2 000 lines, placed so that 55% of the file (where the split is looked for) falls inside it.
    const quoted = `E-1,1,,,"${'a line of a long unit name\n'.repeat(2000)}",`;
    const sizes = body.map((l) => Buffer.byteLength(l) + 1);
    const total = Buffer.byteLength(HEADER) + 1 + sizes.reduce((a, b) => a + b, 0) + Buffer.byteLength(quoted) + 1;
    let before = Buffer.byteLength(HEADER) + 1;
    let k = 0;
    while (before + sizes[k] < total * 0.55 - Buffer.byteLength(quoted) / 2) before += sizes[k++];
    const file = write('quoted.csv', [HEADER, ...body.slice(0, k), quoted, ...body.slice(k)]);
    const { one, two, split } = both(['fund', file, '--format', 'csv']);
    expect(one.code).toBe(0);
    expect(split).toMatch(/\(read here: a quoted cell spans it\)/);
    expect(two).toEqual(one);
  });
});
