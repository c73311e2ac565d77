import { categoryByCode, type Category, type Grid } from './data.js';
import { UsageError } from './errors.js';

/**
 * The categories named on the command line: `all`, codes (any case), or patterns with `*` (`E-G-*`, in grid
 * order), in the order given and each once. A code or pattern that names nothing is a usage error that
 * suggests the nearest codes.
 */
export function selectCategories(grid: Grid, names: readonly string[], gridLabel: string): Category[] {
  if (names.some((n) => n.toLowerCase() === 'all')) return grid.categories;
  const chosen = new Set<Category>();
  for (const name of names) {
    const found = name.includes('*') ? grid.categories.filter(matcher(name)) : [categoryByCode(grid, name)];
    const hits = found.filter((c): c is Category => c !== undefined);
    if (hits.length === 0) throw unknownCode(grid, name, gridLabel, true);
    for (const c of hits) chosen.add(c);
  }
  return [...chosen];
}

/** One category by code, for options that take one (`index --code`). */
export function findCategory(grid: Grid, code: string, gridLabel: string): Category {
  const c = categoryByCode(grid, code);
  if (!c) throw unknownCode(grid, code, gridLabel, false);
  return c;
}

function matcher(pattern: string): (c: Category) => boolean {
  const escaped = pattern
    .toLowerCase()
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*');
  const re = new RegExp(`^${escaped}$`);
  return (c) => re.test(c.code.toLowerCase());
}

function unknownCode(grid: Grid, name: string, gridLabel: string, many: boolean): UsageError {
  const near = nearestCodes(grid, name, 3);
  const expected = many ? 'a code of the grid, all, or a pattern such as E-G-*' : 'a code of the grid';
  const hint = near.length > 0 ? `did you mean ${near.join(', ')}?` : `expected ${expected};`;
  return new UsageError(
    `unknown code "${name}": ${gridLabel} has no such category (${hint} kzpay data grid lists the codes)`,
  );
}

/** The codes nearest to a name by edit distance (case ignored), nearest first. */
export function nearestCodes(grid: Grid, name: string, count: number): string[] {
  const want = name.toLowerCase().replace(/\*/g, '');
  return grid.categories
    .map((c) => ({ code: c.code, d: editDistance(want, c.code.toLowerCase()) }))
    .filter((x) => x.d <= Math.max(2, Math.floor(want.length / 2)))
    .sort((a, b) => a.d - b.d)
    .slice(0, count)
    .map((x) => x.code);
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    prev = row;
  }
  return prev[b.length];
}
