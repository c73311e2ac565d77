import type { Category, Grid } from './data.js';
import { en, type MessageId } from '../i18n/en.js';
import { msg, type Column, type Row } from './report.js';

const GRID_KINDS: Record<string, Column['kind']> = { min: 'money', max: 'money', rank: 'int' };

/** Where the grid has them, `title` shows the locale's title for people, and title_ru, title_kk only in csv, json. */
const GRID_TEXT: Record<string, Partial<Column>> = {
  title: { localized: true, rowKey: true },
  title_ru: { machineOnly: true },
  title_kk: { machineOnly: true },
};

/** Blocks are the data's words (shown in the locale where known), tiers kzpay's own (higher, middle, lower). */
const GRID_WORDS: Record<string, Partial<Column>> = { block: { dataWords: true }, tier: { translate: true } };

/**
 * The grid's own columns in its order, as report columns, so its CSV reads back with --grid; `except` left out. The
 * headers are the file's column names (csv and json keep them), worded in the locale for a reader.
 */
export function gridColumns(grid: Grid, except: readonly string[] = []): Column[] {
  const titled = grid.columns.includes('title') && !except.includes('title');
  return grid.columns
    .filter((c) => c !== '' && !except.includes(c))
    .map((c) => ({
      key: c,
      title: Object.hasOwn(en, `key.${c}`) ? msg(`key.${c}` as MessageId) : c,
      kind: GRID_KINDS[c] ?? 'text',
      ...GRID_WORDS[c],
      // The code names a category, as its title does: both are repeated in each table of a narrow terminal.
      ...(c === 'code' ? { rowKey: true } : {}),
      ...(titled ? GRID_TEXT[c] : {}),
    }));
}

/** A category as a row of its grid's columns: the cells as read, salaries and rank as values. */
export function gridRow(c: Category): Row {
  return { ...c.cells, min: c.min, max: c.max ?? null, rank: c.rank };
}

/**
 * A category's title cells for a report row: `title` (the one shown), and `title_ru`, `title_kk` (not columns) for
 * the renderer to show instead under ru, kk; null where the grid has none.
 */
export function titleCells(c: Category): Row {
  return { title: c.title ?? null, title_ru: c.cells.title_ru || null, title_kk: c.cells.title_kk || null };
}
