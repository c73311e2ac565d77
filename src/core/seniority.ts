import type { Category, SeniorityBand, Selector } from './data.js';
import { InputError } from './errors.js';
import { ZERO } from './money.js';

/** A ladder: the bands of one scope, in order. */
export interface Ladder {
  scopeText: string;
  selectors: Selector[];
  bands: SeniorityBand[];
}

const laddersOf = new WeakMap<readonly SeniorityBand[], Ladder[]>();

/** A ladder's items (rows or bands) and its scope's selectors, as the first of them has it. */
export interface LadderOf<T> {
  selectors: Selector[];
  items: T[];
}

/**
 * Items grouped by scope into ladders, in order of first appearance (the same selectors in another order or case are
 * one ladder): a seniority file's rows as it is read, and its bands.
 */
export function groupByScope<T>(items: Iterable<T>, selectorsOf: (item: T) => Selector[]): LadderOf<T>[] {
  const byScope = new Map<string, LadderOf<T>>();
  for (const item of items) {
    const selectors = selectorsOf(item);
    const key = scopeKey(selectors);
    let ladder = byScope.get(key);
    if (!ladder) byScope.set(key, (ladder = { selectors, items: [] }));
    ladder.items.push(item);
  }
  return [...byScope.values()];
}

/** The ladders of a seniority file (its bands grouped by scope, in order of first appearance). */
export function ladders(bands: readonly SeniorityBand[]): Ladder[] {
  let out = laddersOf.get(bands);
  if (out) return out;
  out = groupByScope(bands, (band) => band.selectors ?? []).map(({ selectors, items }) => ({
    scopeText: items[0].scopeText ?? 'all',
    selectors,
    bands: items,
  }));
  // One ladder for all: its bands are the file's own array, so that a plain file costs nothing more.
  if (out.length === 1 && out[0].selectors.length === 0) out[0].bands = bands as SeniorityBand[];
  laddersOf.set(bands, out);
  return out;
}

/** A scope's selectors in one order and case: the same selectors in another order are the same ladder. */
function scopeKey(selectors: readonly Selector[]): string {
  return selectors
    .map((s) => `${s.column}=${s.value.toLowerCase()}${s.prefix ? '*' : ''}`)
    .sort()
    .join(';');
}

/** How specifically a ladder selects a category: 2 by its code, 1 by another column, 0 for all; -1 not at all. */
function specificity(ladder: Ladder, category: Category): number {
  if (ladder.selectors.length === 0) return 0;
  let best = -1;
  for (const s of ladder.selectors) {
    const cell = (Object.hasOwn(category.cells, s.column) ? category.cells[s.column] : '').toLowerCase();
    const want = s.value.toLowerCase();
    if (s.prefix ? cell.startsWith(want) : cell === want) best = Math.max(best, s.column === 'code' ? 2 : 1);
  }
  return best;
}

/** The ladders that select a category most specifically (one, unless two tie). */
function bestLadders(all: readonly Ladder[], category: Category): Ladder[] {
  let best: Ladder[] = [];
  let level = -1;
  for (const ladder of all) {
    const s = specificity(ladder, category);
    if (s > level) {
      level = s;
      best = [ladder];
    } else if (s === level && s >= 0) best.push(ladder);
  }
  return best;
}

/**
 * The bands of a category's ladder: the most specific scope that selects it (code over other columns over all).
 * Empty when none does (checkLadders refuses that for a grid's categories).
 */
export function ladderOf(bands: readonly SeniorityBand[], category: Category): readonly SeniorityBand[] {
  const all = ladders(bands);
  if (all.length === 1 && all[0].selectors.length === 0) return all[0].bands;
  return bestLadders(all, category)[0]?.bands ?? [];
}

/**
 * Checks the ladders against a grid: each scoped ladder selects a category, each category has exactly one most
 * specific ladder. The error is at the scope cell of the ladder's first band.
 */
export function checkLadders(bands: readonly SeniorityBand[], categories: readonly Category[], file: string): void {
  const all = ladders(bands);
  if (all.length === 0 || (all.length === 1 && all[0].selectors.length === 0)) return;
  for (const ladder of all) {
    if (ladder.selectors.length > 0 && !categories.some((c) => specificity(ladder, c) >= 0)) {
      throw new InputError(
        `${ladder.scopeText} selects no category of the grid`,
        ladder.bands[0].where ?? { file },
        'a ladder scope that matches a category of the grid, or all',
      );
    }
  }
  for (const c of categories) {
    const best = bestLadders(all, c);
    if (best.length === 0) {
      throw new InputError(
        `no ladder selects ${c.code}`,
        all[0].bands[0].where ?? { file },
        'a ladder for every category: add one of scope all',
      );
    }
    if (best.length > 1) {
      throw new InputError(
        `${c.code} is selected as specifically by the ladders ${best.map((l) => l.scopeText).join(' and ')}`,
        best[1].bands[0].where ?? { file },
        'one most specific ladder per category (a code= scope over other columns over all)',
      );
    }
  }
}

/**
 * Every ladder's band starts, merged: a partition of years of service that each ladder's bands are unions of, so
 * that a length of service finds one band index whatever the category (the staffing reader's hot path).
 */
export function mergedBands(bands: readonly SeniorityBand[]): SeniorityBand[] {
  // No seniority file: one band from 0, at min.
  if (bands.length === 0) return [{ from: ZERO, share: ZERO }];
  const all = ladders(bands);
  if (all.length === 1) return all[0].bands;
  const starts = [...new Map(bands.map((b) => [b.from.toString(), b.from])).values()].sort((a, b) => a.cmp(b));
  return starts.map((from, i) => ({ from, to: starts[i + 1], share: ZERO }));
}
