import { groupThousands } from './format.js';
import { palette, type Palette } from './paint.js';
import { displayWidth } from './box.js';
import { wrap } from './wrap.js';
import { say, type ShownChart } from './words.js';

/** A chart as drawn: its words in the locale (a plain title is English, for a chart made by hand). */
type Chart = Omit<ShownChart, 'logTitle' | 'decimal' | 'projection'> &
  Partial<Pick<ShownChart, 'logTitle' | 'decimal'>>;

export interface ChartOptions {
  color: boolean;
  /** Columns the chart may use, axis labels and legend included. */
  width: number;
  /** On a terminal: the title, the legend and the note fold at the width (in a pipe they stay whole, as tables do). */
  fold?: boolean;
  /** Rows of the plot area (a linear axis may take a row or two more so that its ticks fall on rows). */
  height?: number;
}

/** Each series has its own marker so the lines stay apart without colour; colour only adds to it. */
const MARKERS = ['*', '+', 'o', 'x', '#'];
const COLORS = ['cyan', 'red', 'green', 'yellow'] as const satisfies readonly (keyof Palette)[];

/**
 * A line chart in text: a y axis with labelled ticks, one marker per series, years along the bottom, a legend.
 * Positions only: the values are placed as floating-point numbers, while the table holds the exact ones.
 */
export async function renderChart(chart: Chart, opts: ChartOptions): Promise<string> {
  const chalk = await palette(opts.color);
  const series = chart.series.map((s) => s.values.map((v) => v.toNumber()));
  const all = series.flat();
  const axis =
    chart.scale === 'log' && Math.min(...all) > 0
      ? logAxis(all, opts.height ?? 16)
      : linearAxis(all, opts.height ?? 15);
  const labels = axis.ticks.map((t) => tickLabel(t, chart.kind, chart.decimal ?? '.'));
  const labelWidth = Math.max(...labels.map((l) => l.length));
  const rowOf = (v: number) => clamp(Math.round((1 - axis.fraction(v)) * (axis.rows - 1)), 0, axis.rows - 1);

  // Years evenly spaced in the width left by the axis labels and the last year label: a whole number of columns apart
  // when there is room for two or more, else as the width allows.
  const n = chart.years.length;
  const room = opts.width - labelWidth - 5;
  const exact = n > 1 ? (room - 1) / (n - 1) : 1;
  const spacing = exact >= 2 ? Math.floor(exact) : exact;
  const colOf = (i: number) => Math.round(i * spacing);
  const plotWidth = colOf(n - 1) + 1;

  const grid: (number | undefined)[][] = Array.from({ length: axis.rows }, () =>
    Array<number | undefined>(plotWidth).fill(undefined),
  );
  series.forEach((values, s) => {
    if (n === 1) grid[rowOf(values[0])][0] = s;
    for (let i = 0; i + 1 < n; i++) {
      // Each column of a segment takes every row the line passes through there, so steep lines stay unbroken.
      const [c0, c1, v0, v1] = [colOf(i), colOf(i + 1), values[i], values[i + 1]];
      const at = (c: number) =>
        c1 === c0 ? (c < c0 ? v0 : v1) : v0 + ((v1 - v0) * (clamp(c, c0, c1) - c0)) / (c1 - c0);
      for (let c = c0; c <= c1; c++) {
        const [ra, rb] = [rowOf(at(c - 0.5)), rowOf(at(c + 0.5))];
        for (let r = Math.min(ra, rb); r <= Math.max(ra, rb); r++) grid[r][c] = s;
      }
    }
  });

  // A run of one series' markers, coloured as one piece.
  const paint = (s: number | undefined, count = 1) =>
    s === undefined ? ' '.repeat(count) : chalk[COLORS[s % COLORS.length]](MARKERS[s % MARKERS.length].repeat(count));
  const tickAt = new Map(axis.ticks.map((t, i) => [rowOf(t), labels[i]]));
  const logTitle = chart.logTitle ?? say({ id: 'chart.log_scale', args: { title: chart.title } });
  const foldAt = opts.fold ? opts.width : undefined;
  const out: string[] = [chalk.bold(wrap(axis.log ? logTitle : chart.title, foldAt))];
  for (let r = 0; r < axis.rows; r++) {
    const label = tickAt.get(r);
    let cells = '';
    for (let c = 0; c < plotWidth; ) {
      let end = c + 1;
      while (end < plotWidth && grid[r][end] === grid[r][c]) end++;
      cells += paint(grid[r][c], end - c);
      c = end;
    }
    out.push(`${(label ?? '').padStart(labelWidth)} ${label !== undefined ? '┤' : '│'}${cells}`.trimEnd());
  }
  const indent = labelWidth + 2; // where the plot's first column is
  out.push(' '.repeat(indent - 1) + '└' + bottomRule(n, spacing, colOf, plotWidth));
  out.push(yearLabels(chart.years, (i) => indent + colOf(i)));
  // The legend breaks between series and the note between words where the width is too narrow for them.
  let line = '';
  let used = 0;
  chart.series.forEach((s, i) => {
    const w = 2 + displayWidth(s.name);
    if (used > 0 && foldAt !== undefined && used + 3 + w > foldAt) {
      out.push(line);
      [line, used] = ['', 0];
    }
    line += `${used > 0 ? '   ' : '  '}${paint(i)} ${s.name}`;
    used += (used > 0 ? 3 : 2) + w;
  });
  out.push(line);
  if (chart.note) out.push(wrap(`  ${chart.note}`, foldAt, '  '));
  return out.join('\n') + '\n';
}

