import { describe, expect, it } from 'vitest';
import { compareChart } from '../../src/core/compare.js';
import type { PairCheck } from '../../src/core/gaps-report.js';
import { stepChart } from '../../src/core/gaps-view.js';
import { Dec } from '../../src/core/money.js';
import { msg, type BarChart, type Chart } from '../../src/core/report.js';

const d = (s: string) => new Dec(s);
const texts = (values: readonly (Dec | null)[]) => values.map((v) => (v === null ? null : v.toString()));

describe('compareChart', () => {
  const line = (nominal: string[], prices: string[]): Chart => ({
    title: msg('chart.index', { year: 2004 }),
    kind: 'index',
    scale: 'log',
    years: [2004, 2005],
    series: [
      { name: msg('chart.nominal_raises'), values: nominal.map(d) },
      { name: msg('chart.prices_cpi'), values: prices.map(d), fixed: true },
    ],
  });

  it("puts each series of the baseline beside the scenario's, and a fixed one (prices) once", () => {
    const merged = compareChart(line(['1', '1.32'], ['1', '1.075']), line(['1', '1.452'], ['1', '1.075']));
    expect(merged?.series.map((s) => s.name)).toEqual([
      msg('chart.baseline', { name: msg('chart.nominal_raises') }),
      msg('chart.scenario', { name: msg('chart.nominal_raises') }),
      msg('chart.prices_cpi'),
    ]);
    expect(merged?.series.map((s) => texts(s.values))).toEqual([
      ['1', '1.32'],
      ['1', '1.452'],
      ['1', '1.075'],
    ]);
  });

  it('drops the tones of a bar chart, which read one series, and charts nothing when either side has no chart', () => {
    const bars = (total: string): BarChart => ({
      type: 'bars',
      title: msg('chart.fund'),
      kind: 'money',
      groups: ['2024'],
      series: [{ name: msg('value.total'), values: [d(total)] }],
      tones: ['good'],
    });
    const merged = compareChart(bars('70315790'), bars('77535805')) as BarChart;
    expect(merged.type).toBe('bars');
    expect(merged.series).toHaveLength(2);
    expect(merged.tones).toBeUndefined();
    // Equal bars stay two: the reader sees that the scenario changes nothing there.
    expect(compareChart(bars('70315790'), bars('70315790'))?.series).toHaveLength(2);
    expect(compareChart(undefined, bars('1'))).toBeUndefined();
  });
});

describe('stepChart', () => {
  const pair = (upper: string, lower: string, step: string | undefined, norm: string | undefined, verdict: string) =>
    ({
      block: 'b',
      upper,
      lower,
      stepPct: step === undefined ? undefined : d(step),
      normPct: norm === undefined ? undefined : d(norm),
      kind: norm === '12' ? 'within' : norm === '32' ? 'between' : 'unchecked',
      verdict,
    }) as PairCheck;

  it('draws a bar a pair with its norm as the mark and its verdict as the tone', () => {
    // D-1/D-2 of Table 1: 182 988 / 163 166 − 1 = 12.1484%, within a level (12%).
    const chart = stepChart([
      pair('D-1', 'D-2', '12.1484', '12', 'ok'),
      pair('D-2', 'D-3', '11.9331', '32', 'violation'),
      pair('X', 'Y', undefined, undefined, 'unchecked'),
    ]);
    expect(chart.groups).toEqual(['D-1/D-2', 'D-2/D-3', 'X/Y']);
    expect(texts(chart.series[0].values)).toEqual(['12.1484', '11.9331', null]);
    expect(texts(chart.marks!.values)).toEqual(['12', '32', null]);
    expect(chart.tones).toEqual(['good', 'bad', 'warn']);
  });

  it("puts the proposal's step beside today's, matched by pair", () => {
    const chart = stepChart([pair('D-2', 'D-3', '11.9331', '32', 'violation')], [pair('D-2', 'D-3', '32', '32', 'ok')]);
    expect(chart.series.map((s) => texts(s.values))).toEqual([['11.9331'], ['32']]);
    expect(chart.tones).toBeUndefined();
  });
});
