import { compareDates, formatDate, formatMonth, monthIndex, monthOf, yearOf, type MonthIndex } from './dates.js';
import type { ParamValue } from './data.js';
import { InputError } from './errors.js';
import { Dec, ONE, ZERO, type Dec as DecT } from './money.js';
import { valueAt } from './schedule.js';

/**
 * Take-home pay and employer charges (spec 3.7): the names of the `contributions` data set, the values in force in a
 * month, and one pure function from a month's gross pay to its breakdown.
 */

/**
 * What a value of the contributions data set is: a rate (a share from 0 to 1), a cap (a number of minimum wages or
 * MRP, above 0), an amount (0 or more), a year of birth, or a switch (0 or 1).
 */
export type ContributionKind = 'rate' | 'cap' | 'amount' | 'year' | 'switch';

/** Every name of the contributions data set, with its kind and whether a month needs it to be computed at all. */
export const CONTRIBUTION_NAMES: Readonly<Record<string, { kind: ContributionKind; required: boolean }>> = {
  opv_rate: { kind: 'rate', required: true },
  opv_cap_mw: { kind: 'cap', required: true },
  vosms_rate: { kind: 'rate', required: true },
  vosms_cap_mw: { kind: 'cap', required: true },
  ipn_rate: { kind: 'rate', required: true },
  ipn_deduction_mrp: { kind: 'amount', required: true },
  ipn_adjust_below_mrp: { kind: 'amount', required: false },
  ipn_adjust_share: { kind: 'rate', required: false },
  ipn_high_rate: { kind: 'rate', required: false },
  ipn_high_threshold_mrp: { kind: 'cap', required: false },
  opvr_rate: { kind: 'rate', required: true },
  opvr_cap_mw: { kind: 'cap', required: true },
  opvr_born_from: { kind: 'year', required: false },
  so_rate: { kind: 'rate', required: true },
  so_base_min_mw: { kind: 'amount', required: true },
  so_base_max_mw: { kind: 'cap', required: true },
  oosms_rate: { kind: 'rate', required: true },
  oosms_cap_mw: { kind: 'cap', required: true },
  social_tax_rate: { kind: 'rate', required: true },
  social_tax_less_so: { kind: 'switch', required: false },
};

/** The rates and limits in force in one month, in tenge where the data gives them in minimum wages or MRP. */
export interface PayRules {
  mw: DecT;
  mrp: DecT;
  opvRate: DecT;
  opvCap: DecT;
  vosmsRate: DecT;
  vosmsCap: DecT;
  ipnRate: DecT;
  ipnDeduction: DecT;
  /** The 90% adjustment: the gross under which it applies (undefined: not in force), and the share taken off. */
  ipnAdjustBelow?: DecT;
  ipnAdjustShare: DecT;
  /** The higher rate on the year's taxable income above the threshold (undefined: not in force). */
  ipnHighRate?: DecT;
  ipnHighThreshold?: DecT;
  opvrRate: DecT;
  opvrCap: DecT;
  /** Employer pension contributions are paid for people born in or after this year (undefined: for everyone). */
  opvrBornFrom?: number;
  soRate: DecT;
  soBaseMin: DecT;
  soBaseMax: DecT;
  oosmsRate: DecT;
  oosmsCap: DecT;
  socialTaxRate: DecT;
  socialTaxLessSo: boolean;
}

/** One month's pay taken apart: what the employee keeps and pays, and what the employer pays on top (whole tenge). */
export interface PayBreakdown {
  gross: DecT;
  opv: DecT;
  vosms: DecT;
  /** The month's taxable income, after the deduction and the 90% adjustment. */
  taxable: DecT;
  /** Of `taxable`, the part taxed at the higher rate (above the year's threshold). */
  taxableHigh: DecT;
  ipn: DecT;
  net: DecT;
  opvr: DecT;
  so: DecT;
  oosms: DecT;
  socialTax: DecT;
  employerCharges: DecT;
  labourCost: DecT;
  /** The bases the amounts were worked on, for a reader: the table shows each item with its base and rate. */
  bases: {
    opv: DecT;
    vosms: DecT;
    ipn: DecT;
    opvr: DecT;
    so: DecT;
    oosms: DecT;
    socialTax: DecT;
  };
  /** Whether the 90% adjustment applied, and whether the employer pension contribution was due. */
  adjusted: boolean;
  opvrDue: boolean;
}

