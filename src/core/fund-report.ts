import type { CalDate, MonthIndex } from './dates.js';
import { Dec, ONE, ZERO, quotient, sum, type Dec as DecT } from './money.js';
import type { Category, Raise, SeniorityBand, Status } from './data.js';
import { levelAtShare, roundedTo, SalaryModel, seniorityShare, type RangeChoice } from './engine.js';
import { ladderOf } from './seniority.js';
import { monthsOf, type PriceIndex } from './prices.js';
import {
  employerChargesFast,
  fastRules,
  payBreakdown,
  type FastRules,
  type PayRules,
  type RulesByMonth,
} from './take-home.js';

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
  /** The key's place among the keys (FundReportInput.keys), when the reader knows it. */
  keyIndex?: number;
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
  /** Under published rounding, the one salary of the group's rows (units of 10^-salaryScale); else undefined. */
  salaryEach?: number;
}

/**
 * The monthly salary at the grid date of a grid category for each band of `merged` (every ladder's band starts, see
 * mergedBands), the share held (a staffing table is a snapshot) on the category's own ladder; undefined for a band
 * above share 0 when the category has no max. Under a published rounding (`round`), rounded as the schedule rounds
 * its starting level: what SalaryModel.levelAt gives at the grid date without raises (test/core/seniority.test.ts).
 */
export function bandSalaries(
  category: Category,
  bands: readonly SeniorityBand[],
  merged: readonly SeniorityBand[],
  round?: number,
): (DecT | undefined)[] {
  const own = ladderOf(bands, category);
  return merged.map((band) => {
    const level = levelAtShare(category, seniorityShare(own, band.from));
    return level === undefined ? undefined : roundedTo(level, round);
  });
}

/** What a fund's figures, and its employer charges, are worked with besides the staffing rows. */
export interface FundTerms {
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
  /** Money in thousands. */
  thousands: boolean;
  /**
   * Decimal places each salary is rounded to after each raise (the system's `round`); undefined: exact. The fund and
   * its employer charges are worked on the same rounded salaries (salaryLevels).
   */
  round?: number;
}

