import { monthOfDate, type CalDate, type MonthIndex } from './dates.js';
import { Dec, ONE, ZERO, quotient, sum, type Dec as DecT } from './money.js';
import type { Category, Raise, SeniorityBand, Status } from './data.js';
import { SalaryModel, type RangeChoice } from './engine.js';
import { monthsOf, type PriceIndex } from './prices.js';
import {
  employerChargesFast,
  fastRules,
  payBreakdown,
  type FastRules,
  type PayRules,
  type RulesByMonth,
} from './take-home.js';

/**
 * Savings bonuses a year, in monthly salaries, by grid group under `--savings auto`: the paper's Table 4 text (Atyrau
 * region, 2023) gives 5.2 in regional local executive bodies (group D) and 2.8 in district akimats (group E).
 */
export const AUTO_SAVINGS: Readonly<Record<string, DecT>> = { D: new Dec('5.2'), E: new Dec('2.8') };

/** What `fund` groups its rows by. */
export type FundKey = 'unit' | 'code' | 'group' | 'none';

/**
 * What a fund row stands for: a unit, a code or a group of the staffing table, or the year's total. Kept beside the
 * key, so that a unit named "total" (or an empty one) is never taken for kzpay's own rows.
 */
export type FundRowKind = 'unit' | 'code' | 'group' | 'total';

/**
 * Staffing rows of one key and category, summed while the file streams (integers per row; Decimal once per group).
 * Their cost is linear in the sum of their monthly salaries at the grid date, and in that sum weighted by savings.
 */
export interface FundGroup {
  key: string;
  /** A grid category, or one made from a staffing row whose code is outside the grid (code and group only). */
  category: Category;
  headcount: bigint;
  /**
   * Σ monthly salary at the grid date × headcount (the grid's held level or the row's own salary), in units of
   * 10^-salaryScale tenge: an integer, so groups add up exactly before any Decimal.
   */
  salaryUnits: bigint;
  /** Σ monthly salary × savings salaries × headcount, in units of 10^-(salaryScale + savingsScale) tenge. */
  savingsUnits: bigint;
}

/**
 * The monthly salary at the grid date of a grid category for each seniority band, the share held (a staffing table
 * is a snapshot); undefined for a band above share 0 when the category has no max.
 */
export function bandSalaries(category: Category, bands: readonly SeniorityBand[], asOf: CalDate): (DecT | undefined)[] {
  return bands.map((band) => {
    if (category.max === undefined && !band.share.isZero()) return undefined;
    const model = new SalaryModel(category, [], {
      asOf,
      range: 'mid',
      experience: band.from,
      bands,
      holdSeniority: true,
    });
    return model.baseAt(monthOfDate(asOf));
  });
}

export interface FundReportInput {
  groups: readonly FundGroup[];
  /** Decimal places of the groups' salaryUnits (2: tiyn), and of the savings counts in their savingsUnits. */
  salaryScale: number;
  savingsScale: number;
  /** The keys in the order to show them. */
  keys: readonly string[];
  raises: readonly Raise[];
  bands: readonly SeniorityBand[];
  /** Without prices the fund is nominal only: total_real is the nominal total and every year is actual. */
  prices?: PriceIndex;
  asOf: CalDate;
  pricesMonth: MonthIndex;
  range: RangeChoice;
  fromYear: number;
  toYear: number;
  /** Medical-benefit and bonus salaries a year (2 and 2 by default). */
  medical: DecT;
  bonus: DecT;
  /** Money in thousand tenge. */
  thousands: boolean;
  /** Only the total row per year (`--by none`). */
  totalOnly: boolean;
  /** What the keys are (`none`: there are only total rows). */
  by: FundKey;
}

