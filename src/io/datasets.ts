import { InputError } from '../core/errors.js';
import { compareDates, formatDate, type CalDate } from '../core/dates.js';
import {
  GRID_COLUMNS,
  TIERS,
  type Category,
  type CpiRow,
  type Grid,
  type ParamValue,
  type Raise,
  type SeniorityBand,
  type Selector,
} from '../core/data.js';
import { ONE, ZERO, type Dec as DecT } from '../core/money.js';
import { CONTRIBUTION_NAMES } from '../core/take-home.js';
import { inScope, formatScope } from '../core/scope.js';
import { STAFFING_NUMBER_KINDS, type StaffingCell } from '../core/data-view.js';
import type { CsvTable } from './csv.js';
import type { DecimalMode } from './numbers.js';
import { Sheet, type SheetRow, type SheetSpec } from './sheet.js';
import { groupByScope } from '../core/seniority.js';

export const GRID_SPEC: SheetSpec = {
  what: 'grid',
  required: ['code', 'min'],
  optional: ['max', 'corps', 'group', 'block', 'rank', 'tier', 'title', 'title_ru', 'title_kk', 'effective'],
};
export const RAISES_SPEC: SheetSpec = {
  what: 'raises',
  required: ['effective', 'percent'],
  optional: ['scope', 'announced', 'source'],
};
export const CPI_SPEC: SheetSpec = {
  what: 'CPI',
  required: ['period', 'inflation_pct'],
  optional: ['status', 'source'],
};
export const SENIORITY_SPEC: SheetSpec = {
  what: 'seniority',
  required: ['from_years', 'share'],
  optional: ['to_years', 'scope'],
};
export const PARAMS_SPEC: SheetSpec = {
  what: 'params',
  required: ['name', 'effective', 'value'],
  optional: ['source'],
};
export const STAFFING_SPEC: SheetSpec = {
  what: 'staffing',
  required: ['code'],
  optional: ['headcount', 'experience', 'salary', 'unit', 'group', 'savings_salaries', 'born'],
};
const CONTRIBUTIONS_SPEC: SheetSpec = {
  what: 'contributions',
  required: ['name', 'effective', 'value'],
  optional: ['source'],
};

/** Characters that take no space on screen (Unicode format characters: U+200B, U+200D, U+2060, U+00AD, U+FEFF...). */
const INVISIBLE = /\p{Cf}/gu;

/** A code as codes are told apart: whatever its case and its invisible characters (`E-1` and `E\u200b-1` are one). */
export function codeKey(code: string): string {
  return code.toLowerCase().replace(INVISIBLE, '');
}

/** The invisible characters of a text, each once, as `U+200B`. */
export function invisibleIn(text: string): string[] {
  const found = new Set((text.match(INVISIBLE) ?? []).map(codePoint));
  return [...found];
}

/** A text with its invisible characters shown as `<U+200B>`, for a message about them. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `<${codePoint(c)}>`);
}

function codePoint(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A staffing table read whole for printing: its header's names and its cells, typed. */
export interface StaffingTable {
  names: string[];
  records: StaffingCell[][];
}

/**
 * Reads a staffing table whole, its header checked, for printing it back; `fund` streams it instead (io/staffing).
 * The cells of its number columns are numbers (exact; headcount a JS number when whole), an empty cell null.
 */
export function parseStaffingTable(table: CsvTable, decimal: DecimalMode): StaffingTable {
  const sheet = new Sheet(table, STAFFING_SPEC, decimal);
  const records = sheet.rows.map((row, r) =>
    table.names.map((name, i): StaffingCell => {
      const cell = table.records[r].cells[i];
      if (cell === '') return null;
      // A column named twice (an unknown one) is text after its first.
      if (!STAFFING_NUMBER_KINDS[name] || sheet.index.get(name) !== i) return cell;
      const value = row.number(name)!;
      return STAFFING_NUMBER_KINDS[name] === 'int' && value.isInteger() && value.abs().lte(Number.MAX_SAFE_INTEGER)
        ? value.toNumber()
        : value;
    }),
  );
  return { names: table.names, records };
}

