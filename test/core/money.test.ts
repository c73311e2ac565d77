import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, quotient, tooManyDigits } from '../../src/core/money.js';

/** What decimal.js gives: the reference quotient is held to. */
const reference = (n: bigint, d: bigint) => new Dec(n.toString()).div(new Dec(d.toString()));

describe('quotient: a division of integers in BigInt, as decimal.js divides', () => {
  it('gives what decimal.js gives, to the last of its 40 digits, for integers of any length and sign', () => {
    const integer = fc.oneof(
      fc.bigInt({ min: -(10n ** 80n), max: 10n ** 80n }),
      fc.bigInt({ min: -1000n, max: 1000n }),
      // The fund's own divisors: 12 × 10^k (× 1000 in thousands).
      fc.integer({ min: 0, max: 60 }).map((k) => 12n * 10n ** BigInt(k)),
    );
    fc.assert(
      fc.property(integer, integer, (n, d) => {
        fc.pre(d !== 0n);
        const q = quotient(n, d);
        const r = reference(n, d);
        expect(q.eq(r)).toBe(true);
        expect(q.toString()).toBe(r.toString());
      }),
      { numRuns: 5000 },
    );
  });

  it('rounds a tie at the 41st digit up, away from zero, as half up does', () => {
    const tie = 10n ** 40n + 5n; // 41 digits: 1000…0005, half way between two 40-digit neighbours
    expect(quotient(tie, 1n).toString()).toBe('1.000000000000000000000000000000000000001e+40');
    expect(quotient(-tie, 1n).toString()).toBe('-1.000000000000000000000000000000000000001e+40');
    expect(quotient(tie - 1n, 1n).toString()).toBe('1e+40');
    // 2 / 3 = 0.666…, the 40th 6 rounded up to 7; 1 / 8 exact.
    expect(quotient(2n, 3n).toString()).toBe(`0.${'6'.repeat(39)}7`);
    expect(quotient(1n, 8n).toString()).toBe('0.125');
    expect(quotient(0n, 7n).toString()).toBe('0');
  });

  it('refuses a zero divisor', () => {
    expect(() => quotient(1n, 0n)).toThrow(/division by zero/);
  });
});

describe('tooManyDigits: the one count of significant digits, for files and options alike', () => {
  // Counted by hand: leading zeros of the whole and trailing zeros of the fraction are not significant; a whole
  // number's trailing zeros are.
  it.each([
    ['1234567890123456789012345678', '1234567890123456789012345678', '', undefined], // 28 digits: kept
    ['0.000123', '0', '000123', undefined], // 3
    ['12.5000000000000000000000000000000', '12', '5000000000000000000000000000000', undefined], // 3
    ['1' + '0'.repeat(28), '1' + '0'.repeat(28), '', 29],
    ['1.0000000000000000000000000001', '1', '0000000000000000000000000001', 29],
  ])('counts %s as within, or as the number of digits it has', (text, int, frac, digits) => {
    const problem = tooManyDigits(text, int, frac);
    expect(problem).toBe(
      digits === undefined
        ? undefined
        : `"${text}" has ${digits} significant digits, more than the 28 kzpay keeps exact`,
    );
  });
});
