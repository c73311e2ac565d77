import { formatCell, isNumericKind, visibleText } from './format.js';
import { drawBox } from './box.js';
import { palette, type Palette } from './paint.js';
import { ENGLISH_WORDS, type ShownColumn as Column, type WholeShownReport as Report } from './words.js';

/**
 * The terminal table (box.ts), money grouped in whole tenge, then the summary, notes and assumptions. Given the
 * width of a terminal it is too wide for, the columns are dealt into several tables, each repeating the leading key
 * columns (code, year...), rather than letting the terminal wrap every line.
 */
export async function renderTable(report: Report, color: boolean, width?: number): Promise<string> {
  const chalk = await palette(color);
  // Text from input files is shown, never run by the terminal: control characters made visible.
  const cells = report.rows.map((row) =>
    report.columns.map((c) => visibleText(formatCell(row[c.key], c.kind, 'human'))),
  );
  const columns = report.columns.map((c) => ({ ...c, title: visibleText(c.title) }));
  const out: string[] = [];
  for (const group of columnGroups(columns, cells, width)) {
    if (out.length > 0) out.push('');
    out.push(tableOf(columns, cells, group, chalk));
  }
  const words = report.words ?? ENGLISH_WORDS;
  if (report.summary) {
    const titles = report.summary.columns.map((c) => visibleText(c.title));
    const w = titles.reduce((m, t) => Math.max(m, t.length), 0);
    out.push('', chalk.bold(words.summary));
    report.summary.columns.forEach((c, i) => {
      const value = visibleText(formatCell(report.summary!.values[c.key], c.kind, 'human'));
      out.push(`  ${titles[i].padEnd(w)}  ${value}`);
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

/**
 * A paragraph folded at `width` columns between words, later lines indented by `indent`; as it is without a width.
 * A word longer than the line (a path) stands on a line of its own.
 */
export function wrap(text: string, width: number | undefined, indent = ''): string {
  if (width === undefined || text.length <= width) return text;
  const lead = /^ */.exec(text)![0];
  const lines: string[] = [];
  let line = lead;
  for (const word of text.slice(lead.length).split(' ')) {
    if (line.trim() !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else line = line.trim() === '' ? line + word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}

function toneOf(columns: Column[], chalk: Palette): (column: number, text: string, shown: string) => string {
  const tone = { bad: chalk.red, warn: chalk.yellow, good: chalk.green };
  return (column, text, shown) => {
    const t = columns[column].tones?.[text];
    return t ? tone[t](shown) : shown;
  };
}

/** One table of the columns in `group`, drawn in linear time however many rows (see box.ts). */
function tableOf(columns: Column[], cells: string[][], group: number[], chalk: Palette): string {
  const paint = toneOf(columns, chalk);
  return drawBox({
    head: group.map((i) => chalk.bold(columns[i].title)),
    rows: cells.map((row) => group.map((i) => paint(i, row[i], row[i]))),
    right: group.map((i) => isNumericKind(columns[i].kind)),
  });
}

/** The widest text of a column, its title included: a loop, as a spread of thousands of rows would overflow. */
function columnWidth(columns: Column[], cells: string[][], i: number): number {
  let w = columns[i].title.length;
  for (const row of cells) if (row[i].length > w) w = row[i].length;
  return w;
}

/**
 * Which columns go in which table: all in one when it fits (or no width is known); otherwise the key columns (those
 * marked `rowKey`, else the leading text and whole-number ones, at most three; only the first if they take over 60%
 * of the width) head every table and the others are dealt in order into as few tables as fit, as even as they can be.
 */
export function columnGroups(columns: Column[], cells: string[][], width?: number): number[][] {
  const all = columns.map((_, i) => i);
  // A column takes its widest text, one space either side, and one border.
  const w = columns.map((_, i) => columnWidth(columns, cells, i) + 3);
  const total = (group: number[]) => 1 + group.reduce((s, i) => s + w[i], 0);
  if (width === undefined || total(all) <= width) return [all];
  let keys = all.filter((i) => columns[i].rowKey);
  if (keys.length === 0) keys = leadingNames(columns, (group) => total(group) <= width / 2);
  if (total(keys) > width * 0.6) keys = keys.slice(0, 1);
  const rest = all.filter((i) => !keys.includes(i));
  const deal = (limit: number): number[][] => {
    const groups: number[][] = [];
    let current = [...keys];
    for (const i of rest) {
      if (current.length > keys.length && total([...current, i]) > limit) {
        groups.push(current);
        current = [...keys];
      }
      current.push(i);
    }
    groups.push(current);
    return groups;
  };
  // As few tables as the width allows, then as even as they can be: the smallest limit that needs no more tables.
  const fewest = deal(width).length;
  const even = Math.ceil(rest.reduce((s, i) => s + w[i], 0) / fewest) + total(keys);
  for (let limit = even; limit < width; limit++) {
    const groups = deal(limit);
    if (groups.length <= fewest) return groups;
  }
  return deal(width);
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