export interface FundRow {
  year: number;
  row: FundRowKind;
  /** The unit, code or group ('' for rows without one); 'total' on total rows. */
  key: string;
  headcount: bigint;
  salaryFund: DecT;
  savingsBonus: DecT;
  total: DecT;
  totalReal: DecT;
  status: Status;
  /** With `--charges`: employer charges of the year, total + charges, and that in the price month's prices. */
  employerCharges?: DecT;
  labourCost?: DecT;
  labourCostReal?: DecT;
}

/** Adds employer charges, labour cost and real labour cost to fund rows (`fund --charges`). */
export function withCharges(rows: readonly FundRow[], charges: FundCharges): FundRow[] {
  return rows.map((r) => {
    const c = r.row === 'total' ? charges.total.get(r.year) : charges.byKey.get(`${r.year}\u0001${r.key}`);
    const employerCharges = c?.charges ?? ZERO;
    const real = c?.chargesReal ?? ZERO;
    return {
      ...r,
      employerCharges,
      labourCost: r.total.plus(employerCharges),
      labourCostReal: r.totalReal.plus(real),
    };
  });
}

/** Groups with the same key and raises in scope cost the same per tenge: their sums add up. */
interface Merged {
  key: string;
  model: SalaryModel;
  headcount: bigint;
  salaryUnits: bigint;
  savingsUnits: bigint;
}

/**
 * The remuneration fund by year and key, then a total row per year. Per person a year: the average monthly salary of
 * the year × (12 + medical + bonus + savings salaries); experience held fixed; raises applied by each category's scope.
 * A month's salary is the grid-date salary × the raise factor of the month (SalaryModel.raiseFactorAt), so the year's
 * salaries are the group's grid-date sum × the sum of the twelve factors.
 */
export function computeFundReport(input: FundReportInput): FundRow[] {
  const { prices } = input;
  const pricesLevel = prices?.level(input.pricesMonth);
  const fixedSalaries = new Dec(12).plus(input.medical).plus(input.bonus);
  // Salary units, months (× 12) and thousands are divided out last, so a whole-year level stays exact.
  const scale = 10n ** BigInt(input.salaryScale) * 12n * (input.thousands ? 1000n : 1n);
  const savingsShift = 10n ** BigInt(input.savingsScale);
  // The salaries a year (12 + medical + bonus) as a whole number F in units of 10^-fixedPlaces.
  const fixedShift = 10n ** BigInt(fixedSalaries.decimalPlaces());
  const fixedWhole = BigInt(fixedSalaries.times(fixedShift.toString()).toFixed(0));
  const merged = mergeByRaises(input);

  const rows: FundRow[] = [];
  for (let year = input.fromYear; year <= input.toYear; year++) {
    const months = monthsOf(year);
    const deflators = months.map((m) => (prices && pricesLevel ? pricesLevel.div(prices.level(m)) : ONE));
    const factors = yearFactors(merged, (model) => {
      const f = months.map((m) => model.raiseFactorAt(m));
      return { nominal: sum(f), real: sum(f.map((x, i) => x.times(deflators[i]))) };
    });
    const kind: FundRowKind = input.by === 'none' ? 'total' : input.by;
    // Per row, Σ factor-sum × units in integers (exact, and a fraction of Decimal's cost a group); Decimal per row.
    const byKey = new Map(input.keys.map((key) => [key, emptySums(emptyRow(year, kind, key))]));
    const total = emptySums(emptyRow(year, 'total', 'total'));
    for (const g of merged) {
      const { nominal, real } = factors.of.get(g.model)!;
      const sums = byKey.get(g.key)!;
      sums.row.headcount += g.headcount;
      sums.nominalSalary += nominal * g.salaryUnits;
      sums.nominalSavings += nominal * g.savingsUnits;
      sums.realSalary += real * g.salaryUnits;
      sums.realSavings += real * g.savingsUnits;
    }
    // The total is the sum of the keys' sums: one addition a key, not a second one a group.
    for (const sums of byKey.values()) {
      total.row.headcount += sums.row.headcount;
      total.nominalSalary += sums.nominalSalary;
      total.nominalSavings += sums.nominalSavings;
      total.realSalary += sums.realSalary;
      total.realSavings += sums.realSavings;
    }
    const status = prices ? prices.status(year) : 'actual';
    const shown = input.totalOnly ? [total] : [...byKey.values(), total];
    // The sums are in units of 10^-places of a factor-sum; F is multiplied in whole: each figure is one quotient of
    // two integers (worked in BigInt, rounded as Decimal divides), the units divided out last.
    const nominalDivisor = scale * 10n ** BigInt(factors.nominalPlaces);
    const realDivisor = scale * 10n ** BigInt(factors.realPlaces) * fixedShift * savingsShift;
    for (const sums of shown) {
      const salaryFund = quotient(sums.nominalSalary * fixedWhole, nominalDivisor * fixedShift);
      const savingsBonus = quotient(sums.nominalSavings, nominalDivisor * savingsShift);
      const realSums = sums.realSalary * fixedWhole * savingsShift + sums.realSavings * fixedShift;
      const totalReal = quotient(realSums, realDivisor);
      rows.push({ ...sums.row, salaryFund, savingsBonus, total: salaryFund.plus(savingsBonus), totalReal, status });
    }
  }
  return rows;
}

