import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { parseCsv } from '../../src/io/csv.js';
import { checkRaiseScopes, parseGrid, parseParams, parseRaises, parseStaffingTable } from '../../src/io/datasets.js';
import { DataSets } from '../../src/io/load.js';
import { tempDir } from '../helpers/temp.js';

const GRID = 'code,min,group,tier\nE-G-1,100,E,higher\nE-G-2,90,E,lower\nD-1,80,D,middle\n';
const grid = parseGrid(parseCsv(GRID, 'grid.csv'), 'point');
const raisesOf = (text: string) => parseRaises(parseCsv(text, 'raises.csv'), 'point');

/** The error a call throws, as its message without what was expected: `FILE:LINE: column NAME (Nth): problem`. */
function failure(call: () => unknown): string {
  try {
    call();
  } catch (e) {
    if (e instanceof InputError)
      return e.expected ? e.message.slice(0, -` (expected ${e.expected})`.length) : e.message;
    throw e;
  }
  return 'no error';
}

describe('checkRaiseScopes', () => {
  it.each([
    ['all', 'no error'],
    ['tier=lower', 'no error'],
    ['tier=LOWER;tier=nothing', 'no error'], // one selector that matches is enough
    ['code=E-G-*', 'no error'],
    ['group=d', 'no error'],
    // The scope is the third column of `effective,percent,scope`.
    ['tier=lowr', 'raises.csv:3: column scope (3rd): tier=lowr selects no category of grid.csv'],
    ['code=E-R-*', 'raises.csv:3: column scope (3rd): code=E-R-* selects no category of grid.csv'],
    [
      'corps=B',
      'raises.csv:3: column scope (3rd): corps=B selects no category of grid.csv, which has no column "corps"',
    ],
  ])('a scope %j: %s', (scope, expected) => {
    const raises = raisesOf(`effective,percent,scope\n2005-07-01,32,all\n2026-01-01,16,${scope}\n`);
    expect(failure(() => checkRaiseScopes(raises, grid, 'raises.csv', 'grid.csv'))).toBe(expected);
  });

  it('names the raises file when a raise does not know its place', () => {
    const [raise] = raisesOf('effective,percent,scope\n2026-01-01,16,tier=lowr\n');
    expect(failure(() => checkRaiseScopes([{ ...raise, where: undefined }], grid, 'r.csv'))).toBe(
      'r.csv: tier=lowr selects no category of the grid',
    );
  });
});

describe('DataSets checks the raises against the grid once both are read', () => {
  function files(raises: string): { grid: string; raises: string } {
    const dir = tempDir('scopes');
    writeFileSync(join(dir, 'grid.csv'), GRID);
    writeFileSync(join(dir, 'raises.csv'), raises);
    return { grid: join(dir, 'grid.csv'), raises: join(dir, 'raises.csv') };
  }

  it.each([
    ['grid first', (d: DataSets) => [d.grid(), d.raises()]],
    ['raises first', (d: DataSets) => [d.raises(), d.grid()]],
  ])('whichever is read first (%s)', (_order, read) => {
    const paths = files('effective,percent,scope\n2026-01-01,16,tier=lowr\n');
    const sets = new DataSets(paths, { decimal: 'auto' });
    expect(failure(() => read(sets))).toBe(
      `${paths.raises}:2: column scope (3rd): tier=lowr selects no category of ${paths.grid}`,
    );
  });

  it('reads raises whose scopes all select a category', () => {
    const sets = new DataSets(files('effective,percent,scope\n2026-01-01,16,tier=middle\n'), { decimal: 'auto' });
    expect(sets.raises().map((r) => r.scopeText)).toEqual(['tier=middle']);
    expect(sets.grid().categories).toHaveLength(3);
  });

  it("holds the embedded raises to the embedded grid, but not to a grid of one's own without their columns", () => {
    const embedded = new DataSets({}, { decimal: 'auto' });
    expect(embedded.grid().categories.length).toBeGreaterThan(0);
    expect(embedded.raises().length).toBeGreaterThan(0);
    const dir = tempDir('scopes');
    writeFileSync(join(dir, 'grid.csv'), 'code,min\nX-1,100\n'); // no corps, no tier
    const own = new DataSets({ grid: join(dir, 'grid.csv') }, { decimal: 'auto' });
    expect(own.grid().categories).toHaveLength(1);
    expect(own.raises().some((r) => r.scopeText === 'corps=B')).toBe(true);
  });
});

describe('parseParams', () => {
  it.each([
    // The value is the third column of `name,effective,value`.
    ['min_wage', '0', '3: column value (3rd): min_wage 0 is not above zero'],
    ['mrp', '"-0,5"', '3: column value (3rd): mrp -0.5 is not above zero'],
    ['bdo', '-0', '3: column value (3rd): bdo 0 is not above zero'],
    ['other', '0', 'no error'], // a parameter kzpay does not use may be anything
  ])('refuses %s %s at or below zero', (name, value, expected) => {
    const text = `name,effective,value\n# a note\n${name},2024-01-01,${value}\n`;
    const read = () => parseParams(parseCsv(text, 'p.csv'), 'comma');
    expect(failure(read).replace(/^p\.csv:/, '')).toBe(expected);
  });
});

describe('parseStaffingTable', () => {
  it('types the cells of the number columns: exact, in the file own notation, empty as null', () => {
    const table = parseCsv(
      'code;unit;headcount;experience;salary;savings_salaries\nE-1;A;2;2,5;"62 461,50";\nE-2;;1;;;1,25\n',
      'f.csv',
    );
    const { names, records } = parseStaffingTable(table, 'auto');
    expect(names).toEqual(['code', 'unit', 'headcount', 'experience', 'salary', 'savings_salaries']);
    expect(records.map((r) => r.map((c) => (c === null || typeof c !== 'object' ? c : c.toString())))).toEqual([
      ['E-1', 'A', 2, '2.5', '62461.5', null],
      ['E-2', null, 1, null, null, '1.25'],
    ]);
  });

  it('reports a cell that is not a number at its line and column', () => {
    const table = parseCsv('code,headcount\nE-1,two\n', 'f.csv');
    expect(() => parseStaffingTable(table, 'auto')).toThrow('f.csv:2: column headcount (2nd): "two" is not a number');
  });
});
