import type { Language } from './messages.js';

/**
 * Dates and months as each language writes them in prose: ISO in English (as JSON and CSV keep them, so that a
 * script reads the same text), `01.06.2019` in Russian, `2019 ж. 1 маусым` in Kazakh.
 */

/**
 * The Kazakh months: each one's name, its ablative ("from June": маусымнан) and its locative attribute ("of June", as
 * a law's date is written: 2015 жылғы 29 желтоқсандағы), by the vowel harmony and the last sound.
 */
const KK_MONTHS: readonly (readonly [string, string, string])[] = [
  ['қаңтар', 'қаңтардан', 'қаңтардағы'],
  ['ақпан', 'ақпаннан', 'ақпандағы'],
  ['наурыз', 'наурыздан', 'наурыздағы'],
  ['сәуір', 'сәуірден', 'сәуірдегі'],
  ['мамыр', 'мамырдан', 'мамырдағы'],
  ['маусым', 'маусымнан', 'маусымдағы'],
  ['шілде', 'шілдеден', 'шілдедегі'],
  ['тамыз', 'тамыздан', 'тамыздағы'],
  ['қыркүйек', 'қыркүйектен', 'қыркүйектегі'],
  ['қазан', 'қазаннан', 'қазандағы'],
  ['қараша', 'қарашадан', 'қарашадағы'],
  ['желтоқсан', 'желтоқсаннан', 'желтоқсандағы'],
];

const KK_FORMS = { name: 0, from: 1, of: 2 } as const;

/** A month (1-12) in Kazakh: its name, its ablative (`from`: маусымнан) or locative attribute (`of`: маусымдағы). */
export function kazakhMonth(month: number, form: keyof typeof KK_FORMS): string {
  return KK_MONTHS[month - 1][KK_FORMS[form]];
}

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
  if (language === 'kk') return `${d.year} ж. ${d.day} ${kazakhMonth(d.month, since ? 'from' : 'name')}`;
  return isoDate(d);
}

/** A month in prose: `2024-01` (en), `01.2024` (ru), `2024 ж. қаңтар` (kk). */
export function sayMonth(year: number, month: number, language: Language): string {
  if (language === 'ru') return `${two(month)}.${year}`;
  if (language === 'kk') return `${year} ж. ${kazakhMonth(month, 'name')}`;
  return isoMonth(year, month);
}
