import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import type { Report } from '../../src/core/report.js';
import { renderReport, renderStream } from '../../src/render/render.js';
import { formatCell, groupThousands } from '../../src/render/format.js';
import { JSON_KEYS, runCli } from '../helpers/cli.js';

describe('formatCell', () => {
  it.each([
    ['3874482.545', 'money', 'human', '3 874 483'],
    ['3874482.545', 'money', 'machine', '3874482.55'], // half up, never half even
    ['62461', 'money', 'human', '62 461'],
    ['-1234.5', 'money', 'human', '-1 235'],
    ['8.6', 'pct', 'human', '8.60'],
    ['8.6', 'pct', 'machine', '8.6000'],
    ['10.6032712', 'index', 'machine', '10.603271'],
    ['-0.00001', 'pct', 'machine', '0.0000'], // no "-0.0000"
  ] as const)('shows %s as %s for %s: %s', (value, kind, target, text) => {
    expect(formatCell(new Dec(value), kind, target)).toBe(text);
  });

  it('groups thousands by a space', () => {
    expect(groupThousands('1234567.89')).toBe('1 234 567.89');
    expect(groupThousands('999')).toBe('999');
  });
});

describe('renderReport', () => {
  const report: Report = {
    command: 'test',
    kind: 'test',
    columns: [
      { key: 'code', title: 'code', kind: 'text' },
      { key: 'salary', title: 'salary', kind: 'money' },
      { key: 'pct', title: 'change %', kind: 'pct' },
    ],
    rows: [{ code: 'E-G-4', salary: new Dec('62461'), pct: new Dec('-7.19144') }],
    assumptions: ['as-of date 2024-01-01'],
    inputs: { grid: 'g.csv' },
  };
  const opts = { color: false, version: '9.9.9' };

  it('writes CSV with a header, 2-decimal money, no grouping and LF line ends (the en dialect)', async () => {
    expect(await renderReport(report, 'csv', opts)).toBe('code,salary,pct\nE-G-4,62461.00,-7.1914\n');
  });

  it('writes JSON with exact decimals as strings and every top-level key', async () => {
    const doc = JSON.parse(await renderReport(report, 'json', opts));
    expect(Object.keys(doc)).toEqual(JSON_KEYS);
    expect(doc.rows[0]).toEqual({ code: 'E-G-4', salary: '62461.00', pct: '-7.1914' });
    expect(doc.version).toBe('9.9.9');
  });

  it('writes Markdown with right-aligned numbers and the assumptions as a list', async () => {
    const md = await renderReport(report, 'md', opts);
    expect(md).toContain('| code | salary | change % |\n|---|---:|---:|\n| E-G-4 | 62 461 | -7.19 |');
    expect(md).toContain('**Assumptions**\n\n- as-of date 2024-01-01');
  });

  it('writes a table without colour codes when colour is off, with the assumptions under it', async () => {
    const t = await renderReport(report, 'table', opts);
    expect(t).not.toMatch(/\x1b\[/);
    expect(t).toMatch(/62 461/);
    expect(t.trimEnd().split('\n').slice(-2)).toEqual(['Assumptions', '  - as-of date 2024-01-01']);
  });
});

describe('CSV output of a grid with formula-like titles', () => {
  it('prefixes text cells starting with = + - @ with a quote, and leaves numbers alone', async () => {
    const r = await runCli(['data', 'grid', '--grid', 'fixtures/valid/grid-formula-titles.csv', '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toContain(`X-1,higher,"'=HYPERLINK(""http://example.invalid"")",200000.00,300000.00`);
    expect(lines).toContain(`X-2,lower,'+7 (727) 000,100000.00,150000.00`);
    expect(lines).toContain(`X-3,lower,'-minus first,90000.00,120000.00`);
    expect(lines).toContain(`X-4,lower,'@sum,80000.00,`);
  });
});

describe('output as a stream', () => {
  const columns: Report['columns'] = [
    { key: 'key', title: 'unit', kind: 'text' },
    { key: 'total', title: 'total', kind: 'money' },
    { key: 'n', title: 'n', kind: 'int' },
  ];
  /** A report whose rows are made as they are read, counting how many have been made. */
  const streamed = (count: number, made: { n: number }): Report => ({
    command: 'fund',
    kind: 'fund',
    columns,
    rows: (function* () {
      for (let i = 0; i < count; i++) {
        made.n++;
        yield { key: `Unit "${i}", a|b`, total: new Dec(i).plus('0.005'), n: i };
      }
    })(),
    // A summary that adds up the rows: asked for once they have been read.
    summary: () => ({ columns: [{ key: 'rows', title: 'rows', kind: 'int' }], values: { rows: made.n } }),
    assumptions: ['one', 'two'],
    inputs: { staffing: 's.csv' },
  });

  it.each(['csv', 'json', 'md'] as const)('hands on %s while the rows are made, not after', async (format) => {
    const made = { n: 0 };
    const pieces = renderStream(streamed(20_000, made), format, { color: false, version: '1' });
    const first = await pieces.next();
    expect(first.done).toBe(false);
    // The first piece is out when a few hundred rows have been made, of 20 000.
    expect(made.n).toBeGreaterThan(0);
    expect(made.n).toBeLessThan(2_000);
    let rest = 0;
    for await (const _ of pieces) rest++;
    expect(rest).toBeGreaterThan(5);
    expect(made.n).toBe(20_000);
  });

  it('writes the JSON document as JSON.stringify writes it whole: same keys, same order, same text', async () => {
    const made = { n: 0 };
    const text = (await renderReport(streamed(1_500, made), 'json', { color: false, version: '1' })) as string;
    const doc = JSON.parse(text);
    expect(Object.keys(doc)).toEqual(JSON_KEYS);
    expect(doc.rows).toHaveLength(1_500);
    expect(doc.rows[1_499]).toEqual({ key: 'Unit "1499", a|b', total: '1499.01', n: 1499 });
    expect(doc.summary).toEqual({ rows: 1_500 });
    expect(text).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });

  it('writes a JSON document without rows and without a summary as JSON.stringify does', async () => {
    const empty: Report = { command: 'x', kind: 'x', columns, rows: [], assumptions: [], inputs: {} };
    const text = (await renderReport(empty, 'json', { color: false, version: '1' })) as string;
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(text).toContain('"rows": [],\n  "summary": {}\n}');
  });

  it('writes CSV in pieces that join into the text of one csv-stringify call', async () => {
    const made = { n: 0 };
    const text = (await renderReport(streamed(1_234, made), 'csv', {
      color: false,
      version: '1',
      locale: 'ru',
    })) as string;
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('\ufeffkey;total;n');
    expect(text.match(/\ufeff/g)).toHaveLength(1); // one BOM, before the header
    expect(lines[1_234]).toBe('"Unit ""1233"", a|b";1233,01;1233');
    expect(lines).toHaveLength(1_236); // the header, the rows, and the empty string after the last CRLF
  });
});
