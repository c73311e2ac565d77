import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../src/core/dates.js';
import { SalaryModel } from '../../src/core/engine.js';
import { UsageError } from '../../src/core/errors.js';
import { raiseLabel } from '../../src/core/assumptions.js';
import { computeIndexReport } from '../../src/core/index-report.js';
import { Dec } from '../../src/core/money.js';
import { PriceIndex } from '../../src/core/prices.js';
import { computeSalaryReport, type SalaryReportInput } from '../../src/core/salary-report.js';
import {
  applyScenario,
  parseIndexation,
  parseRaiseSpec,
  type IndexationRule,
  type ScenarioInput,
  type ScenarioRaiseSpec,
} from '../../src/core/scenario.js';
import { parseCsv } from '../../src/io/csv.js';
import { parseCpi, parseGrid, parseRaises, parseScope, parseSeniority } from '../../src/io/datasets.js';
import { FIXTURES_DIR } from '../../src/io/load.js';
import { english, inEnglish } from '../helpers/words.js';

const fixture = (name: string) => parseCsv(readFileSync(FIXTURES_DIR + name, 'utf8'), `fixtures/${name}`);
const GRID = parseGrid(fixture('grid-2024.csv'), 'point');
const RAISES = parseRaises(fixture('raises-2005-2026.csv'), 'point');
const PRICES = new PriceIndex(parseCpi(fixture('cpi-kz.csv'), 'point'), 'fixtures/cpi-kz.csv');
const BANDS = parseSeniority(fixture('seniority-bands.csv'), 'point');
const EG4 = GRID.byCode.get('E-G-4')!;
const D1 = GRID.byCode.get('D-1')!;
const AS_OF = { year: 2024, month: 1, day: 1 };
const d = (s: string | number) => new Dec(s);

/** A --raise option as the command will build it: parsed here, its scope by the raises file's parser. */
function raiseSpec(text: string): ScenarioRaiseSpec {
  const parsed = parseRaiseSpec(text);
  if (parsed.problem !== undefined) throw new Error(parsed.problem);
  const scope = parseScope(parsed.value.scopeText);
  if (scope.problem) throw new Error(scope.problem);
  return { ...parsed.value, selectors: scope.selectors };
}

function indexation(text: string): IndexationRule {
  const parsed = parseIndexation(text);
  if (parsed.problem !== undefined) throw new Error(parsed.problem);
  return parsed.value;
}

function scenario(over: Partial<ScenarioInput>) {
  return applyScenario({
    raises: RAISES,
    categories: [EG4],
    scopeCategories: GRID.categories,
    prices: PRICES,
    range: 'mid',
    lastYear: 2031,
    specs: [],
    defaultIndexationYear: 2025,
    gridDate: AS_OF,
    ...over,
  });
}

function salaryRows(raises: SalaryReportInput['raises'], holdSeniority: boolean) {
  return [
    ...computeSalaryReport({
      categories: [EG4],
      raises,
      bands: BANDS,
      prices: PRICES,
      fromYear: 2024,
      toYear: 2031,
      asOf: AS_OF,
      pricesMonth: monthIndex(2024, 1),
      range: 'mid',
      experience: d(0),
      holdSeniority,
      skipWithoutMax: false,
    }).rows,
  ];
}

