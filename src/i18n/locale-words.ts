import { dataWord } from './data-words.js';
import { kk } from './kk.js';
import type { Language, LanguageWords } from './messages.js';
import { ru } from './ru.js';

/** The Russian and Kazakh words: a bundle of its own (scripts/bundle.js), loaded by loadLanguage in messages.ts. */
export const LOCALE_WORDS: Readonly<Record<Exclude<Language, 'en'>, LanguageWords>> = {
  ru: { catalogue: ru, dataWord: (text) => dataWord(text, 'ru') },
  kk: { catalogue: kk, dataWord: (text) => dataWord(text, 'kk') },
};
