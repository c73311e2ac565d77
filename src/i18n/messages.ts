import { en, type MessageId } from './en.js';
import { kk } from './kk.js';
import { ru } from './ru.js';

/** A language's catalogue: a template for every message id. */
export type Catalogue = Readonly<Record<MessageId, string>>;

/** The languages of the words: English (also JSON's), Russian, Kazakh. */
export type Language = 'en' | 'ru' | 'kk';

/** Every catalogue by language, in one place. */
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, ru, kk };

export type { MessageId };