/**
 * The year's Σ of the twelve months' raise factors of each model (nominal, and in the price month's prices), as
 * integers in units of 10^-nominalPlaces and 10^-realPlaces: one scale each for all models, so that they add up
 * across groups exactly, in BigInt. The nominal sums have a few decimals, the real ones up to Decimal's precision.
 */
function yearFactors(
  merged: readonly Merged[],
  sumsOf: (model: SalaryModel) => { nominal: DecT; real: DecT },
): { nominalPlaces: number; realPlaces: number; of: Map<SalaryModel, { nominal: bigint; real: bigint }> } {
  const decimals = new Map<SalaryModel, { nominal: DecT; real: DecT }>();
  for (const g of merged) if (!decimals.has(g.model)) decimals.set(g.model, sumsOf(g.model));
  let nominalPlaces = 0;
  let realPlaces = 0;
  for (const { nominal, real } of decimals.values()) {
    nominalPlaces = Math.max(nominalPlaces, nominal.decimalPlaces());
    realPlaces = Math.max(realPlaces, real.decimalPlaces());
  }
  // Exact: a Decimal times a power of ten keeps its digits.
  const whole = (x: DecT, places: number) => BigInt(x.times(new Dec(10).pow(places)).toFixed(0));
  const of = new Map(
    [...decimals].map(([m, s]) => [m, { nominal: whole(s.nominal, nominalPlaces), real: whole(s.real, realPlaces) }]),
  );
  return { nominalPlaces, realPlaces, of };
}

/** A row's running sums over its groups: Σ factor-sum × salary units and × savings units, nominal and real. */
interface RowSums {
  row: FundRow;
  nominalSalary: bigint;
  nominalSavings: bigint;
  realSalary: bigint;
  realSavings: bigint;
}

function emptySums(row: FundRow): RowSums {
  return { row, nominalSalary: 0n, nominalSavings: 0n, realSalary: 0n, realSavings: 0n };
}

