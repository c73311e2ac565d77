import Table from 'cli-table3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, drawBox } from '../../src/render/box.js';

/** The table as cli-table3 draws it with kzpay's style: what drawBox must give, character for character. */
function cliTable3(head: string[], rows: string[][], right: boolean[]): string {
  const table = new Table({
    head,
    colAligns: right.map((r) => (r ? 'right' : 'left')),
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const row of rows) table.push(row);
  return table.toString();
}

// Letters kzpay's tables hold: Latin, Russian and Kazakh Cyrillic, digits, signs, the space of grouped money,
// the symbols that stand for control characters, and wide CJK signs (two columns).
const LETTERS = [...'abcXYZ019 -.,%()/ЁёАяӘәҒғҚқҢңӨөҰұҮүҺһІі␛↵中文한'];
const text = fc.array(fc.constantFrom(...LETTERS), { maxLength: 12 }).map((cs) => cs.join(''));
const cell = fc.oneof(
  text,
  fc.tuple(text, text).map(([a, b]) => `${a}\n${b}`),
);

describe('kzpay tables drawn as cli-table3 draws them', () => {
  it('gives cli-table3 character for character on generated tables (property)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 6 })
          .chain((n) =>
            fc.tuple(
              fc.array(text, { minLength: n, maxLength: n }),
              fc.array(fc.array(cell, { minLength: n, maxLength: n }), { maxLength: 8 }),
              fc.array(fc.boolean(), { minLength: n, maxLength: n }),
            ),
          ),
        ([head, rows, right]) => {
          expect(drawBox({ head, rows, right })).toBe(cliTable3(head, rows, right));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives cli-table3 on a salary table with Cyrillic titles', () => {
    const head = ['код', 'должность', 'год', 'оклад, дек.'];
    const rows = [
      ['E-G-4', 'Ведущий специалист', '2024', '62 461'],
      ['E-G-4', 'Жетекші маман', '2025', '64 626'],
    ];
    const right = [false, false, true, true];
    expect(drawBox({ head, rows, right })).toBe(cliTable3(head, rows, right));
  });

  it('counts columns as a terminal shows them: colour codes none, CJK two, combining marks none', () => {
    expect(displayWidth('\u001b[1mcode\u001b[22m')).toBe(4);
    expect(displayWidth('中文')).toBe(4);
    expect(displayWidth('е\u0301')).toBe(1);
    expect(displayWidth('62 461')).toBe(6);
  });

  it('pads a coloured cell by the width of its text', () => {
    const bold = (s: string) => `\u001b[1m${s}\u001b[22m`;
    const drawn = drawBox({ head: [bold('code')], rows: [['E-G-4']], right: [false] });
    expect(drawn.split('\n')[1]).toBe(`│ ${bold('code')}  │`);
    expect(drawn.split('\n')[2]).toBe('│ E-G-4 │');
  });
});
