import { displayWidth } from './box.js';

/**
 * Text folded to a terminal's width, counted in the columns a terminal shows (box.ts: a Cyrillic or Kazakh letter
 * one, a wide CJK sign two, a combining mark none). Lines break between words; a word longer than a line is broken,
 * after a hyphen (or a `|` of a list of choices) where one falls in the line (`executive-` / `body-district`), else
 * at the line's end. Used by the
 * terminal table's cells, the prose under it and the help, so that they all wrap the same way.
 */

/** The lines of a paragraph (no line feed in it) of at most `width` columns, later lines starting with `indent`. */
function foldParagraph(text: string, width: number, indent: string): string[] {
  if (displayWidth(text) <= width) return [text];
  // An indent that leaves no room for a letter is dropped rather than overflowing.
  const lead = displayWidth(indent) < width ? indent : '';
  const start = /^ */.exec(text)![0];
  const lines: string[] = [];
  let line = start.length < width ? start : '';
  let used = displayWidth(line);
  let bare = true; // the line holds no word yet, only its indent
  const push = () => {
    lines.push(line.trimEnd());
    line = lead;
    used = displayWidth(lead);
    bare = true;
  };
  for (const word of text.slice(start.length).split(' ')) {
    const w = displayWidth(word);
    if (!bare && used + 1 + w <= width) {
      line += ` ${word}`;
      used += 1 + w;
      continue;
    }
    if (!bare) push();
    let rest = word;
    while (used + displayWidth(rest) > width) {
      const [head, tail] = breakWord(rest, width - used);
      line += head;
      push();
      rest = tail;
    }
    line += rest;
    used += displayWidth(rest);
    bare = false;
  }
  lines.push(line);
  return lines;
}

/** A word cut so that its head takes at most `room` columns (at least one sign): after its last hyphen there if any. */
function breakWord(word: string, room: number): [string, string] {
  let used = 0;
  let cut = 0;
  let hyphen = 0;
  for (const ch of word) {
    const w = displayWidth(ch);
    if (used + w > room && cut > 0) break;
    used += w;
    cut += ch.length;
    if ((ch === '-' || ch === '|') && cut < word.length) hyphen = cut;
  }
  const at = hyphen > 0 ? hyphen : cut;
  return [word.slice(0, at), word.slice(at)];
}

/** The lines of a text of at most `width` columns each (its own line feeds kept); as it is without a width. */
export function wrapLines(text: string, width: number | undefined, indent = ''): string[] {
  const paragraphs = text.split('\n');
  if (width === undefined || width < 1) return paragraphs;
  return paragraphs.flatMap((p) => foldParagraph(p, width, indent));
}

/** A paragraph folded at `width` columns between words, later lines indented by `indent`; as it is without a width. */
export function wrap(text: string, width: number | undefined, indent = ''): string {
  return wrapLines(text, width, indent).join('\n');
}

/** The longest piece of a text that wrapping keeps on one line: a word, or a part of one ending in a hyphen or `|`. */
export function longestWord(text: string): number {
  let longest = 0;
  for (const piece of text.split(/[\s]+|(?<=[-|])/)) longest = Math.max(longest, displayWidth(piece));
  return longest;
}
