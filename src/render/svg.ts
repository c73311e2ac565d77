import type { Dec } from '../core/money.js';
import { linearAxis, logAxis, tickLabel, type YAxis } from './chart.js';
import { formatCell, holdGroups } from './format.js';
import { visibleText } from './visible.js';
import type { ShownBarChart, ShownChart } from './words.js';

/**
 * Charts drawn as SVG for an html page: plain strings, every text escaped, no script, no font or image loaded. The
 * positions are floating-point (a picture); the exact values are in the page's tables and printed on the chart.
 */

/**
 * Text as it may stand in HTML or SVG content and attribute values: markup escaped, and control characters from
 * input files shown (ESC as ␛), as on a terminal: a page may be printed to one, and HTML has no place for them.
 */
export function escapeHtml(text: string): string {
  return visibleText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Series colours, apart in print and for the colour-blind; each line also has its own dash and marker. */
const COLORS = ['#1f5fa8', '#c0392b', '#2e8b57', '#e08a00', '#7b4ea3', '#6d6d6d'];
const DASHES = ['', '7 4', '2 3', '10 3 2 3', '4 4', '1 2'];
const TONES = { good: '#2e8b57', bad: '#c0392b', warn: '#d4a000' } as const;

const WIDTH = 960;
/** About the width of a character of the chart's 12px text, to leave room for labels. */
const CHAR = 7;

const n = (x: number): string => String(Math.round(x * 10) / 10);

/** A group's label as drawn: at most this many characters (its bars' tooltips keep it whole). */
const LABEL_MAX = 24;
const shortLabel = (label: string): string =>
  [...label].length > LABEL_MAX ? `${[...label].slice(0, LABEL_MAX - 1).join('')}…` : label;

/** A value as the page's tables show it (money grouped, percents to 2 places), with the locale's decimal mark. */
function valueText(value: Dec, kind: string, decimal: '.' | ','): string {
  return holdGroups(formatCell(value, kind as 'money', 'human', decimal));
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${n(x)}" y="${n(y)}"${attrs ? ` ${attrs}` : ''}>${escapeHtml(content)}</text>`;
}

function legend(items: { name: string; swatch: string }[], top: number): { svg: string; height: number } {
  const out: string[] = [];
  let x = 0;
  let y = top;
  for (const item of items) {
    const width = 34 + item.name.length * CHAR + 24;
    if (x > 0 && x + width > WIDTH) {
      x = 0;
      y += 20;
    }
    out.push(`<g transform="translate(${n(x)},${n(y)})">${item.swatch}${text(34, 4, item.name)}</g>`);
    x += width;
  }
  return { svg: out.join(''), height: y - top + 20 };
}

/** Whether a line chart is drawn on a log scale: asked for, and every value above zero (else linear). */
export function drawnLog(chart: ShownChart): boolean {
  return chart.scale === 'log' && chart.series.every((s) => s.values.every((v) => v.gt(0)));
}

/** A line chart: one line a series over the years, a labelled value axis, the last value of each line at its end. */
export function lineChartSvg(chart: ShownChart): string {
  const values = chart.series.map((s) => s.values.map((v) => v.toNumber()));
  const all = values.flat();
  const axis: YAxis = drawnLog(chart) ? logAxis(all, 16) : linearAxis(all, 15);
  const labels = axis.ticks.map((t) => tickLabel(t, chart.kind, chart.decimal));
  const lastTexts = chart.series.map((s) =>
    valueText(s.values[s.values.length - 1], chart.kind === 'money' ? 'money' : 'index', chart.decimal),
  );
  const left = Math.max(...labels.map((l) => l.length)) * CHAR + 14;
  const right = Math.max(...lastTexts.map((t) => t.length)) * CHAR + 16;
  const [top, plotH] = [12, 260];
  const plotW = WIDTH - left - right;
  const count = chart.years.length;
  const x = (i: number) => left + (count === 1 ? plotW / 2 : (i * plotW) / (count - 1));
  const y = (v: number) => top + (1 - axis.fraction(v)) * plotH;
  const out: string[] = [];
  // Years on projected prices shaded from half a year before the first of them (the legend names the shade).
  const projected = chart.projectedFrom === undefined ? -1 : chart.years.indexOf(chart.projectedFrom);
  if (projected >= 0) {
    const from = projected === 0 ? left : x(projected) - (x(projected) - x(projected - 1)) / 2;
    out.push(`<rect class="projected" x="${n(from)}" y="${top}" width="${n(left + plotW - from)}" height="${plotH}"/>`);
  }
  axis.ticks.forEach((t, i) => {
    out.push(`<line class="grid" x1="${n(left)}" x2="${n(left + plotW)}" y1="${n(y(t))}" y2="${n(y(t))}"/>`);
    out.push(text(left - 6, y(t) + 4, labels[i], 'text-anchor="end"'));
  });
  out.push(
    `<line class="axis" x1="${n(left)}" x2="${n(left + plotW)}" y1="${n(top + plotH)}" y2="${n(top + plotH)}"/>`,
  );
  // Year labels at least 44px apart: every year, or every 2nd, 5th, 10th... round year.
  const spacing = count > 1 ? plotW / (count - 1) : plotW;
  const every = [1, 2, 5, 10, 20, 50, 100].find((e) => spacing * e >= 44) ?? 100;
  chart.years.forEach((year, i) => {
    if (year % every !== 0 && count > 1) return;
    out.push(`<line class="axis" x1="${n(x(i))}" x2="${n(x(i))}" y1="${n(top + plotH)}" y2="${n(top + plotH + 5)}"/>`);
    out.push(text(x(i), top + plotH + 20, String(year), 'text-anchor="middle"'));
  });
  // The lines, then each one's last value, moved apart where two would overlap.
  const ends: { y: number; text: string; color: string }[] = [];
  values.forEach((vs, s) => {
    const color = COLORS[s % COLORS.length];
    const dash = DASHES[s % DASHES.length];
    const points = vs.map((v, i) => `${n(x(i))},${n(y(v))}`).join(' ');
    out.push(
      `<polyline fill="none" stroke="${color}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''} ` +
        `points="${points}"/>`,
    );
    vs.forEach((v, i) => {
      const value = valueText(chart.series[s].values[i], chart.kind, chart.decimal);
      const tip = `${chart.series[s].name}, ${chart.years[i]}: ${value}`;
      out.push(
        `<circle cx="${n(x(i))}" cy="${n(y(v))}" r="3" fill="${color}"><title>${escapeHtml(tip)}</title></circle>`,
      );
    });
    ends.push({ y: y(vs[vs.length - 1]), text: lastTexts[s], color });
  });
  const placed = [...ends].sort((a, b) => a.y - b.y);
  for (let i = 1; i < placed.length; i++) placed[i].y = Math.max(placed[i].y, placed[i - 1].y + 14);
  for (const e of placed) out.push(text(left + plotW + 8, e.y + 4, e.text, `fill="${e.color}" class="value"`));
  const items = chart.series.map((s, i) => ({
    name: s.name,
    swatch:
      `<line x1="0" x2="28" y1="0" y2="0" stroke="${COLORS[i % COLORS.length]}" stroke-width="2.5"` +
      `${DASHES[i % DASHES.length] ? ` stroke-dasharray="${DASHES[i % DASHES.length]}"` : ''}/>`,
  }));
  if (projected >= 0) {
    items.push({ name: chart.projection, swatch: '<rect class="projected" x="0" y="-7" width="28" height="14"/>' });
  }
  const key = legend(items, top + plotH + 44);
  out.push(key.svg);
  const title = axis.log ? chart.logTitle : chart.title;
  return svgOf(title, top + plotH + 44 + key.height, out);
}

/**
 * A bar chart, drawn across: a row a group (a year, a pair of positions) with a bar a series and its value at its
 * end, a mark where given (a step's norm), a value axis along the top.
 */
export function barChartSvg(chart: ShownBarChart): string {
  const nums = (vs: readonly (Dec | null)[]) => vs.flatMap((v) => (v === null ? [] : [v.toNumber()]));
  const all = [0, ...chart.series.flatMap((s) => nums(s.values)), ...(chart.marks ? nums(chart.marks.values) : [])];
  const axis = linearAxis(all, 15);
  const lo = axis.ticks[0];
  const hi = axis.ticks[axis.ticks.length - 1];
  const labels = axis.ticks.map((t) => tickLabel(t, chart.kind, chart.decimal));
  const left = Math.max(...chart.groups.map((g) => [...shortLabel(g)].length)) * CHAR + 16;
  const shown = (v: Dec) => valueText(v, chart.kind, chart.decimal);
  const longest = Math.max(0, ...chart.series.flatMap((s) => s.values.map((v) => (v ? shown(v).length : 0))));
  const right = longest * CHAR + 14;
  const plotW = WIDTH - left - right;
  const top = 24;
  const barH = chart.series.length > 1 ? 11 : 14;
  const rowH = chart.series.length * (barH + 3) + 8;
  const plotH = chart.groups.length * rowH;
  const x = (v: number) => left + ((v - lo) / (hi - lo)) * plotW;
  const out: string[] = [];
  axis.ticks.forEach((t, i) => {
    out.push(`<line class="grid" x1="${n(x(t))}" x2="${n(x(t))}" y1="${top - 4}" y2="${n(top + plotH)}"/>`);
    out.push(text(x(t), top - 9, labels[i], 'text-anchor="middle"'));
  });
  out.push(`<line class="axis" x1="${n(x(0))}" x2="${n(x(0))}" y1="${top - 4}" y2="${n(top + plotH)}"/>`);
  chart.groups.forEach((group, g) => {
    const y0 = top + g * rowH + 5;
    const mark = chart.marks?.values[g];
    // A value stands right of its bar, and of the group's mark when the mark is near the bar's end.
    const markX = mark === undefined || mark === null ? undefined : x(mark.toNumber());
    out.push(text(left - 8, y0 + (rowH - 9) / 2 + 4, shortLabel(group), 'text-anchor="end"'));
    chart.series.forEach((s, k) => {
      const v = s.values[g];
      if (v === null) return;
      const tone = chart.series.length === 1 ? chart.tones?.[g] : undefined;
      const color = tone ? TONES[tone] : COLORS[k % COLORS.length];
      const [a, b] = [x(0), x(v.toNumber())];
      const y = y0 + k * (barH + 3);
      const label = `${s.name}, ${group}: ${shown(v)}`;
      out.push(
        `<rect x="${n(Math.min(a, b))}" y="${n(y)}" width="${n(Math.max(1, Math.abs(b - a)))}" height="${barH}" ` +
          `fill="${color}"><title>${escapeHtml(label)}</title></rect>`,
      );
      const end = Math.max(a, b);
      const clear = markX !== undefined && markX >= end - 4 && markX < end + 5 + shown(v).length * CHAR;
      out.push(text((clear ? markX : end) + 5, y + barH - 3, shown(v), 'class="value"'));
    });
    if (mark !== undefined && mark !== null && markX !== undefined) {
      const xm = markX;
      const tip = `${chart.marks!.name}, ${group}: ${shown(mark)}`;
      out.push(
        `<line class="mark" x1="${n(xm)}" x2="${n(xm)}" y1="${n(y0 - 3)}" y2="${n(y0 + rowH - 6)}">` +
          `<title>${escapeHtml(tip)}</title></line>`,
      );
    }
  });
  const items = chart.series.map((s, k) => ({
    name: s.name,
    swatch:
      chart.series.length === 1 && chart.tones
        ? [TONES.good, TONES.bad]
            .map((c, i) => `<rect x="${i * 14}" y="-6" width="12" height="12" fill="${c}"/>`)
            .join('')
        : `<rect x="0" y="-6" width="28" height="12" fill="${COLORS[k % COLORS.length]}"/>`,
  }));
  if (chart.marks) {
    items.push({ name: chart.marks.name, swatch: '<line class="mark" x1="14" x2="14" y1="-8" y2="8"/>' });
  }
  const key = legend(items, top + plotH + 22);
  out.push(key.svg);
  return svgOf(chart.title, top + plotH + 22 + key.height, out);
}

function svgOf(title: string, height: number, body: string[]): string {
  return (
    `<svg class="chart" viewBox="0 -4 ${WIDTH} ${n(height + 8)}" ` +
    `role="img" aria-label="${escapeHtml(title)}">${body.join('')}</svg>`
  );
}