/** Whole tenge, half up, as tax amounts are. */
export function wholeTenge(x: DecT): DecT {
  return x.toDecimalPlaces(0, Dec.ROUND_HALF_UP);
}

const min = (a: DecT, b: DecT) => (a.lt(b) ? a : b);
const max = (a: DecT, b: DecT) => (a.gt(b) ? a : b);

/**
 * The breakdown of a month's gross pay G (spec 3.7), each amount rounded to whole tenge, half up. `born`: the
 * person's year of birth (undefined: assumed born in or after opvr_born_from); `taxableBefore`: the taxable income
 * of the year's months before this one, for the higher rate on the year's income above its threshold.
 */
export function payBreakdown(gross: DecT, rules: PayRules, born?: number, taxableBefore: DecT = ZERO): PayBreakdown {
  const r = rules;
  const opvBase = min(gross, r.opvCap);
  const opv = wholeTenge(opvBase.times(r.opvRate));
  const vosmsBase = min(gross, r.vosmsCap);
  const vosms = wholeTenge(vosmsBase.times(r.vosmsRate));
  let taxable = max(ZERO, gross.minus(opv).minus(vosms).minus(r.ipnDeduction));
  const adjusted = r.ipnAdjustBelow !== undefined && gross.lt(r.ipnAdjustBelow);
  if (adjusted) taxable = taxable.times(ONE.minus(r.ipnAdjustShare));
  taxable = wholeTenge(taxable);
  let taxableHigh = ZERO;
  if (r.ipnHighRate !== undefined && r.ipnHighThreshold !== undefined) {
    taxableHigh = min(taxable, max(ZERO, taxableBefore.plus(taxable).minus(r.ipnHighThreshold)));
  }
  const ipn = wholeTenge(
    taxable
      .minus(taxableHigh)
      .times(r.ipnRate)
      .plus(taxableHigh.times(r.ipnHighRate ?? ZERO)),
  );
  const net = gross.minus(opv).minus(vosms).minus(ipn);

  const opvrDue = born === undefined || r.opvrBornFrom === undefined || born >= r.opvrBornFrom;
  const opvrBase = opvrDue ? min(gross, r.opvrCap) : ZERO;
  const opvr = wholeTenge(opvrBase.times(r.opvrRate));
  const soBase = min(max(gross.minus(opv), r.soBaseMin), r.soBaseMax);
  const so = wholeTenge(soBase.times(r.soRate));
  const oosmsBase = min(gross, r.oosmsCap);
  const oosms = wholeTenge(oosmsBase.times(r.oosmsRate));
  const socialTaxBase = max(ZERO, gross.minus(opv).minus(vosms));
  const socialTax = max(ZERO, wholeTenge(socialTaxBase.times(r.socialTaxRate)).minus(r.socialTaxLessSo ? so : ZERO));
  const employerCharges = opvr.plus(so).plus(oosms).plus(socialTax);
  return {
    gross,
    opv,
    vosms,
    taxable,
    taxableHigh,
    ipn,
    net,
    opvr,
    so,
    oosms,
    socialTax,
    employerCharges,
    labourCost: gross.plus(employerCharges),
    bases: {
      opv: opvBase,
      vosms: vosmsBase,
      ipn: taxable,
      opvr: opvrBase,
      so: soBase,
      oosms: oosmsBase,
      socialTax: socialTaxBase,
    },
    adjusted,
    opvrDue,
  };
}

/**
 * The smallest whole-tenge gross whose net is at least `wanted` (`--from-net`). Net rises with gross except by a
 * tenge of rounding and at the 90% adjustment's edge (a gross just under it keeps more than one just over), so each
 * stretch on either side of that edge is searched on its own, and the smaller answer taken.
 */