/** Adds up, in integers, the groups whose categories have the same raises in scope (one SalaryModel per such class). */
function mergeByRaises(input: FundReportInput): Merged[] {
  const modelOf = new Map<Category, SalaryModel>();
  const modelBySignature = new Map<string, SalaryModel>();
  const modelIds = new Map<SalaryModel, number>();
  const merged = new Map<string, Merged>();
  for (const g of input.groups) {
    let model = modelOf.get(g.category);
    if (!model) {
      // Only the raises matter here: the grid-date salary is in the group's sums already.
      const candidate = new SalaryModel(g.category, input.raises, {
        asOf: input.asOf,
        range: input.range,
        experience: ZERO,
        bands: input.bands,
        holdSeniority: true,
      });
      const signature = candidate.raises.map((r) => input.raises.indexOf(r)).join(',');
      model = modelBySignature.get(signature);
      if (!model) {
        model = candidate;
        modelBySignature.set(signature, model);
        modelIds.set(model, modelIds.size);
      }
      modelOf.set(g.category, model);
    }
    const id = `${g.key}\u0001${modelIds.get(model)}`;
    const m = merged.get(id);
    if (m) {
      m.headcount += g.headcount;
      m.salaryUnits += g.salaryUnits;
      m.savingsUnits += g.savingsUnits;
    } else {
      merged.set(id, {
        key: g.key,
        model,
        headcount: g.headcount,
        salaryUnits: g.salaryUnits,
        savingsUnits: g.savingsUnits,
      });
    }
  }
  return [...merged.values()];
}

function emptyRow(year: number, row: FundRowKind, key: string): FundRow {
  return {
    year,
    row,
    key,
    headcount: 0n,
    salaryFund: ZERO,
    savingsBonus: ZERO,
    total: ZERO,
    totalReal: ZERO,
    status: 'actual',
  };
}

/**
 * What a change costs in one year's rows, per key and in total: `total` of the fund after it minus before it. The
 * total comes from the total row, so a key that happens to read "total" is a key like any other.
 */
export function fundChange(
  before: readonly FundRow[],
  after: readonly FundRow[],
): { byKey: Map<string, { headcount: bigint; cost: DecT }>; total: DecT } {
  const was = new Map(before.map((r) => [`${r.year}\u0001${r.row}\u0001${r.key}`, r]));
  const byKey = new Map<string, { headcount: bigint; cost: DecT }>();
  let total = ZERO;
  for (const row of after) {
    const old = was.get(`${row.year}\u0001${row.row}\u0001${row.key}`);
    const cost = row.total.minus(old ? old.total : ZERO);
    if (row.row === 'total') total = total.plus(cost);
    else byKey.set(row.key, { headcount: row.headcount, cost });
  }
  return { byKey, total };
}

/**
 * The staffing rows as `fund --charges` needs them (io/charge-tally.ts): per row, numbers standing for its salary,
 * savings count, key, cost class and year of birth, and its headcount; employer charges are worked per row.
 */
export interface ChargeRows {
  chunks: readonly ChargeChunk[];
  /** Salaries are in units of 10^-salaryScale tenge. */
  salaryScale: number;
  /** Savings salaries a year by savingsId. */
  savings: readonly DecT[];
  keys: readonly string[];
  /** A category of each cost class, for its raises. */
  categories: readonly Category[];
}

/** `n` rows: numbers standing for each row's salary, savings, key, cost class, year of birth, and its headcount. */
export interface ChargeChunk {
  n: number;
  salaryUnits: Float64Array;
  savingsId: Int32Array;
  keyIndex: Int32Array;
  /** The cost class: the raises that reach the category (rows of one class share their raise factors). */
  costClass: Int32Array;
  /** Year of birth, -1 when not given. */
  born: Int16Array;
  headcount: Float64Array;
}

export interface FundChargesInput {
  rows: ChargeRows;
  raises: readonly Raise[];
  bands: readonly SeniorityBand[];
  prices?: PriceIndex;
  asOf: CalDate;
  pricesMonth: MonthIndex;
  range: RangeChoice;
  fromYear: number;
  toYear: number;
  medical: DecT;
  bonus: DecT;
  thousands: boolean;
  rules: RulesByMonth;
}

/** A row's employer charges, nominal and in the price month's prices, by `${year}\u0001${key}` and for the total. */
export interface FundCharges {
  byKey: Map<string, { charges: DecT; chargesReal: DecT }>;
  total: Map<number, { charges: DecT; chargesReal: DecT }>;
}

