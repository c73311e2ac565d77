import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import type { Report } from '../../src/core/report.js';
import { renderReport } from '../../src/render/render.js';
import { formatCell, groupThousands } from '../../src/render/format.js';
import { runCli } from '../helpers/cli.js';

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
    expect(Object.keys(doc)).toEqual([
      'command',
      'kind',
      'schema',
      'version',
      'inputs',
      'assumptions',
      'rows',
      'summary',
    ]);
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
