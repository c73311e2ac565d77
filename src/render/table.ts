import { formatCell, isNumericKind, visibleText } from './format.js';
import { displayWidth, drawBox } from './box.js';
import { palette, type Palette } from './paint.js';
import { longestWord, wrap, wrapLines } from './wrap.js';
import { ENGLISH_WORDS, type ShownColumn as Column, type WholeShownReport as Report } from './words.js';

/**
 * The terminal table (box.ts), money grouped in whole tenge, then the summary, notes and assumptions. Given the
 * width of a terminal it is too wide for, long text is folded inside its cells and the columns are dealt into
 * several tables, each repeating the key columns (code, title, year...), rather than letting the terminal wrap every
 * line (tableLayout); the prose under it is folded at the width too. Without a width (a pipe, a file) it is whole.
 */
export async function renderTable(report: Report, color: boolean, width?: number): Promise<string> {
  const chalk = await palette(color);
  // Text from input files is shown, never run by the terminal: control characters made visible.
  const cells = report.rows.map((row) =>
    report.columns.map((c) => visibleText(formatCell(row[c.key], c.kind, 'human'))),
  );
  const columns = report.columns.map((c) => ({ ...c, title: visibleText(c.title) }));
  const layout = tableLayout(columns, cells, width);
  const out: string[] = [];
  for (const group of layout.groups) {
    if (out.length > 0) out.push('');
    out.push(tableOf(columns, cells, layout, group, chalk));
  }
  const words = report.words ?? ENGLISH_WORDS;
  if (report.summary) {
    const titles = report.summary.columns.map((c) => visibleText(c.title));
    const w = titles.reduce((m, t) => Math.max(m, displayWidth(t)), 0);
    // A value that runs past the width goes on under itself, or under the title where the titles take half the width.
    const hang = ' '.repeat(width !== undefined && w + 4 > width / 2 ? 4 : w + 4);
    out.push('', chalk.bold(words.summary));
    report.summary.columns.forEach((c, i) => {
      const value = visibleText(formatCell(report.summary!.values[c.key], c.kind, 'human'));
      const pad = ' '.repeat(w - displayWidth(titles[i]));
      out.push(wrap(`  ${titles[i]}${pad}  ${value}`, width, hang));
    });
  }
  // Prose wraps at the terminal's width, between words; in a pipe or a file each paragraph stays one line.
  if (report.notes && report.notes.length > 0) out.push('', ...report.notes.map((n) => wrap(visibleText(n), width)));
  out.push(
    '',
    chalk.bold(words.assumptions),
    ...report.assumptions.map((a) => chalk.dim(wrap(`  - ${visibleText(a)}`, width, '    '))),
  );
  return out.join('\n') + '\n';
}

function toneOf(columns: Column[], chalk: Palette): (column: number, text: string, shown: string) => string {
  const tone = { bad: chalk.red, warn: chalk.yellow, good: chalk.green };
  return (column, text, shown) => {
    const t = columns[column].tones?.[text];
    return t ? tone[t](shown) : shown;
  };
}

/** One table of the columns in `group`, each cell folded to its column's width, drawn in linear time (box.ts). */
function tableOf(columns: Column[], cells: string[][], layout: Layout, group: number[], chalk: Palette): string {
  const paint = toneOf(columns, chalk);
  const fold = (i: number, text: string) =>
    layout.widths[i] < layout.natural[i] ? wrapLines(text, layout.widths[i]).join('\n') : text;
  return drawBox({
    head: group.map((i) => chalk.bold(fold(i, columns[i].title))),
    // A number's cell is never folded (its column is as wide as its widest number); text is, between words.
    rows: cells.map((row) => group.map((i) => paint(i, row[i], fold(i, row[i])))),
    right: group.map((i) => isNumericKind(columns[i].kind)),
  });
}

/** How a table goes on a terminal: the tables it is dealt into (column numbers) and the width each column takes. */
export interface Layout {
  /** The columns of each table, in the whole table's order; the key columns in every table. */
  groups: number[][];
  /** The width of each column's text: its widest line, or less for a text column folded to fit. */
  widths: number[];
  /** The width of each column's widest line, unfolded. */
  natural: number[];
}

/** The narrowest a folded text column is made, unless its longest word is narrower. */
const MIN_TEXT = 16;
/** A folded text column is not made narrower than its longest word, up to this many columns. */
const WORD_TEXT = 24;
/** The share of the width the repeated key columns may take (more only down to their narrowest). */
const KEY_SHARE = 0.5;
const KEY_SHARE_MOST = 0.6;

/** The widest line of a column, its title included: a loop, as a spread of thousands of rows would overflow. */
function widestLine(
  columns: Column[],
  cells: string[][],
  i: number,
  measure: (text: string) => number,
  title = true,
): number {
  let w = 0;
  const take = (text: string) => {
    for (const line of text.split('\n')) w = Math.max(w, measure(line));
  };
  if (title) take(columns[i].title);
  for (const row of cells) take(row[i]);
  return w;
}

/**
 * Which columns go in which table and how wide: all in one, unfolded, when it fits (or no width is known). Otherwise
 * the text columns are folded (between words) to fit one table, down to the narrowest that reads well (MIN_TEXT,
 * or the longest word up to WORD_TEXT); and a table still too wide is dealt into several: the key columns (those
 * marked `rowKey`, else the leading text and whole-number ones, at most three) head every table, folded to take
 * at most 60% of the width, or half of it where that makes fewer tables (only the first key when they cannot be made
 * to fit in 60%), and the others are dealt in order into as few tables as fit, as even as they can be, each table
 * then widening its folded columns to the width.
 */
