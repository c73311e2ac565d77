import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runJson, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';
import { workbookTexts } from '../helpers/xlsx.js';

// fixtures/systems/examplia: a fictional system (says so in its system.csv). Annual rates, published rounded to whole
// units (round 0), currency XTS ("crowns"), raises +3% on 2026-01-01 and +2.5% on 2027-01-01 (all grades), CPI 4%
// (2025), 3% (2026), 2% (2027, projection). Grid on 2025-01-01: G3 60 000-69 000, G2 45 000-54 000, G1 30 000-36 001.
// Seniority: every grade equal steps (share 0, 0.25, 0.5, 0.75, 1 from 0, 2, 4, 6, 8 years); G2 a ladder of its own
// (0, 0.1, 0.3, 0.7, 1 from 0, 1, 3, 6, 10 years): unequal steps.
const SYSTEM = 'fixtures/systems/examplia';
const S = ['--system', SYSTEM];
const dir = tempDir('systems');

async function json(args: string[]) {
  const r = await runCli([...args, ...S, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('a pay system of ones own (--system)', () => {
  // Each step = min + share × (max − min), rounded half up to whole units:
  // G1: 30 000 + 0.25 × 6 001 = 31 500.25 → 31 500; + 0.5 × 6 001 = 33 000.5 → 33 001;
  // + 0.75 × 6 001 = 34 500.75 → 34 501.
  // G2 (its own ladder): 45 000 + 0.1 × 9 000 = 45 900; + 0.3 × 9 000 = 47 700; + 0.7 × 9 000 = 51 300; 54 000.
  // G3: 60 000 + 0.25 × 9 000 = 62 250; 64 500; 66 750; 69 000.
  it.each([
    ['G1', '0', '30000.00'],
    ['G1', '2', '31500.00'],
    ['G1', '4', '33001.00'],
    ['G1', '6', '34501.00'],
    ['G1', '8', '36001.00'],
    ['G2', '0', '45000.00'],
    ['G2', '1', '45900.00'],
    ['G2', '2', '45900.00'], // G2's own ladder: still its second step at 2 years (the general one would be its first)
    ['G2', '3', '47700.00'],
    ['G2', '6', '51300.00'],
    ['G2', '10', '54000.00'],
    ['G3', '0', '60000.00'],
    ['G3', '2', '62250.00'],
    ['G3', '4', '64500.00'],
    ['G3', '6', '66750.00'],
    ['G3', '8', '69000.00'],
  ])('pays %s with %s years of service its step at the grid date, rounded: %s', async (code, years, salary) => {
    const out = await json(['salary', code, '--experience', years, '--no-seniority', '--years', '0']);
    expect(out.rows).toHaveLength(1);
    expect(out.rows[0].year).toBe(2025);
    expect(out.rows[0].salary).toBe(salary);
    // Annual rates: a year at a constant rate earns that rate, once.
    expect(out.rows[0].earnings).toBe(salary);
  });

  it('rolls the grid forward by two raises, each salary rounded after each raise, and reads it back', async () => {
    // G1 min: 30 000 × 1.03 = 30 900; × 1.025 = 31 672.5 → 31 673. G1 max: 36 001 × 1.03 = 37 081.03 → 37 081;
    // × 1.025 = 38 008.025 → 38 008. G2: 46 350 → 47 508.75 → 47 509; 55 620 → 57 010.5 → 57 011.
    // G3: 61 800 → 63 345; 71 070 → 72 846.75 → 72 847.
    const csv = await runCli(['data', 'grid', '--at', '2027-01-01', ...S, '--format', 'csv']);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('code,min,max,block,rank,tier,title,effective');
    expect(lines.slice(1)).toEqual([
      'G3,63345.00,72847.00,grades,1,higher,Director,2027-01-01',
      'G2,47509.00,57011.00,grades,2,middle,Officer,2027-01-01',
      'G1,31673.00,38008.00,grades,3,lower,Clerk,2027-01-01',
    ]);
    const file = join(dir, 'grid-2027.csv');
    writeFileSync(file, csv.stdout);
    // Read back as a grid dated 2027-01-01: step 1 of G1 is the published 31 673, the same as the schedule rolled
    // month by month from the 2025 grid.
    const back = await json(['salary', 'G1', '--grid', file, '--years', '0', '--no-seniority']);
    expect(back.rows[0].year).toBe(2027);
    expect(back.rows[0].salary).toBe('31673.00');
    const rolled = await json(['salary', 'G1', '--years', '2', '--no-seniority']);
    expect(rolled.rows.map((r: { salary: string }) => r.salary)).toEqual(['30000.00', '30900.00', '31673.00']);
  });

  it('earns a constant year at its rate, and deflates it by its own CPI', async () => {
    // 2025: 60 000 all year. Monthly price factor g = 1.04^(1/12); in prices of 2025-01, month m is worth
    // 60 000 × g^(1−m); the year's average = 60 000 × (Σ g^−k, k = 0..11) / 12 = 58 934.8178...
    const out = await json(['salary', 'G3', '--years', '0']);
    expect(out.rows[0].earnings).toBe('60000.00');
    expect(out.rows[0].earnings_real).toBe('58934.82');
    expect(out.assumptions.join('\n')).toMatch(/annual rates \(period year in system\.csv\)/);
  });

  it('indexes the raises over its own CPI', async () => {
    // Nominal 1.03, 1.03 × 1.025 = 1.05575; prices 1.03, 1.03 × 1.02 = 1.0506; real 1, 1.05575 / 1.0506 = 1.0049019...
    // CAGR over two years: (1.0049019...)^(1/2) − 1 = 0.2448%.
    const out = await json(['index', '--from', '2026', '--to', '2027']);
    expect(out.rows.map((r: Record<string, string>) => [r.nominal_index, r.price_index, r.real_index])).toEqual([
      ['1.030000', '1.030000', '1.000000'],
      ['1.055750', '1.050600', '1.004902'],
    ]);
    expect(out.summary.real_cagr_pct).toBe('0.2448');
    expect(out.inputs.cpi).toBe(`${SYSTEM}/cpi.csv`);
  });

  it('costs a two-person staffing file at one rate a year, plus the bonus salary of a month', async () => {
    // G1 at 2 years 31 500 (rounded step) + G3 at 0 years 60 000 = 91 500 a year; bonus 1 month = a twelfth:
    // 91 500 × 13 / 12 = 99 125. Real: 99 125 × (Σ g^−k, k = 0..11) / 12 = 97 365.2302...
    const out = await json(['fund']);
    const total = out.rows.find((r: { row: string }) => r.row === 'total');
    expect(total).toMatchObject({ year: 2025, headcount: 2, salary_fund: '99125.00', savings_bonus: '0.00' });
    expect(total.total).toBe('99125.00');
    expect(total.total_real).toBe('97365.23');
  });

  it('rounds the salary of each person after each raise in a fund, as the schedule publishes it', async () => {
    // Two clerks: 2 years (31 500) and 4 years (33 000.5 → 33 001). 2026: 31 500 × 1.03 = 32 445 and 33 001 × 1.03
    // = 33 991.03 → 33 991; 2027: 32 445 × 1.025 = 33 256.125 → 33 256 and 33 991 × 1.025 = 34 840.775 → 34 841.
    // A year costs the sum × 13 / 12: 64 501 → 69 876.08; 66 436 → 71 972.33; 68 097 → 73 771.75 (the sum raised
    // as a whole would give 64 501 × 1.05575 = 68 096.93 in 2027, and 73 771.67).
    const file = join(dir, 'two-clerks.csv');
    writeFileSync(file, 'code,headcount,experience\nG1,1,2\nG1,1,4\n');
    const out = await json(['fund', file, '--years', '2', '--by', 'none']);
    expect(out.rows.map((r: { total: string }) => r.total)).toEqual(['69876.08', '71972.33', '73771.75']);
  });

  it('says nothing of Kazakhstan in any command, format (html and xlsx too) or locale', async () => {
    const commands = [
      ['salary', 'all', '--years', '2'],
      ['index', '--from', '2026', '--to', '2027'],
      ['gaps'],
      ['gaps', '--propose'],
      ['gaps', '--propose', '--staffing', `${SYSTEM}/staffing.csv`],
      ['fund', '--years', '2'],
      ['fund', '--thousands', '--indexation', 'cpi', '--years', '2', '--compare'],
      ['salary', 'G2', '--raise', '2026-07-01:restore=2025-12', '--years', '2', '--compare'],
      ['data', 'system'],
      ['data', 'grid'],
      ['data', 'grid', '--at', '2027-01-01'],
      ['data', 'raises'],
      ['data', 'cpi'],
      ['data', 'seniority'],
      ['data', 'staffing'],
    ];
    const charts = [
      ['salary', 'G1', '--years', '2', '--chart'],
      ['index', '--from', '2026', '--to', '2027', '--chart'],
    ];
    // Take-home pay and employer charges, on the system paid by the month with contributions of its own: 2026 is past
    // its contributions' and params' last change (rates held, said), and one amount is shown as a column of items.
    const MONTHLY = ['--system', 'fixtures/systems/examplia-monthly'];
    const takeHome = [
      ['net', '30000', '--date', '2025-06'],
      ['net', '30000', '45000', '--date', '2026-06'],
      ['net', '25000', '--from-net', '--date', '2025-06'],
      ['salary', 'all', '--net', '--charges', '--years', '1'],
      ['salary', 'G2', '--net', '--years', '1', '--raise', '2026-07-16:10', '--compare'],
      ['fund', '--charges', '--years', '1'],
      ['fund', '--charges', '--years', '1', '--raise', '2026-07-16:10', '--compare'],
      ['data', 'contributions'],
      ['data', 'params'],
    ];
    // The same system with every optional rule in force, so that each of their lines is scanned too: the lower tax
    // base under 25 mrp (25 000), the higher rate above 100 mrp a year, employer pension contributions by year of
    // birth (a staffing table with a born column) and social tax less social contributions.
    const rich = join(dir, 'rich');
    mkdirSync(rich, { recursive: true });
    for (const f of ['system.csv', 'grid.csv', 'raises.csv', 'cpi.csv', 'params.csv', 'seniority.csv']) {
      copyFileSync(join(ROOT, 'fixtures/systems/examplia-monthly', f), join(rich, f));
    }
    const optional = ['ipn_adjust_below_mrp,2025-01-01,25', 'ipn_adjust_share,2025-01-01,0.9'];
    optional.push('ipn_high_rate,2025-01-01,0.15', 'ipn_high_threshold_mrp,2025-01-01,100');
    optional.push('opvr_born_from,2025-01-01,1975', 'social_tax_less_so,2026-01-01,1');
    const own = readFileSync(join(ROOT, 'fixtures/systems/examplia-monthly/contributions.csv'), 'utf8');
    writeFileSync(
      join(rich, 'contributions.csv'),
      `${own.replace('social_tax_less_so,2025-01-01,0\n', '')}${optional.join('\n')}\n`,
    );
    writeFileSync(
      join(rich, 'staffing.csv'),
      'code,headcount,experience,unit,born\nG1,1,2,office,1970\nG2,1,0,office,\n',
    );
    const RICH = ['--system', rich];
    takeHome.push(
      ['net', '20000', '--date', '2025-06', ...RICH],
      ['net', '20000', '45000', '--date', '2025-06', '--born', '1970', ...RICH],
      ['net', '30000', '--date', '2025-06', '--born', '1990', ...RICH],
      ['salary', 'G1', '--net', '--charges', '--years', '1', ...RICH],
      ['fund', '--charges', '--years', '1', ...RICH],
      ['fund', 'fixtures/systems/examplia-monthly/staffing.csv', '--charges', ...RICH],
    );
    const kazakh = [
      /tenge|(?<!\p{L})(тенге|теңге)|KZT/iu,
      /(?<![\d.,])85[ \u00a0\u202f]?000(?![\d])/,
      /-kz\b|systems\/kz|grid-2024|raises-2005|seniority-bands|params-kz|cpi-kz|staffing-example/,
      /akim|Atyrau|Kazakh|Казах|Қазақ|2004 methodology/i,
      // Kazakhstan's names of its contributions, taxes and calculation index, in each language.
      /(?<!\p{L})(OPVR?|VOSMS|OOSMS|OSMS|IPN|MRP|SN|SO)(?!\p{L})/u,
      /(?<!\p{L})(ОПВР?|ВОСМС|ООСМС|ОСМС|ИПН|МРП|СН|СО)(?!\p{L})/u,
      /(?<!\p{L})(Ж?МЗЖ|МӘМС|ЖТС|ӘА|ӘС|АЕК)(?!\p{L})/u,
    ];
    // A workbook is written to a file and read back: its sheets' names and every cell.
    const runs: { args: string[]; locale: string; workbook?: string }[] = [];
    const all = [
      ...commands.map((c) => [...c, ...S]),
      ...takeHome.map((c) => (c.includes('--system') ? c : [...c, ...MONTHLY])),
    ];
    for (const locale of ['en', 'ru', 'kk']) {
      for (const format of ['table', 'csv', 'json', 'md', 'html']) {
        for (const c of all) runs.push({ args: [...c, '--format', format, '--locale', locale], locale });
      }
      all.forEach((c, i) => {
        const workbook = join(dir, `no-kazakh-${locale}-${i}.xlsx`);
        runs.push({ args: [...c, '--locale', locale, '-o', workbook], locale, workbook });
      });
      for (const c of charts) runs.push({ args: [...c, ...S, '--locale', locale], locale });
    }
    for (const { args, locale, workbook } of runs) {
      const r = await runCli(args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      const shown = workbook === undefined ? r.stdout : (await workbookTexts(workbook)).join('\n');
      expect(shown, args.join(' ')).not.toBe('');
      for (const word of kazakh) expect(shown, args.join(' ')).not.toMatch(word);
      // In English no Cyrillic, but for `data system`, which prints the system's own Russian and Kazakh currency words.
      if (locale === 'en' && args[1] !== 'system') expect(shown, args.join(' ')).not.toMatch(/[\u0400-\u04ff]/);
    }
    // The currency's own word is there instead, in each language.
    const chart = await runCli(['salary', 'G1', '--years', '2', '--chart', ...S]);
    expect(chart.stdout).toContain('G1: annual rate in December, crowns');
    const ru = await runCli(['fund', '--thousands', ...S, '--locale', 'ru']);
    expect(ru.stdout).toContain('суммы в тысячах крон');
    // Take-home amounts are rounded to whole units of the system's own currency, named in each language.
    for (const [locale, words] of [
      ['en', 'each amount rounded to whole crowns'],
      ['ru', 'каждая сумма округляется до целых крон'],
      ['kk', 'бүтін бірлікке дейін (крон)'],
    ]) {
      const net = await runCli(['net', '30000', '--date', '2025-06', ...MONTHLY, '--locale', locale]);
      expect(net.stdout).toContain(words);
    }
  }, 120000);

  it('refuses a year past its CPI, naming its own CPI file (never a projection borrowed from Kazakhstan)', async () => {
    const r = await runCli(['salary', 'G1', '--years', '5', ...S]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^kzpay: error: fixtures\/systems\/examplia\/cpi\.csv: no inflation data for 2028/);
    expect(r.stderr).not.toMatch(/systems\/kz|cpi-kz/);
  });

  it('refuses take-home pay on annual rates, whose rules take the gross of a month (exit 2)', async () => {
    const contributions = ['--contributions', 'systems/kz/contributions.csv', '--params', 'systems/kz/params.csv'];
    for (const args of [
      ['salary', 'G1', '--years', '1', '--net', ...contributions],
      ['fund', '--charges', ...contributions],
    ]) {
      const r = await runCli([...args, ...S]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/work on monthly pay: .* has annual rates \(period year\)/);
    }
  });

  it('has no data set it lacks: a missing cpi.csv is an error unless --inflation gives prices', async () => {
    const own = join(dir, 'bare');
    mkdirSync(own, { recursive: true });
    for (const f of ['system.csv', 'grid.csv']) copyFileSync(join(ROOT, SYSTEM, f), join(own, f));
    const r = await runCli(['salary', 'G1', '--system', own, '--years', '0']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${own}/cpi.csv: the pay system ${own} has no cpi.csv`);
    expect(r.stderr).toContain('or --inflation PCT');
    const assumed = await runCli([
      'salary',
      'G1',
      '--system',
      own,
      '--years',
      '0',
      '--inflation',
      '2',
      '--format',
      'json',
    ]);
    expect(assumed.code).toBe(0);
    const out = JSON.parse(assumed.stdout);
    // No raises.csv and no seniority.csv: no raises and every salary its min, said.
    expect(out.rows[0].salary).toBe('30000.00');
    expect(out.assumptions).toContain(`raises: none (${own}/raises.csv is not in the pay system)`);
    expect(out.assumptions).toContain(
      `seniority: none (${own}/seniority.csv is not in the pay system): each salary is its min`,
    );
    const staffing = await runCli(['fund', '--system', own, '--inflation', '2']);
    expect(staffing.code).toBe(3);
    expect(staffing.stderr).toContain(`the pay system ${own} has no staffing.csv`);
  });

  it('needs params.csv for a floor of min_wage, unless --floor gives one', async () => {
    const own = join(dir, 'floor');
    mkdirSync(own, { recursive: true });
    copyFileSync(join(ROOT, SYSTEM, 'grid.csv'), join(own, 'grid.csv'));
    const system = readFileSync(join(ROOT, SYSTEM, 'system.csv'), 'utf8').replace('floor,off', 'floor,min_wage');
    writeFileSync(join(own, 'system.csv'), system);
    const r = await runCli(['gaps', '--system', own]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`the pay system ${own} has no params.csv`);
    const given = await runCli(['gaps', '--system', own, '--floor', '40000', '--format', 'csv']);
    expect(given.code).toBe(0);
    expect(given.stdout).toContain('grades,,,,,,,,,G1,30000.00,40000.00,below-floor');
  });
});

describe('employer charges under published rounding (fund --charges)', () => {
  // fixtures/systems/examplia-monthly: Examplia's grid as monthly amounts, round 0, no extra salaries (medical,
  // bonus and savings 0, so a month's gross G is the month's salary), one raise of 2.5% on 2026-01-01 (all grades).
  // Its contributions: min wage 10 000; opv 10%, vosms 2%, opvr 5%, so 5% of (G − opv), oosms 3%, social tax 10% of
  // (G − opv − vosms), so not deducted; no cap or bound reached at these salaries. Each amount whole crowns, half up.
  const MONTHLY = ['--system', 'fixtures/systems/examplia-monthly'];

  it('works the charges on the salaries the fund pays, each rounded after the raise', async () => {
    // office: a clerk at 2 years, 30 000 + 0.25 × 6 001 = 31 500.25 → 31 500; 2026: 31 500 × 1.025 = 32 287.5
    //   → 32 288. G = 31 500: opvr 1 575, so 0.05 × 28 350 = 1 417.5 → 1 418, oosms 945, social tax
    //   0.1 × (31 500 − 3 150 − 630) = 2 772: 6 710 a month, 80 520 a year. G = 32 288: opv 3 228.8 → 3 229, vosms
    //   645.76 → 646, opvr 1 614.4 → 1 614, so 0.05 × 29 059 = 1 452.95 → 1 453, oosms 968.64 → 969, social tax
    //   0.1 × 28 413 = 2 841.3 → 2 841: 6 877 a month, 82 524 a year.
    // registry: her own salary 29 980; 2026: 29 980 × 1.025 = 30 729.5 → 30 730. G = 29 980: opv 2 998, vosms
    //   599.6 → 600, opvr 1 499, so 0.05 × 26 982 = 1 349.1 → 1 349, oosms 899.4 → 899, social tax 0.1 × 26 382 =
    //   2 638.2 → 2 638: 6 385 a month, 76 620 a year. G = 30 730: opv 3 073, vosms 614.6 → 615, opvr 0.05 × 30 730 =
    //   1 536.5 → 1 537, so 0.05 × 27 657 = 1 382.85 → 1 383, oosms 921.9 → 922, social tax 0.1 × 27 042 = 2 704.2
    //   → 2 704: 6 546 a month, 78 552 a year. (On the unrounded 30 729.5, opvr would be 1 536.475 → 1 536: 78 540.)
    const out = await runJson(['fund', '--charges', '--years', '1', ...MONTHLY]);
    const pick = (r: Record<string, unknown>) => [r.year, r.key, r.salary_fund, r.employer_charges, r.labour_cost];
    expect(out.rows.map(pick)).toEqual([
      [2025, 'office', '378000.00', '80520.00', '458520.00'],
      [2025, 'registry', '359760.00', '76620.00', '436380.00'],
      [2025, 'total', '737760.00', '157140.00', '894900.00'],
      [2026, 'office', '387456.00', '82524.00', '469980.00'],
      [2026, 'registry', '368760.00', '78552.00', '447312.00'],
      [2026, 'total', '756216.00', '161076.00', '917292.00'],
    ]);
  });

  it('pays a month with a raise after its 1st the days of each rounded salary, its charges on that mean', async () => {
    // registry with a scenario raise of 10% on 2026-07-16: 30 730 × 1.1 = 33 803. July pays 15 days at 30 730 and 16
    // at 33 803: (460 950 + 540 848) / 31 = 32 316.0645… G = 32 316.0645…: opv 3 231.61 → 3 232, vosms 646.32 → 646,
    // opvr 1 615.80 → 1 616, so 0.05 × 29 084.06 = 1 454.20 → 1 454, oosms 969.48 → 969, social tax 0.1 × 28 438.06
    // = 2 843.81 → 2 844: 6 883. August to December, G = 33 803: opv 3 380.3 → 3 380, vosms 676.06 → 676, opvr
    // 1 690.15 → 1 690, so 0.05 × 30 423 = 1 521.15 → 1 521, oosms 1 014.09 → 1 014, social tax 0.1 × 29 747 =
    // 2 974.7 → 2 975: 7 200. The year: 6 × 6 546 + 6 883 + 5 × 7 200 = 82 159 in charges, on 6 × 30 730 +
    // 32 316.0645… + 5 × 33 803 = 385 711.06 of salaries.
    const out = await runJson(['fund', '--charges', '--years', '1', '--raise', '2026-07-16:10', ...MONTHLY]);
    const registry = out.rows.find((r) => r.year === 2026 && r.key === 'registry')!;
    expect(registry.salary_fund).toBe('385711.06');
    expect(registry.employer_charges).toBe('82159.00');
  });

  it('works them the same way when the rows are kept for a scenario and its baseline', async () => {
    // --compare reads the rows once and works the charges after the read: the baseline is the case above.
    const out = await runJson([
      'fund',
      '--charges',
      '--years',
      '1',
      '--by',
      'none',
      '--raise',
      '2026-01-01:0',
      '--compare',
      ...MONTHLY,
    ]);
    const y2026 = out.rows.find((r) => r.year === 2026)!;
    expect(y2026.employer_charges_base).toBe('161076.00');
    expect(y2026.employer_charges).toBe('161076.00');
  });
});

describe('the embedded system with a grid of ones own', () => {
  it('ships its folder in the package', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const files = (JSON.parse(out)[0].files as { path: string }[]).map((f) => f.path);
    for (const name of ['system', 'grid', 'raises', 'raises-reported', 'cpi', 'params', 'seniority', 'staffing']) {
      expect(files).toContain(`systems/kz/${name}.csv`);
    }
    expect(files.filter((f) => f.startsWith('fixtures/'))).toEqual([]);
  });

  it('is the folder systems/kz: --system naming it changes nothing', async () => {
    const args = ['salary', 'E-G-4', '--years', '2', '--format', 'json'];
    const plain = await runCli(args);
    expect((await runCli([...args, '--system', 'systems/kz'])).stdout).toBe(plain.stdout);
    expect(JSON.parse(plain.stdout).assumptions).toContain(
      'pay system: Kazakhstan civil service (systems/kz/system.csv)',
    );
  });

  it('names an embedded raise whose scope selects no category of that grid as not applied', async () => {
    const grid = 'fixtures/valid/grid-no-tier.csv';
    const r = await runCli(['salary', 'E-G-4', '--grid', grid, '--no-seniority', '--years', '2', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.assumptions).toContain(
      'not applied: 16% from 2026-01-01 of systems/kz/raises.csv, scope tier=middle;tier=lower: ' +
        `selects no category of ${grid}`,
    );
    // Not applied: 2026 is the grid's 62 461.
    expect(out.rows.map((x: { salary: string }) => x.salary)).toEqual(['62461.00', '62461.00', '62461.00']);
  });

  it('still refuses such a scope in a raises file of ones own', async () => {
    const r = await runCli([
      'salary',
      'E-G-4',
      '--grid',
      'fixtures/valid/grid-no-tier.csv',
      '--raises',
      'systems/kz/raises.csv',
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/selects no category of fixtures\/valid\/grid-no-tier\.csv, which has no column/);
  });
});
