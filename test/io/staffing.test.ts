import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/io/numbers.js';
import { plainTiyn } from '../../src/io/staffing.js';

describe('plainTiyn (the fast path for salaries)', () => {
  it.each([
    ['180174.97', 18017497],
    ['180174.9', 18017490],
    ['180174', 18017400],
    ['0.01', 1],
    ['007', 700],
  ])('reads %s as %i tiyn', (text, tiyn) => {
    expect(plainTiyn(Buffer.from(text))).toBe(tiyn);
  });

  it.each(['', '.5', '1.', '1.234', '62,461', '62 461', '-5', '+5', '1e3', ' 5', '12345678901234'])(
    'leaves %j to parseNumber',
    (text) => {
      expect(plainTiyn(Buffer.from(text))).toBe(-1);
    },
  );

  it('agrees with parseNumber wherever it reads a number', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9.,' -]{0,16}$/), (text) => {
        const tiyn = plainTiyn(Buffer.from(text));
        if (tiyn < 0) return;
        const r = parseNumber(text, 'point');
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value.times(100).toString()).toBe(String(tiyn));
        const auto = parseNumber(text, 'auto');
        if (auto.ok) expect(auto.value.times(100).toString()).toBe(String(tiyn));
      }),
    );
  });

  it('reads a number where it stands in a line', () => {
    const line = 'E-R-4,3,180174.97,Unit';
    expect(plainTiyn(Buffer.from(line), 8, 17)).toBe(18017497);
  });
});
