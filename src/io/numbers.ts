import { Dec, MAX_DIGITS, percentToFactor, tooManyDigits } from '../core/money.js';

/** Which character separates decimals when a cell alone cannot tell (`62,461`). */
export type DecimalMode = 'auto' | 'comma' | 'point';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string; expected: string; ambiguous?: boolean };

const AMBIGUOUS_EXPECTED = '--decimal comma or --decimal point to say which, or a number written without doubt';

const NUMBER_EXPECTED = "digits, optionally grouped by three with space or ', and one decimal separator . or ,";

/**
 * Parses a locale number: `62461`, `62 461`, `3 874 482,5`, `1,234.56`, `-0.1`. Never goes through a binary float.
 * A lone `,` followed by exactly three digits is ambiguous unless `mode` says which separator is decimal.
 */
export function parseNumber(raw: string, mode: DecimalMode = 'auto'): Parsed<Dec> {
  const text = raw.trim();
  const bad = (problem: string, expected = NUMBER_EXPECTED): Parsed<Dec> => ({ ok: false, problem, expected });
  if (text === '') return bad('empty number');
  let body = text;
  let sign = '';
  if (body[0] === '-' || body[0] === '+' || body[0] === '\u2212') {
    sign = body[0] === '+' ? '' : '-';
    body = body.slice(1);
  }
  if (!/^[0-9 \u00a0\u202f'.,]+$/.test(body) || !/[0-9]/.test(body)) return bad(`"${text}" is not a number`);

  const commas = count(body, ',');
  const points = count(body, '.');
  let decimalSep: string | null = null;
  let groupSep: string | null = null;
  if (commas > 0 && points > 0) {
    // Both: the last one is the decimal separator, the other groups by three.
    decimalSep = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
    groupSep = decimalSep === ',' ? '.' : ',';
    if (count(body, decimalSep) > 1) return bad(`"${text}" has more than one decimal separator`);
  } else if (commas > 0 || points > 0) {
    const sep = commas > 0 ? ',' : '.';
    const n = commas + points;
    const modeSays = mode === 'comma' ? ',' : mode === 'point' ? '.' : null;
    if (n > 1) {
      if (modeSays === sep) return bad(`"${text}" has more than one decimal separator`);
      groupSep = sep; // 1,234,567 or 1.234.567: only grouping reads it
    } else if (modeSays !== null) {
      if (modeSays === sep) decimalSep = sep;
      else groupSep = sep;
    } else if (sep === ',' && /^[0-9]{1,3},[0-9]{3}$/.test(body)) {
      // Both readings are valid (62,461 = 62461 or 62.461): refuse to guess with money.
      return {
        ok: false,
        problem: `"${text}" is ambiguous: the comma may group thousands or separate decimals`,
        expected: `${AMBIGUOUS_EXPECTED} such as 62461 or 62 461`,
        ambiguous: true,
      };
    } else {
      decimalSep = sep;
    }
  }

  let intPart = body;
  let fracPart = '';
  if (decimalSep !== null) {
    const at = body.lastIndexOf(decimalSep);
    intPart = body.slice(0, at);
    fracPart = body.slice(at + 1);
    if (!/^[0-9]+$/.test(fracPart))
      return bad(`"${text}" has no digits after its decimal separator, or grouped decimals`);
  }
  // Grouping: either none, or every group after the first holds exactly three digits, all with one separator.
  const groups = intPart.split(/[ \u00a0\u202f',.]/);
  const seps = intPart.replace(/[0-9]/g, '');
  if (groups.length > 1) {
    const allowed =
      groupSep === null ? /^[ \u00a0\u202f']+$/ : new RegExp(`^[ \\u00a0\\u202f'${groupSep === '.' ? '\\.' : ','}]+$`);
    if (!allowed.test(seps) || new Set(seps).size > 1) return bad(`"${text}" mixes its digit grouping`);
    if (!/^[0-9]{1,3}$/.test(groups[0]) || groups.slice(1).some((g) => !/^[0-9]{3}$/.test(g))) {
      return bad(`"${text}" is not grouped by three digits`);
    }
  }
  const digits = groups.join('');
  if (digits === '' && fracPart === '') return bad(`"${text}" is not a number`);
  const tooLong = tooManyDigits(text, digits, fracPart);
  if (tooLong !== undefined) return bad(tooLong, `a number of at most ${MAX_DIGITS} significant digits`);
  const value = new Dec(`${sign}${digits === '' ? '0' : digits}${fracPart ? '.' + fracPart : ''}`);
  // -0 is 0: not negative, and not printed with a sign.
  return { ok: true, value: value.isZero() ? new Dec(0) : value };
}

/**
 * A percent is above −100 when its factor 1 + p/100 is positive as kzpay computes it: −99.999…9 with more nines than
 * the working precision holds would make the factor 0 and every level after it 0 or infinite.
 */
function aboveMinus100(pct: Dec): boolean {
  return percentToFactor(pct).gt(0);
}

function notAbove(raw: string, pct: Dec): string {
  return pct.gt(-100)
    ? `"${raw.trim()}" is so close to -100% that 1 + p/100 is 0 at 40 significant digits`
    : `"${raw.trim()}" is not above -100%`;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/** A percent's number that did not parse: the percent's expectation, or the --decimal hint where it is ambiguous. */
function percentFailure(
  failed: { problem: string; expected: string; ambiguous?: boolean },
  expected: string,
): Parsed<PercentValue> {
  if (failed.ambiguous) {
    return { ok: false, problem: failed.problem, expected: `${AMBIGUOUS_EXPECTED} such as 12.5 or 12500` };
  }
  return { ok: false, problem: failed.problem, expected };
}

/** A percent cell: a number with an optional `%`, or a range `25-30` / `25–30` (low ≤ high); each above −100. */
export interface PercentValue {
  low: Dec;
  high: Dec;
  text: string;
}

export function parsePercent(raw: string, mode: DecimalMode = 'auto', allowRange = true): Parsed<PercentValue> {
  const text = raw.trim().replace(/%$/, '').trim();
  const expected = allowRange
    ? 'a percent such as 32, 32%, 12,5 or a range 25-30 (low ≤ high), greater than -100'
    : 'a percent such as 8.6, 8,6% or -0.1, greater than -100';
  // A range separator is a dash that follows a digit (a leading dash is a minus sign).
  const m = /^(.*?[0-9%])\s*[-\u2013]\s*(.+)$/.exec(text);
  if (m && allowRange) {
    const low = parseNumber(m[1].replace(/%$/, ''), mode);
    const high = parseNumber(m[2].replace(/%$/, ''), mode);
    if (!low.ok) return percentFailure(low, expected);
    if (!high.ok) return percentFailure(high, expected);
    if (low.value.gt(high.value))
      return { ok: false, problem: `range "${raw.trim()}" has its low end above its high end`, expected };
    if (!aboveMinus100(low.value)) return { ok: false, problem: notAbove(raw, low.value), expected };
    return { ok: true, value: { low: low.value, high: high.value, text: raw.trim() } };
  }
  if (m && !allowRange)
    return { ok: false, problem: `"${raw.trim()}" is a range where one percent is needed`, expected };
  const v = parseNumber(text, mode);
  if (!v.ok) return percentFailure(v, expected);
  if (!aboveMinus100(v.value)) return { ok: false, problem: notAbove(raw, v.value), expected };
  return { ok: true, value: { low: v.value, high: v.value, text: raw.trim() } };
}
