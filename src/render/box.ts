/**
 * kzpay's terminal tables, drawn as cli-table3 draws them with kzpay's style (a border, no rule between rows, one
 * space of padding, cells of several lines kept top-aligned), in linear time and without loading it: cli-table3
 * costs about 15 ms of a run's start-up (4 ms to load, 11 ms for its first table; measured on this project's
 * machine), and its layout grows faster than the rows. test/render/box.test.ts holds this output to cli-table3's.
 */

const ANSI = /\u001b\[[0-9;]*m/g;

/** Whether a code point takes two columns: East Asian wide and fullwidth (as is-fullwidth-code-point has them). */
function isWide(c: number): boolean {
  return (
    c >= 0x1100 &&
    (c <= 0x115f ||
      c === 0x2329 ||
      c === 0x232a ||
      (c >= 0x2e80 && c <= 0x3247 && c !== 0x303f) ||
      (c >= 0x3250 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0xa4c6) ||
      (c >= 0xa960 && c <= 0xa97c) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe10 && c <= 0xfe19) ||
      (c >= 0xfe30 && c <= 0xfe6b) ||
      (c >= 0xff01 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x1b000 && c <= 0x1b001) ||
      (c >= 0x1f200 && c <= 0x1f251) ||
      (c >= 0x1f300 && c <= 0x1faff) || // pictographs and emoji: two columns, as terminals show them
      (c >= 0x20000 && c <= 0x3fffd))
  );
}

/** The columns a text takes on a terminal: colour codes none, controls and combining marks none, wide signs two. */
export function displayWidth(text: string): number {
  let width = 0;
  const plain = text.includes('\u001b') ? text.replace(ANSI, '') : text;
  for (const ch of plain) {
    const c = ch.codePointAt(0)!;
    if (c <= 0x1f || (c >= 0x7f && c <= 0x9f) || (c >= 0x300 && c <= 0x36f)) continue;
    width += isWide(c) ? 2 : 1;
  }
  return width;
}

/** A table: its head and rows of cell texts (colour codes allowed), each column aligned left or right. */
export interface Box {
  head: string[];
  rows: string[][];
  right: boolean[];
}

/** Draws a table with box-drawing borders; each row as many lines as its tallest cell. */
export function drawBox(box: Box): string {
  const n = box.head.length;
  const split = (row: string[]) => row.map((cell) => cell.split('\n'));
  const head = split(box.head);
  const rows = box.rows.map(split);
  const widths = new Array<number>(n).fill(0);
  for (const row of [head, ...rows]) {
    row.forEach((lines, i) => {
      for (const line of lines) widths[i] = Math.max(widths[i], displayWidth(line));
    });
  }
  const rule = (left: string, mid: string, right: string) =>
    left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right;
  const out = [rule('┌', '┬', '┐')];
  for (const row of [head, ...rows]) {
    const height = row.reduce((h, lines) => Math.max(h, lines.length), 1);
    for (let k = 0; k < height; k++) {
      const cells = row.map((lines, i) => {
        const text = lines[k] ?? '';
        const pad = ' '.repeat(widths[i] - displayWidth(text));
        return ` ${box.right[i] ? pad + text : text + pad} `;
      });
      out.push(`│${cells.join('│')}│`);
    }
  }
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}
