import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import type { Chart } from '../../src/core/report.js';
import { renderChart } from '../../src/render/chart.js';

const values = (xs: number[]) => xs.map((x) => new Dec(x));
const CROSS: Chart = {
  title: 'Cross',
  kind: 'index',
  scale: 'linear',
  years: [2000, 2001, 2002],
  series: [
    { name: 'up', values: values([0, 5, 10]) },
    { name: 'down', values: values([10, 5, 0]) },
  ],
};

describe('renderChart', () => {
  it('draws a linear chart with ticks on rows, years under their columns and a legend', async () => {
    // 0..10 in four steps of 2.5 on 5 rows; labels 3 wide, so the plot starts at column 5; 30 − 3 − 5 = 22 columns
    // of room give the three years 10 columns apart.
    expect(await renderChart(CROSS, { color: false, width: 30, height: 5 })).toBe(
      [
        'Cross',
        ' 10 ┤+++               ***',
        '7.5 ┤  ++++++     ******',
        '  5 ┤       ++++++*',
        '2.5 ┤   ******   ++++++',
        '  0 ┤****             ++++',
        '    └┬─────────┬─────────┬',
        '    2000      2001      2002',
        '  * up   + down',
        '',
      ].join('\n'),
    );
  });

  it('colours each series only when colour is on', async () => {
    expect(await renderChart(CROSS, { color: false, width: 30 })).not.toMatch(/\x1b\[/);
    const coloured = await renderChart(CROSS, { color: true, width: 30 });
    expect(coloured).toMatch(/\x1b\[36m\*+\x1b\[39m/);
    expect(coloured).toMatch(/\x1b\[31m\++\x1b\[39m/);
  });

  it('labels a log axis at round values inside the data: 1, 2, 5, 10 for 1 to 10.8', async () => {
    const text = await renderChart(
      {
        title: 'Log',
        kind: 'index',
        scale: 'log',
        years: [2000, 2001, 2002],
        series: [{ name: 'x', values: values([1, 3, 10.8]) }],
      },
      { color: false, width: 40, height: 9 },
    );
    const labels = text
      .split('\n')
      .filter((l) => l.includes('┤'))
      .map((l) => l.split('┤')[0].trim());
    expect(labels).toEqual(['10', '5', '2', '1']);
    expect(text).toMatch(/^Log \(log scale: equal steps are equal percentages\)$/m);
  });

  it('folds its title, legend and note at the width on a terminal, and leaves them whole otherwise', async () => {
    const chart = {
      title: 'Log',
      kind: 'index' as const,
      scale: 'log' as const,
      years: [2000, 2001, 2002],
      series: [
        { name: 'nominal index', values: values([1, 3, 10.8]) },
        { name: 'price index', values: values([1, 2, 4]) },
        { name: 'real index', values: values([1, 1.5, 2.7]) },
      ],
      note: 'a note that runs on for longer than forty columns of a terminal',
    };
    const folded = await renderChart(chart, { color: false, width: 40, height: 9, fold: true });
    for (const line of folded.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    expect(folded.split('\n').slice(0, 2)).toEqual(['Log (log scale: equal steps are equal', 'percentages)']);
    expect(folded).toContain('  * nominal index   + price index\n  o real index\n');
    const whole = await renderChart(chart, { color: false, width: 40, height: 9 });
    expect(whole).toContain('  * nominal index   + price index   o real index\n');
    expect(whole).toContain('  a note that runs on for longer than forty columns of a terminal\n');
  });

  it.each([
    [20, 80, /2004 +2006 +2008/],
    [40, 80, /2000 +2005 +2010 +2015 +2020 +2025 +2030 +2035/],
    [150, 80, /1960 +1980 +2000 +2020/],
    [1, 80, /^ +2024$/m],
  ])('fits %i years into %i columns with readable year labels', async (n, width, labels) => {
    const years = Array.from({ length: n }, (_, i) => (({ 20: 2004, 40: 2000, 150: 1950 })[n] ?? 2024) + i);
    const chart: Chart = {
      title: 'Money',
      kind: 'money',
      scale: 'linear',
      years,
      series: [{ name: 'a', values: values(years.map((_, i) => 40000 + Math.round((40000 * i) / n))) }],
    };
    const text = await renderChart(chart, { color: false, width });
    expect(Math.max(...text.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(width);
    expect(text).toMatch(labels);
    expect(text).toMatch(/^40 000 ┤/m); // money ticks grouped by spaces
  });
});
