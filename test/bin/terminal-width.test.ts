import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/box.js';
import { BIN, ROOT } from '../helpers/cli.js';

/**
 * kzpay on a real pseudo-terminal of a given width, as a reader sees it: `script` (util-linux) gives the command a
 * terminal, `stty cols` its width. The commands of the report that found tables and help breaking an 80-column
 * terminal, each in the three locales.
 */
const COMMANDS = [
  'data grid',
  'data raises',
  'data params',
  'salary all --years 1',
  'salary D-1',
  'gaps --propose',
  'gaps',
  'fund',
  'index',
  'net 300000 --date 2026-06',
  '--help',
  'salary --help',
  'fund --help',
  'net 300000 200000 --date 2024-06 --born 1970',
  'net --help',
];
const LOCALES = ['en', 'ru', 'kk'];
const MARK = '@@kzpay-exit ';

/** The environment without what says whether to colour, so that each test says it itself. */
function withoutColourVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NO_COLOR: _n, FORCE_COLOR: _f, TERM: _t, ...rest } = env;
  return rest;
}

/** Each command's output on a terminal `cols` wide, with its exit code: one `script` session for them all. */
function onTerminal(
  cols: number,
  runs: string[],
  env: Record<string, string> = { NO_COLOR: '1', TERM: 'xterm' },
): { run: string; code: number; lines: string[] }[] {
  const line = runs.map((r) => `${process.execPath} ${BIN} ${r}; echo "${MARK}$?"`).join('; ');
  const r = spawnSync('script', ['-qec', `stty cols ${cols}; ${line}`, '/dev/null'], {
    cwd: ROOT,
    input: '',
    encoding: 'utf8',
    env: { ...withoutColourVariables(process.env), ...env },
    maxBuffer: 64 << 20,
  });
  if (r.error) throw new Error(`script (util-linux) is needed to run kzpay on a pseudo-terminal: ${r.error.message}`);
  // The terminal ends lines with CR LF; colour codes (none are expected with NO_COLOR) take no columns.
  const plain = env.KEEP_ESCAPES ? r.stdout : r.stdout.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
  const lines = plain.replace(/\r\n/g, '\n').split('\n');
  const out: { run: string; code: number; lines: string[] }[] = [];
  let current: string[] = [];
  for (const l of lines) {
    if (!l.startsWith(MARK)) current.push(l);
    else {
      out.push({ run: runs[out.length], code: Number(l.slice(MARK.length)), lines: current });
      current = [];
    }
  }
  expect(out).toHaveLength(runs.length);
  return out;
}

describe('kzpay on a terminal', () => {
  const runs = COMMANDS.flatMap((c) => LOCALES.map((l) => `${c} --locale ${l}`));

  it.each([80, 60])(
    'prints no line wider than %i columns, for every command in en, ru and kk',
    (cols) => {
      for (const { run, code, lines } of onTerminal(cols, runs)) {
        expect(code, run).toBe(0);
        expect(lines.length, run).toBeGreaterThan(10);
        const widest = Math.max(...lines.map(displayWidth));
        const shown = `${run} at ${cols} columns: ${lines.find((l) => displayWidth(l) === widest)}`;
        expect(widest, shown).toBeLessThanOrEqual(cols);
      }
    },
    180_000,
  );

  it('deals a table too wide into tables that each repeat the key columns, and folds long text in its cell', () => {
    const [grid] = onTerminal(80, ['data grid']);
    const heads = grid.lines.filter((l) => l.startsWith('│ code '));
    expect(heads.length).toBeGreaterThan(1);
    // Each table starts with the code and shows the title beside it; the longest title runs over several lines.
    for (const head of heads) expect(head).toMatch(/^│ code +│(.*│)? title +│/);
    const e1 = grid.lines.findIndex((l) => l.startsWith('│ E-1 '));
    expect(grid.lines[e1]).toContain('Deputy akim of a');
    expect(grid.lines[e1 + 1]).toMatch(/^│ +│/);
  }, 60_000);

  it.each([
    ['TERM=xterm', true, { TERM: 'xterm' }],
    ['TERM=dumb', false, { TERM: 'dumb' }],
    ['FORCE_COLOR=0', false, { TERM: 'xterm', FORCE_COLOR: '0' }],
    ['NO_COLOR=1', false, { TERM: 'xterm', NO_COLOR: '1' }],
  ])(
    'with %s, colours the table: %s',
    (_name, coloured, env) => {
      const [r] = onTerminal(80, ['salary E-G-4 --years 1'], { ...env, KEEP_ESCAPES: '1' });
      expect(r.code).toBe(0);
      expect(r.lines.join('\n').includes('\u001b[')).toBe(coloured);
    },
    60_000,
  );
});
