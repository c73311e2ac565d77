import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import type { Column } from '../../src/core/report.js';
import { displayWidth } from '../../src/render/box.js';
import { renderTable, tableLayout } from '../../src/render/table.js';
import { longestWord, wrap, wrapLines } from '../../src/render/wrap.js';
import type { ShownReport } from '../../src/render/words.js';

// Letters of kzpay's tables: Latin, Russian and Kazakh Cyrillic (one column each), wide CJK signs (two), a combining
// acute accent (none), digits and signs; words joined by spaces.
const LETTERS = [...'abcXYZ019.,%()/ЁёАяӘәҒғҚқҢңӨөҰұҮүҺһІі中文한', 'е\u0301', '-'];
const word = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 30 }).map((cs) => cs.join(''));
const phrase = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' '));
const ANSI = /\u001b\[[0-9;]*m/g;
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('wrapLines', () => {
  it('folds a paragraph to the width, keeping every letter in order (property)', () => {
    fc.assert(
      fc.property(phrase, fc.integer({ min: 2, max: 60 }), (text, width) => {
        const lines = wrapLines(text, width);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        expect(squeeze(lines.join(''))).toBe(squeeze(text));
      }),
      { numRuns: 500 },
    );
  });

  it('breaks only between words where every word fits the line (property)', () => {
    fc.assert(
      fc.property(phrase, fc.integer({ min: 2, max: 60 }), (text, width) => {
        fc.pre(longestWord(text.replace(/-/g, '')) <= width && !text.includes('-'));
        // Rejoined with single spaces, the lines are the text: no word was cut.
        expect(wrapLines(text, width).join(' ')).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('counts columns as a terminal shows them: Cyrillic one, CJK two, a combining mark none', () => {
    expect(wrapLines('Жетекші маман', 7)).toEqual(['Жетекші', 'маман']);
    expect(wrapLines('中文 中文', 4)).toEqual(['中文', '中文']);
    expect(wrapLines('сме\u0301та сме\u0301та', 5)).toEqual(['сме\u0301та', 'сме\u0301та']);
  });

  it('breaks a word longer than the line after a hyphen where one falls in the line, else at the line end', () => {
    expect(wrapLines('executive-body-district', 16)).toEqual(['executive-body-', 'district']);
    expect(wrapLines('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapLines('grid|raises|cpi', 12)).toEqual(['grid|raises|', 'cpi']);
  });

  it("indents later lines, keeps the first line's own indent, and leaves text whole without a width", () => {
    expect(wrap('  - one two three four', 12, '    ')).toBe('  - one two\n    three\n    four');
    expect(wrap('one two three', undefined)).toBe('one two three');
    expect(wrapLines('one\ntwo three', 5)).toEqual(['one', 'two', 'three']);
  });
});

/** A report of random text and number columns, the first one or two marked as keys. */
const reportArb = fc
  .record({
    texts: fc.integer({ min: 1, max: 5 }),
    numbers: fc.integer({ min: 0, max: 8 }),
    keys: fc.integer({ min: 1, max: 2 }),
    rows: fc.integer({ min: 1, max: 6 }),
  })
  .chain(({ texts, numbers, keys, rows }) => {
    const n = texts + numbers;
    return fc
      .tuple(
        fc.array(
          fc.array(word, { minLength: 1, maxLength: 2 }).map((ws) => ws.join(' ').slice(0, 14)),
          {
            minLength: n,
            maxLength: n,
          },
        ),
        fc.array(
          fc.tuple(
            fc.array(phrase, { minLength: texts, maxLength: texts }),
            fc.array(fc.bigInt(0n, 10n ** 9n), {
              minLength: numbers,
              maxLength: numbers,
            }),
          ),
          { minLength: rows, maxLength: rows },
        ),
      )
      .map(([titles, cells]): ShownReport => {
        const columns: Column[] = titles.map((title, i) => ({
          key: `k${i}`,
          title,
          kind: i < texts ? 'text' : 'money',
          ...(i < Math.min(keys, texts) ? { rowKey: true } : {}),
        }));
        return {
          command: 'test',
          columns: columns as ShownReport['columns'],
          rows: cells.map(([t, m]) =>
            Object.fromEntries([
              ...t.map((text, i) => [`k${i}`, text]),
              ...m.map((v, j) => [`k${texts + j}`, new Dec(v.toString())]),
            ]),
          ),
          assumptions: ['an assumption long enough to fold at a narrow width, with a path/like/this/one'],
          inputs: {},
        } as unknown as ShownReport;
      });
  });

describe('tables on a terminal of a given width (property)', () => {
  it('draws no line wider than the terminal, and deals every column into the tables', async () => {
    await fc.assert(
      fc.asyncProperty(reportArb, fc.integer({ min: 50, max: 120 }), async (report, width) => {
        const text = await renderTable(report, false, width);
        for (const line of text.split('\n')) expect(displayWidth(line.replace(ANSI, ''))).toBeLessThanOrEqual(width);
        const cells = report.rows.map((r) => report.columns.map((c) => String(r[c.key] ?? '')));
        const { groups } = tableLayout(report.columns, cells, width);
        const keys = groups.length > 1 ? groups[0].filter((i) => groups.every((g) => g.includes(i))) : [];
        for (const g of groups) expect([...g].sort((a, b) => a - b)).toEqual(g);
        const dealt = groups.flatMap((g) => g.filter((i) => !keys.includes(i)));
        expect([...keys, ...dealt].sort((a, b) => a - b)).toEqual(report.columns.map((_, i) => i));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every letter of a cell, folded in its column (property)', () => {
    fc.assert(
      fc.property(reportArb, fc.integer({ min: 50, max: 120 }), (report, width) => {
        const cells = report.rows.map((r) => report.columns.map((c) => String(r[c.key] ?? '')));
        const { widths } = tableLayout(report.columns, cells, width);
        report.columns.forEach((c, i) => {
          // A number is never folded: its column is as wide as its widest number.
          if (c.kind !== 'text') {
            expect(widths[i]).toBeGreaterThanOrEqual(Math.max(...cells.map((row) => displayWidth(row[i]))));
          }
          for (const row of cells) {
            const lines = wrapLines(row[i], widths[i]);
            for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(widths[i]);
            expect(squeeze(lines.join(''))).toBe(squeeze(row[i]));
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it('is one whole table without a width, however wide', async () => {
    await fc.assert(
      fc.asyncProperty(reportArb, async (report) => {
        const text = await renderTable(report, false);
        expect(text.split('\n').filter((l) => l.startsWith('┌'))).toHaveLength(1);
      }),
      { numRuns: 100 },
    );
  });
});
