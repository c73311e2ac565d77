import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

/**
 * Golden outputs: a command line and its exact output, reviewed as a diff. The numbers in them were checked by hand
 * (see test/commands/*.test.ts) before the file was first written; refresh on purpose with UPDATE_GOLDEN=1.
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
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, r.stdout);
    expect(r.stdout).toBe(readFileSync(path, 'utf8'));
  });
});
