import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../src/core/dates.js';
import { Dec } from '../../src/core/money.js';
import {
  breakdownInYear,
  employerChargesFast,
  fastRules,
  grossForNet,
  payBreakdown,
  RulesByMonth,
  rulesAt,
  type ContributionData,
} from '../../src/core/take-home.js';
import { parseCsv } from '../../src/io/csv.js';
import { parseContributions, parseParams } from '../../src/io/datasets.js';
import { EMBEDDED_SYSTEM_DIR } from '../../src/io/load.js';

const fixture = (name: string) =>
  parseCsv(readFileSync(`${EMBEDDED_SYSTEM_DIR}/${name}`, 'utf8'), `systems/kz/${name}`);
const DATA: ContributionData = {
  values: parseContributions(fixture('contributions.csv'), 'point'),
  params: parseParams(fixture('params.csv'), 'point'),
  label: 'systems/kz/contributions.csv',
  paramsLabel: 'systems/kz/params.csv',
};
const rules = new RulesByMonth(DATA);
const june = (year: number) => rules.at(monthIndex(year, 6));
const d = (x: number | string) => new Dec(x);
/** The breakdown's amounts as plain numbers, to compare with hand-worked figures. */
const amounts = (gross: number, year: number, born?: number) => {
  const b = payBreakdown(d(gross), june(year), born);
  return {
    opv: b.opv.toNumber(),
    vosms: b.vosms.toNumber(),
    taxable: b.taxable.toNumber(),
    ipn: b.ipn.toNumber(),
    net: b.net.toNumber(),
    opvr: b.opvr.toNumber(),
    so: b.so.toNumber(),
    oosms: b.oosms.toNumber(),
    socialTax: b.socialTax.toNumber(),
    employerCharges: b.employerCharges.toNumber(),
    labourCost: b.labourCost.toNumber(),
  };
};