export interface FundReportInput extends FundTerms {
  groups: readonly FundGroup[];
  /** Decimal places of the groups' salaryUnits (2: tiyn), and of the savings counts in their savingsUnits. */
  salaryScale: number;
  savingsScale: number;
  /** The keys in the order to show them. */
  keys: readonly string[];
  /**
   * The grid's amounts are annual rates: a year costs the average rate × (12 + medical + bonus + savings) / 12, the
   * extras being salaries of a month (a twelfth of the rate).
   */
  annual?: boolean;
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

/** Adds employer charges, labour cost and real labour cost to fund rows (`fund --charges`), as the rows come. */
export function* withCharges(rows: Iterable<FundRow>, charges: FundCharges): Generator<FundRow> {
  for (const r of rows) {
    const c = r.row === 'total' ? charges.total.get(r.year) : charges.byKey.get(`${r.year}\u0001${r.key}`);
    const employerCharges = c?.charges ?? ZERO;
    const real = c?.chargesReal ?? ZERO;
    yield {
      ...r,
      employerCharges,
      labourCost: r.total.plus(employerCharges),
      labourCostReal: r.totalReal.plus(real),
    };
  }
}

/**
 * The months of a staffing row's salary through the raises: its category's model and, under published rounding, its
 * salary at the grid date (a group of one salary; rounded levels are not proportional to the salary). Shared by every
 * group of the same raises in scope (and salary), so that each is worked once a year.
 */
interface SalaryPath {
  model: SalaryModel;
  /** Under published rounding, the one salary of the groups at the grid date (tenge); undefined: exact. */
  each?: DecT;
  /** Each published level over `each`, by level (a level object stands for the months it holds): divided once. */
  ratios: Map<DecT, DecT>;
  /** The last year's monthly factors and their sum. */
  lastYear?: { factors: DecT[]; nominal: DecT };
}

/**
 * A year's monthly salaries of a salary at the grid date under published rounding: each month's level as the schedule
 * publishes it (SalaryModel.publishedLevelAt). The fund and its employer charges both take them from here.
 */
function salaryLevels(model: SalaryModel, months: readonly MonthIndex[], each: DecT): DecT[] {
  return months.map((m) => model.publishedLevelAt(m, each));
}

/** A year's monthly salaries of a path over its grid-date salary: the raise factors, or the rounded levels' ratios. */
function monthFactors(path: SalaryPath, months: readonly MonthIndex[]): DecT[] {
  const { model, each, ratios } = path;
  if (each === undefined) return months.map((m) => model.raiseFactorAt(m));
  return salaryLevels(model, months, each).map((level) => {
    let ratio = ratios.get(level);
    if (ratio === undefined) ratios.set(level, (ratio = level.div(each)));
    return ratio;
  });
}

/** Groups with the same key and raises in scope cost the same per tenge: their sums add up. */
interface Merged {
  key: string;
  /** The key's place in the input's keys: the merged groups are sorted by it. */
  keyIndex: number;
  path: SalaryPath;
  headcount: bigint;
  salaryUnits: bigint;
  savingsUnits: bigint;
}

/**
 * The remuneration fund by year and key, then a total row per year. Per person a year: the average monthly salary of
 * the year × (12 + medical + bonus + savings salaries); experience held fixed; raises applied by each category's scope.
 * A month's salary is the grid-date salary × the raise factor of the month (SalaryModel.raiseFactorAt), so the year's
 * salaries are the group's grid-date sum × the sum of the twelve factors. The rows are made as they are read, key by
 * key: one row's sums are held at a time, never the rows.
 */
export function* computeFundReport(input: FundReportInput): Generator<FundRow> {
  const { prices } = input;
  const pricesLevel = prices?.level(input.pricesMonth);
  const fixedSalaries = new Dec(12).plus(input.medical).plus(input.bonus);
  // Salary units, months (× 12) and thousands are divided out last, so a whole-year level stays exact.
  const scale = 10n ** BigInt(input.salaryScale) * 12n * (input.thousands ? 1000n : 1n) * (input.annual ? 12n : 1n);
  const savingsShift = 10n ** BigInt(input.savingsScale);
  // The salaries a year (12 + medical + bonus) as a whole number F in units of 10^-fixedPlaces.
  const fixedShift = 10n ** BigInt(fixedSalaries.decimalPlaces());
  const fixedWhole = BigInt(fixedSalaries.times(fixedShift.toString()).toFixed(0));
  const merged = mergeByRaises(input);

  for (let year = input.fromYear; year <= input.toYear; year++) {
    const months = monthsOf(year);
    const deflators = months.map((m) => (prices && pricesLevel ? pricesLevel.div(prices.level(m)) : ONE));
    const factors = yearFactors(merged, (path) => {
      // Under published rounding a group is of one salary: its months' rounded levels over that salary.
      const f = monthFactors(path, months);
      // A year of the same months as the last (the same factor objects: after the last raise) has the same sum.
      const last = path.lastYear;
      const same = last !== undefined && f.every((x, i) => x === last.factors[i]);
      const nominal = same ? last.nominal : sum(f);
      path.lastYear = { factors: f, nominal };
      return { nominal, real: sum(f.map((x, i) => x.times(deflators[i]))) };
    });
    const kind: FundRowKind = input.by === 'none' ? 'total' : input.by;
    const status = prices ? prices.status(year) : 'actual';
    // The sums are in units of 10^-places of a factor-sum; F is multiplied in whole: each figure is one quotient of
    // two integers (worked in BigInt, rounded as Decimal divides), the units divided out last.
    const nominalDivisor = scale * 10n ** BigInt(factors.nominalPlaces);
    const realDivisor = scale * 10n ** BigInt(factors.realPlaces) * fixedShift * savingsShift;
    const finish = (sums: RowSums): FundRow => {
      const salaryFund = quotient(sums.nominalSalary * fixedWhole, nominalDivisor * fixedShift);
      const savingsBonus = quotient(sums.nominalSavings, nominalDivisor * savingsShift);
      const realSums = sums.realSalary * fixedWhole * savingsShift + sums.realSavings * fixedShift;
      const totalReal = quotient(realSums, realDivisor);
      return { ...sums.row, salaryFund, savingsBonus, total: salaryFund.plus(savingsBonus), totalReal, status };
    };
    // Key by key (the merged groups are in key order): per row, Σ factor-sum × units in integers (exact, and a
    // fraction of Decimal's cost a group), made and handed on before the next key's, so that a year holds one row's
    // sums at a time however many keys; the total is the sum of the keys' sums.
    const total = emptySums(emptyRow(year, 'total', 'total'));
    let at = 0;
    for (let k = 0; k < input.keys.length; k++) {
      const sums = emptySums(emptyRow(year, kind, input.keys[k]));
      for (; at < merged.length && merged[at].keyIndex === k; at++) {
        const g = merged[at];
        const { nominal, real } = factors.of.get(g.path)!;
        sums.row.headcount += g.headcount;
        sums.nominalSalary += nominal * g.salaryUnits;
        sums.nominalSavings += nominal * g.savingsUnits;
        sums.realSalary += real * g.salaryUnits;
        sums.realSavings += real * g.savingsUnits;
      }
      total.row.headcount += sums.row.headcount;
      total.nominalSalary += sums.nominalSalary;
      total.nominalSavings += sums.nominalSavings;
      total.realSalary += sums.realSalary;
      total.realSavings += sums.realSavings;
      if (!input.totalOnly) yield finish(sums);
    }
    yield finish(total);
  }
}

/**
 * The year's Σ of the twelve months' raise factors of each model (nominal, and in the price month's prices), as
 * integers in units of 10^-nominalPlaces and 10^-realPlaces: one scale each for all models, so that they add up
 * across groups exactly, in BigInt. The nominal sums have a few decimals, the real ones up to Decimal's precision.
 */
function yearFactors(
  merged: readonly Merged[],
  sumsOf: (path: SalaryPath) => { nominal: DecT; real: DecT },
): { nominalPlaces: number; realPlaces: number; of: Map<SalaryPath, { nominal: bigint; real: bigint }> } {
  const decimals = new Map<SalaryPath, { nominal: DecT; real: DecT }>();
  for (const g of merged) if (!decimals.has(g.path)) decimals.set(g.path, sumsOf(g.path));
  let nominalPlaces = 0;
  let realPlaces = 0;
  for (const { nominal, real } of decimals.values()) {
    nominalPlaces = Math.max(nominalPlaces, nominal.decimalPlaces());
    realPlaces = Math.max(realPlaces, real.decimalPlaces());
  }
  // Exact: a Decimal times a power of ten keeps its digits.
  const nominalShift = new Dec(10).pow(nominalPlaces);
  const realShift = new Dec(10).pow(realPlaces);
  const whole = (x: DecT, shift: DecT) => BigInt(x.times(shift).toFixed(0));
  const of = new Map(
    [...decimals].map(([p, s]) => [p, { nominal: whole(s.nominal, nominalShift), real: whole(s.real, realShift) }]),
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

/**
 * Adds up, in integers, the groups whose categories have the same raises in scope (one SalaryModel per such class);
 * in the order of the input's keys. Under published rounding, a path per such class and salary (a group's salaryEach).
 */
function mergeByRaises(input: FundReportInput): Merged[] {
  // The keys' places: given by the reader (its key numbers), else looked up once.
  let places: Map<string, number> | undefined;
  const keyIndex = (g: FundGroup): number => {
    if (g.keyIndex !== undefined) return g.keyIndex;
    places ??= new Map(input.keys.map((key, i) => [key, i]));
    return places.get(g.key) ?? -1;
  };
  // A model per category met, shared by the categories of the same raises in scope; a path per model (and salary).
  const modelOf = new Map<Category, SalaryModel>();
  const modelBySignature = new Map<string, SalaryModel>();
  const pathsOf = new Map<SalaryModel, Map<number | undefined, SalaryPath>>();
  const pathIds = new Map<SalaryPath, number>();
  // The first path met of each key, and the few further ones by key and path: no string made per group.
  const merged = new Map<string, Merged>();
  const further = new Map<string, Merged>();
  const all: Merged[] = [];
  const unit = new Dec(10).pow(input.salaryScale);
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
        round: input.round,
      });
      const signature = candidate.raises.map((r) => input.raises.indexOf(r)).join(',');
      model = modelBySignature.get(signature);
      if (!model) modelBySignature.set(signature, (model = candidate));
      modelOf.set(g.category, model);
    }
    // Under published rounding a path per salary (its rounded levels are its own); else one per model.
    const each = input.round !== undefined ? g.salaryEach : undefined;
    let paths = pathsOf.get(model);
    if (!paths) pathsOf.set(model, (paths = new Map()));
    let path = paths.get(each);
    if (!path) {
      path = { model, each: each === undefined ? undefined : new Dec(each).div(unit), ratios: new Map() };
      paths.set(each, path);
      pathIds.set(path, pathIds.size);
    }
    const first = merged.get(g.key);
    const id = first === undefined || first.path === path ? undefined : `${g.key}\u0001${pathIds.get(path)}`;
    const m = id === undefined ? first : further.get(id);
    if (m) {
      m.headcount += g.headcount;
      m.salaryUnits += g.salaryUnits;
      m.savingsUnits += g.savingsUnits;
    } else {
      const made: Merged = {
        key: g.key,
        keyIndex: keyIndex(g),
        path,
        headcount: g.headcount,
        salaryUnits: g.salaryUnits,
        savingsUnits: g.savingsUnits,
      };
      if (id === undefined) merged.set(g.key, made);
      else further.set(id, made);
      all.push(made);
    }
  }
  // A stable sort: the groups of a key stay in the order they first appeared.
  return all.sort((a, b) => a.keyIndex - b.keyIndex);
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
 * The staffing rows as `fund --charges` needs them (io/charge-rows.ts): per row, numbers standing for its salary,
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
  /** 1 where the salary is the grid's (rows of a band share it). */
  shared: Uint8Array;
}