/** Reads a salary grid: unique codes, min > 0, max ≥ min, known tiers, ranks unique within a block. */
export function parseGrid(table: CsvTable, decimal: DecimalMode): Grid {
  const sheet = new Sheet(table, GRID_SPEC, decimal);
  const byCode = new Map<string, Category>();
  const byLowerCode = new Map<string, Category>(); // the commands find a code whatever its case
  const categories: Category[] = [];
  const ranks = new Map<string, Map<number, number>>(); // block → rank → line
  const positions = new Map<string, number>();
  const rankStyle = new Map<string, { given: boolean; line: number }>();
  let effective: { date: CalDate; line: number } | undefined;
  for (const row of sheet.rows) {
    // The date the salaries are in force: one date for the whole grid.
    const date = row.date('effective');
    if (date && effective && compareDates(date, effective.date) !== 0) {
      row.fail(
        'effective',
        `${formatDate(date)} differs from ${formatDate(effective.date)} on line ${effective.line}`,
        'one date for the whole grid',
      );
    }
    if (date && !effective) effective = { date, line: row.line };
    const code = row.required('code', 'a category code such as E-G-4');
    const min = row.number('min', { required: true, expected: 'the minimum salary of the category' });
    if (min.lte(ZERO)) row.fail('min', `${code}'s min ${min.toString()} is not above zero`, 'a salary greater than 0');
    const max = row.number('max');
    // Money is held to 2 decimals: a third would be rounded away when the grid is printed and read back.
    for (const [column, value] of [
      ['min', min],
      ['max', max],
    ] as const) {
      if (value !== undefined && value.decimalPlaces() > 2) {
        row.fail(column, `"${value.toString()}" has more than 2 decimals`, 'money with at most 2 decimals');
      }
    }
    if (max?.lt(min))
      row.fail('max', `${code}'s max ${max.toString()} is below its min ${min.toString()}`, 'max ≥ min');
    const first = byLowerCode.get(codeKey(code));
    if (first) {
      const invisible = invisibleIn(code + first.code);
      const differ = invisible.length > 0 ? `: they differ only by an invisible ${invisible.join(', ')}` : '';
      row.fail(
        'code',
        `code "${showInvisible(code)}" appears twice ` +
          `(first on line ${lineOf(first)}${first.code === code ? '' : ` as "${showInvisible(first.code)}"`}${differ})`,
        'each code once',
      );
    }
    const block = row.text('block') || undefined;
    const blockKey = block ?? '';
    let rank: number;
    // A block ranks all its rows or none (then file order): a blank among given ranks has no place to go.
    const given = row.text('rank') !== '';
    const style = rankStyle.get(blockKey);
    if (style === undefined) rankStyle.set(blockKey, { given, line: row.line });
    else if (style.given !== given) {
      row.fail(
        'rank',
        given
          ? `block "${blockKey}" gave no rank on line ${style.line}, so its rows are in file order`
          : `empty, but block "${blockKey}" gives ranks (line ${style.line})`,
        'a rank on every row of a block, or on none (file order)',
      );
    }
    if (given) {
      const t = row.text('rank');
      if (!/^[0-9]+$/.test(t) || Number(t) < 1)
        row.fail('rank', `"${t}" is not a rank`, 'a whole number from 1 (the top of the block)');
      rank = Number(t);
    } else {
      rank = (positions.get(blockKey) ?? 0) + 1;
    }
    positions.set(blockKey, rank);
    let blockRanks = ranks.get(blockKey);
    if (!blockRanks) ranks.set(blockKey, (blockRanks = new Map()));
    const clash = blockRanks.get(rank);
    if (clash !== undefined)
      row.fail(
        'rank',
        `rank ${rank} of block "${blockKey}" is taken by line ${clash}`,
        'each rank once within a block',
      );
    blockRanks.set(rank, row.line);
    const tierText = row.text('tier');
    const tier = tierText === '' ? undefined : row.oneOf('tier', TIERS);
    // Own properties whatever the header names them (a column "__proto__" assigned would set the prototype instead).
    const cells: Record<string, string> = Object.fromEntries(table.names.map((name, i) => [name, row.record.cells[i]]));
    const category: Category = {
      code,
      min,
      max,
      corps: row.text('corps') || undefined,
      group: row.text('group') || undefined,
      block,
      rank,
      tier,
      title: row.text('title') || undefined,
      cells,
      maxAt: row.where('max'),
    };
    byCode.set(code, category);
    byLowerCode.set(codeKey(code), category);
    categories.push(category);
  }
  if (categories.length === 0)
    throw new InputError(
      'the grid has no categories',
      { file: table.file, line: table.header.line },
      'one row per category under the header',
    );
  if (effective && sheet.rows.some((r) => r.text('effective') === '')) {
    const blank = sheet.rows.find((r) => r.text('effective') === '')!;
    blank.fail(
      'effective',
      'empty cell',
      `the grid's date, ${formatDate(effective.date)} as on line ${effective.line}`,
    );
  }
  return { categories, byCode, columns: table.names, effective: effective?.date };
}