// MW (min_wage) 85 000 in 2024-2026; MRP 3 692 (2024), 3 932 (2025), 4 325 (2026): systems/kz/params.csv.
describe('payBreakdown, worked by hand (docs/take-home.md)', () => {
  it('takes 300 000 apart in June 2024: net 242 769, employer charges 38 580', () => {
    // opv 10% = 30 000; vosms 2% = 6 000; taxable 300 000 − 36 000 − 14 × 3 692 (51 688) = 212 312; ipn 21 231.2
    // → 21 231; net 242 769. opvr 1.5% = 4 500; so 3.5% × 270 000 = 9 450; oosms 3% = 9 000; social tax 9.5% ×
    // 264 000 = 25 080 − 9 450 = 15 630; charges 38 580.
    expect(amounts(300000, 2024)).toEqual({
      opv: 30000,
      vosms: 6000,
      taxable: 212312,
      ipn: 21231,
      net: 242769,
      opvr: 4500,
      so: 9450,
      oosms: 9000,
      socialTax: 15630,
      employerCharges: 38580,
      labourCost: 338580,
    });
  });

  it('takes 300 000 apart in June 2025: net 243 105, employer charges 45 540', () => {
    // taxable 264 000 − 14 × 3 932 (55 048) = 208 952; ipn 20 895; opvr 2.5% = 7 500; so 5% × 270 000 = 13 500;
    // social tax 11% × 264 000 = 29 040 − 13 500 = 15 540; charges 7 500 + 13 500 + 9 000 + 15 540.
    const a = amounts(300000, 2025);
    expect([a.taxable, a.ipn, a.net]).toEqual([208952, 20895, 243105]);
    expect([a.opvr, a.so, a.oosms, a.socialTax, a.employerCharges]).toEqual([7500, 13500, 9000, 15540, 45540]);
  });

  it('takes 300 000 apart in June 2026: net 250 575, employer charges 48 840', () => {
    // taxable 264 000 − 30 × 4 325 (129 750) = 134 250; ipn 13 425; opvr 3.5% = 10 500; so 13 500; oosms 9 000;
    // social tax 6% × 264 000 = 15 840, social contributions no longer taken off.
    const a = amounts(300000, 2026);
    expect([a.taxable, a.ipn, a.net]).toEqual([134250, 13425, 250575]);
    expect([a.opvr, a.so, a.oosms, a.socialTax, a.employerCharges]).toEqual([10500, 13500, 9000, 15840, 48840]);
  });

  it('drops the employer pension contribution for a person born before 1975 (10 500 in 2026)', () => {
    const a = amounts(300000, 2026, 1970);
    expect([a.opvr, a.employerCharges, a.net]).toEqual([0, 48840 - 10500, 250575]);
    expect(amounts(300000, 2026, 1975).opvr).toBe(10500);
  });

  it.each([
    // OPV and OPVR capped at 50 MW = 4 250 000: 10% = 425 000, 3.5% = 148 750.
    [5000000, 2026, 'opv', 425000],
    [4250000, 2026, 'opv', 425000],
    [5000000, 2026, 'opvr', 148750],
    // VOSMS at 10 MW = 850 000 in 2024 (2% = 17 000), at 20 MW = 1 700 000 from 2026 (34 000).
    [1000000, 2024, 'vosms', 17000],
    [1000000, 2026, 'vosms', 20000],
    [2000000, 2026, 'vosms', 34000],
    // OOSMS at 10 MW in 2024 (3% × 850 000 = 25 500), at 40 MW = 3 400 000 from 2026 (102 000).
    [1000000, 2024, 'oosms', 25500],
    [1000000, 2026, 'oosms', 30000],
    [4000000, 2026, 'oosms', 102000],
    // Social contributions on (G − OPV) within [1 MW, 7 MW]: 50 000 − 5 000 = 45 000 → 85 000 × 3.5% = 2 975;
    // 1 000 000 − 100 000 = 900 000 → 595 000 × 3.5% = 20 825 (2024) or × 5% = 29 750 (2025).
    [50000, 2024, 'so', 2975],
    [1000000, 2024, 'so', 20825],
    [1000000, 2025, 'so', 29750],
  ] as const)('caps: gross %d in %d gives %s %d', (gross, year, item, expected) => {
    expect(amounts(gross, year)[item]).toBe(expected);
  });

  it('takes 90% off the taxable income under 25 MRP in 2024 (92 300), not at it', () => {
    // 92 299: opv 9 229.9 → 9 230, vosms 1 845.98 → 1 846, taxable 92 299 − 11 076 − 51 688 = 29 535 × 10% =
    // 2 953.5 → 2 954, ipn 295.4 → 295, net 80 928. 92 300: taxable 29 536 in full, ipn 2 953.6 → 2 954, net 78 270.
    const below = payBreakdown(d(92299), june(2024));
    const at = payBreakdown(d(92300), june(2024));
    expect([below.adjusted, below.taxable.toNumber(), below.ipn.toNumber(), below.net.toNumber()]).toEqual([
      true,
      2954,
      295,
      80928,
    ]);
    expect([at.adjusted, at.taxable.toNumber(), at.ipn.toNumber(), at.net.toNumber()]).toEqual([
      false,
      29536,
      2954,
      78270,
    ]);
    // No adjustment from 2026. Its amounts could not show it (25 MRP, 108 125, is below the deduction of 30 MRP,
    // 129 750, so such a gross has no taxable income anyway): only the flag tells.
    expect(payBreakdown(d(100000), june(2026)).adjusted).toBe(false);
  });

  it('taxes at 15% the part of the year taxable income above 8 500 MRP, crossed in November 2026', () => {
    // 4 000 000 a month: opv 400 000, vosms 34 000 (cap 1 700 000), taxable 4 000 000 − 434 000 − 129 750 =
    // 3 436 250. Threshold 8 500 × 4 325 = 36 762 500; after October 34 362 500, after November 37 798 750: 1 036 250
    // above. November: 10% × 2 400 000 + 15% × 1 036 250 = 395 437.5 → 395 438. December: 15% × 3 436 250 =
    // 515 437.5 → 515 438. October: 343 625.
    const at = (month: number) => breakdownInYear(d(4000000), monthIndex(2026, month), rules);
    expect(at(10).ipn.toNumber()).toBe(343625);
    expect(at(11).taxableHigh.toNumber()).toBe(1036250);
    expect(at(11).ipn.toNumber()).toBe(395438);
    expect(at(11).net.toNumber()).toBe(4000000 - 400000 - 34000 - 395438);
    expect(at(12).ipn.toNumber()).toBe(515438);
    // No higher rate before 2026, whatever the year's income.
    expect(breakdownInYear(d(4000000), monthIndex(2025, 12), rules).taxableHigh.isZero()).toBe(true);
  });

  it('shares one set of rules between the months of a regime, and none across a change', () => {
    const r = new RulesByMonth(DATA);
    expect(r.at(monthIndex(2026, 1))).toBe(r.at(monthIndex(2026, 12)));
    expect(r.at(monthIndex(2025, 12))).not.toBe(r.at(monthIndex(2026, 1)));
    // 2028's rates (the last change) hold after: 2031 has them.
    expect(r.at(monthIndex(2031, 6))).toBe(r.at(monthIndex(2028, 1)));
    expect(r.at(monthIndex(2028, 1)).opvrRate.toString()).toBe('0.05');
  });

  it('refuses a month before the data, naming the month and the range the data covers', () => {
    expect(() => rulesAt(DATA, monthIndex(2023, 12))).toThrow(
      'contributions and income tax of 2023-12 are unknown: the data covers 2024-01 on (the rates of 2028 held after)',
    );
  });
});

