import type { Category, Grid } from './data.js';
import type { Column, Row } from './report.js';

const GRID_KINDS: Record<string, Column['kind']> = { min: 'money', max: 'money', rank: 'int' };

/** The grid's own columns in its order, as report columns, so its CSV reads back with --grid; `except` left out. */
export function gridColumns(grid: Grid, except: readonly string[] = []): Column[] {
  return grid.columns
    .filter((c) => c !== '' && !except.includes(c))
    .map((c) => ({ key: c, title: c, kind: GRID_KINDS[c] ?? 'text' }));
}

/** A category as a row of its grid's columns: the cells as read, salaries and rank as values. */
export function gridRow(c: Category): Row {
  return { ...c.cells, min: c.min, max: c.max ?? null, rank: c.rank };
}