function lineOf(c: Category): number | string {
  return c.maxAt.line ?? '?';
}

/** Reads a scope cell: `all`, or `column=value` selectors joined by `;` on grid columns (`value*` matches a prefix). */
export function parseScope(text: string): { selectors: Selector[]; problem?: string } {
  const t = text.trim();
  if (t === '' || t.toLowerCase() === 'all') return { selectors: [] };
  const selectors: Selector[] = [];
  for (const part of t.split(';')) {
    const m = /^\s*([A-Za-z_]+)\s*=\s*(.+?)\s*$/.exec(part);
    if (!m) return { selectors, problem: `"${part.trim()}" is not a selector` };
    const column = m[1].toLowerCase();
    if (!(GRID_COLUMNS as readonly string[]).includes(column))
      return { selectors, problem: `"${m[1]}" is not a grid column` };
    let value = m[2];
    const prefix = value.endsWith('*');
    if (prefix) value = value.slice(0, -1);
    if (value.includes('*')) return { selectors, problem: `"${part.trim()}" has a * that is not at the end` };
    selectors.push({ column, value, prefix });
  }
  return { selectors };
}

/** Reads the raises: each with its effective date, percent or range, and scope; a date and scope only once. */
export function parseRaises(table: CsvTable, decimal: DecimalMode): Raise[] {
  const sheet = new Sheet(table, RAISES_SPEC, decimal);
  const seen = new Map<string, number>();
  const raises: Raise[] = [];
  for (const row of sheet.rows) {
    const effective = row.date('effective', { required: true });
    const pct = row.percent('percent', true);
    const scope = parseScope(row.text('scope'));
    if (scope.problem) {
      row.fail(
        'scope',
        scope.problem,
        `all, or column=value selectors joined by ";" on grid columns (${GRID_COLUMNS.join(', ')}); ` +
          'a value may end in *',
      );
    }
    const scopeText = formatScope(scope.selectors);
    // The same selectors in another order or case are the same scope.
    const key = `${formatDate(effective)}|${scopeText.toLowerCase().split(';').sort().join(';')}`;
    const clash = seen.get(key);
    if (clash !== undefined)
      row.fail(
        'effective',
        `a raise on ${formatDate(effective)} for scope ${scopeText} is already on line ${clash}`,
        'one raise per date and scope',
      );
    seen.set(key, row.line);
    raises.push({
      effective,
      low: pct.low,
      high: pct.high,
      text: pct.text.replace(/%$/, '').trim(),
      selectors: scope.selectors,
      scopeText,
      announced: row.text('announced') || undefined,
      source: row.text('source') || undefined,
      where: row.where('scope'),
    });
  }
  return raises.sort((a, b) => compareDates(a.effective, b.effective));
}

/**
 * Refuses a raise whose scope selects no category of the grid (a misspelt `tier=lowr`, a column the grid lacks): it
 * would otherwise change nothing, in silence. The error is at the raise's scope cell.
 */
export function checkRaiseScopes(raises: Raise[], grid: Grid, raisesLabel: string, gridLabel = 'the grid'): void {
  for (const raise of raises) {
    if (raise.selectors.length === 0 || grid.categories.some((c) => inScope(raise, c))) continue;
    const columns = [...new Set(raise.selectors.map((s) => s.column))];
    const missing = columns.filter((c) => !grid.columns.includes(c));
    throw new InputError(
      `${raise.scopeText} selects no category of ${gridLabel}` +
        (missing.length > 0 ? `, which has no column ${missing.map((c) => `"${c}"`).join(', ')}` : ''),
      raise.where ?? { file: raisesLabel },
      `a scope that matches a category of the grid, such as ${scopeExample(grid)}, or all`,
    );
  }
}

/** The raises whose scope selects no category of the grid (all-scoped raises always select). */
export function unappliedRaises(raises: readonly Raise[], grid: Grid): Raise[] {
  return raises.filter((r) => r.selectors.length > 0 && !grid.categories.some((c) => inScope(r, c)));
}

/** A scope that selects the grid's first category, to show what one looks like. */
function scopeExample(grid: Grid): string {
  const first = grid.categories[0];
  for (const column of ['tier', 'group', 'corps', 'block'] as const) {
    const value = first[column];
    if (value !== undefined) return `${column}=${value}`;
  }
  return `code=${first.code}`;
}