export interface FundChargesInput extends FundTerms {
  rows: ChargeRows;
  rules: RulesByMonth;
}

/** A row's employer charges, nominal and in the price month's prices, by `${year}\u0001${key}` and for the total. */
export interface FundCharges {
  byKey: Map<string, { charges: DecT; chargesReal: DecT }>;
  total: Map<number, { charges: DecT; chargesReal: DecT }>;
}

/**
 * The months of a year that cost the same for a cost class and savings count: one gross per unit of salary (factor),
 * one set of rules. Under published rounding, a cost class is of one salary, and `gross` is the month's gross itself
 * (factorD is then the gross over the salary, for the doubles' first try).
 */
interface MonthClass {
  id: number;
  /** The sums it adds to: those of the month classes of the same months of the year (see YearSums). */
  slot: number;
  factor: DecT;
  factorD: number;
  rules: FastRules;
  gross?: DecT;
}

/**
 * Employer charges of a staffing table by year and key (spec 3.7): per person and month on G = the month's salary +
 * (medical + bonus + savings salaries) / 12 × the year's average monthly salary, summed over people and months. Each
 * row is worked once per distinct month of the year (months with the same raise factor and rules cost the same),
 * in doubles checked against their error (employerChargesFast), the sums kept as whole tenge.
 */
