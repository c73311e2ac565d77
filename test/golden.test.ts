import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

/**
 * Golden outputs: a command line and its exact output, reviewed as a diff. Their key numbers are checked by hand in
 * test/commands/*.test.ts; these files pin the rest (layout, assumptions, chart). Refresh on purpose with
 * UPDATE_GOLDEN=1 and read the diff.
 */
const CASES: [file: string, args: string[]][] = [
  ['index-2005-2023-low-chart.txt', ['index', '--from', '2005', '--to', '2023', '--range', 'low', '--chart']],
  ['index-2021-2023.csv', ['index', '--from', '2021', '--to', '2023', '--format', 'csv']],
  ['salary-E-G-4-7-chart.txt', ['salary', 'E-G-4', '--years', '7', '--chart']],
];

describe('golden outputs', () => {
  it.each(CASES)('%s', async (file, args) => {
    const r = await runCli(args);
    expect(r.code).toBe(0);
    const path = `${ROOT}test/golden/${file}`;
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, r.stdout);
    // A missing golden file fails: it is written only on purpose, then read as a diff in review.
    expect(existsSync(path), `${file} is missing: write it with UPDATE_GOLDEN=1 and review it`).toBe(true);
    expect(r.stdout).toBe(readFileSync(path, 'utf8'));
  });
});