/** Reads a CPI series: `YYYY` (December on December) and `YYYY-MM` (month on month) rows, each period once. */
export function parseCpi(table: CsvTable, decimal: DecimalMode): CpiRow[] {
  const sheet = new Sheet(table, CPI_SPEC, decimal);
  const seen = new Map<string, number>();
  const rows: CpiRow[] = [];
  for (const row of sheet.rows) {
    const period = row.required('period', 'YYYY or YYYY-MM');
    const m = /^(\d{4})(?:-(\d{2}))?$/.exec(period);
    if (!m || (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 12))) {
      row.fail(
        'period',
        `"${period}" is not a period`,
        'YYYY for December on December, or YYYY-MM for a month on the month before',
      );
    }
    const clash = seen.get(period);
    if (clash !== undefined) row.fail('period', `period ${period} is already on line ${clash}`, 'each period once');
    seen.set(period, row.line);
    const pct = row.percent('inflation_pct', false);
    const status = row.oneOf('status', ['actual', 'projection'] as const, 'actual');
    rows.push({
      year: Number(m![1]),
      month: m![2] === undefined ? undefined : Number(m![2]),
      percent: pct.low,
      status,
      source: row.text('source') || undefined,
      where: row.where('period'),
    });
  }
  if (rows.length === 0)
    throw new InputError(
      'the CPI file has no periods',
      { file: table.file, line: table.header.line },
      'one row per year or month under the header',
    );
  return rows;
}

/**
 * Reads seniority bands: one ladder per scope (the raises' syntax; empty or `all`: every category), each contiguous
 * from 0, its last band open-ended, shares in [0, 1] and not decreasing. A ladder's rows may be anywhere in the file.
 */
export function parseSeniority(table: CsvTable, decimal: DecimalMode): SeniorityBand[] {
  const sheet = new Sheet(table, SENIORITY_SPEC, decimal);
  const hasTo = sheet.has('to_years');
  const rows = sheet.rows.map((row) => {
    const scope = parseScope(row.text('scope'));
    if (scope.problem) {
      row.fail(
        'scope',
        scope.problem,
        `all, or column=value selectors joined by ";" on grid columns (${GRID_COLUMNS.join(', ')})`,
      );
    }
    return { row, selectors: scope.selectors };
  });
  const bands: SeniorityBand[] = [];
  for (const ladder of groupByScope(rows, (r) => r.selectors)) {
    const scopeText = formatScope(ladder.selectors);
    const scoped = ladder.selectors.length > 0;
    const own: SeniorityBand[] = [];
    const of = scoped ? ` of ladder ${scopeText}` : '';
    ladder.items.forEach(({ row }, i) => {
      const from = row.number('from_years', { required: true, expected: 'years of service where the band starts' });
      const to = row.number('to_years');
      const share = row.number('share', { required: true, expected: 'a share from 0 (min) to 1 (max)' });
      const prev = own[own.length - 1];
      if (i === 0 && !from.isZero())
        row.fail('from_years', `the first band${of} starts at ${from.toString()}`, 'the first band to start at 0');
      if (!hasTo && prev) {
        // to_years is optional: without it each band ends where the next one starts.
        if (from.lte(prev.from))
          row.fail(
            'from_years',
            `band starts at ${from.toString()}, not after the band before${of} (${prev.from.toString()})`,
            'from_years increasing from band to band',
          );
        prev.to = from;
      }
      if (prev && (prev.to === undefined || !prev.to.eq(from))) {
        row.fail(
          'from_years',
          `band starts at ${from.toString()} but the band before${of} ends at ${prev.to?.toString() ?? '(open end)'}`,
          'contiguous bands: each from_years equal to the to_years before it',
        );
      }
      const last = i === ladder.items.length - 1;
      if (to === undefined && !last && hasTo)
        row.fail('to_years', `only the last band${of} may be open-ended`, 'a to_years');
      if (to !== undefined && last)
        row.fail(
          'to_years',
          `the last band${of} ends at ${to.toString()}`,
          'an empty to_years in the last band (open-ended)',
        );
      if (to?.lte(from))
        row.fail(
          'to_years',
          `band ends at ${to.toString()}, not after its start ${from.toString()}`,
          'to_years > from_years',
        );
      if (share.lt(ZERO) || share.gt(ONE))
        row.fail('share', `share ${share.toString()} is outside 0..1`, 'a share from 0 (min) to 1 (max)');
      if (prev && share.lt(prev.share))
        row.fail(
          'share',
          `share ${share.toString()} is below the band before${of} (${prev.share.toString()})`,
          'shares that do not decrease with length of service',
        );
      const band: SeniorityBand = { from, to, share };
      if (scoped) {
        band.selectors = ladder.selectors;
        band.scopeText = scopeText;
        band.where = row.where('scope');
      }
      own.push(band);
    });
    bands.push(...own);
  }
  if (bands.length === 0)
    throw new InputError(
      'the seniority file has no bands',
      { file: table.file, line: table.header.line },
      'one row per band under the header, the first from 0 years',
    );
  return bands;
}

