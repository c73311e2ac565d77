import { en, type MessageId } from './en.js';

/** A language's catalogue: a template for every message id. */
export type Catalogue = Readonly<Record<MessageId, string>>;

/** The languages of the words: English (also JSON's), Russian, Kazakh. */
export type Language = 'en' | 'ru' | 'kk';

/** A language's own words: its catalogue, and the texts of the embedded data sets in it (data-words.ts). */
export interface LanguageWords {
  catalogue: Catalogue;
  dataWord: (text: string) => string;
}

const loaded: Partial<Record<Language, LanguageWords>> = { en: { catalogue: en, dataWord: (text) => text } };

/**
 * Loads a language's words before a report is worded in it. English is always there; the Russian and Kazakh
 * catalogues and data words (about 280 KB of code) are a module of their own, read only when a run speaks one of
 * them, so that a run in English does not load them (start-up).
 */
export async function loadLanguage(language: Language): Promise<LanguageWords> {
  if (!loaded[language]) Object.assign(loaded, (await import('./locale-words.js')).LOCALE_WORDS);
  return wordsOfLanguage(language);
}

/** The words of a language loaded by loadLanguage (English needs no loading). */
export function wordsOfLanguage(language: Language): LanguageWords {
  const words = loaded[language];
  if (!words) throw new Error(`the words of "${language}" are not loaded (loadLanguage before wording a report)`);
  return words;
}

export type { MessageId };
