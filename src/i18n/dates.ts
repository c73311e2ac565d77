import type { Language } from './messages.js';

/**
 * Dates and months as each language writes them in prose: ISO in English (as JSON and CSV keep them, so that a
 * script reads the same text), `01.06.2019` in Russian, `2019 ж. 1 маусым` in Kazakh.
 */

/** The Kazakh months, and each one's ablative ("from June": маусымнан), by the vowel harmony and last sound. */
const KK_MONTHS: readonly (readonly [string, string])[] = [
  ['қаңтар', 'қаңтардан'],
  ['ақпан', 'ақпаннан'],
  ['наурыз', 'наурыздан'],
  ['сәуір', 'сәуірден'],
  ['мамыр', 'мамырдан'],
  ['маусым', 'маусымнан'],
  ['шілде', 'шілдеден'],
  ['тамыз', 'тамыздан'],
  ['қыркүйек', 'қыркүйектен'],
  ['қазан', 'қазаннан'],
  ['қараша', 'қарашадан'],
  ['желтоқсан', 'желтоқсаннан'],
];

const two = (n: number) => String(n).padStart(2, '0');

/** A date as ISO writes it (`2019-06-01`): English prose, and JSON, CSV and messages (core/dates' formatDate). */
export function isoDate(d: { year: number; month: number; day: number }): string {
  return `${String(d.year).padStart(4, '0')}-${two(d.month)}-${two(d.day)}`;
}

/** A month as ISO writes it (`2024-01`): English prose, and JSON, CSV and messages (core/dates' formatMonth). */
export function isoMonth(year: number, month: number): string {
  return `${year}-${two(month)}`;
}

/**
 * A date in prose; `since`: the date something starts from, which Kazakh puts in the ablative
 * (`2019 ж. 1 маусымнан`), while the Russian and English templates say "с" / "from" themselves.
 */
export function sayDate(d: { year: number; month: number; day: number }, language: Language, since = false): string {
  if (language === 'ru') return `${two(d.day)}.${two(d.month)}.${d.year}`;
  if (language === 'kk') return `${d.year} ж. ${d.day} ${KK_MONTHS[d.month - 1][since ? 1 : 0]}`;
  return isoDate(d);
}

/** A month in prose: `2024-01` (en), `01.2024` (ru), `2024 ж. қаңтар` (kk). */
export function sayMonth(year: number, month: number, language: Language): string {
  if (language === 'ru') return `${two(month)}.${year}`;
  if (language === 'kk') return `${year} ж. ${KK_MONTHS[month - 1][0]}`;
  return isoMonth(year, month);
}