export function grossForNet(wanted: DecT, netOf: (gross: DecT) => DecT, edge?: DecT): DecT {
  const target = wanted;
  const ok = (g: DecT) => netOf(g).gte(target);
  const search = (lo: DecT, hi: DecT): DecT | undefined => {
    // The first whole tenge in [lo, hi] where ok holds, found by halving and then looking a few tenge lower, since
    // net may fall back by a tenge of rounding after it first reaches the target.
    if (hi.lt(lo) || !ok(hi)) return undefined;
    let a = lo;
    let b = hi;
    if (ok(a)) return a;
    while (b.minus(a).gt(1)) {
      const mid = a.plus(b).div(2).floor();
      if (ok(mid)) b = mid;
      else a = mid;
    }
    let best = b;
    for (let g = b.minus(1); g.gte(lo) && g.gte(b.minus(16)); g = g.minus(1)) if (ok(g)) best = g;
    return best;
  };
  // Net is most of gross wherever the rates are sane: start at twice the target and double while it falls short.
  let top = wholeTenge(target.times(2)).plus(100);
  for (let i = 0; i < 64 && !ok(top); i++) top = top.times(2);
  const zero = ZERO;
  if (edge === undefined || edge.lte(0)) return search(zero, top) ?? top;
  const below = search(zero, min(edge.ceil().minus(1), top));
  const above = search(edge.ceil(), max(top, edge.ceil()));
  const found = [below, above].filter((x): x is DecT => x !== undefined);
  return found.length === 0 ? top : found.reduce((a, b) => min(a, b));
}

/** The contributions data set and the params it needs (min_wage, mrp), and the months it covers. */
export interface ContributionData {
  values: readonly ParamValue[];
  params: readonly ParamValue[];
  /** Labels to name in messages. */
  label: string;
  paramsLabel: string;
}

/** The first month every required name has a value: before it the amounts are unknown. */
function firstMonth(values: readonly ParamValue[]): MonthIndex | undefined {
  let first: MonthIndex | undefined;
  for (const [name, spec] of Object.entries(CONTRIBUTION_NAMES)) {
    if (!spec.required) continue;
    const own = values.filter((v) => v.name === name);
    if (own.length === 0) return undefined;
    const earliest = own.reduce((a, b) => (compareDates(a.effective, b.effective) <= 0 ? a : b));
    const m = monthIndex(earliest.effective.year, earliest.effective.month);
    first = first === undefined ? m : Math.max(first, m);
  }
  return first;
}

/** The year of the data's last dated change: the rates of that year hold after it. */
export function lastChangeYear(values: readonly ParamValue[]): number {
  return Math.max(...values.map((v) => v.effective.year));
}

/**
 * The rules in force in a month, from the contributions data set and the params' min_wage and mrp. A month before
 * the data's first date is an error naming the month and the range the data covers (exit 3).
 */
