import { describe, expect, it } from 'vitest';
import { InputError, ordinal } from '../../src/core/errors.js';

describe('input error messages', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [5, '5th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [101, '101st'],
    [111, '111th'],
    [112, '112th'],
  ])('writes place %i as %s', (n, text) => {
    expect(ordinal(n)).toBe(text);
  });

  it('names a cell by its column and place, and nothing else by a character offset but what is not a cell', () => {
    const cell = new InputError('"12x" is not a number', { file: 'bad.csv', line: 2, cell: { name: 'min', place: 5 } });
    expect(cell.message).toBe('bad.csv:2: column min (5th): "12x" is not a number');
    // A character column given beside a cell is not shown: the cell names the place.
    const both = new InputError(
      'empty cell',
      { file: 'f.csv', line: 3, column: 9, cell: { name: 'max', place: 3 } },
      'a',
    );
    expect(both.message).toBe('f.csv:3: column max (3rd): empty cell (expected a)');
    const quote = new InputError('unterminated quoted cell', { file: 'f.csv', line: 4, column: 7 }, 'a closing "');
    expect(quote.message).toBe('f.csv:4:7: unterminated quoted cell (expected a closing ")');
    expect(new InputError('grid file has no column "min"', { file: 'f.csv', line: 1 }).message).toBe(
      'f.csv:1: grid file has no column "min"',
    );
  });
});
