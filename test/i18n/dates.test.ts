import { describe, expect, it } from 'vitest';
import { kazakhMonth, sayDate, sayMonth } from '../../src/i18n/dates.js';

describe('a date in prose', () => {
  it.each([
    ['en', false, '2019-06-01'],
    ['ru', false, '01.06.2019'],
    ['kk', false, '2019 ж. 1 маусым'],
    ['kk', true, '2019 ж. 1 маусымнан'],
  ] as const)('is written in %s (since: %s) as %s', (language, since, text) => {
    expect(sayDate({ year: 2019, month: 6, day: 1 }, language, since)).toBe(text);
  });

  // The ablative follows the month's last sound and vowels: -нан after a nasal, -дан/-ден after a vowel or a voiced
  // consonant, -тен after a voiceless one.
  it.each([
    [1, 'қаңтардан'],
    [2, 'ақпаннан'],
    [3, 'наурыздан'],
    [4, 'сәуірден'],
    [5, 'мамырдан'],
    [6, 'маусымнан'],
    [7, 'шілдеден'],
    [8, 'тамыздан'],
    [9, 'қыркүйектен'],
    [10, 'қазаннан'],
    [11, 'қарашадан'],
    [12, 'желтоқсаннан'],
  ])('says "from" month %i in Kazakh as %s', (month, word) => {
    expect(sayDate({ year: 2026, month, day: 1 }, 'kk', true)).toBe(`2026 ж. 1 ${word}`);
  });

  // The locative attribute ("of June", as a law's date is written) takes -дағы/-дегі after a vowel, a nasal or a
  // voiced consonant, -тағы/-тегі after a voiceless one, by the same vowel harmony.
  it.each([
    [1, 'қаңтардағы'],
    [2, 'ақпандағы'],
    [3, 'наурыздағы'],
    [4, 'сәуірдегі'],
    [5, 'мамырдағы'],
    [6, 'маусымдағы'],
    [7, 'шілдедегі'],
    [8, 'тамыздағы'],
    [9, 'қыркүйектегі'],
    [10, 'қазандағы'],
    [11, 'қарашадағы'],
    [12, 'желтоқсандағы'],
  ])('says "of" month %i in Kazakh as %s', (month, word) => {
    expect(kazakhMonth(month, 'of')).toBe(word);
  });

  it.each([
    ['en', '2024-01'],
    ['ru', '01.2024'],
    ['kk', '2024 ж. қаңтар'],
  ] as const)('writes a month in %s as %s', (language, text) => {
    expect(sayMonth(2024, 1, language)).toBe(text);
  });
});
