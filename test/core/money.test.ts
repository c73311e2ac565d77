import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, fixedHalfUp, quotient, tooManyDigits } from '../../src/core/money.js';

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

describe("fixedHalfUp: rounded half up on the Decimal's own digits, as decimal.js's toFixed rounds", () => {
  /** decimal.js's own: toFixed half up, without the minus sign of a value that rounds to zero. */
  const reference = (x: InstanceType<typeof Dec>, places: number) => {
    const text = x.toFixed(places, Dec.ROUND_HALF_UP);
    return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
  };
  // Digits of any length with runs of 9s and 5s (carries, ties), at any exponent, of either sign, and sums of money.
  const digits = fc.array(fc.constantFrom('0', '1', '4', '5', '9', '9', '9'), { minLength: 1, maxLength: 45 });
  const decimal = fc.oneof(
    fc
      .tuple(digits, fc.integer({ min: -30, max: 30 }), fc.boolean())
      .map(([ds, exp, neg]) => new Dec(`${neg ? '-' : ''}${ds.join('')}e${exp}`)),
    fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map((n) => new Dec(n.toString()).div(1000)),
    fc.constantFrom(new Dec(0), new Dec('-0'), new Dec('0.005'), new Dec('-0.005'), new Dec('9999.995')),
  );

  it('gives the text toFixed gives, for any value and 0 to 8 places', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: 0, max: 8 }), (x, places) => {
        expect(fixedHalfUp(x, places)).toBe(reference(x, places));
      }),
      { numRuns: 20_000 },
    );
  });

  it('rounds ties up, carries through nines, and prints no minus sign on a zero', () => {
    expect(fixedHalfUp(new Dec('1072595888.475'), 2)).toBe('1072595888.48');
    expect(fixedHalfUp(new Dec('9999.995'), 2)).toBe('10000.00');
    expect(fixedHalfUp(new Dec('-0.004'), 2)).toBe('0.00');
    expect(fixedHalfUp(new Dec('-0.005'), 2)).toBe('-0.01');
    expect(fixedHalfUp(new Dec('0.5'), 0)).toBe('1');
    expect(fixedHalfUp(new Dec('62461'), 2)).toBe('62461.00');
  });
});
