import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { Dec } from '../../src/core/money.js';
import { JSON_KEYS, ROOT, runCli, runJson, spawnCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

type Row = Record<string, string | null>;
const FIX = ROOT + 'fixtures/gaps/';
const gaps = async (args: string[] = []) => runJson(['gaps', ...args]);
const pairOf = (rows: Row[], upper: string) => rows.find((r) => r.upper === upper)!;
const tmp = () => tempDir('gaps');

describe('kzpay gaps on the embedded grid (basis min, tolerance 1 pp)', () => {
  it.each([
    // 182 988 / 163 166 − 1 = 12.1484%; both higher: 0.1484 pp over 12%
    ['D-1', 'D-2', '182988.00', '163166.00', '12.1484', 'within', '12.0000', '0.1484', 'ok'],
    // 163 166 / 145 771 − 1 = 11.9331%; higher over middle: 20.0669 pp short of 32%
    ['D-2', 'D-3', '163166.00', '145771.00', '11.9331', 'between', '32.0000', '-20.0669', 'violation'],
    // 69 957 / 62 461 − 1 = 12.0011%
    ['E-G-3', 'E-G-4', '69957.00', '62461.00', '12.0011', 'within', '12.0000', '0.0011', 'ok'],
    // 110 932 / 69 957 − 1 = 58.5717%; middle over lower
    ['E-G-2', 'E-G-3', '110932.00', '69957.00', '58.5717', 'between', '32.0000', '26.5717', 'violation'],
  ])(
    'shows %s/%s as a step of %s over %s',
    async (upper, lower, upperSalary, lowerSalary, step, kind, norm, deviation, verdict) => {
      const { rows } = await gaps();
      expect(pairOf(rows as Row[], upper)).toMatchObject({
        lower,
        upper_salary: upperSalary,
        lower_salary: lowerSalary,
        step_pct: step,
        kind,
        norm_pct: norm,
        deviation_pp: deviation,
        verdict,
        code: null,
      });
    },
  );

  it('adds a floor row for E-R-5, E-G-3 and E-G-4, below the 2024 minimum wage of 85 000', async () => {
    const { rows, summary, assumptions } = await gaps();
    const floor = (rows as Row[]).filter((r) => r.verdict === 'below-floor');
    expect(floor.map((r) => [r.code, r.salary, r.floor, r.upper])).toEqual([
      ['E-R-5', '84410.00', '85000.00', null],
      ['E-G-3', '69957.00', '85000.00', null],
      ['E-G-4', '62461.00', '85000.00', null],
    ]);
    // 20 adjacent pairs: 4 + 5 + 4 + 4 + 3; 7 hold 12% or 32% within 1 pp
    expect(summary).toMatchObject({
      pairs: 20,
      ok: 7,
      violations: 13,
      inversions: 0,
      unchecked: 0,
      below_floor: 3,
      floor: '85000.00',
    });
    expect(assumptions.join('\n')).toMatch(/minimum wage of 85\u00a0000 in force on 2024-01-01/);
  });

  it('takes another floor from --floor, none with --floor off, and the 2023 one with --grid-date', async () => {
    expect((await gaps(['--floor', '70000'])).summary.below_floor).toBe(2); // 69 957 and 62 461
    expect((await gaps(['--floor', 'off'])).summary).toMatchObject({ below_floor: 0, floor: null });
    expect((await gaps(['--grid-date', '2023-06-30'])).summary).toMatchObject({ below_floor: 2, floor: '70000.00' });
    const before = await gaps(['--grid-date', '2004-12-31']); // the params' first minimum wage is of 2005-01-01
    expect(before.summary).toMatchObject({ below_floor: 0, floor: null });
    expect(before.assumptions).toContain(
      'no minimum wage in force on 2004-12-31 in the params: the floor is not checked',
    );
  });

  it('moves the verdicts with --within, --between and --tolerance', async () => {
    // D-2/D-3 11.93% against a between norm of 12%: −0.07 pp
    expect(pairOf((await gaps(['--between', '12'])).rows as Row[], 'D-2').verdict).toBe('ok');
    // D-1/D-2 is 0.1484 pp over 12%: not within 0.1 pp
    expect(pairOf((await gaps(['--tolerance', '0.1'])).rows as Row[], 'D-1').verdict).toBe('violation');
    expect(pairOf((await gaps(['--within', '12,5%'])).rows as Row[], 'D-1').deviation_pp).toBe('-0.3516');
  });
});

describe('kzpay gaps --basis max', () => {
  it('says it could not check E-4/E-5 because E-5 has no max, and checks the rest', async () => {
    const r = await runCli(['gaps', '--basis', 'max']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Not checked: E-4\/E-5 \(E-5 has no max\)/);
    expect(r.stdout).toMatch(/E-5 has no max: not checked against the floor/);
    const { rows, summary } = await gaps(['--basis', 'max']);
    expect(pairOf(rows as Row[], 'E-4')).toMatchObject({
      lower: 'E-5',
      upper_salary: '136444.00',
      lower_salary: null,
      step_pct: null,
      verdict: 'unchecked',
    });
    // 246 879 / 244 891 − 1 = 0.8118%
    expect(pairOf(rows as Row[], 'D-1').step_pct).toBe('0.8118');
    expect(summary).toMatchObject({ pairs: 20, unchecked: 1, below_floor: 1 });
  });
});

describe('kzpay gaps --strict', () => {
  it('exits 1 on the embedded grid after printing the whole report', () => {
    const r = spawnCli(['gaps', '--strict']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/D-2 +│ D-3 .*violation/);
    expect(r.stdout).toMatch(/Assumptions/);
    expect(r.stderr).toBe('kzpay: error: --strict: 16 rows are not ok (13 violations, 3 below the floor)\n');
  });

  it('exits 0 on a grid that satisfies the rule and the floor', async () => {
    const r = await runCli(['gaps', '--strict', '--grid', FIX + 'grid-rule-holds.csv', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.summary).toMatchObject({ pairs: 6, ok: 6, below_floor: 0 });
    expect(doc.rows.every((x: Row) => x.verdict === 'ok')).toBe(true);
  });

  it('still writes -o FILE before failing', async () => {
    const out = join(tmp(), 'gaps.csv');
    const r = await runCli(['gaps', '--strict', '-o', out]);
    expect(r.code).toBe(1);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe(
      'block,upper,lower,upper_salary,lower_salary,step_pct,kind,norm_pct,deviation_pp,code,salary,floor,verdict',
    );
  });
});

describe('kzpay gaps on awkward grids', () => {
  it('shows a missing tier as unchecked rows with the reason, and --strict counts them', async () => {
    const { rows } = await gaps(['--grid', FIX + 'grid-missing-tier.csv']);
    expect((rows as Row[]).map((r) => [r.upper, r.lower, r.kind, r.norm_pct, r.step_pct, r.verdict])).toEqual([
      ['A-1', 'A-2', 'unchecked', null, '25.0000', 'unchecked'], // 150 000 / 120 000 − 1
      ['A-2', 'A-3', 'unchecked', null, '20.0000', 'unchecked'], // 120 000 / 100 000 − 1
      ['B-1', 'B-2', 'between', '32.0000', '32.0000', 'ok'],
    ]);
    const r = await runCli(['gaps', '--grid', FIX + 'grid-missing-tier.csv', '--strict']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Not checked: A-1\/A-2 \(A-2 has no tier\), A-2\/A-3 \(A-2 has no tier\)/);
    expect(r.stderr).toMatch(/2 unchecked/);
  });

  it('shows an inverted pair as an inversion, and names it under the table', async () => {
    const r = await runCli(['gaps', '--grid', FIX + 'grid-inverted.csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/X-1 +│ X-2 .* -9\.09 .* inversion/); // 100 000 / 110 000 − 1 = −9.09%
    expect(r.stdout).toMatch(/Inverted \(the upper post paid no more than the one below\): X-1\/X-2\./);
    expect((await gaps(['--grid', FIX + 'grid-inverted.csv'])).summary).toMatchObject({ inversions: 1, violations: 1 });
  });

  it('reads a grid without tier or block columns from standard input and says no step has a norm', () => {
    const r = spawnCli(['gaps', '--grid', '-', '--floor', 'off'], { input: 'code,min\nA,130000\nB,100000\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ +│ A +│ B +│ +130 000 │ +100 000 │ +30\.00 │ unchecked │ +│ +│ .*unchecked/);
    expect(r.stdout).toMatch(/No step could be checked against a norm\. Not checked: A\/B \(A and B have no tier\)\./);
  });

  it('notes a single-category block instead of inventing a step', async () => {
    const r = await runCli(['gaps', '--grid', FIX + 'grid-single-block.csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Block "s" has a single category: no step to check\./);
    const doc = await gaps(['--grid', FIX + 'grid-single-block.csv']);
    expect(doc.rows).toHaveLength(1);
    // JSON keeps to the spec's keys: the reading is prose for people, the summary counts are for machines.
    expect(Object.keys(doc)).toEqual(JSON_KEYS);
  });
});

describe('kzpay gaps table', () => {
  it('keeps the verdict as a marker without colour and writes a reading under the table', async () => {
    const r = await runCli(['gaps']);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect(r.stdout.match(/│ violation +│/g)).toHaveLength(13);
    expect(r.stdout.match(/│ below-floor │/g)).toHaveLength(3);
    expect(r.stdout).toMatch(
      new RegExp(
        '7 of 20 steps hold their norm within 1 pp: ' +
          '7 of 10 within a management level \\(12%\\), 0 of 10 between levels \\(32%\\)\\.',
      ),
    );
    expect(r.stdout).toMatch(
      /Furthest off: E-G-2\/E-G-3 58\.57% against 32% \(\+26\.57 pp\); E-G-1\/E-G-2 10\.35% against 32% \(-21\.65 pp\)/,
    );
    expect(r.stdout).toMatch(
      // In prose a no-break space groups the thousands, so that a number never breaks at the end of a line.
      new RegExp(
        '3 categories are below the floor of 85\u00a0000: ' +
          'E-R-5 \\(84\u00a0410\\), E-G-3 \\(69\u00a0957\\), E-G-4 \\(62\u00a0461\\)\\.',
      ),
    );
  });

  it('colours violations red and ok green on a terminal', async () => {
    let out = '';
    const code = await main(['gaps'], {
      stdoutIsTTY: true,
      env: {},
      writeErr: () => {},
      writeOut: () => {},
      stdout: async (s) => void (out += s),
    });
    expect(code).toBe(0);
    expect(out).toContain('\x1b[31mviolation\x1b[39m');
    expect(out).toContain('\x1b[31mbelow-floor\x1b[39m');
    expect(out).toContain('\x1b[32mok\x1b[39m');
  });

  it('writes one csv header for pair and floor rows, with empty cells where a column does not apply', async () => {
    const r = await runCli(['gaps', '--format', 'csv']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 20 + 3);
    expect(lines[1]).toBe('akim-office-region,D-1,D-2,182988.00,163166.00,12.1484,within,12.0000,0.1484,,,,ok');
    // A floor row names the category's title (the grid's, in English in csv whatever the locale).
    expect(lines[23]).toBe('akim-office-rural,,,,,,,,,E-G-4,62461.00,85000.00,below-floor');
  });
});

describe('kzpay gaps --propose', () => {
  it('raises the E-G block to 85 000, 95 200, 125 664 and 165 877 (shortfall, the default)', async () => {
    const { rows } = await gaps(['--propose']);
    const eg = (rows as Row[]).filter((r) => r.code!.startsWith('E-G-'));
    // 85 000 (the floor); 85 000 × 1.12 = 95 200; 95 200 × 1.32 = 125 664; 125 664 × 1.32 = 165 876.48 → 165 877
    expect(eg.map((r) => [r.code, r.min, r.old_min])).toEqual([
      ['E-G-1', '165877.00', '122412.00'],
      ['E-G-2', '125664.00', '110932.00'],
      ['E-G-3', '95200.00', '69957.00'],
      ['E-G-4', '85000.00', '62461.00'],
    ]);
    // 95 200 / 69 957 − 1 = 36.0836%; max 94 109 × 95 200 / 69 957 = 128 066.91 → 128 067
    expect(eg[2]).toMatchObject({ raise_pct: '36.0836', max: '128067.00' });
  });

  it('writes the grid own columns then old_min and raise_pct, and the csv reads back with --grid', async () => {
    const dir = tmp();
    const file = join(dir, 'proposed.csv');
    expect((await runCli(['gaps', '--propose', '-o', file])).code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe(
      'code,corps,group,block,rank,tier,title,title_ru,title_kk,effective,min,max,old_min,raise_pct',
    );
    const data = await runJson(['data', 'grid', '--grid', file]);
    expect(data.rows).toHaveLength(25);
    expect(data.rows.find((r) => r.code === 'E-G-1')).toMatchObject({ min: '165877.00', tier: 'higher' });
  });

  it('leaves no step short of its norm and no category below the floor when gaps runs on its proposal', async () => {
    const file = join(tmp(), 'proposed.csv');
    await runCli(['gaps', '--propose', 'shortfall', '-o', file]);
    const { rows, summary } = await gaps(['--grid', file]);
    expect(summary).toMatchObject({ pairs: 20, below_floor: 0, inversions: 0 });
    for (const r of rows as Row[]) expect(new Dec(r.deviation_pp!).gte(0)).toBe(true);
  });

  it('gives a ladder whose every step is its norm within rounding to whole tenge with --propose exact', async () => {
    const file = join(tmp(), 'exact.csv');
    await runCli(['gaps', '--propose', 'exact', '-o', file]);
    const doc = await gaps(['--grid', file]);
    expect(doc.summary).toMatchObject({ pairs: 20, ok: 20, below_floor: 0 });
    for (const r of doc.rows as Row[]) {
      // Rounding the upper salary up by less than one tenge adds less than 100 / lower pp to the step.
      const dev = new Dec(r.deviation_pp!);
      expect(dev.gte(0)).toBe(true);
      expect(dev.lte(new Dec(100).div(r.lower_salary!).plus('0.00005'))).toBe(true);
    }
  });

  it('replaces old_min and raise_pct when a proposal is proposed again, and changes nothing', async () => {
    const file = join(tmp(), 'proposed.csv');
    await runCli(['gaps', '--propose', '-o', file]);
    const r = await runCli(['gaps', '--propose', '--grid', file, '--format', 'csv']);
    const header = r.stdout.split('\n')[0];
    expect(header).toBe('code,corps,group,block,rank,tier,title,title_ru,title_kk,effective,min,max,old_min,raise_pct');
    const doc = await gaps(['--propose', '--grid', file]);
    expect(doc.summary).toMatchObject({ categories: 25, raised: 0 });
  });

  it('keeps E-5 as it is on --basis max and says why', async () => {
    const r = await runCli(['gaps', '--propose', '--basis', 'max']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /Steps the proposal does not set: E-4\/E-5 \(E-5 has no max\)\. E-5 has no max and is left as it is\./,
    );
    const { rows } = await gaps(['--propose', '--basis', 'max']);
    expect((rows as Row[]).find((x) => x.code === 'E-5')).toMatchObject({
      min: '89901.00',
      max: null,
      old_max: null,
      raise_pct: null,
    });
  });

  it('lifts an inverted pair into order', async () => {
    const { rows } = await gaps(['--propose', '--grid', FIX + 'grid-inverted.csv']);
    // X-3 90 000; X-2 90 000 × 1.32 = 118 800; X-1 118 800 × 1.32 = 156 816
    expect((rows as Row[]).map((r) => r.min)).toEqual(['156816.00', '118800.00', '90000.00']);
  });
});

describe('kzpay gaps usage errors', () => {
  it.each([
    [['--basis', 'mid'], /--basis must be one of min, max/],
    [['--within', '0'], /--within must be a step above 0%/],
    [['--between', 'abc'], /--between: "abc" is not a number/],
    [['--tolerance', '-1'], /--tolerance must not be negative/],
    [['--floor', 'lots'], /--floor must be auto, off or an amount above 0, not "lots"/],
    [['--floor', '0'], /--floor must be auto, off or an amount above 0, not "0"/],
    [['--propose', 'all'], /--propose must be one of shortfall, exact/],
    [['--propose', '--strict'], /--strict checks the grid as it is/],
  ])('rejects %j with exit 2 and nothing on stdout', async (args, message) => {
    const r = await runCli(['gaps', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('reports a bad grid with file:line, the column by name and place, and exit 3', async () => {
    const file = join(tmp(), 'bad.csv');
    writeFileSync(file, 'code,tier,min\nA,top,100\n');
    const r = await runCli(['gaps', '--grid', file]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${file}:2: column tier (2nd): unknown tier "top"`);
  });
});

describe('kzpay gaps --propose --staffing', () => {
  const STAFFING = ROOT + 'systems/kz/staffing.csv';

  it("costs each category as the fund with the proposed grid minus the fund with today's", async () => {
    const doc = await gaps(['--propose', '--staffing', STAFFING]);
    const row = (code: string) => doc.rows.find((r) => r.code === code)!;
    // E-G-4 in the example: 3 people with 1 year of service (share 0.1), 2 with none (share 0).
    // Today: 62 461 + 0.1 × (84 115 − 62 461) = 64 626.40 and 62 461.
    // Proposed: min 85 000, max 84 115 × 85 000 / 62 461 rounded up = 114 468:
    // 85 000 + 0.1 × 29 468 = 87 946.80 and 85 000.
    // A month: 3 × (87 946.80 − 64 626.40) + 2 × (85 000 − 62 461) = 69 961.20 + 45 078 = 115 039.20.
    // A year (no raise in 2024 after the grid date): × (12 + 2 medical + 2 bonus + 2.8 savings for group E) = × 18.8.
    expect(row('E-G-4')).toMatchObject({ max: '114468.00', headcount: 5, yearly_cost: '2162736.96' });
    // E-R-4 keeps its salary: nothing to pay.
    expect(row('E-R-4')).toMatchObject({ raise_pct: '0.0000', headcount: 9, yearly_cost: '0.00' });
    // A category with nobody in the table costs nothing.
    expect(row('D-1')).toMatchObject({ headcount: 0, yearly_cost: '0.00' });
    const sum = doc.rows.reduce((s, r) => s.plus(new Dec(r.yearly_cost as string)), new Dec(0));
    expect(doc.summary.yearly_cost).toBe(sum.toFixed(2));
    expect(doc.assumptions.join('\n')).toMatch(
      /yearly cost \(--staffing .*kz\/staffing\.csv\): the remuneration fund of 2024/,
    );
  });

  it('reads the staffing table from standard input as from the file', () => {
    const input = readFileSync(STAFFING, 'utf8');
    const viaStdin = spawnCli(['gaps', '--propose', '--staffing', '-', '--format', 'csv'], { input });
    const viaFile = spawnCli(['gaps', '--propose', '--staffing', STAFFING, '--format', 'csv']);
    expect(viaStdin.code).toBe(0);
    expect(viaStdin.stdout).toBe(viaFile.stdout);
    // Only the assumptions name the source, as <stdin>.
    const json = spawnCli(['gaps', '--propose', '--staffing', '-', '--format', 'json'], { input });
    expect(JSON.parse(json.stdout).assumptions.join('\n')).toMatch(/yearly cost \(--staffing <stdin>\)/);
  });

  it('writes a proposal with costs that --grid reads back, and proposing again adds no column twice', async () => {
    const dir = tmp();
    const first = join(dir, 'p1.csv');
    expect((await runCli(['gaps', '--propose', '--staffing', STAFFING, '-o', first])).code).toBe(0);
    const again = await runCli(['gaps', '--propose', '--staffing', STAFFING, '--grid', first, '--format', 'csv']);
    const header = again.stdout.split('\n')[0];
    expect(header).toBe(
      'code,corps,group,block,rank,tier,title,title_ru,title_kk,effective,min,max,' +
        'old_min,raise_pct,headcount,yearly_cost',
    );
    // The proposal already holds: proposing from it raises no one and costs nothing.
    expect(again.stdout).toMatch(/\nE-G-4,.*,85000\.00,114468\.00,85000\.00,0\.0000,5,0\.00\n/);
  });

  it('refuses --staffing without --propose (exit 2) and a bad staffing file (exit 3)', async () => {
    expect((await runCli(['gaps', '--staffing', STAFFING])).code).toBe(2);
    const bad = await runCli(['gaps', '--propose', '--staffing', ROOT + 'fixtures/invalid/staffing-unknown-code.csv']);
    expect(bad.code).toBe(3);
    expect(bad.stdout).toBe('');
    const unclosed = await runCli(['gaps', '--propose', '--staffing', 'fixtures/invalid/staffing-unclosed-quote.csv']);
    expect(unclosed.code).toBe(3);
    expect(unclosed.stderr).toMatch(
      /^kzpay: error: fixtures\/invalid\/staffing-unclosed-quote\.csv:3:7: unterminated quoted cell/,
    );
  });
});

describe('kzpay gaps --propose --basis max', () => {
  it.each(['shortfall', 'exact'])(
    'keeps min at or above the floor too, since min moves with max (%s)',
    async (mode) => {
      const doc = await gaps(['--propose', mode, '--basis', 'max']);
      for (const r of doc.rows) if (r.min !== null) expect(new Dec(r.min as string).gte(85000)).toBe(true);
      // E-G-4: max must reach 85 000 × 84 115 / 62 461 = 114 467.83 → 114 468;
      // min = ⌈62 461 × 114 468 / 84 115⌉ = 85 001
      expect(doc.rows.find((r) => r.code === 'E-G-4')).toMatchObject({ max: '114468.00', min: '85001.00' });
    },
  );
});
