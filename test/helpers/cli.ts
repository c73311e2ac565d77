import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
// The bundle that bin/kzpay.js runs (npm test builds it first), so that the tests run what users run.
// @ts-expect-error: dist/ is built JavaScript without type declarations
import { main } from '../../dist/cli.cjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = ROOT + 'bin/kzpay.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs kzpay in-process (fast): no colour, not a terminal, env as given. */
export async function runCli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdoutIsTTY: false,
    env,
    writeErr: (s) => (stderr += s),
    writeOut: (s) => (stdout += s),
    stdout: async (s) => {
      stdout += s;
    },
  });
  return { code, stdout, stderr };
}

/** A JSON document's top-level keys, in the order SPEC 4 gives them. */
export const JSON_KEYS = ['command', 'kind', 'schema', 'version', 'inputs', 'assumptions', 'rows', 'summary'];

/** Runs kzpay in-process with --format json and returns the parsed document; fails the test on a non-zero exit. */
export async function runJson(args: string[]): Promise<{
  rows: Record<string, unknown>[];
  summary: Record<string, unknown>;
  assumptions: string[];
  [k: string]: unknown;
}> {
  const r = await runCli([...args, '--format', 'json']);
  if (r.code !== 0) throw new Error(`kzpay ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** Runs the built bin/kzpay.js as a child process (real exit code, stdin, pipes). Needs `npm run build` first. */
export function spawnCli(
  args: string[],
  opts: { input?: string; cwd?: string; env?: Record<string, string>; timeout?: number } = {},
): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: opts.input ?? '',
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    encoding: 'utf8',
    timeout: opts.timeout,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
