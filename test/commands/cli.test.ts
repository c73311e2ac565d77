import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { BIN, ROOT, runCli, spawnCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const pkg = JSON.parse(readFileSync(ROOT + 'package.json', 'utf8'));
const dir = tempDir('cli');

describe('the kzpay command line', () => {
  it('prints its version, on the fast path of bin/kzpay.js and through the parser alike', async () => {
    expect(spawnCli(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect(spawnCli(['-V'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect(await runCli(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it.each([
    [['bogus'], /unknown command 'bogus'/],
    [['salary'], /missing required argument 'code'/],
    [['salary', 'E-G-4', '--format', 'xml'], /--format must be one of table, csv, json, md/],
    [['salary', 'E-G-4', '--range', 'middle'], /--range must be one of low, mid, high/],
    [['salary', 'E-G-4', '--grid-date', '2024-02-30'], /--grid-date must be a real date/],
    [['salary', 'E-G-4', '--prices', '2024-13'], /--prices must be a month YYYY-MM/],
    [['salary', 'E-G-4', '--inflation', 'lots'], /--inflation: "lots" is not a number/],
    [['salary', 'E-G-4', '--experience', '-1'], /--experience must not be negative/],
    [['salary', 'E-G-4', '--from', '2030'], /--from 2030 is after the last year shown \(2029/],
    [['salary', 'E-G-4', '--decimal', 'dot'], /--decimal must be one of auto, comma, point/],
  ])('answers a usage error %j with exit 2 and a message', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^kzpay: error: /);
    expect(r.stderr).toMatch(message);
  });

  it('writes -o FILE in the format its extension names, and nothing to stdout', () => {
    const csv = join(dir, 'e-g-4.csv');
    const json = join(dir, 'e-g-4.json');
    expect(spawnCli(['salary', 'E-G-4', '-o', csv])).toMatchObject({ code: 0, stdout: '' });
    expect(spawnCli(['salary', 'E-G-4', '-o', json])).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(csv, 'utf8').split('\n')[0]).toBe(
      'code,year,experience,salary,raise_pct,seniority_pct,earnings,inflation_pct,' +
        'salary_real,earnings_real,real_change_pct,status',
    );
    expect(JSON.parse(readFileSync(json, 'utf8')).command).toBe('salary');
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('keeps an existing -o file as it was when the run fails', () => {
    const out = join(dir, 'kept.csv');
    writeFileSync(out, 'old contents\n');
    const r = spawnCli(['salary', 'E-G-4', '--years', '10', '-o', out]);
    expect(r.code).toBe(3);
    expect(readFileSync(out, 'utf8')).toBe('old contents\n');
  });

  it('reads a data set from standard input with -', () => {
    const grid = spawnCli(['data', 'grid', '--format', 'csv']).stdout;
    const viaStdin = spawnCli(['salary', 'E-G-4', '--grid', '-', '--format', 'csv'], { input: grid });
    const embedded = spawnCli(['salary', 'E-G-4', '--format', 'csv']);
    expect(viaStdin.stderr).toBe('');
    expect(viaStdin.stdout).toBe(embedded.stdout);
  });

  it('ends quietly when the reader closes the pipe', () => {
    const r = spawnSync(
      'bash',
      ['-c', `node ${BIN} salary all --from 2005 --years 7 | head -n 2; echo "rc=\${PIPESTATUS[0]}" >&2`],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(r.stdout.split('\n')).toHaveLength(3);
    expect(r.stderr).toBe('rc=0\n');
  });

  it('colours a table on a terminal only, never with NO_COLOR, FORCE_COLOR=0, TERM=dumb or --no-color', async () => {
    const run = async (env: Record<string, string>, extra: string[] = []) => {
      let out = '';
      await main(['salary', 'E-G-4', ...extra], {
        stdoutIsTTY: true,
        env,
        writeErr: () => {},
        writeOut: () => {},
        stdout: async (s) => void (out += s),
      });
      return out;
    };
    expect(await run({})).toMatch(/\x1b\[/);
    expect(await run({ TERM: 'xterm-256color', FORCE_COLOR: '1', NO_COLOR: '' })).toMatch(/\x1b\[/);
    expect(await run({ NO_COLOR: '1' })).not.toMatch(/\x1b\[/);
    expect(await run({ FORCE_COLOR: '0' })).not.toMatch(/\x1b\[/);
    expect(await run({ FORCE_COLOR: 'false' })).not.toMatch(/\x1b\[/);
    expect(await run({ TERM: 'dumb' })).not.toMatch(/\x1b\[/);
    // FORCE_COLOR does not colour a pipe: colour is for a terminal only.
    expect((await runCli(['salary', 'E-G-4'], { FORCE_COLOR: '3' })).stdout).not.toMatch(/\x1b\[/);
    expect(await run({}, ['--no-color'])).not.toMatch(/\x1b\[/);
    expect((await runCli(['salary', 'E-G-4'])).stdout).not.toMatch(/\x1b\[/);
  });

  it('reports a bug as an internal error with exit 4, and the stack only with KZPAY_DEBUG=1', async () => {
    const crash = async (env: Record<string, string>) => {
      let err = '';
      const code = await main(['salary', 'E-G-4'], {
        stdoutIsTTY: false,
        env,
        writeErr: (s) => void (err += s),
        writeOut: () => {},
        stdout: async () => {
          throw new TypeError('simulated fault');
        },
      });
      return { code, err };
    };
    const plain = await crash({});
    expect(plain.code).toBe(4);
    expect(plain.err).toMatch(/^kzpay: internal error: simulated fault\n/);
    expect(plain.err).not.toMatch(/at .*\.ts/);
    expect((await crash({ KZPAY_DEBUG: '1' })).err).toMatch(/TypeError: simulated fault\n\s+at /);
  });

  it('builds the CLI so that npx kzpay works (bin points at an executable file)', () => {
    expect(pkg.bin.kzpay).toBe('bin/kzpay.js');
    expect(existsSync(ROOT + 'dist/cli.cjs')).toBe(true);
  });
});

describe('each command takes its own options and no other', () => {
  it.each([
    [['gaps', '--raises', 'nope.csv'], '--raises', ['salary', 'index', 'fund', 'data']],
    [['index', '--prices', '2020-01'], '--prices', ['salary', 'fund']],
    [['data', 'grid', '--years', '3'], '--years', ['salary', 'fund']],
    [['data', 'grid', '--inflation', '5'], '--inflation', ['salary', 'index', 'fund']],
  ])('refuses %j with exit 2 and names the commands that take it', async (args, option, owners) => {
    const r = spawnCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${option} is not an option of kzpay ${args[0]}`);
    expect(r.stderr).toContain(`it goes with ${owners.map((o) => `kzpay ${o}`).join(', ')}`);
  });

  it('says that --as-of is now --grid-date, and gives the same numbers under the new name', async () => {
    const old = await runCli(['salary', 'E-G-4', '--as-of', '2024-01-01']);
    expect(old.code).toBe(2);
    expect(old.stderr).toMatch(/--as-of is now --grid-date/);
    const given = await runCli(['salary', 'E-G-4', '--grid-date', '2024-01-01', '--format', 'csv']);
    const column = await runCli(['salary', 'E-G-4', '--format', 'csv']);
    expect(given.code).toBe(0);
    expect(given.stdout).toBe(column.stdout);
    // The option is read: a later grid date moves the first year shown (the grid year) to 2025.
    const later = await runCli(['salary', 'E-G-4', '--grid-date', '2025-01-01', '--format', 'csv']);
    expect(later.stdout.split('\n')[1]).toMatch(/^E-G-4,2025,0\.00,62461\.00,/);
  });

  it.each([
    [['help', 'salary'], /Usage: kzpay salary/],
    [['help'], /Usage: kzpay/],
  ])('prints the help asked for with %j on stdout and exits 0', async (args, usage) => {
    const r = await runCli(args);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(usage);
  });

  it('prints the help on stderr and exits 2 without a command', () => {
    const r = spawnCli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Usage: kzpay/);
  });

  it('lists only salary options under salary --help, with examples', async () => {
    const r = await runCli(['salary', '--help']);
    expect(r.code).toBe(0);
    for (const own of ['--years', '--experience', '--no-seniority', '--grid-date', '--raise', '--locale']) {
      expect(r.stdout).toContain(own);
    }
    for (const other of ['--basis', '--strict', '--by', '--thousands', '--code', '--born', '--from-net', '--to ']) {
      expect(r.stdout).not.toContain(other);
    }
    expect(r.stdout).toMatch(/Examples:\n {2}kzpay salary E-G-4/);
    // Defaults as a user types them, not as JSON strings.
    expect(r.stdout).toMatch(/\(default: en\)/);
    expect(r.stdout).toMatch(/\(default: mid\)/);
    expect(r.stdout).not.toContain('(default: "');
  });
});

describe('messages on the terminal', () => {
  it('shows the control characters of a bad cell in an error message, never sends them', async () => {
    const file = join(dir, 'evil-grid.csv');
    writeFileSync(file, 'code,min,max\nE-1\u001b]0;pwned\u0007,abc\u001b[2J,200\n');
    const r = await runCli(['salary', 'all', '--grid', file]);
    expect(r.code).toBe(3);
    expect(r.stderr).not.toMatch(/[\u001b\u0007]/);
    expect(r.stderr).toContain('abc␛[2J');
  });
});

describe('options that would change nothing, and -o on a pipe', () => {
  it.each([
    [['data', 'grid', '--raises', 'systems/kz/raises.csv'], /--raises does not change kzpay data grid/],
    [['index', '--grid', 'systems/kz/grid.csv'], /--grid goes with --code or a scenario/],
    [['index', '--grid-date', '2024-01-01'], /--grid-date changes the index only/],
    [['gaps', '--seniority', 'systems/kz/seniority.csv'], /--seniority .* goes with --staffing/],
    [['gaps', '--params', 'systems/kz/params.csv', '--floor', '90000'], /--params gives the minimum wage/],
    [['salary', 'E-G-4', '--raise', '2027-01-01:5', '--compare', '--chart'], /--chart .* does not go with --compare/],
    [['salary', 'E-G-4', '--indexation', '5@1000'], /the first year must be from 1900 to 2200, not 1000/],
    [['index', '--code', 'E-G-44'], /did you mean E-G-4/],
    // A delimiter is one character: two, or a line end, is a usage error (2), not bad data (3).
    [
      ['data', 'grid', '--delimiter', ';;'],
      /--delimiter must be one character other than a quote or a line end, not ";;"/,
    ],
    [['fund', '--delimiter', '\n'], /--delimiter must be one character other than a quote or a line end, not "\\n"/],
  ])('refuses %j with exit 2', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('ends -o /dev/stdout quietly when the reader closes the pipe, and a full device with exit 4', () => {
    const piped = spawnSync(
      'bash',
      ['-c', `node ${BIN} salary all --years 6 -o /dev/stdout --format csv | head -1; echo "exit \${PIPESTATUS[0]}"`],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(piped.stdout).toMatch(/^code,year,experience/);
    expect(piped.stdout).toMatch(/exit 0\n$/);
    expect(piped.stderr).toBe('');
    const full = spawnCli(['salary', 'E-G-4', '-o', '/dev/full', '--format', 'csv']);
    expect(full.code).toBe(4);
    expect(full.stderr).toBe('kzpay: error: cannot write the output to /dev/full: ENOSPC\n');
  });
});
