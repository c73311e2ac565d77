import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { msg, type Chart, type Report } from '../../src/core/report.js';
import { renderReport } from '../../src/render/render.js';
import { escapeHtml } from '../../src/render/svg.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const d = (x: string) => new Dec(x);

/** A report with text from an input file that would be markup if it were not escaped. */
const HOSTILE = '<script>alert("x")</script> & <img src=//evil.example/x.png>';
const report: Report = {
  command: 'salary',
  kind: 'salary',
  heading: msg('page.title.salary'),
  title: msg('title.grid_date', {
    date: '2024-01-01',
    currency: msg('word.currency', { en: 'tenge', ru: 'тенге', kk: 'теңге' }),
    code: 'KZT',
  }),
  columns: [
    { key: 'code', title: msg('col.code'), kind: 'text', rowKey: true },
    { key: 'year', title: msg('col.year'), kind: 'int', rowKey: true },
    { key: 'salary', title: msg('col.salary_dec'), kind: 'money' },
    { key: 'raise_pct', title: msg('col.raise_pct'), kind: 'pct' },
    { key: 'status', title: msg('col.status'), kind: 'text', translate: true, tones: { projection: 'warn' } },
  ],
  rows: [
    { code: HOSTILE, year: 2024, salary: d('62461'), raise_pct: d('0'), status: 'actual' },
    { code: 'E-G-4', year: 2026, salary: d('77478.4449'), raise_pct: d('16.004'), status: 'projection' },
  ],
  summary: {
    columns: [{ key: 'real_index', title: msg('col.real_index'), kind: 'index' }],
    values: { real_index: d('1.77344') },
  },
  assumptions: [`a note from the file: ${HOSTILE}`, msg('a.pro_rata')],
  inputs: { grid: `grid "${HOSTILE}".csv` },
  notes: ['3 categories are below the floor of 85 000'],
  chart: {
    title: msg('chart.salary', { code: 'E-G-4', currency: 'tenge' }),
    kind: 'money',
    scale: 'linear',
    years: [2024, 2025, 2026],
    series: [
      { name: msg('chart.nominal'), values: [d('62461'), d('64626'), d('77478')] },
      { name: `real ${HOSTILE}`, values: [d('57969'), d('53409'), d('57660')] },
    ],
  },
};

async function page(r: Report, locale: 'en' | 'ru' | 'kk' = 'en'): Promise<string> {
  return (await renderReport(r, 'html', { color: false, version: '9.9.9', locale })) as string;
}