export function computeFundCharges(input: FundChargesInput): FundCharges {
  const { rows } = input;
  const sums = new FundChargeSums(input, rows.salaryScale);
  for (const chunk of rows.chunks) sums.addChunk(chunk, rows.savings, rows.categories);
  return sums.result(rows.keys);
}

/** What FundChargeSums needs besides the rows: the schedule, the years, the allowances, the rules, the prices. */
export type FundChargesSettings = Omit<FundChargesInput, 'rows'>;

/** A year's month classes and sums (see FundChargeSums). */
interface YearSums {
  year: number;
  months: MonthIndex[];
  deflators: DecT[];
  rules: PayRules[];
  rulesId: Map<PayRules, number>;
  fast: Map<PayRules, FastRules>;
  /** How many month classes were made (their ids). */
  classes: number;
  /**
   * Month classes of the same months of the year (a cost class's months before a raise, after it, the whole year)
   * count the same months and deflators: they add to one slot of sums, by the months as a 12-bit mask. Per slot: how
   * many months, their deflators, and Σ charge × headcount per key (doubles while exact, then BigInt by slot and key).
   * A few slots however many cost classes (under published rounding, one a salary).
   */
  slotOfMonths: Map<number, number>;
  slotMonths: number[];
  slotDeflators: DecT[];
  sums: Float64Array[];
  bigSums: Map<string, bigint>;
  /** A gross the doubles cannot decide, worked in decimal.js once however many rows share it. */
  decided: Map<string, number>;
  /** Rows of a grid category's band share a salary: each slot of a small cache keeps the last one it met. */
  cache: Float64Array;
}

