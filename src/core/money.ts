import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The one Decimal constructor kzpay computes with: 40 significant digits (money and compounding stay exact far beyond
 * a tiyn), half-up rounding where a rounding mode is not named. A clone, so no other user of decimal.js changes it.
 */
export const Dec = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Dec = InstanceType<typeof Dec>;

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

/** Rounds half up to `places` decimals and gives the fixed-point text, e.g. roundHalfUp(62461, 2) = "62461.00". */
export function fixedHalfUp(value: Dec, places: number): string {
  const s = value.toFixed(places, Dec.ROUND_HALF_UP);
  return s === '-0' || /^-0\.0*$/.test(s) ? s.slice(1) : s;
}
