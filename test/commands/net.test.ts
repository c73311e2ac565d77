import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';

type Row = Record<string, string>;
const rowsOf = async (args: string[]) => (await runJson(['net', ...args])).rows as Row[];

// The figures are worked by hand in docs/take-home.md and test/core/take-home.test.ts.
describe('kzpay net', () => {
  it.each([
    ['2024-06', '242769.00', '38580.00'],
    ['2025-06', '243105.00', '45540.00'],
    ['2026-06', '250575.00', '48840.00'],
  ])('takes a gross of 300 000 apart in %s: net %s, employer charges %s', async (date, net, charges) => {
    const [row] = await rowsOf(['300000', '--date', date]);
    expect([row.gross, row.net, row.employer_charges]).toEqual(['300000.00', net, charges]);
  });

  it('finds the gross of 300 000 for a net of 250 575 in June 2026 (--from-net)', async () => {
    const [row] = await rowsOf(['250575', '--date', '2026-06', '--from-net']);
    expect([row.gross, row.net]).toEqual(['300000.00', '250575.00']);
  });

  it('drops the employer pension contribution (10 500 in 2026) for a person born in 1970', async () => {
    const [after] = await rowsOf(['300000', '--date', '2026-06']);
    const [before] = await rowsOf(['300000', '--date', '2026-06', '--born', '1970']);
    expect([after.opvr, before.opvr]).toEqual(['10500.00', '0.00']);
    expect(before.employer_charges).toBe('38340.00');
  });

  it('refuses a month before the data, naming it and the range (exit 3)', async () => {
    const r = await runCli(['net', '300000', '--date', '2023-12']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('the contributions and income tax of 2023-12 are unknown: the data covers 2024-01 on');
  });

  it('reads the month from the clock without --date, and says so', async () => {
    const doc = await runJson(['net', '300000']);
    const now = new Date();
    const month = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
    expect(doc.assumptions.some((a: string) => a.startsWith(`month ${month}: the current month, from the clock`))).toBe(
      true,
    );
  });

  it('shows one amount in a table as a column of items, each with its rate and base', async () => {
    const r = await runCli(['net', '300000', '--date', '2024-06']);
    expect(r.stdout).toMatch(/│ SO \(social contributions\)\s+│\s+3\.50 │ 270 000 │\s+9 450 │/);
    expect(r.stdout).toMatch(/│ take-home pay\s+│\s+│\s+│ 242 769 │/);
  });

  it('refuses options that change nothing here (--grid) and a gross that is not an amount', async () => {
    expect((await runCli(['net', '300000', '--grid', 'x.csv'])).code).toBe(2);
    expect((await runCli(['net', '0', '--date', '2026-06'])).code).toBe(2);
    expect((await runCli(['net', '1.005', '--date', '2026-06'])).code).toBe(2);
  });
});
