import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumber } from '../../src/io/numbers.js';

/** Writes a whole number of tiyn the local ways: grouped by a separator, with `,` or `.` before the two decimals. */
function write(tiyn: bigint, group: string, decimal: ',' | '.'): string {
  const neg = tiyn < 0n;
  const abs = neg ? -tiyn : tiyn;
  const int = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const frac = (abs % 100n).toString().padStart(2, '0');
  return `${neg ? '-' : ''}${int}${decimal}${frac}`;
}

describe('parseNumber (property)', () => {
  it('reads back every amount written with any grouping and decimal separator, to the tiyn', () => {
    const groupers = fc.constantFrom(' ', '\u00a0', '\u202f', "'", '');
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        groupers,
        fc.constantFrom(',', '.') as fc.Arbitrary<',' | '.'>,
        (tiyn, group, decimal) => {
          const text = write(tiyn, group, decimal);
          const r = parseNumber(text);
          expect(r.ok).toBe(true);
          if (r.ok) expect(r.value.times(100).toFixed(0)).toBe(tiyn.toString());
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads `,` grouping with a `.` decimal and `.` grouping with a `,` decimal', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 100000n, max: 10n ** 15n }), (tiyn) => {
        const a = parseNumber(write(tiyn, ',', '.'));
        const b = parseNumber(write(tiyn, '.', ','));
        return a.ok && b.ok && a.value.eq(b.value) && a.value.times(100).toFixed(0) === tiyn.toString();
      }),
      { numRuns: 300 },
    );
  });
});
