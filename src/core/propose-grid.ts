import type { Category, Grid } from './data.js';
import { ONE, factorToPercent, percentToFactor, type Dec } from './money.js';
import { basisSalary, blocksOf, normOf, stepKind, whyUnchecked, type Basis, type StepNorms } from './gaps-report.js';
import type { Msg } from './report.js';

/** shortfall: the smallest raises so that no step falls short of its norm; exact: every step exactly its norm. */
export type ProposeMode = 'shortfall' | 'exact';

export interface ProposeInput {
  grid: Grid;
  basis: Basis;
  norms: StepNorms;
  /** No basis salary may stay below it (the minimum wage); none when absent. */
  floor?: Dec;
  mode: ProposeMode;
}

export interface ProposedCategory {
  /** The category as proposed: the basis salary raised, the other column by the same percentage. */
  proposed: Category;
  /** The basis salary today; undefined when the category has none (it is left as it is). */
  oldBasis?: Dec;
  /** proposed / today − 1 of the basis salary, in percent; undefined without a basis salary. */
  raisePct?: Dec;
}

/** A pair of a block whose step the proposal leaves as it falls, and why. */
export interface UnsetStep {
  upper: string;
  lower: string;
  reason: Msg;
}

export interface Proposal {
  /**
   * The proposed grid: today's columns, codes and order with the new salaries;
   * takes the place of today's grid anywhere.
   */
  grid: Grid;
  /** One per category, in the grid's order. */
  categories: ProposedCategory[];
  unset: UnsetStep[];
}

/** One rung of a ladder: a category with a basis salary and the factor of the step up to the rung above, if set. */
interface Rung {
  category: Category;
  own: Dec;
  /**
   * The lowest basis salary that keeps the category at or above the floor: the floor itself for basis min; for basis
   * max, floor × max / min, since min moves by the same percentage and must reach the floor too.
   */
  floor?: Dec;
  /** 1 + norm of the step from this rung to the one above; undefined at the top of a ladder. */
  up?: Dec;
}

/**
 * Cuts a block (top first) into ladders, bottom rung first: a ladder breaks where a step has no norm (a tier missing)
 * or a category has no basis salary, so no salary is set from a step whose norm is unknown.
 */
function laddersOf(categories: Category[], input: ProposeInput, unset: UnsetStep[]): Rung[][] {
  const ladders: Rung[][] = [];
  const cuts: UnsetStep[] = [];
  let ladder: Rung[] = [];
  for (let i = categories.length - 1; i >= 0; i--) {
    const c = categories[i];
    const own = basisSalary(c, input.basis);
    if (own !== undefined) ladder.push({ category: c, own, floor: rungFloor(c, own, input) });
    if (i === 0) break;
    const upper = categories[i - 1];
    const reason = whyUnchecked(upper, c, input.basis);
    if (reason === undefined) {
      ladder[ladder.length - 1].up = percentToFactor(normOf(stepKind(upper, c), input.norms)!);
    } else {
      cuts.push({ upper: upper.code, lower: c.code, reason });
      if (ladder.length > 0) ladders.push(ladder);
      ladder = [];
    }
  }
  if (ladder.length > 0) ladders.push(ladder);
  unset.push(...cuts.reverse()); // in rank order, as the checks list them
  return ladders;
}

function rungFloor(c: Category, own: Dec, input: ProposeInput): Dec | undefined {
  if (input.floor === undefined) return undefined;
  return input.basis === 'min' ? input.floor : input.floor.times(own).div(c.min);
}

/** `own` raised to `target` when the target is higher, rounded up to whole tenge; `own` untouched otherwise. */
function raisedTo(own: Dec, target: Dec | undefined): Dec {
  return target?.gt(own) ? target.ceil() : own;
}

function maxOf(a: Dec | undefined, b: Dec | undefined): Dec | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a.gt(b) ? a : b;
}

/** Bottom up: each salary = max(own, floor, the one below × (1 + norm)), rounded up to whole tenge. */
function shortfall(ladder: Rung[]): Dec[] {
  const out: Dec[] = [];
  ladder.forEach((r, i) => {
    const fromBelow = i === 0 ? undefined : out[i - 1].times(ladder[i - 1].up!);
    out.push(raisedTo(r.own, maxOf(r.floor, fromBelow)));
  });
  return out;
}

/** The ladder from a whole-tenge bottom salary, each step its norm, each salary rounded up to whole tenge. */
function ladderFrom(bottom: Dec, ladder: Rung[]): Dec[] {
  const out: Dec[] = [bottom];
  for (let i = 1; i < ladder.length; i++) out.push(out[i - 1].times(ladder[i - 1].up!).ceil());
  return out;
}

/** Every step exactly its norm, from the lowest whole-tenge bottom salary that lowers no one and meets the floor. */
function exact(ladder: Rung[]): Dec[] {
  // Bottom b lowers no one and leaves no one below the floor when b × (the steps' factors from the bottom up to rung i)
  // ≥ rung i's own salary and its floor.
  const target = ladder.map((r) => maxOf(r.floor, r.own)!);
  let factor = ONE;
  let need = target[0];
  for (let i = 1; i < ladder.length; i++) {
    factor = factor.times(ladder[i - 1].up!);
    const bottom = target[i].div(factor);
    if (bottom.gt(need)) need = bottom;
  }
  // Rounding each rung up can leave room below the bound: step down while the ladder still meets every target.
  const fits = (b: Dec) => ladderFrom(b, ladder).every((v, i) => v.gte(target[i]));
  let b = need.ceil();
  while (fits(b.minus(1))) b = b.minus(1);
  return ladderFrom(b, ladder);
}

/** The category with its basis salary set to `value` and the other salary column moved by the same percentage. */
function withSalary(c: Category, basis: Basis, value: Dec): Category {
  const old = basisSalary(c, basis)!;
  if (value.eq(old)) return c;
  const factor = value.div(old);
  const otherKey: Basis = basis === 'min' ? 'max' : 'min';
  const other = basisSalary(c, otherKey);
  const moved = other === undefined ? undefined : other.times(factor).ceil();
  const cells = { ...c.cells, [basis]: value.toString() };
  if (moved !== undefined) cells[otherKey] = moved.toString();
  return basis === 'min' ? { ...c, min: value, max: moved, cells } : { ...c, max: value, min: moved!, cells };
}

/**
 * A grid that lowers no one, meets the floor and the step norms (shortfall)
 * or holds every step at its norm (exact).
 */
export function proposeGrid(input: ProposeInput): Proposal {
  const unset: UnsetStep[] = [];
  const proposedSalary = new Map<string, Dec>();
  for (const block of blocksOf(input.grid)) {
    for (const ladder of laddersOf(block.categories, input, unset)) {
      const values = input.mode === 'exact' ? exact(ladder) : shortfall(ladder);
      ladder.forEach((r, i) => {
        proposedSalary.set(r.category.code, values[i]);
      });
    }
  }
  const categories = input.grid.categories.map((c): ProposedCategory => {
    const oldBasis = basisSalary(c, input.basis);
    const value = proposedSalary.get(c.code);
    if (oldBasis === undefined || value === undefined) return { proposed: c };
    return { proposed: withSalary(c, input.basis, value), oldBasis, raisePct: factorToPercent(value.div(oldBasis)) };
  });
  const grid: Grid = {
    categories: categories.map((p) => p.proposed),
    byCode: new Map(categories.map((p) => [p.proposed.code, p.proposed])),
    columns: input.grid.columns,
  };
  return { grid, categories, unset };
}
