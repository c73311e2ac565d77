import type { CalDate } from './dates.js';
import type { Category, Grid, ParamValue } from './data.js';
import { factorToPercent, type Dec } from './money.js';
import { msg, type Msg } from './report.js';
import { valueAt } from './schedule.js';

/** Which salary column the step rule and the floor are checked on. */
export type Basis = 'min' | 'max';

/** within: both tiers equal; between: the tiers differ; unchecked: a tier is missing, so the norm is unknown. */
export type StepKind = 'within' | 'between' | 'unchecked';

export type PairVerdict = 'ok' | 'violation' | 'inversion' | 'unchecked';

/** The 2004 methodology's steps, in percent: 12 within a management level, 32 between levels by default. */
export interface StepNorms {
  within: Dec;
  between: Dec;
}

/** A block of the grid: its categories from the top (rank 1) down. */
export interface Block {
  name: string;
  categories: Category[];
}

/** One adjacent pair of a block, upper above lower, checked against its norm. */
export interface PairCheck {
  block: string;
  upper: string;
  lower: string;
  upperSalary?: Dec;
  lowerSalary?: Dec;
  /** upper / lower − 1, in percent; absent when a basis salary is missing. */
  stepPct?: Dec;
  kind: StepKind;
  normPct?: Dec;
  /** step − norm, in percentage points. */
  deviationPp?: Dec;
  verdict: PairVerdict;
  /** Why the pair could not be checked against a norm, when it could not. */
  reason?: Msg;
}

/** A category whose basis salary is below the floor. */
export interface FloorCheck {
  block: string;
  code: string;
  salary: Dec;
  floor: Dec;
  verdict: 'below-floor';
  category: Category;
}

export interface GapsInput {
  grid: Grid;
  basis: Basis;
  norms: StepNorms;
  /** How far a step may be from its norm and still be ok, in percentage points. */
  tolerance: Dec;
  /** The lowest salary allowed (the minimum wage); no floor rows when absent. */
  floor?: Dec;
}

export interface GapsReport {
  pairs: PairCheck[];
  belowFloor: FloorCheck[];
  /** Blocks with a single category: no step to check. */
  singleBlocks: string[];
  /** Codes without a basis salary (no max): neither their steps nor the floor could be checked. */
  withoutBasis: string[];
  summary: { pairs: number; ok: number; violations: number; inversions: number; unchecked: number; belowFloor: number };
}

/** The grid's blocks in order of first appearance, each with its categories top (rank 1) first. */
export function blocksOf(grid: Grid): Block[] {
  const blocks = new Map<string, Category[]>();
  for (const c of grid.categories) {
    const key = c.block ?? '';
    const list = blocks.get(key);
    if (list) list.push(c);
    else blocks.set(key, [c]);
  }
  return [...blocks].map(([name, categories]) => ({
    name,
    categories: [...categories].sort((a, b) => a.rank - b.rank),
  }));
}

/** The kind of step between two adjacent categories, from their tiers. */
export function stepKind(upper: Category, lower: Category): StepKind {
  if (upper.tier === undefined || lower.tier === undefined) return 'unchecked';
  return upper.tier === lower.tier ? 'within' : 'between';
}

/** The norm of a step of the given kind, in percent; undefined when the kind is unchecked. */
export function normOf(kind: StepKind, norms: StepNorms): Dec | undefined {
  return kind === 'within' ? norms.within : kind === 'between' ? norms.between : undefined;
}

/** The salary the rule is checked on; undefined when the grid has no max for the category. */
export function basisSalary(c: Category, basis: Basis): Dec | undefined {
  return basis === 'min' ? c.min : c.max;
}

/** The minimum wage in force on a date, from the params' `min_wage` entries; undefined before the first. */
export function minWageAt(params: readonly ParamValue[], date: CalDate): ParamValue | undefined {
  return valueAt(
    params.filter((p) => p.name === 'min_wage'),
    date,
  );
}

/** Why a pair cannot be checked against its norm: a missing basis salary or tier; undefined when it can. */
export function whyUnchecked(upper: Category, lower: Category, basis: Basis): Msg | undefined {
  const lacking = (codes: string[], column: string) =>
    codes.length > 1
      ? msg('reason.two_lack', { first: codes[0], second: codes[1], column })
      : msg('reason.one_lacks', { code: codes[0], column });
  const noBasis = [upper, lower].filter((c) => basisSalary(c, basis) === undefined).map((c) => c.code);
  if (noBasis.length > 0) return lacking(noBasis, basis);
  const noTier = [upper, lower].filter((c) => c.tier === undefined).map((c) => c.code);
  if (noTier.length > 0) return lacking(noTier, 'tier');
  return undefined;
}

function checkPair(block: string, upper: Category, lower: Category, input: GapsInput): PairCheck {
  const kind = stepKind(upper, lower);
  const normPct = normOf(kind, input.norms);
  const upperSalary = basisSalary(upper, input.basis);
  const lowerSalary = basisSalary(lower, input.basis);
  const base = { block, upper: upper.code, lower: lower.code, upperSalary, lowerSalary, kind, normPct };
  const reason = whyUnchecked(upper, lower, input.basis);
  if (upperSalary === undefined || lowerSalary === undefined) return { ...base, verdict: 'unchecked', reason };
  const stepPct = factorToPercent(upperSalary.div(lowerSalary));
  const deviationPp = normPct === undefined ? undefined : stepPct.minus(normPct);
  // An upper post paid no more than the one below breaks any norm, known or not.
  if (stepPct.lte(0)) return { ...base, stepPct, deviationPp, verdict: 'inversion', reason };
  if (deviationPp === undefined) return { ...base, stepPct, verdict: 'unchecked', reason };
  return { ...base, stepPct, deviationPp, verdict: deviationPp.abs().lte(input.tolerance) ? 'ok' : 'violation' };
}

/**
 * The step rule and floor checks of a grid: each adjacent pair of each block in rank order,
 * then the codes below the floor.
 */
export function computeGapsReport(input: GapsInput): GapsReport {
  const pairs: PairCheck[] = [];
  const belowFloor: FloorCheck[] = [];
  const singleBlocks: string[] = [];
  for (const block of blocksOf(input.grid)) {
    const cs = block.categories;
    if (cs.length === 1) singleBlocks.push(block.name);
    for (let i = 0; i + 1 < cs.length; i++) pairs.push(checkPair(block.name, cs[i], cs[i + 1], input));
  }
  const withoutBasis = input.grid.categories
    .filter((c) => basisSalary(c, input.basis) === undefined)
    .map((c) => c.code);
  if (input.floor !== undefined) {
    for (const c of input.grid.categories) {
      const salary = basisSalary(c, input.basis);
      if (salary?.lt(input.floor)) {
        const floor = input.floor;
        belowFloor.push({ block: c.block ?? '', code: c.code, salary, floor, verdict: 'below-floor', category: c });
      }
    }
  }
  const count = (v: PairVerdict) => pairs.filter((p) => p.verdict === v).length;
  return {
    pairs,
    belowFloor,
    singleBlocks,
    withoutBasis,
    summary: {
      pairs: pairs.length,
      ok: count('ok'),
      violations: count('violation'),
      inversions: count('inversion'),
      unchecked: count('unchecked'),
      belowFloor: belowFloor.length,
    },
  };
}
