import { describe, expect, it } from 'vitest';
import { parseNumber, parsePercent, type DecimalMode } from '../../src/io/numbers.js';

describe('parseNumber', () => {
  // Expected values are the digits as written with the grouping removed and the decimal separator made a point.
  it.each<[string, DecimalMode, string]>([
    ['62461', 'auto', '62461'],
    ['62 461', 'auto', '62461'],
    ['62\u00a0461', 'auto', '62461'], // no-break space
    ['62\u202f461', 'auto', '62461'], // narrow no-break space
    ["62'461", 'auto', '62461'],
    ['  62 461  ', 'auto', '62461'],
    ['3 874 482,5', 'auto', '3874482.5'],
    ['1,234.56', 'auto', '1234.56'], // both: the last is the decimal separator
    ['1.234,56', 'auto', '1234.56'],
    ['1.234.567,25', 'auto', '1234567.25'],
    ['3,5', 'auto', '3.5'], // one comma, not three digits after it: only a decimal reading is possible
    ['0,5', 'auto', '0.5'],
    ['1 234,567', 'auto', '1234.567'], // the space groups, so the comma can only be decimal
    ['1234,567', 'auto', '1234.567'], // four digits before the comma cannot be a group of thousands
    ['1.5', 'auto', '1.5'],
    ['-0.1', 'auto', '-0.1'],
    ['+16', 'auto', '16'],
    ['\u22125', 'auto', '-5'], // the minus sign U+2212
    ['1,234,567', 'auto', '1234567'], // two commas: only grouping reads it
    ['1.234.567', 'auto', '1234567'],
    ['62,461', 'comma', '62.461'],
    ['62,461', 'point', '62461'],
    ['1.234', 'comma', '1234'],
    ['1,234,567', 'point', '1234567'],
    ['100000000000000000000.01', 'auto', '100000000000000000000.01'], // exact: no binary float on the way
    ['1234567890123456789012345678', 'auto', '1234567890123456789012345678'], // 28 significant digits: the most kept
    // One significant digit, however small.
    ['0.0000000000000000000000000000001', 'auto', '0.0000000000000000000000000000001'],
    ['12.50000000000000000000000000000', 'auto', '12.5'], // zeros after the last decimal digit are not significant
  ])('reads %j (--decimal %s) as %s', (raw, mode, expected) => {
    const r = parseNumber(raw, mode);
    expect(r.ok ? r.value.toFixed() : r.problem).toBe(expected);
  });

  it.each<[string, DecimalMode, string]>([
    ['62,461', 'auto', '"62,461" is ambiguous: the comma may group thousands or separate decimals'],
    ['12 34', 'auto', '"12 34" is not grouped by three digits'],
    ['6 2461', 'auto', '"6 2461" is not grouped by three digits'],
    ['12,34.5', 'auto', '"12,34.5" is not grouped by three digits'],
    ['1 234\u00a0567', 'auto', 'mixes its digit grouping'],
    ["1 234'567", 'auto', 'mixes its digit grouping'],
    ['1.2.3,4,5', 'auto', '"1.2.3,4,5" has more than one decimal separator'],
    ['1,234.567.8', 'auto', 'has more than one decimal separator'],
    ['1,234,567', 'comma', 'has more than one decimal separator'],
    ['1.5', 'comma', '"1.5" is not grouped by three digits'], // with a decimal comma the point groups
    ['3 874 482,5', 'point', 'mixes its digit grouping'], // with a decimal point the comma groups: "482,5" is no group
    ['5.', 'auto', '"5." has no digits after its decimal separator'],
    ['abc', 'auto', '"abc" is not a number'],
    ['1e5', 'auto', '"1e5" is not a number'],
    ['0x10', 'auto', '"0x10" is not a number'],
    ['100000₸', 'auto', '"100000₸" is not a number'],
    ['-', 'auto', '"-" is not a number'],
    ['', 'auto', 'empty number'],
    // Decimal would round these to its 40 digits without a word: 29 and 42 significant digits.
    ['12345678901234567890123456789', 'auto', 'has 29 significant digits, more than the 28 kzpay keeps exact'],
    ['62461.000000000000000000000001', 'auto', 'has 29 significant digits'],
    ['1000000000000000000000000000000', 'auto', 'has 31 significant digits'], // zeros before the point count
    [`-99.${'9'.repeat(40)}`, 'auto', 'has 42 significant digits'],
  ])('rejects %j (--decimal %s): %s', (raw, mode, problem) => {
    const r = parseNumber(raw, mode);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toContain(problem);
  });

  it('asks for --decimal when 62,461 is ambiguous', () => {
    const r = parseNumber('62,461');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.expected).toContain('--decimal comma or --decimal point');
  });

  it.each(['-0', '-0,0', '\u22120.00', '+0'])('reads %j as 0, not negative', (raw) => {
    const r = parseNumber(raw);
    expect(r.ok && [r.value.isNegative(), r.value.toString()]).toEqual([false, '0']);
  });
});

describe('parsePercent', () => {
  it.each<[string, boolean, string, string]>([
    ['32', true, '32', '32'],
    ['32%', true, '32', '32'],
    ['12,5 %', true, '12.5', '12.5'],
    ['25-30', true, '25', '30'],
    ['25\u201330', true, '25', '30'], // en dash
    ['25 - 30 %', true, '25', '30'],
    ['25%-30%', true, '25', '30'],
    ['-5', true, '-5', '-5'], // a leading dash is a minus sign, not a range
    ['-5--3', true, '-5', '-3'],
    ['-0,1', false, '-0.1', '-0.1'],
    ['-99.99', false, '-99.99', '-99.99'],
    ['-0', true, '0', '0'], // not a cut
    ['-0%', false, '0', '0'],
  ])('reads %j (range allowed: %s) as %s..%s', (raw, allowRange, low, high) => {
    const r = parsePercent(raw, 'auto', allowRange);
    expect(r.ok ? [r.value.low.toFixed(), r.value.high.toFixed()] : r.problem).toEqual([low, high]);
  });

  it.each<[string, boolean, string]>([
    ['30-25', true, 'range "30-25" has its low end above its high end'],
    ['-100', true, '"-100" is not above -100%'],
    ['-150-10', true, '"-150-10" is not above -100%'],
    ['-120%', false, '"-120%" is not above -100%'],
    ['5-7', false, '"5-7" is a range where one percent is needed'],
    ['16 pct', true, '"16 pct" is not a number'],
    ['62,461', true, 'is ambiguous'],
  ])('rejects %j (range allowed: %s): %s', (raw, allowRange, problem) => {
    const r = parsePercent(raw, 'auto', allowRange);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toContain(problem);
  });

  it.each([
    ['12,500%', true],
    ['12,500', false],
    ['10-12,500', true],
  ])('asks for --decimal when the percent %j is ambiguous', (raw, allowRange) => {
    const r = parsePercent(raw, 'auto', allowRange);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toContain('is ambiguous');
      expect(r.expected).toContain('--decimal comma or --decimal point');
    }
  });
});
