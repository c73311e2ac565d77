// Helpers of the benchmark cases that measure memory too: timing child processes with their peak RSS.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { median } from './startup.js';

const TIME = '/usr/bin/time';
const haveTime = existsSync(TIME) && spawnSync(TIME, ['-f', '%M', 'true']).status === 0;
/** How peak RSS is measured, for the printout. */
export const rssMethod = haveTime ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS in the child';

/**
 * Runs a Node script once; returns wall time in ms and the child's peak RSS in MB (from /usr/bin/time, else from a
 * module preloaded into the child that reports its own maxRSS on exit).
 */
export function measure(script, args) {
  const node = process.execPath;
  const argv = haveTime
    ? ['-f', '%M', node, script, ...args]
    : ['--import', new URL('./rss-report.js', import.meta.url).href, script, ...args];
  const started = process.hrtime.bigint();
  const r = spawnSync(haveTime ? TIME : node, argv, {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`node ${script} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const lines = r.stderr.trim().split('\n');
  const kb = Number(lines[lines.length - 1]);
  return { ms, rssMb: kb / 1024 };
}

/**
 * Runs Node scripts `times` times each, interleaved so that a noisy machine moves them together; per script the
 * median wall time and the largest peak RSS.
 */
export function interleaved(cases, times) {
  const runs = cases.map(() => []);
  for (let i = 0; i < times; i++)
    cases.forEach(([script, args], k) => {
      runs[k].push(measure(script, args));
    });
  return runs.map((r) => ({ ms: median(r.map((x) => x.ms)), rssMb: Math.max(...r.map((x) => x.rssMb)) }));
}

/** A seeded generator (mulberry32): the same inputs on every run and machine. */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const fmt = (n, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }).replace(/,/g, ' ');