/**
 * Employer charges of staffing rows summed by year, key and month class as the rows come (`fund --charges`): while
 * the file streams when the raise schedule is known before it (no scenario), else over the rows kept. Each row is
 * worked once per distinct month of the year (the same raise factor and rules), in doubles checked against their
 * error (employerChargesFast), decimal.js where they cannot tell; the sums are whole tenge.
 */
export class FundChargeSums {
  private readonly years: YearSums[] = [];
  /** A model per category (the categories of cost classes: under published rounding, several classes share one). */
  private readonly models = new Map<Category, SalaryModel>();
  /** Under published rounding, the one salary (units) of each cost class whose months are worked. */
  private readonly classUnits: number[] = [];
  private readonly twelve = new Dec(12);
  private readonly fixed: DecT;
  private readonly shift: number;
  private readonly salaryShift: DecT;
  /** By cost class and savings count, each year's month classes. */
  private readonly paths: MonthClass[][][][] = [];
  private lastPath: MonthClass[][] = [];
  private lastClass = -1;
  private lastSavings = -1;

  constructor(
    private readonly input: FundChargesSettings,
    salaryScale: number,
  ) {
    this.fixed = input.medical.plus(input.bonus);
    this.shift = 10 ** salaryScale;
    this.salaryShift = new Dec(10).pow(salaryScale);
    const { prices } = input;
    const pricesLevel = prices?.level(input.pricesMonth);
    for (let year = input.fromYear; year <= input.toYear; year++) {
      const months = monthsOf(year);
      // Months under the same dated values share one PayRules object: it stands for them in the month classes.
      const rules = months.map((m) => input.rules.at(m));
      const rulesId = new Map<PayRules, number>();
      for (const r of rules) if (!rulesId.has(r)) rulesId.set(r, rulesId.size);
      this.years.push({
        year,
        months,
        deflators: months.map((m) => (prices && pricesLevel ? pricesLevel.div(prices.level(m)) : ONE)),
        rules,
        rulesId,
        fast: new Map(),
        classes: 0,
        slotOfMonths: new Map(),
        slotMonths: [],
        slotDeflators: [],
        sums: [],
        bigSums: new Map(),
        decided: new Map(),
        cache: new Float64Array((CACHE_MASK + 1) * 3).fill(-1),
      });
    }
  }

  /** Adds the rows of a chunk (`savings` and `categories`: what its savingsId and costClass numbers stand for). */
  addChunk(chunk: ChargeChunk, savings: readonly DecT[], categories: readonly Category[]): void {
    for (let i = 0; i < chunk.n; i++) {
      const costClass = chunk.costClass[i];
      const savingsId = chunk.savingsId[i];
      this.add(
        chunk.salaryUnits[i],
        savingsId,
        savings[savingsId],
        chunk.keyIndex[i],
        costClass,
        categories[costClass],
        chunk.born[i],
        chunk.headcount[i],
        chunk.shared[i] === 1,
      );
    }
  }