/** The parameters that are amounts of money: a minimum wage, a base salary or an index of 0 or below is a typo. */
const POSITIVE_PARAMS = ['bdo', 'min_wage', 'mrp'];

/** Values by name and date, as params and contributions hold them: a name and date only once. */
class DatedValues {
  readonly values: ParamValue[] = [];
  private readonly seen = new Map<string, number>();

  add(row: SheetRow, name: string, effective: CalDate, value: DecT): void {
    const key = `${name}|${formatDate(effective)}`;
    const clash = this.seen.get(key);
    if (clash !== undefined)
      row.fail(
        'effective',
        `${name} on ${formatDate(effective)} is already on line ${clash}`,
        'each name and date once',
      );
    this.seen.set(key, row.line);
    this.values.push({ name, effective, value, source: row.text('source') || undefined });
  }
}

/** Reads dated parameters (bdo, min_wage, ...): a name and date only once; bdo, min_wage and mrp above zero. */
export function parseParams(table: CsvTable, decimal: DecimalMode): ParamValue[] {
  const sheet = new Sheet(table, PARAMS_SPEC, decimal);
  const dated = new DatedValues();
  const values = dated.values;
  for (const row of sheet.rows) {
    const name = row.required('name', 'a parameter name such as min_wage').toLowerCase();
    const effective = row.date('effective', { required: true });
    const value = row.number('value', { required: true, expected: 'the value' });
    if (POSITIVE_PARAMS.includes(name) && value.lte(ZERO))
      row.fail('value', `${name} ${value.toString()} is not above zero`, `a ${name} greater than 0`);
    dated.add(row, name, effective, value);
  }
  return values;
}

/**
 * Reads the contributions data set (spec 3.7): dated values as params, each name one of CONTRIBUTION_NAMES; a rate a
 * share from 0 to 1, a cap above 0, an amount 0 or more, a year of birth a whole year, a switch 0 or 1.
 */
export function parseContributions(table: CsvTable, decimal: DecimalMode): ParamValue[] {
  const sheet = new Sheet(table, CONTRIBUTIONS_SPEC, decimal);
  const dated = new DatedValues();
  const values = dated.values;
  const names = Object.keys(CONTRIBUTION_NAMES);
  for (const row of sheet.rows) {
    const name = row.required('name', 'a name such as opv_rate').toLowerCase();
    if (!Object.hasOwn(CONTRIBUTION_NAMES, name))
      row.fail('name', `unknown name "${row.text('name')}"`, `one of ${names.join(', ')}`);
    const spec = CONTRIBUTION_NAMES[name];
    const effective = row.date('effective', { required: true });
    const value = row.number('value', { required: true, expected: 'a rate, a cap or an amount' });
    const v = value.toString();
    if (spec.kind === 'rate' && (value.lt(ZERO) || value.gt(ONE)))
      row.fail('value', `${name} ${v} is outside 0-1`, 'a rate as a share from 0 to 1 (0.1 = 10%)');
    if (spec.kind === 'cap' && value.lte(ZERO))
      row.fail('value', `${name} ${v} is not above zero`, 'a cap in minimum wages or MRP, greater than 0');
    if (spec.kind === 'amount' && value.lt(ZERO))
      row.fail('value', `${name} ${v} is negative`, 'a number of minimum wages or MRP, 0 or more');
    if (spec.kind === 'year' && (!value.isInteger() || value.lt(1800) || value.gt(2200)))
      row.fail('value', `${name} ${v} is not a year`, 'a year of birth such as 1975');
    if (spec.kind === 'switch' && !value.eq(0) && !value.eq(1))
      row.fail('value', `${name} ${v} is neither 0 nor 1`, '1 (yes) or 0 (no)');
    dated.add(row, name, effective, value);
  }
  if (values.length === 0)
    throw new InputError(
      'the contributions file has no rows',
      { file: table.file, line: table.header.line },
      'one row per name and date under the header',
    );
  // A name a month needs, missing from the file, is reported at once rather than at the first month computed.
  const missing = Object.entries(CONTRIBUTION_NAMES)
    .filter(([n, spec]) => spec.required && !values.some((v) => v.name === n))
    .map(([n]) => n);
  if (missing.length > 0)
    throw new InputError(
      `the contributions file has no ${missing.join(', ')}`,
      { file: table.file, line: table.header.line },
      `a row for each of ${missing.join(', ')}`,
    );
  return values;
}