export function rulesAt(data: ContributionData, month: MonthIndex): PayRules {
  const date = { year: yearOf(month), month: monthOf(month), day: 1 };
  const first = firstMonth(data.values);
  if (first === undefined) {
    const missing = Object.entries(CONTRIBUTION_NAMES)
      .filter(([n, s]) => s.required && !data.values.some((v) => v.name === n))
      .map(([n]) => n);
    throw new InputError(
      `the contributions data set has no ${missing.join(', ')}`,
      { file: data.label },
      `a row for each of ${missing.join(', ')}`,
    );
  }
  if (month < first) {
    throw new InputError(
      `the contributions and income tax of ${formatMonth(month)} are unknown: the data covers ${formatMonth(first)} ` +
        `on (the rates of ${lastChangeYear(data.values)} held after)`,
      { file: data.label },
      `a month from ${formatMonth(first)}, or a contributions file that covers ${formatMonth(month)}`,
    );
  }
  const at = (name: string): DecT | undefined =>
    valueAt(
      data.values.filter((v) => v.name === name),
      date,
    )?.value;
  const param = (name: string): DecT => {
    const v = valueAt(
      data.params.filter((p) => p.name === name),
      date,
    )?.value;
    if (v === undefined) {
      throw new InputError(
        `no ${name} in force on ${formatDate(date)}, which the contributions of ${formatMonth(month)} are counted in`,
        { file: data.paramsLabel },
        `a ${name} row effective on or before ${formatDate(date)}`,
      );
    }
    return v;
  };
  const need = (name: string): DecT => at(name)!;
  const mw = param('min_wage');
  const mrp = param('mrp');
  const adjustBelow = at('ipn_adjust_below_mrp');
  const adjustShare = at('ipn_adjust_share');
  const highRate = at('ipn_high_rate');
  const highThreshold = at('ipn_high_threshold_mrp');
  const inForce = (v: DecT | undefined) => v?.gt(0) === true;
  if (inForce(adjustBelow) && adjustShare === undefined) {
    throw new InputError(
      `ipn_adjust_below_mrp is in force on ${formatDate(date)} but ipn_adjust_share is not`,
      { file: data.label },
      'an ipn_adjust_share row with the adjustment',
    );
  }
  if (inForce(highRate) && highThreshold === undefined) {
    throw new InputError(
      `ipn_high_rate is in force on ${formatDate(date)} but ipn_high_threshold_mrp is not`,
      { file: data.label },
      'an ipn_high_threshold_mrp row with the higher rate',
    );
  }
  const bornFrom = at('opvr_born_from');
  return {
    mw,
    mrp,
    opvRate: need('opv_rate'),
    opvCap: need('opv_cap_mw').times(mw),
    vosmsRate: need('vosms_rate'),
    vosmsCap: need('vosms_cap_mw').times(mw),
    ipnRate: need('ipn_rate'),
    ipnDeduction: need('ipn_deduction_mrp').times(mrp),
    ipnAdjustBelow: inForce(adjustBelow) ? adjustBelow!.times(mrp) : undefined,
    ipnAdjustShare: adjustShare ?? ZERO,
    ipnHighRate: inForce(highRate) ? highRate : undefined,
    ipnHighThreshold: inForce(highRate) ? highThreshold!.times(mrp) : undefined,
    opvrRate: need('opvr_rate'),
    opvrCap: need('opvr_cap_mw').times(mw),
    opvrBornFrom: bornFrom?.toNumber(),
    soRate: need('so_rate'),
    soBaseMin: need('so_base_min_mw').times(mw),
    soBaseMax: need('so_base_max_mw').times(mw),
    oosmsRate: need('oosms_rate'),
    oosmsCap: need('oosms_cap_mw').times(mw),
    socialTaxRate: need('social_tax_rate'),
    socialTaxLessSo: (at('social_tax_less_so') ?? ZERO).eq(1),
  };
}

/**
 * The rules of each month, worked out once a month however many amounts or people are computed; months under the
 * same dated values (of contributions and params) share one PayRules object.
 */
export class RulesByMonth {
  private readonly memo = new Map<MonthIndex, PayRules>();
  private readonly regimes = new Map<number, PayRules>();
  /** The first month each dated value (of contributions, min_wage, mrp) is in force on its 1st day, sorted. */
  private readonly changes: MonthIndex[];
  private readonly first: MonthIndex | undefined;
  constructor(readonly data: ContributionData) {
    this.first = firstMonth(data.values);
    const dated = [...data.values, ...data.params.filter((p) => p.name === 'min_wage' || p.name === 'mrp')];
    this.changes = dated
      .map((v) => monthIndex(v.effective.year, v.effective.month) + (v.effective.day === 1 ? 0 : 1))
      .sort((a, b) => a - b);
  }
  at(month: MonthIndex): PayRules {
    let r = this.memo.get(month);
    if (r) return r;
    // Months between the same two changes have the same values in force, and so the same rules.
    let regime = 0;
    while (regime < this.changes.length && this.changes[regime] <= month) regime++;
    const known = this.first !== undefined && month >= this.first;
    if (known) r = this.regimes.get(regime);
    if (!r) {
      r = rulesAt(this.data, month);
      if (known) this.regimes.set(regime, r);
    }
    this.memo.set(month, r);
    return r;
  }
}

/**
 * The months of a year up to `month` with the same gross each: the breakdown of `month`, the year's taxable income
 * before it counted from January (the higher rate is on the year's income).
 */
export function breakdownInYear(gross: DecT, month: MonthIndex, rules: RulesByMonth, born?: number): PayBreakdown {
  let before = ZERO;
  for (let m = monthIndex(yearOf(month), 1); m < month; m++) {
    before = before.plus(payBreakdown(gross, rules.at(m), born, before).taxable);
  }
  return payBreakdown(gross, rules.at(month), born, before);
}

/** A month's rules as doubles, for employerChargesFast's first try. */
export interface FastRules {
  rules: PayRules;
  opvRate: number;
  opvCap: number;
  vosmsRate: number;
  vosmsCap: number;
  opvrRate: number;
  opvrCap: number;
  soRate: number;
  soBaseMin: number;
  soBaseMax: number;
  oosmsRate: number;
  oosmsCap: number;
  socialTaxRate: number;
}

