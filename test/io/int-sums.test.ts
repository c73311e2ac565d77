import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLUSH, IntSums } from '../../src/io/int-sums.js';

describe('IntSums', () => {
  it('sums exactly past 2^53, per pair and column, in the order pairs first appear', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.nat(40), fc.nat(40), fc.nat(2), fc.oneof(fc.nat(1000), fc.integer({ min: 0, max: FLUSH }))),
          { maxLength: 200 },
        ),
        (adds) => {
          const sums = new IntSums(3);
          const expected = new Map<string, bigint>();
          for (const [a, b, column, v] of adds) {
            sums.add(sums.at(a, b) + column, v);
            const k = `${a},${b},${column}`;
            expected.set(k, (expected.get(k) ?? 0n) + BigInt(v));
          }
          for (const { a, b, at } of sums.entries()) {
            for (let c = 0; c < 3; c++) expect(sums.get(at + c)).toBe(expected.get(`${a},${b},${c}`) ?? 0n);
          }
          expect(new Set([...sums.entries()].map((e) => `${e.a},${e.b}`))).toEqual(
            new Set(adds.map(([a, b]) => `${a},${b}`)),
          );
        },
      ),
    );
  });

  it('adds BigInts and scales a column, e.g. savings counts moving from tenths to hundredths', () => {
    const sums = new IntSums(2);
    const at = sums.at(0, 0);
    sums.add(at + 1, 28);
    sums.addBig(at + 1, 10n ** 20n);
    sums.scaleColumn(1, 10n);
    expect(sums.get(at + 1)).toBe(10n ** 21n + 280n);
    expect(sums.get(at)).toBe(0n);
  });

  it('keeps pairs apart when there are too many for its table (many units × many codes)', () => {
    const sums = new IntSums(1);
    for (let a = 0; a < 3000; a += 7) for (let b = 0; b < 3000; b += 997) sums.add(sums.at(a, b), a * 10000 + b);
    for (const { a, b, at } of sums.entries()) expect(sums.get(at)).toBe(BigInt(a * 10000 + b));
    expect(sums.at(2996, 2991)).toBe([...sums.entries()].find((e) => e.a === 2996 && e.b === 2991)!.at);
  });
});
