import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import type { Report } from '../../src/core/report.js';
import { visibleText } from '../../src/render/format.js';
import { renderReport } from '../../src/render/render.js';
import { renderTable } from '../../src/render/table.js';
import { BIN, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

/** A salary-like report of `n` rows (codes C-0, C-1... with a money and a status column). */
function reportOf(n: number, code = (i: number) => `C-${i}`): Report {
  return {
    command: 'salary',
    columns: [
      { key: 'code', title: 'code', kind: 'text', rowKey: true },
      { key: 'year', title: 'year', kind: 'int', rowKey: true },
      { key: 'salary', title: 'salary', kind: 'money' },
      { key: 'status', title: 'status', kind: 'text', tones: { projection: 'warn' } },
    ],
    rows: Array.from({ length: n }, (_, i) => ({
      code: code(i),
      year: 2024 + (i % 8),
      salary: new Dec(60000 + i),
      status: i % 2 ? 'projection' : 'actual',
    })),
    assumptions: ['an assumption'],
    inputs: {},
  };
}

describe('tables of many rows', () => {
  it('draws a long table with the same borders, a row a line', async () => {
    const long = (await renderTable(reportOf(20_001), false)).split('\n');
    expect(long[0]).toBe('┌─────────┬──────┬────────┬────────────┐');
    expect(long[1]).toBe('│ code    │ year │ salary │ status     │');
    expect(long[2]).toBe('│ C-0     │ 2024 │ 60 000 │ actual     │');
    expect(long[3]).toBe('│ C-1     │ 2025 │ 60 001 │ projection │');
    expect(long[20_002]).toBe('│ C-20000 │ 2024 │ 80 000 │ actual     │');
    expect(long[20_003]).toBe('└─────────┴──────┴────────┴────────────┘');
  });

  it('renders 130,000 rows in every format without overflowing the stack', async () => {
    // A spread of a column's 130 000 widths into Math.max threw "Maximum call stack size exceeded".
    const report = reportOf(130_000);
    // The text formats (xlsx is bytes, and a spreadsheet of 130 000 rows is another matter).
    for (const format of ['table', 'csv', 'json', 'md', 'html'] as const) {
      const text = await renderReport(report, format, { color: false, version: '0' });
      expect(text).toContain('C-129999');
    }
    const table = await renderTable(report, false, 30); // split to fit 30 columns: still one line a row
    expect(table.split('\n').filter((l) => l.startsWith('│ C-129999 '))).toHaveLength(2);
  });

  it('shows salary all over a generated grid of 10,000 categories as a table', async () => {
    const dir = tempDir('big-grid');
    const lines = ['code,min,max,group'];
    for (let i = 0; i < 10_000; i++) lines.push(`C-${i},${60000 + i},${90000 + i},E`);
    writeFileSync(join(dir, 'big.csv'), lines.join('\n') + '\n');
    // The built CLI in a child process: faster than in-process for a run this long.
    const args = ['salary', 'all', '--years', '7', '--no-seniority', '--grid', join(dir, 'big.csv')];
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(r.status).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('│ C-'));
    expect(rows).toHaveLength(80_000); // 10 000 categories × 2024-2031
    // C-9999 at the grid date (a grid without titles: the title cell is empty): its min, 69 999 (held at band 0
    // by --no-seniority).
    expect(rows.find((l) => l.startsWith('│ C-9999 ') && l.includes(' 2024 '))).toMatch(
      /^│ C-9999 │ +│ 2024 │ +0\.00 │ +69 999 │/,
    );
  }, 60_000);
});

describe('text from input files on a terminal', () => {
  it.each([
    ['\u001b[31mred\u001b[0m', '␛[31mred␛[0m'],
    ['bell\u0007', 'bell␇'],
    ['csi \u009b2J', 'csi \\x9b2J'],
    ['tab\tand del\u007f', 'tab␉and del␡'],
    ['Қазақстан, "ordinary" text — 62 461 ₸', 'Қазақстан, "ordinary" text — 62 461 ₸'],
    ['two\nlines', 'two\nlines'],
  ])('shows %j as %j', (text, shown) => {
    expect(visibleText(text)).toBe(shown);
  });

  it('never lets a unit, a code, a title or an assumption send an escape code to the screen', async () => {
    const evil = (i: number) => `C-${i}\u001b]0;pwned\u0007\u009b2J`;
    for (const n of [3, 2001]) {
      const report = reportOf(n, evil);
      report.columns[0].title = 'code\u001b[5m';
      report.assumptions = ['from a file: \u001b[2J'];
      report.notes = ['note \u001b[2J'];
      const text = await renderTable(report, false);
      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(text).toContain('C-0␛]0;pwned␇\\x9b2J');
    }
  });

  it('keeps a code with an escape in a grid file from reaching the terminal through kzpay salary', async () => {
    const dir = tempDir('escape');
    writeFileSync(join(dir, 'grid.csv'), 'code,min,title\nX\u001b[2J,100000,Chief \u001b[31mof\u001b[0m staff\n');
    const r = await runCli(['salary', 'all', '--years', '0', '--grid', join(dir, 'grid.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('X␛[2J');
  });
});