  /**
   * Adds a row: its salary (units of 10^-salaryScale tenge), savings, key, cost class, year of birth (-1: none);
   * `shared` when the salary is the grid's (rows of a band share it: their charges are looked up in a small cache).
   */
  add(
    units: number,
    savingsId: number,
    savings: DecT,
    key: number,
    costClass: number,
    category: Category,
    bornYear: number,
    headcount: number,
    shared = true,
  ): void {
    if (costClass !== this.lastClass || savingsId !== this.lastSavings) {
      // Each year's month classes of the cost class and savings count, made on first use.
      const byClass = this.paths[costClass] ?? (this.paths[costClass] = []);
      this.lastPath =
        byClass[savingsId] ??
        (byClass[savingsId] = this.years.map((y) => this.pathOf(y, costClass, category, savings, units)));
      this.lastClass = costClass;
      this.lastSavings = savingsId;
    }
    // Under published rounding the months are worked on the class's one salary: a row of another is a reader's bug.
    if (this.input.round !== undefined && units !== this.classUnits[costClass])
      throw new Error(
        `fund --charges: cost class ${costClass} has salaries ${this.classUnits[costClass]} and ${units}`,
      );
    const born = bornYear < 0 ? undefined : bornYear;
    const bornKey = born ?? -1;
    for (let k = 0; k < this.years.length; k++) {
      const y = this.years[k];
      const path = this.lastPath[k];
      for (let j = 0; j < path.length; j++) {
        const c = path[j];
        // A slot holds salary, tag (month class and year of birth) and charge side by side: one memory line a look.
        let charge: number;
        if (shared) {
          const tag = c.id * 4096 + bornKey + 1;
          const at = (Math.imul((units | 0) ^ (tag << 11), 0x9e3779b1) >>> CACHE_SHIFT) * 3;
          const cache = y.cache;
          if (cache[at] === units && cache[at + 1] === tag) {
            charge = cache[at + 2];
          } else {
            charge = employerChargesFast(units, this.shift, c.factorD, c.rules, born);
            if (charge < 0) charge = this.decide(y, units, c, born);
            cache[at] = units;
            cache[at + 1] = tag;
            cache[at + 2] = charge;
          }
        } else {
          charge = employerChargesFast(units, this.shift, c.factorD, c.rules, born);
          if (charge < 0) charge = this.decide(y, units, c, born);
        }
        let s = y.sums[c.slot];
        if (key >= s.length) {
          const grown = new Float64Array(Math.max(key + 1, s.length * 2));
          grown.set(s);
          s = y.sums[c.slot] = grown;
        }
        const add = charge * headcount;
        if (add <= FLUSH_AT && s[key] + add <= FLUSH_AT) s[key] += add;
        else {
          const slot = `${c.slot}\u0001${key}`;
          y.bigSums.set(slot, (y.bigSums.get(slot) ?? 0n) + BigInt(charge) * BigInt(headcount) + BigInt(s[key]));
          s[key] = 0;
        }
      }
    }
  }

  /** The charges of a gross the doubles could not decide, worked in decimal.js. */
  private decide(y: YearSums, units: number, c: MonthClass, born: number | undefined): number {
    const memo = `${units}\u0001${c.id}\u0001${born ?? ''}`;
    let charge = y.decided.get(memo);
    if (charge === undefined) {
      const gross = c.gross ?? new Dec(units).div(this.salaryShift).times(c.factor);
      charge = payBreakdown(gross, c.rules.rules, born).employerCharges.toNumber();
      y.decided.set(memo, charge);
    }
    return charge;
  }

