import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';

/** Runs a bash line with kzpay as `$KZ`; returns stdout, stderr and bash's own exit code. */
function sh(line: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync('bash', ['-c', line], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', KZ: `${process.execPath} ${BIN}` },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('bin/kzpay.js: exit codes a script can rely on', () => {
  it('keeps the command own exit code when the reader closes the pipe first (gaps --strict | true is 1)', () => {
    const r = sh('$KZ gaps --strict | true; echo "rc=$PIPESTATUS"');
    expect(r.stdout).toBe('rc=1\n');
    expect(r.stderr).toMatch(/^kzpay: error: --strict: \d+ rows are not ok/);
    expect(r.stderr).not.toMatch(/EPIPE|at /);
  });

  it('keeps exit 0 and says nothing when a long output meets head -1', () => {
    const r = sh('$KZ salary all --from 2005 --years 7 --format json | head -1; echo "rc=$PIPESTATUS" >&2');
    expect(r.stdout).toBe('{\n');
    expect(r.stderr).toBe('rc=0\n');
  });

  it.each(['csv', 'json', 'md', 'xlsx'])('stops a %s report streamed into head quietly, exit 0', (format) => {
    const r = sh(
      `$KZ salary all --years 60 --inflation 5 --format ${format} | head -c 20 > /dev/null; echo "rc=$PIPESTATUS" >&2`,
    );
    expect(r.stderr).toBe('rc=0\n');
  });

  it('writes the whole of a long report into a pipe that its reader drains late, before it ends', () => {
    // kzpay ends as soon as its output is handed over (bin/kzpay.js): what a full pipe still holds must get through.
    const run = '$KZ salary all --years 60 --inflation 5 --format json';
    const r = sh(`${run} | wc -c; ${run} | (sleep 1; wc -c); echo "rc=\${PIPESTATUS[0]}" >&2`);
    const [direct, late] = r.stdout.trim().split(/\s+/).map(Number);
    expect(direct).toBeGreaterThan(8 * 65536); // eight times a pipe's buffer
    expect(late).toBe(direct);
    expect(r.stderr).toBe('rc=0\n');
  });

  it.each([
    ['a report', 'salary E-G-4'],
    ['the help', '--help'],
    ['the version', '--version'],
  ])('answers a full disk under %s with one line on stderr and exit 4', (_what, args) => {
    const r = sh(`$KZ ${args} > /dev/full`);
    expect(r.code).toBe(4);
    expect(r.stderr).toBe('kzpay: error: cannot write the output: ENOSPC: no space left on device, write\n');
  });
});