/** The rules as doubles (see employerChargesFast). */
export function fastRules(r: PayRules): FastRules {
  return {
    rules: r,
    opvRate: r.opvRate.toNumber(),
    opvCap: r.opvCap.toNumber(),
    vosmsRate: r.vosmsRate.toNumber(),
    vosmsCap: r.vosmsCap.toNumber(),
    opvrRate: r.opvrRate.toNumber(),
    opvrCap: r.opvrCap.toNumber(),
    soRate: r.soRate.toNumber(),
    soBaseMin: r.soBaseMin.toNumber(),
    soBaseMax: r.soBaseMax.toNumber(),
    oosmsRate: r.oosmsRate.toNumber(),
    oosmsCap: r.oosmsCap.toNumber(),
    socialTaxRate: r.socialTaxRate.toNumber(),
  };
}

/** Signals that a double came too close to a cap, a bound or half a tenge to decide: decimal.js decides. */
const UNSURE = -1;

/**
 * The employer charges of a gross G = salary × factor in whole tenge, worked in doubles and checked: the same integer
 * as payBreakdown(salary × factor).employerCharges, or -1 when the doubles cannot tell, and then decimal.js must. A
 * double of G is within a few parts in 10^16 of G; each decision (a cap, a bound, rounding half up) is taken in
 * doubles only when the double is further from the edge than a margin far wider than that error (10^-12 of G). So
 * the answer is decimal.js's, at a fraction of its cost: `fund --charges` works it for every row of a staffing table
 * (a property test holds the two to each other).
 */
export function employerChargesFast(
  salaryUnits: number,
  unitsPerTenge: number,
  factorD: number,
  r: FastRules,
  born: number | undefined,
): number {
  // The salary comes as integer units and the divisor (no double made by the caller: a call passes small integers).
  const g = (salaryUnits / unitsPerTenge) * factorD;
  const eps = g * 1e-12 + 1e-9;
  const opv = share(g, r.opvCap, r.opvRate, eps);
  const vosms = share(g, r.vosmsCap, r.vosmsRate, eps);
  const due = born === undefined || r.rules.opvrBornFrom === undefined || born >= r.rules.opvrBornFrom;
  const opvr = due ? share(g, r.opvrCap, r.opvrRate, eps) : 0;
  const oosms = share(g, r.oosmsCap, r.oosmsRate, eps);
  // Every amount is 0 or more: a negative one is UNSURE.
  if (opv < 0 || vosms < 0 || opvr < 0 || oosms < 0) return UNSURE;
  const soRaw = g - opv;
  if (Math.abs(soRaw - r.soBaseMin) <= eps || Math.abs(soRaw - r.soBaseMax) <= eps) return UNSURE;
  const so = roundHalfUp(r.soRate * Math.min(Math.max(soRaw, r.soBaseMin), r.soBaseMax), eps);
  const stRaw = g - opv - vosms;
  if (so < 0 || Math.abs(stRaw) <= eps) return UNSURE;
  const st = stRaw < 0 ? 0 : roundHalfUp(r.socialTaxRate * stRaw, eps);
  if (st < 0) return UNSURE;
  return opvr + so + oosms + Math.max(0, st - (r.rules.socialTaxLessSo ? so : 0));
}

/** rate × min(g, cap) in whole tenge, half up; UNSURE when g is near the cap or the amount near half a tenge. */
function share(g: number, cap: number, rate: number, eps: number): number {
  const base = capped(g, cap, eps);
  return base === UNSURE ? UNSURE : roundHalfUp(rate * base, eps);
}

/** min(g, cap), or UNSURE when g is within eps of the cap. */
function capped(g: number, cap: number, eps: number): number {
  if (g < cap - eps) return g;
  if (g > cap + eps) return cap;
  return UNSURE;
}

/** x rounded half up to a whole number, or UNSURE when x is within eps of half a unit (or when it is UNSURE). */
function roundHalfUp(x: number, eps: number): number {
  const y = x + 0.5;
  const whole = Math.floor(y);
  const d = y - whole;
  return d <= eps || d >= 1 - eps ? UNSURE : whole;
}
