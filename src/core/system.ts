import type { Dec } from './money.js';

/** The languages a system names its currency in. */
export type CurrencyLanguage = 'en' | 'ru' | 'kk';

/** A system's currency as reports name it: the ISO code, and the word in each language. */
export interface Currency {
  code: string;
  word: Readonly<Record<CurrencyLanguage, string>>;
}

/** The currency of a pay system, as reports name it. */
export function currencyOf(system: PaySystem): Currency {
  return { code: system.currency, word: system.currencyWord };
}

/**
 * A pay system as its `system.csv` describes it: the currency its amounts are in, whether the grid's amounts are
 * monthly or annual, how a published schedule rounds them, its step rule, floor and fund defaults. Kazakhstan's values
 * are those of the embedded system's own system.csv; code holds none of them.
 */
export interface PaySystem {
  name: string;
  /** ISO 4217 code (KZT). */
  currency: string;
  /** The currency's word in prose, by language (tenge / тенге / теңге); the code where a language has none. */
  currencyWord: Readonly<Record<CurrencyLanguage, string>>;
  /** `month`: the grid's amounts are monthly; `year`: annual rates. */
  period: 'month' | 'year';
  /** Decimal places each salary is rounded to after each raise (half up); undefined: exact. */
  round?: number;
  /** The step norms in percent within and between management levels; undefined: no step rule (`off`). */
  stepRule?: { within: Dec; between: Dec; text: string };
  /** `min_wage`: the floor is the params' minimum wage; `off`: no floor. */
  floor: 'min_wage' | 'off';
  /** The fund's defaults, in salaries of the period a year: medical, bonus, and savings (a number, or by group). */
  medical: Dec;
  bonus: Dec;
  savings: Dec | 'auto';
  /** The savings salaries by grid group under `savings auto` (upper-cased group), from `savings_group_X` rows. */
  savingsByGroup: ReadonlyMap<string, Dec>;
}