/** The months of a year that cost the same for a cost class and savings count: one raise factor, one set of rules. */
interface MonthClass {
  id: number;
  factor: DecT;
  factorD: number;
  rules: FastRules;
}

/**
 * Employer charges of a staffing table by year and key (spec 3.7): per person and month on G = the month's salary +
 * (medical + bonus + savings salaries) / 12 × the year's average monthly salary, summed over people and months. Each
 * row is worked once per distinct month of the year (months with the same raise factor and rules cost the same),
 * in doubles checked against their error (employerChargesFast), the sums kept as whole tenge.
 */
export function computeFundCharges(input: FundChargesInput): FundCharges {
  const { prices, rows } = input;
  const pricesLevel = prices?.level(input.pricesMonth);
  const twelve = new Dec(12);
  const fixed = input.medical.plus(input.bonus);
  const nSavings = rows.savings.length;
  const nKeys = rows.keys.length;
  const models = new Map<number, SalaryModel>();
  const byKey = new Map<string, { charges: DecT; chargesReal: DecT }>();
  const total = new Map<number, { charges: DecT; chargesReal: DecT }>();
  const divisor = input.thousands ? 1000n : 1n;
  const shift = 10 ** rows.salaryScale;
  const salaryShift = new Dec(10).pow(rows.salaryScale);
  for (let year = input.fromYear; year <= input.toYear; year++) {
    const months = monthsOf(year);
    const deflators = months.map((m) => (prices && pricesLevel ? pricesLevel.div(prices.level(m)) : ONE));
    // Months under the same dated values share one PayRules object: it stands for them in the month classes.
    const rules = months.map((m) => input.rules.at(m));
    const fast = new Map<PayRules, FastRules>();
    const rulesId = new Map<PayRules, number>();
    for (const r of rules) if (!rulesId.has(r)) rulesId.set(r, rulesId.size);
    // Per month class: how many months, their deflators, and Σ charge × headcount per key (doubles while exact).
    const classMonths: number[] = [];
    const classDeflators: DecT[] = [];
    const sums: Float64Array[] = [];
    const bigSums = new Map<number, bigint>();
    const paths: (MonthClass[] | undefined)[] = [];
    const pathOf = (costClass: number, savingsId: number): MonthClass[] => {
      let model = models.get(costClass);
      if (!model) {
        model = new SalaryModel(rows.categories[costClass], input.raises, {
          asOf: input.asOf,
          range: input.range,
          experience: ZERO,
          bands: input.bands,
          holdSeniority: true,
        });
        models.set(costClass, model);
      }
      const f = months.map((m) => model.raiseFactorAt(m));
      const average = f.reduce((a, b) => a.plus(b), ZERO).div(twelve);
      const extra = fixed.plus(rows.savings[savingsId]).div(twelve).times(average);
      const byMonth = new Map<string, MonthClass>();
      f.forEach((x, i) => {
        const factor = x.plus(extra);
        const k = `${factor.toString()}\u0001${rulesId.get(rules[i])}`;
        let c = byMonth.get(k);
        if (!c) {
          let fr = fast.get(rules[i]);
          if (!fr) fast.set(rules[i], (fr = fastRules(rules[i])));
          c = { id: classMonths.length, factor, factorD: factor.toNumber(), rules: fr };
          byMonth.set(k, c);
          classMonths.push(0);
          classDeflators.push(ZERO);
          sums.push(new Float64Array(nKeys));
        }
        classMonths[c.id]++;
        classDeflators[c.id] = classDeflators[c.id].plus(deflators[i]);
      });
      return [...byMonth.values()];
    };
    // A gross the doubles cannot decide is worked in decimal.js once, however many rows share it.
    const decided = new Map<string, number>();
    const cacheUnits = new Float64Array(CACHE_MASK + 1).fill(-1);
    const cacheClass = new Int32Array(CACHE_MASK + 1);
    const cacheBorn = new Int16Array(CACHE_MASK + 1);
    const cacheCharge = new Float64Array(CACHE_MASK + 1);
    let lastPath = -1;
    let path: MonthClass[] = [];
    for (const chunk of rows.chunks) {
      for (let i = 0; i < chunk.n; i++) {
        const costClass = chunk.costClass[i];
        const savingsId = chunk.savingsId[i];
        const p = costClass * nSavings + savingsId;
        if (p !== lastPath) {
          path = paths[p] ?? (paths[p] = pathOf(costClass, savingsId));
          lastPath = p;
        }
        const units = chunk.salaryUnits[i];
        const born = chunk.born[i] < 0 ? undefined : chunk.born[i];
        const key = chunk.keyIndex[i];
        const headcount = chunk.headcount[i];
        for (let j = 0; j < path.length; j++) {
          const c = path[j];
          // Rows of a grid category's band share a salary: each slot of a small cache keeps the last one it met.
          const at = ((units % 4093) * 16 + c.id * 4 + (born ?? 0)) & CACHE_MASK;
          let charge: number;
          if (cacheUnits[at] === units && cacheClass[at] === c.id && cacheBorn[at] === (born ?? -1)) {
            charge = cacheCharge[at];
          } else {
            charge = employerChargesFast(units / shift, c.factorD, c.rules, born);
            if (charge < 0) {
              const memo = `${units}\u0001${c.id}\u0001${born ?? ''}`;
              charge = decided.get(memo) ?? -1;
              if (charge < 0) {
                const gross = new Dec(units).div(salaryShift).times(c.factor);
                charge = payBreakdown(gross, c.rules.rules, born).employerCharges.toNumber();
                decided.set(memo, charge);
              }
            }
            cacheUnits[at] = units;
            cacheClass[at] = c.id;
            cacheBorn[at] = born ?? -1;
            cacheCharge[at] = charge;
          }
          const add = charge * headcount;
          const s = sums[c.id];
          if (add <= FLUSH_AT && s[key] + add <= FLUSH_AT) s[key] += add;
          else {
            const slot = c.id * nKeys + key;
            bigSums.set(slot, (bigSums.get(slot) ?? 0n) + BigInt(charge) * BigInt(headcount) + BigInt(s[key]));
            s[key] = 0;
          }
        }
      }
    }
    // Each key's charges are integers (Σ charge × headcount × months); in the price month's prices, Σ charge ×
    // headcount × the class's deflators, worked in BigInt on the deflators as integers and divided once (quotient).
    const places = classDeflators.reduce((p, d) => Math.max(p, d.decimalPlaces()), 0);
    const scale = 10n ** BigInt(places);
    const deflatorUnits = classDeflators.map((d) => BigInt(d.times(new Dec(10).pow(places)).toFixed(0)));
    let yearNominal = 0n;
    let yearReal = 0n;
    for (let key = 0; key < nKeys; key++) {
      let nominal = 0n;
      let real = 0n;
      for (let id = 0; id < sums.length; id++) {
        const big = bigSums.get(id * nKeys + key);
        if (sums[id][key] === 0 && big === undefined) continue;
        const amount = BigInt(sums[id][key]) + (big ?? 0n);
        nominal += amount * BigInt(classMonths[id]);
        real += amount * deflatorUnits[id];
      }
      yearNominal += nominal;
      yearReal += real;
      byKey.set(`${year}\u0001${rows.keys[key]}`, {
        charges: quotient(nominal, divisor),
        chargesReal: quotient(real, scale * divisor),
      });
    }
    total.set(year, { charges: quotient(yearNominal, divisor), chargesReal: quotient(yearReal, scale * divisor) });
  }
  return { byKey, total };
}

/** Slots of the cache of charges by salary (a power of two, less one). */
const CACHE_MASK = (1 << 14) - 1;

/** Above this a running sum of charges moves into a BigInt (a sum of two numbers at most this is exact). */
const FLUSH_AT = 2 ** 52;