describe('applyScenario with a percent raise', () => {
  const { raises, generated, warnings } = scenario({ specs: [raiseSpec('2027-01-01:10')] });
  const base = salaryRows(RAISES, false);
  const rows = salaryRows(raises, false);

  it('raises E-G-4 by 10% from 2027 through the seniority bands', () => {
    // December 2027: 3 + 11/12 years of service (47 months from January 2024), band 3-5, share 0.3;
    // max − min = 84 115 − 62 461 = 21 654; the +16% of 2026 (tier lower) and the +10% of 2027.
    const dec2027 = d(62461).plus(d('0.3').times(21654)).times('1.16').times('1.10');
    expect(dec2027.toString()).toBe('87989.3872');
    expect(rows[3].year).toBe(2027);
    expect(rows[3].salary.eq(dec2027)).toBe(true);
    // December 2031: 7 + 11/12 years (95 months), band 7-9, share 0.5.
    const dec2031 = d(62461).plus(d('0.5').times(21654)).times('1.16').times('1.10');
    expect(dec2031.toFixed(2)).toBe('93515.49');
    expect(rows[7].year).toBe(2031);
    expect(rows[7].salary.eq(dec2031)).toBe(true);
    expect(rows[3].raisePct.toString()).toBe('10');
  });

  it('leaves the years before 2027 as they were and multiplies every month from 2027 by 1.10', () => {
    for (const i of [0, 1, 2]) {
      expect(rows[i].salary.eq(base[i].salary)).toBe(true);
      expect(rows[i].earnings.eq(base[i].earnings)).toBe(true);
    }
    for (const i of [3, 4, 5, 6, 7]) {
      expect(rows[i].salary.eq(base[i].salary.times('1.1'))).toBe(true);
      expect(rows[i].earnings.eq(base[i].earnings.times('1.1'))).toBe(true);
    }
  });

  it('marks the raise as the scenario made it and says so in a note, without a warning', () => {
    expect(generated).toHaveLength(1);
    expect(generated[0].raise.scenario).toBe('--raise 2027-01-01:10');
    expect(english(generated[0].note)).toBe('--raise 2027-01-01:10: +10% on 2027-01-01 (all)');
    expect(english(raiseLabel(generated[0].raise))).toBe('10% from 2027-01-01 (scenario)');
    expect(raises.map((r) => r.effective.year)).toEqual([...RAISES.map((r) => r.effective.year), 2027]);
    expect(warnings).toEqual([]);
  });

  it('sorts the scenario raises among the data raises by date', () => {
    const { raises: sorted } = scenario({ specs: [raiseSpec('2025-03-15:-5'), raiseSpec('2006-01-01:1')] });
    const years = sorted.map((r) => r.effective.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(sorted.filter((r) => r.scenario).map((r) => r.effective.year)).toEqual([2006, 2025]);
  });

  it('warns of a raise dated on or before the grid date, which the grid already holds', () => {
    const { warnings: early } = scenario({ specs: [raiseSpec('2024-01-01:10')] });
    expect(early).toHaveLength(1);
    expect(english(early[0])).toContain(
      '--raise 2024-01-01:10 makes a raise dated on or before the grid date 2024-01-01',
    );
  });

  it('makes a scope that selects no category of the grid a usage error', () => {
    expect(() => scenario({ specs: [raiseSpec('2027-01-01:10:code=X-*')] })).toThrow(UsageError);
    expect(() => scenario({ specs: [raiseSpec('2027-01-01:10:code=X-*')] })).toThrow(/selects no category/);
  });

  it('warns when the scope selects grid categories but none of those shown', () => {
    const { raises: r, warnings: w } = scenario({ specs: [raiseSpec('2027-01-01:10:tier=higher')] });
    expect(w.map(inEnglish)).toEqual([
      '--raise 2027-01-01:10:tier=higher: the scope tier=higher selects none of the categories shown',
    ]);
    // The raise is in the schedule all the same, out of E-G-4's scope.
    expect(
      new SalaryModel(EG4, r, {
        asOf: AS_OF,
        range: 'mid',
        experience: d(0),
        bands: BANDS,
        holdSeniority: true,
      }).raisesInYear(2027),
    ).toEqual([]);
  });
});

describe('applyScenario with --indexation', () => {
  it("raises E-G-4 each 1 January from 2027 by the previous year's December-on-December CPI", () => {
    const { raises, generated } = scenario({ indexation: indexation('cpi@2027') });
    // fixtures/cpi-kz.csv, yearly rows 2026-2030 (IMF projections): 11.05, 9.10, 8.50, 6.80, 5.00.
    expect(generated.map((g) => g.raise.low.toString())).toEqual(['11.05', '9.1', '8.5', '6.8', '5']);
    expect(generated.map((g) => g.raise.effective)).toEqual(
      [2027, 2028, 2029, 2030, 2031].map((year) => ({ year, month: 1, day: 1 })),
    );
    expect(english(generated[0].note)).toBe(
      '--indexation cpi@2027: +11.05% on 2027-01-01 = December-on-December inflation of 2026 (projection)',
    );
    const rows = salaryRows(raises, true);
    // --no-seniority: 62 461 × 1.16 = 72 454.76 from 2026, then the five indexations.
    const dec2031 = d('72454.76').times('1.1105').times('1.091').times('1.085').times('1.068').times('1.05');
    expect(dec2031.toFixed(2)).toBe('106807.20');
    expect(rows[7].salary.eq(dec2031)).toBe(true);
    expect(rows[2].salary.toString()).toBe('72454.76');
  });

  it('adds the points of cpi+PP and takes them off for cpi-PP', () => {
    const plus = scenario({ indexation: indexation('cpi+1.5@2027'), lastYear: 2027 }).generated;
    expect(plus.map((g) => g.raise.low.toString())).toEqual(['12.55']);
    expect(english(plus[0].note)).toBe(
      '--indexation cpi+1.5@2027: +12.55% on 2027-01-01 = 11.05% December-on-December inflation of 2026 ' +
        '(projection) + 1.5 points',
    );
    const minus = scenario({ indexation: indexation('cpi-1@2027'), lastYear: 2028 }).generated;
    expect(minus.map((g) => g.raise.low.toString())).toEqual(['10.05', '8.1']);
  });

  it("takes a fixed percent, and the caller's default year when the rule names none", () => {
    const { generated } = scenario({ indexation: indexation('5'), lastYear: 2027 });
    expect(generated.map((g) => [g.raise.effective.year, g.raise.low.toString()])).toEqual([
      [2025, '5'],
      [2026, '5'],
      [2027, '5'],
    ]);
  });

  it("stops with the missing year's error when the rule reaches past the data, unless --inflation assumes it", () => {
    expect(() => scenario({ indexation: indexation('cpi@2027'), lastYear: 2033 })).toThrow(
      /no inflation data for 2032: the CPI data covers 2004-2031/,
    );
    const assumed = new PriceIndex(parseCpi(fixture('cpi-kz.csv'), 'point'), 'fixtures/cpi-kz.csv', d('4'));
    const { generated } = scenario({ indexation: indexation('cpi@2033'), lastYear: 2033, prices: assumed });
    expect(generated.map((g) => english(g.note))).toEqual([
      '--indexation cpi@2033: +4% on 2033-01-01 = December-on-December inflation of 2032 (assumed, --inflation)',
    ]);
  });

  it('puts the indexation raises after the --raise options, which do not see them', () => {
    const { generated } = scenario({
      specs: [raiseSpec('2028-01-01:restore=2027-12')],
      indexation: indexation('cpi@2028'),
      lastYear: 2028,
    });
    // restore=2027-12 on 2028-01-01 sees no indexation: 2028's January inflation alone, 1.085^(1/12) − 1.
    expect(generated.map((g) => g.raise.scenario)).toEqual([
      '--raise 2028-01-01:restore=2027-12',
      '--indexation cpi@2028',
    ]);
    const january = d('1.085').pow(d(1).div(12)).minus(1).times(100);
    expect(generated[0].raise.low.toFixed(12)).toBe(january.toFixed(12));
  });
});

describe('applyScenario with restore', () => {
  // Prices December 2023 → January 2027: the yearly rows of 2024 (8.6%), 2025 (12.3%) and 2026 (11.05%: its eight
  // monthly rows are scaled into it), and January 2027, a year with no monthly rows: one twelfth of 9.1%, 1.091^(1/12).
  const prices = d('1.086')
    .times('1.123')
    .times('1.1105')
    .times(d('1.091').pow(d(1).div(12)));
  const spec = raiseSpec('2027-01-01:restore=2023-12');

  it('brings E-G-4 back to its real raise level of December 2023 against the +16% of 2026: 17.6040%', () => {
    const { generated } = scenario({ specs: [spec], lastYear: 2027 });
    expect(generated).toHaveLength(1);
    const r = generated[0].raise;
    const expected = prices.div('1.16').minus(1).times(100);
    expect(r.low.toFixed(12)).toBe(expected.toFixed(12));
    expect(r.low.toFixed(4)).toBe('17.6040');
    expect(r.scopeText).toBe('all');
    expect(english(raiseLabel(r))).toBe('17.604% from 2027-01-01 (scenario)');
    expect(english(generated[0].note)).toBe(
      '--raise 2027-01-01:restore=2023-12: +17.604% on 2027-01-01 for E-G-4 ' +
        '(brings the real raise level of 2027-01 back to that of 2023-12)',
    );
  });

  it('gives D-1 (tier higher, no raise in 2026) a raise larger by the factor 1.16', () => {
    const e = scenario({ specs: [spec], categories: [EG4] }).generated[0].raise.low;
    const dee = scenario({ specs: [spec], categories: [D1] }).generated[0].raise.low;
    expect(dee.toFixed(4)).toBe(prices.minus(1).times(100).toFixed(4)); // 36.4207%
    const ratio = d(1)
      .plus(dee.div(100))
      .div(d(1).plus(e.div(100)));
    expect(ratio.toFixed(30)).toBe(d('1.16').toFixed(30));
  });

  it('makes one raise per rate when the categories shown differ, each on its own codes', () => {
    const { raises, generated } = scenario({ specs: [spec], categories: [EG4, D1] });
    expect(generated.map((g) => g.raise.scopeText)).toEqual(['code=E-G-4', 'code=D-1']);
    const model = (c: typeof EG4) =>
      new SalaryModel(c, raises, { asOf: AS_OF, range: 'mid', experience: d(0), bands: BANDS, holdSeniority: true });
    expect(model(EG4).raisesInYear(2027)).toEqual([generated[0].raise]);
    expect(model(D1).raisesInYear(2027)).toEqual([generated[1].raise]);
  });

  it('counts a category given twice (one per staffing key in fund) once', () => {
    const { generated } = scenario({ specs: [spec], categories: [EG4, D1, EG4] });
    expect(generated.map((g) => g.raise.scopeText)).toEqual(['code=E-G-4', 'code=D-1']);
    expect(generated[0].raise.codes).toEqual(new Set(['E-G-4']));
  });

  it('brings the index back to 1 in January 2027, so December 2027 is 11 months of inflation below it', () => {
    const { raises } = scenario({ specs: [spec], lastYear: 2027 });
    const report = computeIndexReport({
      raises,
      category: EG4,
      prices: PRICES,
      fromYear: 2024,
      toYear: 2027,
      range: 'mid',
    });
    // real(Dec 2027) = 1.16 × (1 + r) / (1.086 × 1.123 × 1.1105 × 1.091) = 1.091^(1/12) / 1.091 = 1.091^(−11/12)
    expect(report.realIndex.toFixed(12)).toBe(d('1.091').pow(d(-11).div(12)).toFixed(12));
    expect(report.rows[3].raises.map((r) => inEnglish(raiseLabel(r)))).toEqual(['17.604% from 2027-01-01 (scenario)']);
  });

  it('without categories (index without --code) counts every raise: the 2026 raise too', () => {
    const { generated } = scenario({ specs: [spec], categories: undefined, scopeCategories: undefined });
    expect(generated).toHaveLength(1);
    expect(generated[0].raise.low.toFixed(12)).toBe(prices.div('1.16').minus(1).times(100).toFixed(12));
    expect(english(generated[0].note)).toContain('+17.604% on 2027-01-01 for all');
  });

  it('sees the --raise options before it: a second restore on the same date comes to 0', () => {
    const { generated } = scenario({ specs: [spec, raiseSpec('2027-01-01:restore=2023-12')] });
    expect(generated[1].raise.low.isZero()).toBe(true);
    expect(english(generated[1].note)).toContain(
      '+0% on 2027-01-01 for E-G-4 (the real raise level of 2027-01 is already',
    );
  });

  it('comes to 0 for a category already above its base month', () => {
    // December 2025 → January 2026: the +16% of 2026 against January 2026's 1.0% (a monthly row, scaled a little).
    const { generated } = scenario({ specs: [raiseSpec('2026-01-01:restore=2025-12')] });
    expect(generated[0].raise.low.isZero()).toBe(true);
  });
});

describe('parseRaiseSpec', () => {
  it.each([
    ['2027-01-01:10', { kind: 'pct', pct: '10', scopeText: '' }],
    ['01.01.2027:-5%:tier=lower', { kind: 'pct', pct: '-5', scopeText: 'tier=lower' }],
    ['2027-01-01:2,5 :code=E-G-*', { kind: 'pct', pct: '2.5', scopeText: 'code=E-G-*' }],
    ['2027-01-01:restore=2023-12:tier=middle;tier=lower', { kind: 'restore', base: monthIndex(2023, 12) }],
  ])('reads %s', (text, want) => {
    const { value, problem } = parseRaiseSpec(text);
    expect(problem).toBeUndefined();
    expect(value?.effective).toEqual({ year: 2027, month: 1, day: 1 });
    expect(value?.kind).toBe(want.kind);
    if (value?.kind === 'pct') expect(value.pct.toString()).toBe(want.pct);
    if (value?.kind === 'restore') expect(value.base).toBe(want.base);
    if ('scopeText' in want) expect(value?.scopeText).toBe(want.scopeText);
    expect(value?.option).toBe(`--raise ${text}`);
  });

  it.each([
    ['2027-13-01:10', '"2027-13-01" is not a real date'],
    ['2027-02-29:10', '"2027-02-29" is not a real date'],
    ['2027/01/01:10', '"2027/01/01" is not a date (YYYY-MM-DD or DD.MM.YYYY)'],
    ['2027-01-01', '"2027-01-01" is not DATE:PCT[:SCOPE]'],
    ['2027-01-01:-100', 'a raise of -100% leaves no pay (a percent greater than -100)'],
    ['2027-01-01:-150', 'a raise of -150% leaves no pay'],
    ['2027-01-01:abc', '"abc" is not a percent (a number such as 10 or -5.5, or restore=YYYY-MM)'],
    ['2027-01-01:1 000', '"1 000" is not a percent'],
    ['2027-01-01:restore=2023-13', '"restore=2023-13" is not restore=YYYY-MM with a real month'],
    ['2027-01-01:restore=2027-02', "restore=2027-02 is after the raise's month 2027-01"],
  ])('rejects %s', (text, problem) => {
    const parsed = parseRaiseSpec(text);
    expect(parsed.value).toBeUndefined();
    expect(parsed.problem).toContain(problem);
  });
});

describe('parseIndexation', () => {
  it.each([
    ['cpi', 'cpi', '0', undefined],
    ['CPI@2027', 'cpi', '0', 2027],
    ['cpi+1.5@2027', 'cpi', '1.5', 2027],
    ['cpi-1', 'cpi', '-1', undefined],
    ['5', 'fixed', '5', undefined],
    ['-2.5%@2028', 'fixed', '-2.5', 2028],
  ])('reads %s', (text, kind, amount, fromYear) => {
    const { value, problem } = parseIndexation(text);
    expect(problem).toBeUndefined();
    expect(value?.kind).toBe(kind);
    expect((value?.kind === 'cpi' ? value.points : value?.pct)?.toString()).toBe(amount);
    expect(value?.fromYear).toBe(fromYear);
    expect(value?.text).toBe(text);
  });

  it.each([
    ['cpi+x', '"cpi+x" is not cpi+PP or cpi-PP'],
    ['cpi+-1', '"cpi+-1" is not cpi+PP or cpi-PP'],
    ['cpi@20x7', '"20x7" after @ is not a year'],
    ['cpi@', '"" after @ is not a year'],
    ['inflation', '"inflation" is not cpi, cpi+PP, cpi-PP or a percent'],
    ['-100', 'an indexation of -100% leaves no pay'],
  ])('rejects %s', (text, problem) => {
    const parsed = parseIndexation(text);
    expect(parsed.value).toBeUndefined();
    expect(parsed.problem).toContain(problem);
  });
});