export interface YAxis {
  log: boolean;
  rows: number;
  ticks: number[];
  /** Where a value sits between the bottom (0) and the top (1) of the plot. */
  fraction: (v: number) => number;
}

/** Round ticks 1, 2, 2.5 or 5 × 10^k apart around the data, with a row count that puts each tick on a row. */
export function linearAxis(values: number[], height: number): YAxis {
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const raw = (max - min || Math.abs(max) || 1) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw * (1 - 1e-9))!;
  const lo = Math.floor(min / step + 1e-9) * step;
  let hi = Math.ceil(max / step - 1e-9) * step;
  if (hi <= lo) hi = lo + step;
  const intervals = Math.round((hi - lo) / step);
  const perInterval = Math.max(1, Math.round((height - 1) / intervals));
  return {
    log: false,
    rows: intervals * perInterval + 1,
    ticks: Array.from({ length: intervals + 1 }, (_, i) => lo + i * step),
    fraction: (v) => (v - lo) / (hi - lo),
  };
}

/** The data's own range placed by logarithm, ticks at the round values inside it (1, 2, 5, 10... or finer). */
export function logAxis(values: number[], height: number): YAxis {
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const [lo, hi] = max > min ? [min, max] : [min / 1.1, max * 1.1];
  const span = Math.log(hi) - Math.log(lo);
  const fraction = (v: number) => (Math.log(v) - Math.log(lo)) / span;
  let chosen: number[] = [];
  const tenths = Array.from({ length: 90 }, (_, i) => 1 + i / 10);
  for (const set of [[1, 2, 5], [1, 1.5, 2, 3, 5, 7], [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9], tenths]) {
    chosen = [];
    for (let k = Math.floor(Math.log10(lo)); k <= Math.ceil(Math.log10(hi)); k++) {
      for (const m of set) {
        const t = Number((m * 10 ** k).toPrecision(12));
        if (t >= lo * (1 - 1e-9) && t <= hi * (1 + 1e-9)) chosen.push(t);
      }
    }
    if (chosen.length >= 3) break;
  }
  // Keep ticks at least two rows apart, so that each label stands by itself.
  const ticks: number[] = [];
  for (const t of chosen) {
    if (ticks.length === 0 || (fraction(t) - fraction(ticks[ticks.length - 1])) * (height - 1) >= 1.5) ticks.push(t);
  }
  return { log: true, rows: height, ticks, fraction };
}

/** A tick value with the decimals it needs (2.5, 10, 62 500), money grouped by spaces; `,` decimal under ru, kk. */
export function tickLabel(value: number, kind: string, decimal: '.' | ','): string {
  let decimals = 0;
  while (decimals < 6 && Math.abs(value * 10 ** decimals - Math.round(value * 10 ** decimals)) > 1e-6) decimals++;
  const text = value.toFixed(decimals);
  return (kind === 'money' || kind === 'thousands' ? groupThousands(text) : text).replace('.', decimal);
}

/** The x axis: a tick under every year when there is room, else a plain rule. */
function bottomRule(n: number, spacing: number, colOf: (i: number) => number, width: number): string {
  const rule = Array<string>(width).fill('─');
  if (spacing >= 2) for (let i = 0; i < n; i++) rule[colOf(i)] = '┬';
  return rule.join('');
}

/** Year labels centred under their columns: every year when they fit, else every 2nd, 5th, 10th... round year. */
function yearLabels(years: number[], columnOf: (i: number) => number): string {
  for (const every of [1, 2, 5, 10, 20, 50, 100]) {
    const line: string[] = [];
    let lastEnd = -2;
    let fits = true;
    years.forEach((y, i) => {
      if (y % every !== 0) return;
      const text = String(y);
      const start = columnOf(i) - Math.floor((text.length - 1) / 2);
      if (start <= lastEnd + 1) fits = false;
      for (let k = 0; k < text.length; k++) line[start + k] = text[k];
      lastEnd = start + text.length - 1;
    });
    if (fits)
      return Array.from(line, (ch) => ch ?? ' ')
        .join('')
        .trimEnd();
  }
  return '';
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