describe('renderHtml', () => {
  it('escapes every text from input files: no markup of theirs reaches the page', async () => {
    const html = await page(report);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=//evil.example/x.png&gt;',
    );
    // In the table, the assumptions, the sources, the chart's legend and the tooltips of its three points alike.
    expect(html.split('&lt;script&gt;').length - 1).toBe(7);
  });

  it('loads nothing: no script, no link, no URL, no external resource', async () => {
    for (const locale of ['en', 'ru', 'kk'] as const) {
      // Without the hostile text, whose escaped "//evil.example" is text on the page, not a link.
      const clean: Report = {
        ...report,
        rows: report.rows.slice(1),
        assumptions: [msg('a.pro_rata')],
        inputs: { grid: 'systems/kz/grid.csv (embedded)' },
        chart: { ...report.chart!, series: report.chart!.series.slice(0, 1) } as Report['chart'],
      };
      const html = await page(clean, locale);
      expect(html).not.toMatch(/<script|<link|<iframe|<img|<object|<embed|@import|url\(|src=|href=/i);
      expect(html).not.toMatch(/https?:|\/\//);
    }
  });

  it('names the command, the data date and the currency in the title, in the locale', async () => {
    const en = await page(report);
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h1>Salaries by year</h1>');
    // Under the heading, the workbook's title line: the command, the data date and the currency.
    expect(en).toContain('<p class="meta">kzpay salary · salaries of the grid of 2024-01-01, in tenge (KZT)</p>');
    expect(en).toContain('<title>Salaries by year — kzpay salary · salaries of the grid of 2024-01-01, in tenge (KZT)');
    const ru = await page(report, 'ru');
    expect(ru).toContain('<html lang="ru">');
    expect(ru).toContain('<h1>Должностные оклады по годам</h1>');
    expect(ru).toContain('kzpay salary · оклады по схеме на 2024-01-01, в тенге (KZT)');
    const kk = await page(report, 'kk');
    expect(kk).toContain('<html lang="kk">');
    expect(kk).toContain('күнгі схема бойынша айлықақылар, теңге (KZT)');
  });

  it.each([
    ['en', ['Summary', 'Assumptions', 'Sources', 'Notes', 'made by kzpay 9.9.9', 'projection']],
    ['ru', ['Итоги', 'Допущения', 'Источники', 'Примечания', 'подготовлено kzpay 9.9.9', 'прогноз']],
    ['kk', ['Қорытынды', 'Жорамалдар', 'Дереккөздер', 'Ескертпелер', 'kzpay 9.9.9 дайындаған', 'болжам']],
  ] as const)("words its headings and kzpay's own cell words in %s", async (locale, words) => {
    const html = await page(report, locale);
    for (const w of words) expect(html).toContain(w);
  });

  it("shows numbers as the table does: money whole and grouped, percents to 2 places, the locale's mark", async () => {
    // 77 478.4449 rounds half up to 77 478; 16.004% to 16.00; the real index 1.77344 to 4 places, 1.7734.
    const en = await page(report);
    for (const cell of ['>62 461<', '>77 478<', '>16.00<', '>1.7734<', '>2024<', '>2026<']) expect(en).toContain(cell);
    const ru = await page(report, 'ru');
    for (const cell of ['>62 461<', '>16,00<', '>1,7734<']) expect(ru).toContain(cell);
    // In prose a number's groups are held together by a no-break space.
    expect(en).toContain('floor of 85\u00a0000');
  });

  it("marks numbers to align right and kzpay's words by their tone", async () => {
    const html = await page(report);
    expect(html).toContain('<td class="num">62 461</td>');
    expect(html).toContain('<td class="word tone-warn">projection</td>');
  });

  it('prints on A4 landscape with the header on every page and no row cut across pages', async () => {
    const html = await page(report);
    expect(html).toContain('@page { size: A4 landscape;');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toMatch(/tr \{ break-inside: avoid;/);
    expect(html).toContain('<thead><tr>');
  });

  it('draws the chart as inline SVG: a line and a point a year for each series, its legend in the locale', async () => {
    const html = await page(report, 'ru');
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(svg.match(/<circle /g)).toHaveLength(6);
    expect(svg).toContain('>номинальный<');
    // Each line's last value at its end, in the locale's format.
    expect(svg).toContain('>77\u00a0478<');
    expect(svg).toContain('>57\u00a0660<');
    for (const year of ['>2024<', '>2025<', '>2026<']) expect(svg).toContain(year);
    expect(svg).not.toContain('projected');
  });

  it('names a log scale in the caption only where the chart is drawn on one (a 0 draws it linear)', async () => {
    const log = (values: string[]): Report => ({
      ...report,
      chart: { ...(report.chart as Chart), scale: 'log', series: [{ name: 'index', values: values.map(d) }] },
    });
    const caption = (html: string) => /<figcaption>(.*?)<\/figcaption>/.exec(html)?.[1] ?? '';
    expect(caption(await page(log(['1', '1.2', '1.5']), 'en'))).toContain('log scale');
    expect(caption(await page(log(['0', '1.2', '1.5']), 'en'))).not.toContain('log scale');
  });

  it('shades the years on projected prices and names them in the locale', async () => {
    const projected: Report = { ...report, chart: { ...(report.chart as Chart), projectedFrom: 2026 } };
    const svg = await page(projected, 'kk');
    // Three years over the plot's width: the shade starts half-way between 2025 and 2026.
    const shade = /<rect class="projected" x="([\d.]+)" y="\d+" width="([\d.]+)"/.exec(svg);
    const points = [...svg.matchAll(/<circle cx="([\d.]+)"/g)].slice(0, 3).map((m) => Number(m[1]));
    expect(Number(shade?.[1])).toBeCloseTo((points[1] + points[2]) / 2, 0);
    expect(Number(shade?.[1]) + Number(shade?.[2])).toBeCloseTo(points[2], 0);
    // The legend names the shade.
    expect(svg).toMatch(/<rect class="projected" x="0" y="-7" width="28" height="14"\/><text x="34" y="4">болжам</);
  });

  it('draws a bar chart: a bar a value with the value at its end, the norm a mark, the tone its colour', async () => {
    const bars: Report = {
      ...report,
      chart: {
        type: 'bars',
        title: msg('chart.steps'),
        kind: 'pct',
        groups: ['D-1/D-2', 'D-2/D-3', 'X/Y'],
        series: [{ name: msg('chart.step'), values: [d('12.1484'), d('-3.5'), null] }],
        marks: { name: msg('chart.norm'), values: [d('12'), d('32'), null] },
        tones: ['good', 'bad', 'warn'],
      },
    };
    const html = await page(bars);
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    // Two bars (no bar for a missing step) and one legend swatch of two colours.
    expect(svg.match(/<rect [^>]*><title>/g)).toHaveLength(2);
    expect(svg).toContain('>12.15<');
    expect(svg).toContain('>-3.50<');
    expect(svg.match(/<line class="mark" x1/g)).toHaveLength(3); // two norms and the legend's
    expect(svg).toContain('fill="#2e8b57"><title>step, D-1/D-2: 12.15</title>');
    expect(svg).toContain('fill="#c0392b"><title>step, D-2/D-3: -3.50</title>');
    for (const label of ['>D-1/D-2<', '>D-2/D-3<', '>X/Y<', '>norm<']) expect(svg).toContain(label);
  });

  it('leaves out a chart of nothing, and shortens a long label (its tooltip keeps it whole)', async () => {
    const bars = (groups: string[]): Report => ({
      ...report,
      chart: {
        type: 'bars',
        title: msg('chart.steps'),
        kind: 'pct',
        groups,
        series: [{ name: msg('chart.step'), values: groups.map(() => d('12')) }],
      },
    });
    expect(await page(bars([]))).not.toContain('<svg');
    const long = 'A-VERY-LONG-CATEGORY-CODE-1/A-VERY-LONG-CATEGORY-CODE-2';
    const svg = await page(bars([long]));
    // 23 characters and an ellipsis.
    expect(svg).toContain('>A-VERY-LONG-CATEGORY-CO…<');
    expect(svg).toContain(`<title>step, ${long}: 12.00</title>`);
  });

  it('deals a table too wide for a printed page into tables that each repeat the key columns', async () => {
    const columns = [
      { key: 'code', title: 'code', kind: 'text' as const, rowKey: true },
      ...Array.from({ length: 20 }, (_, i) => ({ key: `m${i}`, title: `money column ${i}`, kind: 'money' as const })),
    ];
    const wide: Report = {
      command: 'fund',
      kind: 'fund',
      columns,
      rows: [Object.fromEntries([['code', 'E-G-4'], ...columns.slice(1).map((c, i) => [c.key, d(String(1e9 + i))])])],
      assumptions: [],
      inputs: {},
    };
    const html = await page(wide);
    const tables = html.split('<table>').slice(1);
    expect(tables.length).toBeGreaterThan(1);
    for (const t of tables) expect(t).toContain('<th>code</th>');
    // Every column once, in order.
    const heads = [...html.matchAll(/<th class="num">money column (\d+)<\/th>/g)].map((m) => Number(m[1]));
    expect(heads).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(html).toContain('>1 000 000 019<');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters of markup', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('shows control characters from input files rather than sending them (a page may go to a terminal)', () => {
    expect(escapeHtml('E-G-4\x1b[31m\x9b2J\x07')).toBe('E-G-4\u241b[31m\\x9b2J\u2407');
  });
});

describe('kzpay --format html', () => {
  it('is what -o FILE.html (or .htm) writes, and --format html gives to standard output', async () => {
    const dir = tempDir('html');
    for (const name of ['s.html', 's.HTM']) {
      const r = await runCli(['salary', 'E-G-4', '--years', '2', '-o', join(dir, name)]);
      expect(r.code).toBe(0);
      expect(readFileSync(join(dir, name), 'utf8')).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    }
    const out = await runCli(['index', '--format', 'html', '--locale', 'kk']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('<html lang="kk">');
  });

  it.each([
    // 2024 and 2025 on actual prices, 2026 on projected ones (the CPI data's status).
    [
      'salary',
      ['salary', 'E-G-4', '--years', '7'],
      ['>62 461<', '>85 014<', '>45 392<', '<polyline', 'class="projected"'],
    ],
    // The paper's history: the nominal index of the raises 2005-2023 is 10.8153 (README).
    ['index', ['index', '--locale', 'ru'], ['>10,8153<', '<polyline']],
    // Step D-1/D-2 = 182 988 / 163 166 − 1 = 12.1484%: 12.15 with the norm 12 (Table 1).
    ['gaps', ['gaps'], ['>182 988<', '>163 166<', '>12.15<', 'class="mark"']],
    ['gaps --propose', ['gaps', '--propose'], ['<rect', 'class="mark"', 'step proposed']],
    ['fund', ['fund'], ['<rect', 'Remuneration fund a year, total, tenge']],
    ['data grid', ['data', 'grid', '--locale', 'ru'], ['<h1>Набор данных «схема окладов»</h1>', '>182 988<']],
  ])('writes a page for %s with its numbers and its chart', async (_name, args, wanted) => {
    const r = await runCli([...args, '--format', 'html']);
    expect(r.code).toBe(0);
    for (const w of wanted) expect(r.stdout).toContain(w);
    // A source note may name a web address as text; nothing on the page loads anything.
    expect(r.stdout).not.toMatch(/<script|<link|<iframe|<img|<object|<embed|@import|url\(|src=|href=/i);
  });

  it('charts a comparison: the baseline beside the scenario, a series the scenario leaves alone once', async () => {
    const r = await runCli(['index', '--raise', '2010-01-01:10', '--compare', '--format', 'html']);
    expect(r.code).toBe(0);
    const svg = r.stdout.slice(r.stdout.indexOf('<svg'), r.stdout.indexOf('</svg>'));
    // nominal and real twice (baseline, scenario), prices once.
    expect(svg.match(/<polyline /g)).toHaveLength(5);
    expect(svg).toContain('>nominal (raises), baseline<');
    expect(svg).toContain('>nominal (raises), scenario<');
    expect(svg).toContain('>prices (CPI)<');
    expect(svg).not.toContain('prices (CPI), baseline');
  });

  it("charts the fund's total of each year, the numbers of its total rows", async () => {
    const doc = JSON.parse((await runCli(['fund', '--years', '2', '--format', 'json'])).stdout);
    const r = await runCli(['fund', '--years', '2', '--format', 'html']);
    const totals = doc.rows.filter((row: { row: string }) => row.row === 'total');
    expect(totals.map((row: { year: number }) => row.year)).toEqual([2024, 2025, 2026]);
    for (const row of totals) {
      const whole = new Dec(row.total).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toFixed(0);
      const shown = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
      expect(r.stdout).toContain(`<title>total, ${row.year}: ${shown}</title>`);
    }
  });

  it('takes --chart without complaint: a page always has its chart', async () => {
    const r = await runCli(['salary', 'E-G-4', '--chart', '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/<svg /g)).toHaveLength(1);
  });
});
