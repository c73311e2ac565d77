import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The one Decimal constructor kzpay computes with: 40 significant digits (money and compounding stay exact far beyond
 * a tiyn), half-up rounding where a rounding mode is not named. A clone, so no other user of decimal.js changes it.
 */
export const Dec = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Dec = InstanceType<typeof Dec>;

/**
 * The most significant digits a number may have: kzpay computes with 40, and compounding and sums keep a number of 28
 * digits exact to the tiyn; a longer one would be rounded without a word. Files and options alike.
 */
export const MAX_DIGITS = 28;

/**
 * Why a number is refused for its length: more than MAX_DIGITS significant digits, counted on its digits before and
 * after the decimal separator (leading and trailing zeros apart) before Decimal sees them, as it would round them to
 * its precision without a word. Undefined when the number is within. Files and options alike.
 */
export function tooManyDigits(text: string, int: string, frac: string): string | undefined {
  const significant = (int + frac.replace(/0+$/, '')).replace(/^0+/, '').length;
  if (significant <= MAX_DIGITS) return undefined;
  return `"${text}" has ${significant} significant digits, more than the ${MAX_DIGITS} kzpay keeps exact`;
}

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
export const HUNDRED = new Dec(100);

/** A percent (e.g. 32) as a factor (1.32). */
export function percentToFactor(pct: Dec): Dec {
  return ONE.plus(pct.div(HUNDRED));
}

/** A factor (1.32) as a percent change (32). */
export function factorToPercent(factor: Dec): Dec {
  return factor.minus(ONE).times(HUNDRED);
}

/** Product of factors; 1 for none. */
export function product(values: Iterable<Dec>): Dec {
  let p = ONE;
  for (const v of values) p = p.times(v);
  return p;
}

/** Sum of values; 0 for none. */
export function sum(values: Iterable<Dec>): Dec {
  let s = ZERO;
  for (const v of values) s = s.plus(v);
  return s;
}

/**
 * Rounds half up to `places` decimals and gives the fixed-point text, e.g. fixedHalfUp(62461, 2) = "62461.00"; a value
 * that rounds to zero has no minus sign. Worked on the Decimal's own digits (decimal.js keeps them as `d`, words of
 * seven digits, the first without leading zeros; `e`, the exponent of the first digit; `s`, the sign), as
 * `toFixed(places, ROUND_HALF_UP)` rounds them but without making a Decimal of the result: half the time of toFixed
 * (40 000 amounts, 24-28 ms against 41-59), which a fund of many units writes millions of. A property test holds it to
 * toFixed (test/core/money.test.ts).
 */
export function fixedHalfUp(value: Dec, places: number): string {
  const { d, e, s } = value as unknown as { d: number[] | null; e: number; s: number };
  // NaN and the infinities, which have no digits: as decimal.js writes them.
  if (!d) return value.toFixed(places);
  let digits = String(d[0]);
  for (let i = 1; i < d.length; i++) digits += String(d[i]).padStart(7, '0');
  // The digits kept: those down to the last place (value × 10^places as a whole number), then half up on the next.
  const keep = e + 1 + places;
  let kept = keep <= 0 ? '' : digits.length >= keep ? digits.slice(0, keep) : digits.padEnd(keep, '0');
  if (keep >= 0 && keep < digits.length && digits.charCodeAt(keep) >= 53 /* 5 */) {
    let i = kept.length - 1;
    while (i >= 0 && kept.charCodeAt(i) === 57 /* 9 */) i--;
    const zeros = '0'.repeat(kept.length - i - 1);
    kept = i < 0 ? `1${zeros}` : kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1) + zeros;
  }
  if (kept.length <= places) kept = kept.padStart(places + 1, '0');
  const whole = kept.slice(0, kept.length - places);
  const text = places > 0 ? `${whole}.${kept.slice(kept.length - places)}` : whole;
  return s < 0 && /[1-9]/.test(kept) ? `-${text}` : text;
}

/** 10^k as a BigInt, worked once for each k. */
const powersOfTen: bigint[] = [1n];
function tenTo(k: number): bigint {
  for (let i = powersOfTen.length; i <= k; i++) powersOfTen.push(powersOfTen[i - 1] * 10n);
  return powersOfTen[k];
}

/**
 * num / den as a Decimal, rounded as Dec rounds (40 significant digits, half up): what `new Dec(num).div(den)`
 * gives, worked in BigInt, which divides fund's long integer sums faster than decimal.js (docs/decisions.md has the
 * figures; test/core/money.test.ts holds it to decimal.js).
 */
export function quotient(num: bigint, den: bigint): Dec {
  if (den === 0n) throw new RangeError('quotient: division by zero');
  if (num === 0n) return ZERO;
  const negative = num < 0n !== den < 0n;
  const n = num < 0n ? -num : num;
  const d = den < 0n ? -den : den;
  // Scaled so that the whole quotient has at least one digit more than the precision: half up rounds on that digit
  // alone (5 or more rounds up, whatever follows), so the quotient may be cut, not rounded, below it. The lengths
  // come from the hexadecimal digits (a cheap conversion), with log10(16) = 1.20412 taken a little low for n's least
  // number of decimal digits and a little high for d's most; the quotient may have a digit or two to spare.
  const precision = Dec.precision;
  const nDigits = Math.floor((n.toString(16).length - 1) * 1.2041) + 1;
  const dDigits = Math.ceil(d.toString(16).length * 1.2042);
  const shift = precision + 1 - (nDigits - dDigits);
  const q = shift >= 0 ? (n * tenTo(shift)) / d : n / (d * tenTo(-shift));
  const digits = q.toString();
  const extra = digits.length - precision;
  const kept = BigInt(digits.slice(0, precision)) + (digits.charCodeAt(precision) >= 53 /* 5 */ ? 1n : 0n);
  return new Dec(`${negative ? '-' : ''}${kept}e${extra - shift}`);
}
