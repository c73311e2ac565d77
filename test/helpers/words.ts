import type { Arg, Phrase } from '../../src/core/report.js';
import { say } from '../../src/render/words.js';

/** A message (or prose) as the English renderer words it, so tests of core read as sentences. */
export function english(phrase: Phrase | Arg | undefined): string | undefined {
  return phrase === undefined ? undefined : say(phrase);
}

/** A raise label (or any message) in English, for `.map`. */
export const inEnglish = (phrase: Phrase | Arg): string => say(phrase);
