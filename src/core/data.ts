import type { Location } from './errors.js';
import type { CalDate } from './dates.js';
import type { Dec } from './money.js';

export const TIERS = ['higher', 'middle', 'lower'] as const;
export type Tier = (typeof TIERS)[number];

/** The grid columns a raise's scope may select on. */
export const GRID_COLUMNS = [
  'code',
  'min',
  'max',
  'corps',
  'group',
  'block',
  'rank',
  'tier',
  'title',
  'title_ru',
  'title_kk',
  'effective',
] as const;

/** One category of the salary grid, as in force on the grid date. */
export interface Category {
  code: string;
  min: Dec;
  max?: Dec;
  corps?: string;
  group?: string;
  block?: string;
  /** Rank within the block, 1 = top; file order where the grid has no rank column. */
  rank: number;
  tier?: Tier;
  title?: string;
  /** Every cell of the row by lower-cased column name, for scope selectors and for writing the grid back. */
  cells: Record<string, string>;
  /** Where the row's max cell is, to point at when a missing max stops a computation. */
  maxAt: Location;
}

export interface Grid {
  categories: Category[];
  byCode: Map<string, Category>;
  /** The header of the file, in its order, lower-cased. */
  columns: string[];
  /** The date the salaries are in force, from the grid's `effective` column (one date for every row). */
  effective?: CalDate;
}

/** A grid's category by code, whatever its case (codes are unique whatever their case). */
export function categoryByCode(grid: Grid, code: string): Category | undefined {
  return grid.byCode.get(code) ?? grid.categories.find((c) => c.code.toLowerCase() === code.toLowerCase());
}

/** A scope selector `column=value`; `prefix` when the value ended in `*`. */
export interface Selector {
  column: string;
  value: string;
  prefix: boolean;
}

export interface Raise {
  effective: CalDate;
  low: Dec;
  high: Dec;
  /** The percent as written, e.g. "25-30". */
  text: string;
  /** Empty means every category. */
  selectors: Selector[];
  scopeText: string;
  announced?: string;
  source?: string;
  /** Set on a raise that has not happened: the option that made it, e.g. `--raise 2027-01-01:10`. */
  scenario?: string;
  /**
   * The codes of the categories a generated raise covers, when it covers a list of them: the same categories as its
   * `code=` selectors, looked up at once (a restore raise may list thousands).
   */
  codes?: ReadonlySet<string>;
  /** Where the raise's scope cell is in its file, to point at when the scope selects nothing. */
  where?: Location;
}

export type Status = 'actual' | 'projection';

export interface CpiRow {
  year: number;
  /** 1..12 for a month-on-month row; undefined for a December-on-December row. */
  month?: number;
  percent: Dec;
  status: Status;
  source?: string;
  where: Location;
}

export interface SeniorityBand {
  from: Dec;
  to?: Dec;
  share: Dec;
  /**
   * The ladder the band belongs to, by its scope (the raises' syntax): absent or empty for the ladder of every
   * category. A seniority file is the bands of all its ladders; core/seniority.ts picks a category's.
   */
  selectors?: Selector[];
  scopeText?: string;
  /** Where the band's scope cell is, to point at when the scope selects nothing or two ladders tie. */
  where?: Location;
}

export interface ParamValue {
  name: string;
  effective: CalDate;
  value: Dec;
  source?: string;
}
