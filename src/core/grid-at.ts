import { formatDate, type CalDate } from './dates.js';
import type { Category, Grid, Raise } from './data.js';
import { rollTo } from './engine.js';
import type { Dec as DecT } from './money.js';
import { raisesFor } from './scope.js';

/**
 * The grid in force on a date: each category's min and max times the raises in its scope dated after the grid date
 * up to the date (or, for an earlier date, with the raises after it up to the grid date divided out), rounded after
 * each raise to `round` places (half up) when the system publishes rounded salaries. Its `effective` is the date, so
 * that its CSV is a grid file of that date. A range raise counts at its midpoint.
 */
export function gridAt(grid: Grid, raises: readonly Raise[], gridDate: CalDate, date: CalDate, round?: number): Grid {
  const categories = grid.categories.map((c): Category => {
    const own = raisesFor(raises, c);
    const at = (amount: DecT) => rollTo(amount, own, gridDate, date, round);
    const min = at(c.min);
    const max = c.max === undefined ? undefined : at(c.max);
    const cells: Record<string, string> = { ...c.cells, effective: formatDate(date) };
    cells.min = min.toString();
    if (max !== undefined) cells.max = max.toString();
    return { ...c, min, max, cells };
  });
  return {
    categories,
    byCode: new Map(categories.map((c) => [c.code, c])),
    columns: grid.columns.includes('effective') ? grid.columns : [...grid.columns, 'effective'],
    effective: date,
  };
}
