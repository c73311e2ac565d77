import Table from 'cli-table3';
import { formatCell, isNumericKind } from './format.js';
import { palette, type Palette } from './paint.js';
import { ENGLISH_WORDS, type ShownColumn as Column, type ShownReport as Report } from './words.js';

/**
 * The terminal table: cli-table3, money grouped in whole tenge, then the summary, notes and assumptions. Given the
 * width of a terminal it is too wide for, the columns are dealt into several tables, each repeating the leading key
 * columns (code, year...), rather than letting the terminal wrap every line.
 */
export async function renderTable(report: Report, color: boolean, width?: number): Promise<string> {
  const chalk = await palette(color);
  const cells = report.rows.map((row) => report.columns.map((c) => formatCell(row[c.key], c.kind, 'human')));
  const out: string[] = [];
  for (const group of columnGroups(report.columns, cells, width)) {
    if (out.length > 0) out.push('');
    out.push(tableOf(report.columns, cells, group, chalk));
  }
  const words = report.words ?? ENGLISH_WORDS;
  if (report.summary) {
    const w = Math.max(...report.summary.columns.map((c) => c.title.length));
    out.push('', chalk.bold(words.summary));
    for (const c of report.summary.columns)
      out.push(`  ${c.title.padEnd(w)}  ${formatCell(report.summary.values[c.key], c.kind, 'human')}`);
  }
  if (report.notes && report.notes.length > 0) out.push('', ...report.notes);
  out.push('', chalk.bold(words.assumptions), ...report.assumptions.map((a) => chalk.dim(`  - ${a}`)));
  return out.join('\n') + '\n';
}

function tableOf(columns: Column[], cells: string[][], group: number[], chalk: Palette): string {
  const tone = { bad: chalk.red, warn: chalk.yellow, good: chalk.green };
  const table = new Table({
    head: group.map((i) => chalk.bold(columns[i].title)),
    colAligns: group.map((i) => (isNumericKind(columns[i].kind) ? 'right' : 'left')),
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' }, // no rule between rows: more rows per screen
  });
  for (const row of cells) {
    table.push(
      group.map((i) => {
        const t = columns[i].tones?.[row[i]];
        return t ? tone[t](row[i]) : row[i];
      }),
    );
  }
  return table.toString();
}

/**
 * Which columns go in which table: all in one when it fits (or no width is known); otherwise the key columns (those
 * marked `rowKey`, else the leading text and whole-number ones, at most three; only the first if they take over 60% of the width) head every
 * table and the others are dealt in order into as few tables as fit, as even as they can be.
 */
export function columnGroups(columns: Column[], cells: string[][], width?: number): number[][] {
  const all = columns.map((_, i) => i);
  // A column takes its widest text, one space either side, and one border.
  const w = columns.map((c, i) => Math.max(c.title.length, ...cells.map((row) => row[i].length)) + 3);
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
