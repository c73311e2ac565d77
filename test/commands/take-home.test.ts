import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

type Row = Record<string, string>;
const tmp = () => tempDir('take-home');

describe('kzpay salary --net --charges', () => {
  it("takes E-G-4's 62 461 of 2024 apart: net 54 933 a month, employer charges 8 033", async () => {
    // opv 6 246.1 → 6 246, vosms 1 249.22 → 1 249; under 25 MRP (92 300) the 90% adjustment: taxable (62 461 −
    // 7 495 − 51 688) × 10% = 327.8 → 328, ipn 32.8 → 33; net 54 933, the same each month of 2024 (12 × = 659 196).
    // Employer: opvr 1.5% = 936.915 → 937; so on 1 MW (56 215 is under 85 000) × 3.5% = 2 975; oosms 1 873.83 →
    // 1 874; social tax 9.5% × 54 966 = 5 221.77 → 5 222 − 2 975 = 2 247; charges 8 033; a year 12 × (62 461 + 8 033).
    const doc = await runJson(['salary', 'E-G-4', '--years', '1', '--net', '--charges']);
    const [y2024] = doc.rows as Row[];
    expect(y2024).toMatchObject({
      net: '54933.00',
      net_year: '659196.00',
      employer_charges: '8033.00',
      labour_cost_year: String(12 * (62461 + 8033)) + '.00',
    });
    // December's net in January 2024's prices: 54 933 × P(2024-01) / P(2024-12), as salary_real deflates 62 461.
    const ratio = Number(y2024.salary_real) / 62461;
    expect(Math.abs(Number(y2024.net_real) - 54933 * ratio)).toBeLessThan(0.01);
  });

  it("counts the year's taxable income toward the 15% band: 4 000 000 a month crosses it in 2026-11", async () => {
    // taxable 3 436 250 a month; ipn 343 625 for January-October, 395 438 in November, 515 438 in December
    // (test/core/take-home.test.ts): 4 347 126 a year; net_year 12 × (4 000 000 − 434 000) − 4 347 126.
    const grid = join(tmp(), 'grid.csv');
    writeFileSync(grid, 'code,min,effective\nH-1,4000000,2026-01-01\n');
    const [row] = (await runJson(['salary', 'H-1', '--grid', grid, '--years', '0', '--net'])).rows as Row[];
    expect([row.net, row.net_year]).toEqual(['3050562.00', '38444874.00']);
  });

  it('refuses a year before the contributions data (exit 3), and --params without --net or --charges', async () => {
    const before = await runCli(['salary', 'E-G-4', '--from', '2023', '--net']);
    expect(before.code).toBe(3);
    expect(before.stderr).toContain('of 2023-01 are unknown: the data covers 2024-01 on');
    const flag = await runCli(['salary', 'E-G-4', '--params', 'fixtures/params-kz.csv']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--params changes nothing without --net or --charges');
    expect((await runCli(['index', '--net'])).code).toBe(2);
  });
});

describe('kzpay fund --charges', () => {
  const staffing = (text: string) => {
    const file = join(tmp(), 'staffing.csv');
    writeFileSync(file, text);
    return file;
  };
  const rowsOf = async (args: string[]) => (await runJson(['fund', ...args])).rows as Row[];

  it('charges each person on the month salary plus a twelfth of the allowances (worked by hand)', async () => {
    // 300 000 a month outside the grid, no raises: with --medical 2 --bonus 2 --savings 0, G = 300 000 + 4/12 ×
    // 300 000 = 400 000 in each month of 2026: opvr 3.5% = 14 000, opv 40 000, so 5% × 360 000 = 18 000, oosms 3% =
    // 12 000, vosms 8 000, social tax 6% × 352 000 = 21 120; 65 120 a month, 781 440 a year. Born 1970: no opvr,
    // (65 120 − 14 000) × 12 = 613 440.
    const file = staffing('code,salary,born\nX-1,300000,\nX-2,300000,1970\n');
    const rows = await rowsOf([file, '--years', '2', '--by', 'code', '--savings', '0', '--charges']);
    const y2026 = rows.filter((r) => Number(r.year) === 2026);
    expect(y2026.map((r) => [r.key, r.employer_charges])).toEqual([
      ['X-1', '781440.00'],
      ['X-2', '613440.00'],
      ['total', '1394880.00'],
    ]);
    // labour cost = total + charges: 300 000 × 16 + 781 440.
    expect(y2026[0].labour_cost).toBe('5581440.00');
    // Without allowances, G = 300 000: the 38 580, 45 540 and 48 840 of net 300000, twelve times.
    const plain = await rowsOf([file, '--years', '2', '--by', 'code', '--savings', '0', '--medical', '0']);
    expect(plain[0].employer_charges).toBeUndefined();
    const bare = await rowsOf([
      file,
      '--years',
      '2',
      '--by',
      'none',
      '--savings',
      '0',
      '--medical',
      '0',
      '--bonus',
      '0',
      '--charges',
    ]);
    expect(bare.map((r) => r.employer_charges)).toEqual([
      String((38580 + 38580 - 4500) * 12) + '.00',
      String((45540 + 45540 - 7500) * 12) + '.00',
      String((48840 + 48840 - 10500) * 12) + '.00',
    ]);
  });

  it('makes cost the difference in labour cost with --compare, and says so', async () => {
    const doc = await runJson(['fund', '--years', '4', '--charges', '--indexation', 'cpi@2027', '--compare']);
    const rows = doc.rows as Row[];
    for (const r of rows) expect(r.cost).toBe(r.labour_cost_diff);
    const total = rows.filter((r) => r.row === 'total').reduce((s, r) => s + Number(r.labour_cost_diff), 0);
    expect(Number(doc.summary.cost)).toBeCloseTo(total, 2);
    expect(doc.assumptions.some((a: string) => a.includes('cost = labour_cost_diff (--charges)'))).toBe(true);
  });

  it('sums the same charges while streaming (no scenario) as over the rows kept for a scenario', async () => {
    // A raise after the years shown changes nothing but makes fund keep the rows and work the charges after the read.
    const file = staffing(
      'code,experience,salary,savings_salaries,born,unit,headcount\nE-G-4,3,,,1960,a,2\nE-R-1,,,2.5,,b,1\n' +
        'X-1,,300000.55,1.5,1980,a,3\nE-G-4,12.5,,,,b,1\n',
    );
    const args = [file, '--years', '4', '--charges', '--format', 'json'];
    const streamed = (await runJson(['fund', ...args])).rows as Row[];
    const kept = (await runJson(['fund', ...args, '--raise', '2040-01-01:5'])).rows as Row[];
    expect(kept.map((r) => [r.employer_charges, r.labour_cost_real])).toEqual(
      streamed.map((r) => [r.employer_charges, r.labour_cost_real]),
    );
    expect(streamed.some((r) => r.employer_charges !== '0.00')).toBe(true);
  });

  it('refuses a born cell that is not a year, at its line and column (exit 3)', async () => {
    const r = await runCli(['fund', 'fixtures/invalid/staffing-born-not-a-year.csv', '--charges']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    // born is the third column of the header `code,salary,born`.
    expect(r.stderr).toMatch(/staffing-born-not-a-year\.csv:3: column born \(3rd\): "197O" is not a number/);
  });
});
