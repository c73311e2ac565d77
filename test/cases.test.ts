import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliResult, ROOT, runCli, spawnCli } from './helpers/cli.js';

/**
 * Golden cases, one folder each: test/cases/<command>/<name>/ holds `cmd` (the arguments after `kzpay`), `expout`
 * (exact stdout), `experr` (exact stderr, only when not empty), `exit` (only when not 0) and optionally `stdin`.
 * A case whose output is known to be wrong holds a `pending` file saying why: its expected files hold the right
 * output, the test expects the run to differ from them, and UPDATE_CASES=1 leaves it alone.
 * Refresh on purpose with UPDATE_CASES=1 and read the diff; see test/cases/README.md.
 */
const CASES_DIR = join(ROOT, 'test/cases');
const UPDATE = process.env.UPDATE_CASES === '1';

interface Case {
  /** `<command>/<name>`, as the folder is named. */
  name: string;
  dir: string;
}

function listCases(): Case[] {
  const cases: Case[] = [];
  for (const command of readdirSync(CASES_DIR, { withFileTypes: true })) {
    if (!command.isDirectory()) continue;
    for (const c of readdirSync(join(CASES_DIR, command.name), { withFileTypes: true })) {
      if (c.isDirectory())
        cases.push({ name: `${command.name}/${c.name}`, dir: join(CASES_DIR, command.name, c.name) });
    }
  }
  return cases.sort((a, b) => a.name.localeCompare(b.name));
}

/** Splits a `cmd` line on spaces; a double-quoted part is one argument and may hold spaces (no escapes). */
function splitCmd(line: string): string[] {
  const args: string[] = [];
  let current = '';
  let inArg = false;
  let quoted = false;
  for (const ch of line.trim()) {
    if (ch === '"') {
      quoted = !quoted;
      inArg = true;
    } else if (ch === ' ' && !quoted) {
      if (inArg) args.push(current);
      current = '';
      inArg = false;
    } else {
      current += ch;
      inArg = true;
    }
  }
  if (quoted) throw new Error(`unbalanced double quote in cmd: ${line}`);
  if (inArg) args.push(current);
  return args;
}

const read = (dir: string, file: string): string | undefined =>
  existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : undefined;

/** Runs a case in-process, or as a real process when it feeds standard input (read from fd 0 by the loaders). */
async function runCase(c: Case): Promise<CliResult> {
  const args = splitCmd(read(c.dir, 'cmd') ?? '');
  const stdin = read(c.dir, 'stdin');
  return stdin === undefined ? runCli(args) : spawnCli(args, { input: stdin });
}

function writeExpected(c: Case, r: CliResult): void {
  writeFileSync(join(c.dir, 'expout'), r.stdout);
  const optional: [string, string][] = [
    ['experr', r.stderr],
    ['exit', r.code === 0 ? '' : `${r.code}\n`],
  ];
  for (const [file, text] of optional) {
    if (text === '') rmSync(join(c.dir, file), { force: true });
    else writeFileSync(join(c.dir, file), text);
  }
}

const CASES = listCases();

describe('golden cases', () => {
  // Relative fixture paths in `cmd` and the file names in the messages are those of the repository root.
  it('runs from the repository root', () => {
    expect(join(process.cwd(), '/')).toBe(ROOT);
  });

  it('finds every case folder with a cmd and an expout', () => {
    expect(CASES.length).toBeGreaterThan(0);
    for (const command of readdirSync(CASES_DIR, { withFileTypes: true })) {
      if (!command.isDirectory()) continue;
      for (const c of readdirSync(join(CASES_DIR, command.name))) {
        const dir = join(CASES_DIR, command.name, c);
        expect(existsSync(join(dir, 'cmd')), `${command.name}/${c} has no cmd`).toBe(true);
        // A missing expout fails: it is written only by UPDATE_CASES=1, then read as a diff in review.
        if (!UPDATE) expect(existsSync(join(dir, 'expout')), `${command.name}/${c} has no expout`).toBe(true);
      }
    }
  });

  const check = async (c: Case, update: boolean) => {
    const r = await runCase(c);
    if (update) writeExpected(c, r);
    const expout = read(c.dir, 'expout');
    expect(expout, `${c.name}/expout is missing: write it with UPDATE_CASES=1 and review it`).toBeDefined();
    expect(r.stdout).toBe(expout);
    expect(r.stderr).toBe(read(c.dir, 'experr') ?? '');
    expect(r.code).toBe(Number((read(c.dir, 'exit') ?? '0').trim()));
  };
  const pending = (c: Case) => existsSync(join(c.dir, 'pending'));

  it.each(CASES.filter((c) => !pending(c)))('$name', (c) => check(c, UPDATE));

  // When one of these starts to pass, the fix has landed: delete its `pending` file.
  it.fails.each(CASES.filter(pending))('$name (pending: the output is not yet right)', (c) => check(c, false));

  it.each(CASES.filter((c) => /--format json\b/.test(read(c.dir, 'cmd') ?? '')))('$name prints JSON', (c) => {
    const expout = read(c.dir, 'expout') ?? '';
    // A JSON case that fails prints nothing on stdout; one that succeeds prints a document.
    if (expout !== '') expect(() => JSON.parse(expout)).not.toThrow();
  });
});

describe('splitCmd', () => {
  it.each([
    ['salary E-G-4 --years 2', ['salary', 'E-G-4', '--years', '2']],
    ['  fund  -  --by code ', ['fund', '-', '--by', 'code']],
    ['fund "my staffing.csv" --by ""', ['fund', 'my staffing.csv', '--by', '']],
    ['', []],
  ])('splits %j', (line, args) => {
    expect(splitCmd(line)).toEqual(args);
  });
});