describe('grossForNet', () => {
  const netIn = (year: number) => (g: Dec) => payBreakdown(g, june(year)).net;
  it('finds 300 000 for a net of 250 575 in 2026 (299 999 nets 250 574)', () => {
    expect(grossForNet(d(250575), netIn(2026)).toNumber()).toBe(300000);
    expect(netIn(2026)(d(299999)).toNumber()).toBe(250574);
  });

  it('finds the smallest gross under the 90% adjustment edge when one above it nets less (2024)', () => {
    // Nets 80 000 under 92 300 (92 299 nets 80 928), but 92 300 nets only 78 270: the answer is under the edge.
    const edge = june(2024).ipnAdjustBelow;
    const g = grossForNet(d(80000), netIn(2024), edge);
    expect(g.lt(92300)).toBe(true);
    expect(netIn(2024)(g).gte(80000)).toBe(true);
    expect(netIn(2024)(g.minus(1)).lt(80000)).toBe(true);
  });
});

describe('grossForNet, property', () => {
  it('gives a gross that nets at least the amount, and no gross up to 300 tenge below it does', () => {
    // Half the nets near the 90% adjustment's edge (2024 and 2025: a gross of 92 300 or 98 300 nets about
    // 78 000 to 86 000), where net falls as gross rises and the search must look on both sides.
    const wantedNet = fc.oneof(fc.integer({ min: 70_000, max: 90_000 }), fc.integer({ min: 1, max: 3_000_000 }));
    fc.assert(
      fc.property(wantedNet, fc.constantFrom(2024, 2025, 2026), (wanted, year) => {
        const rules = june(year);
        const netOf = (g: Dec) => payBreakdown(g, rules).net;
        const g = grossForNet(d(wanted), netOf, rules.ipnAdjustBelow);
        expect(netOf(g).gte(wanted)).toBe(true);
        for (let h = g.minus(1); h.gte(0) && h.gte(g.minus(300)); h = h.minus(1))
          expect(netOf(h).lt(wanted)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('payBreakdown, properties', () => {
  const gross = fc.integer({ min: 1, max: 20_000_000 });
  const year = fc.constantFrom(2024, 2025, 2026, 2028, 2031);
  it('net + opv + vosms + ipn = gross', () => {
    fc.assert(
      fc.property(gross, year, (g, y) => {
        const b = payBreakdown(d(g), june(y));
        expect(b.net.plus(b.opv).plus(b.vosms).plus(b.ipn).eq(g)).toBe(true);
      }),
    );
  });

  it('net rises with gross: by 10 tenge or more never less, by one tenge at worst a tenge less (rounding)', () => {
    // Each amount is rounded on its own, so one tenge more may round opv and vosms up together and net a tenge
    // less (300 024 nets 250 595 in 2026, 300 025 nets 250 594). The 90% adjustment's edge (2024, 2025) is a real
    // fall and is left out: both grosses on the same side of it.
    const side = (g: number, y: number) => {
      const edge = june(y).ipnAdjustBelow;
      return edge === undefined ? 0 : edge.lte(g) ? 1 : -1;
    };
    // Steps of a few tenge as often as large ones: rounding shows only there.
    const step = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 1_000_000 }));
    fc.assert(
      fc.property(gross, step, year, (g, by, y) => {
        fc.pre(side(g, y) === side(g + by, y));
        const lower = payBreakdown(d(g), june(y)).net;
        const higher = payBreakdown(d(g + by), june(y)).net;
        if (by >= 10) expect(higher.gte(lower)).toBe(true);
        else expect(higher.gte(lower.minus(1))).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(payBreakdown(d(300024), june(2026)).net.toNumber()).toBe(250595);
    expect(payBreakdown(d(300025), june(2026)).net.toNumber()).toBe(250594);
  });
});

describe('employerChargesFast', () => {
  // Every month of the data's years (the rules of 2024-2028 and after), every kind of factor fund makes: 1, a raise
  // (1.16), a raise with a twelfth of the allowances (1 + 4/12 × the year's average, 40 digits), a pro-rata month.
  const months = [2024, 2025, 2026, 2027, 2028, 2030].map((y) => monthIndex(y, 6));
  const factors = ['1', '1.16', new Dec(4).div(12).plus(1).toString(), new Dec('1.16').times(17).div(31).toString()];
  const check = (tiyn: number, factor: string, month: number, born?: number) => {
    const rules = fastRules(new RulesByMonth(DATA).at(month));
    const salary = new Dec(tiyn).div(100);
    const exact = payBreakdown(salary.times(factor), rules.rules, born).employerCharges.toNumber();
    const fast = employerChargesFast(tiyn, 100, new Dec(factor).toNumber(), rules, born);
    // -1: the doubles could not tell, and decimal.js decides; otherwise the same integer as decimal.js.
    if (fast !== -1) expect(fast).toBe(exact);
    return fast;
  };

  it('gives decimal.js its answer, or says it cannot tell (random salaries to the tiyn)', () => {
    let unsure = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000_000 }),
        fc.constantFrom(...factors),
        fc.constantFrom(...months),
        fc.constantFrom(undefined, 1960, 1990),
        (tiyn, factor, month, born) => {
          if (check(tiyn, factor, month, born) === -1) unsure++;
        },
      ),
      { numRuns: 5000 },
    );
    // The doubles decide nearly always (else the test would hold nothing to decimal.js).
    expect(unsure).toBeLessThan(250);
  });

  it('leaves to decimal.js a gross on a cap or whose charge ends in half a tenge', () => {
    const june2026 = monthIndex(2026, 6);
    // 4 250 000 is the cap of OPV and OPVR (50 MW); 3% of 50 (OOSMS) is 1.5, half a tenge; 300 000 decides.
    expect(check(425_000_000, '1', june2026)).toBe(-1);
    expect(check(5_000, '1', june2026)).toBe(-1);
    expect(check(30_000_000, '1', june2026)).toBe(48840);
  });
});