export function tableLayout(columns: Column[], cells: string[][], width?: number): Layout {
  const all = columns.map((_, i) => i);
  const natural = all.map((i) => widestLine(columns, cells, i, displayWidth));
  // A column takes its text, one space either side, and one border.
  const size = (group: number[], w: number[]) => 1 + group.reduce((s, i) => s + w[i] + 3, 0);
  if (width === undefined || size(all, natural) <= width) return { groups: [all], widths: natural, natural };
  const folds = (i: number) => columns[i].kind === 'text';
  // A number is never folded, but its header may be, between words: `salary, Dec.` over `(diff.)`.
  const narrowest = all.map((i) => {
    const word = Math.min(widestLine(columns, cells, i, longestWord), WORD_TEXT);
    if (!folds(i)) return Math.max(word, widestLine(columns, cells, i, displayWidth, false));
    return Math.min(natural[i], Math.max(MIN_TEXT, word));
  });
  if (size(all, narrowest) <= width) return { groups: [all], widths: widen(all, narrowest, natural, width), natural };

  let keys = all.filter((i) => columns[i].rowKey);
  if (keys.length === 0) keys = leadingNames(columns, (group) => size(group, narrowest) <= width / 2);
  if (size(keys, narrowest) > width * KEY_SHARE_MOST) keys = keys.slice(0, 1);
  const rest = all.filter((i) => !keys.includes(i));

  /** The tables when the keys take at most `keyRoom` columns (or their narrowest), alike in every table. */
  const dealWithKeys = (keyRoom: number): Layout => {
    const widths = [...narrowest];
    const wide = widen(keys, narrowest, natural, Math.max(keyRoom, size(keys, narrowest)));
    for (const i of keys) widths[i] = wide[i];
    // A text column too wide for a table with the keys alone is folded to fit there.
    const left = width - size(keys, widths) - 3;
    const whole = [...natural];
    for (const i of keys) whole[i] = widths[i];
    for (const i of rest) if (folds(i)) whole[i] = Math.min(whole[i], Math.max(1, left));
    for (const i of rest) widths[i] = Math.min(widths[i], whole[i]);
    const dealIn = (w: number[], limit: number): number[][] => {
      const groups: number[][] = [];
      let current = [...keys];
      for (const i of rest) {
        if (current.length > keys.length && size([...current, i], w) > limit) {
          groups.push(current);
          current = [...keys];
        }
        current.push(i);
      }
      groups.push(current);
      return groups;
    };
    // Dealt as wide as they are when that needs no more tables than dealing them folded.
    const dealt = dealIn(whole, width).length <= dealIn(widths, width).length ? whole : widths;
    // As few tables as the width allows, then as even as they can be: the smallest limit that needs no more tables.
    let groups = dealIn(dealt, width);
    const fewest = groups.length;
    const even = Math.ceil(rest.reduce((s, i) => s + dealt[i] + 3, 0) / fewest) + size(keys, dealt);
    for (let limit = even; limit < width; limit++) {
      const tried = dealIn(dealt, limit);
      if (tried.length <= fewest) {
        groups = tried;
        break;
      }
    }
    // Each table gives the room it has left to its own folded columns (never to the keys, alike in every table).
    const final = [...widths];
    for (const group of groups) {
      const own = group.filter((i) => !keys.includes(i));
      const grown = widen(own, widths, natural, width - size(keys, widths) + 1);
      for (const i of own) final[i] = grown[i];
    }
    return { groups: groups.map((g) => [...g].sort((a, b) => a - b)), widths: final, natural };
  };
  // The keys as wide as 60% of the width allows, or folded to half of it where that makes fewer tables.
  const roomy = dealWithKeys(Math.floor(width * KEY_SHARE_MOST));
  const tight = dealWithKeys(Math.floor(width * KEY_SHARE));
  return tight.groups.length < roomy.groups.length ? tight : roomy;
}

/**
 * The widths of `group` grown from `from` towards `natural` to fill `room` columns (as a table of those columns):
 * the narrowest folded columns grow first, so that the widest give way, as a level of water rises.
 */
function widen(group: number[], from: number[], natural: number[], room: number): number[] {
  const w = [...from];
  let spare = room - (1 + group.reduce((s, i) => s + w[i] + 3, 0));
  while (spare > 0) {
    let best = -1;
    for (const i of group) if (w[i] < natural[i] && (best < 0 || w[i] < w[best])) best = i;
    if (best < 0) break;
    w[best]++;
    spare--;
  }
  return w;
}

/** Which columns go in which table (see tableLayout). */
export function columnGroups(columns: Column[], cells: string[][], width?: number): number[][] {
  return tableLayout(columns, cells, width).groups;
}

/** The leading text and whole-number columns, at most three, while they fit. */
function leadingNames(columns: Column[], fits: (group: number[]) => boolean): number[] {
  const keys: number[] = [];
  for (let i = 0; i < columns.length && keys.length < 3; i++) {
    if ((columns[i].kind !== 'text' && columns[i].kind !== 'int') || !fits([...keys, i])) break;
    keys.push(i);
  }
  return keys;
}