  /**
   * The distinct months of a year for a cost class and savings count: one gross per unit of salary, one set of rules.
   * G = the month's salary + (medical + bonus + savings) / 12 × the year's average monthly salary: the salary as a
   * factor of the row's own (raise factors), or under published rounding the class's one salary as the fund pays it
   * (salaryLevels: rounded after each raise).
   */
  private pathOf(y: YearSums, costClass: number, category: Category, savings: DecT, units: number): MonthClass[] {
    const input = this.input;
    let model = this.models.get(category);
    if (!model) {
      model = new SalaryModel(category, input.raises, {
        asOf: input.asOf,
        range: input.range,
        experience: ZERO,
        bands: input.bands,
        holdSeniority: true,
        round: input.round,
      });
      this.models.set(category, model);
    }
    const m = model;
    const salary = input.round === undefined ? undefined : new Dec(units).div(this.salaryShift);
    if (salary !== undefined) this.classUnits[costClass] = units;
    // Per unit of salary (exact): the raise factors; else the rounded levels themselves, in tenge.
    const f =
      salary === undefined ? y.months.map((month) => m.raiseFactorAt(month)) : salaryLevels(m, y.months, salary);
    const average = f.reduce((a, b) => a.plus(b), ZERO).div(this.twelve);
    const extra = this.fixed.plus(savings).div(this.twelve).times(average);
    const byMonth = new Map<string, MonthClass>();
    // The months of each class, as a 12-bit mask (bit i: the year's month i).
    const masks = new Map<MonthClass, number>();
    f.forEach((x, i) => {
      const amount = x.plus(extra);
      const r = y.rules[i];
      const k = `${amount.toString()}\u0001${y.rulesId.get(r)}`;
      let c = byMonth.get(k);
      if (!c) {
        let fr = y.fast.get(r);
        if (!fr) y.fast.set(r, (fr = fastRules(r)));
        const id = y.classes++;
        c =
          salary === undefined
            ? { id, slot: -1, factor: amount, factorD: amount.toNumber(), rules: fr }
            : {
                id,
                slot: -1,
                factor: ONE,
                factorD: salary.isZero() ? 0 : amount.toNumber() / salary.toNumber(),
                rules: fr,
                gross: amount,
              };
        byMonth.set(k, c);
      }
      masks.set(c, (masks.get(c) ?? 0) | (1 << i));
    });
    for (const [c, mask] of masks) {
      let slot = y.slotOfMonths.get(mask);
      if (slot === undefined) {
        slot = y.sums.length;
        y.slotOfMonths.set(mask, slot);
        let count = 0;
        let deflators = ZERO;
        for (let i = 0; i < 12; i++) {
          if ((mask & (1 << i)) === 0) continue;
          count++;
          deflators = deflators.plus(y.deflators[i]);
        }
        y.slotMonths.push(count);
        y.slotDeflators.push(deflators);
        y.sums.push(new Float64Array(64));
      }
      c.slot = slot;
    }
    return [...byMonth.values()];
  }

  /**
   * Each key's charges by year: integers (Σ charge × headcount × months), and in the price month's prices Σ charge ×
   * headcount × the class's deflators, worked in BigInt on the deflators as integers and divided once (quotient).
   */
  result(keys: readonly string[]): FundCharges {
    const divisor = this.input.thousands ? 1000n : 1n;
    const byKey = new Map<string, { charges: DecT; chargesReal: DecT }>();
    const total = new Map<number, { charges: DecT; chargesReal: DecT }>();
    for (const y of this.years) {
      const places = y.slotDeflators.reduce((p, d) => Math.max(p, d.decimalPlaces()), 0);
      const scale = 10n ** BigInt(places);
      const shift = new Dec(10).pow(places);
      const deflatorUnits = y.slotDeflators.map((d) => BigInt(d.times(shift).toFixed(0)));
      let yearNominal = 0n;
      let yearReal = 0n;
      for (let key = 0; key < keys.length; key++) {
        let nominal = 0n;
        let real = 0n;
        for (let slot = 0; slot < y.sums.length; slot++) {
          const small = key < y.sums[slot].length ? y.sums[slot][key] : 0;
          const big = y.bigSums.size === 0 ? undefined : y.bigSums.get(`${slot}\u0001${key}`);
          if (small === 0 && big === undefined) continue;
          const amount = BigInt(small) + (big ?? 0n);
          nominal += amount * BigInt(y.slotMonths[slot]);
          real += amount * deflatorUnits[slot];
        }
        yearNominal += nominal;
        yearReal += real;
        byKey.set(`${y.year}\u0001${keys[key]}`, {
          charges: quotient(nominal, divisor),
          chargesReal: quotient(real, scale * divisor),
        });
      }
      total.set(y.year, {
        charges: quotient(yearNominal, divisor),
        chargesReal: quotient(yearReal, scale * divisor),
      });
    }
    return { byKey, total };
  }
}

/** Slots of the cache of charges by salary: 2^14, found by the top 14 bits of a 32-bit hash. */
const CACHE_MASK = (1 << 14) - 1;
const CACHE_SHIFT = 32 - 14;

/** Above this a running sum of charges moves into a BigInt (a sum of two numbers at most this is exact). */
const FLUSH_AT = 2 ** 52;
