import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/io/csv.js';
import { parseGrid, parseSeniority } from '../../src/io/datasets.js';
import { checkLadders, ladderOf, mergedBands } from '../../src/core/seniority.js';
import { bandSalaries } from '../../src/core/fund-report.js';
import { monthOfDate, parseDate } from '../../src/core/dates.js';
import { SalaryModel } from '../../src/core/engine.js';
import { DataSets } from '../../src/io/load.js';

const grid = parseGrid(
  parseCsv('code,min,max,tier,group\nA-1,100,200,lower,A\nA-2,100,200,middle,A\nB-1,100,200,lower,B\n', 'grid.csv'),
  'point',
);
const [a1, a2, b1] = grid.categories;
const bandsOf = (text: string) => parseSeniority(parseCsv(text, 'seniority.csv'), 'point');

describe('seniority ladders by scope', () => {
  const bands = bandsOf(
    'from_years,share,scope\n' +
      '0,0,all\n4,1,all\n' + // every category: min before 4 years, max from 4
      '0,0,tier=lower\n2,0.5,tier=lower\n6,1,tier=lower\n' + // the lower tier: half way at 2 years
      '0,0,code=A-*\n1,0.1,code=A-*\n3,1,code=A-*\n', // codes A-...: by code, over the tier
  );

  it('gives each category the most specific ladder that selects it: code over another column over all', () => {
    expect(ladderOf(bands, a1).map((b) => b.share.toString())).toEqual(['0', '0.1', '1']); // code=A-* over tier=lower
    expect(ladderOf(bands, a2).map((b) => b.share.toString())).toEqual(['0', '0.1', '1']); // code=A-* over all
    expect(ladderOf(bands, b1).map((b) => b.share.toString())).toEqual(['0', '0.5', '1']); // tier=lower over all
    expect(() => checkLadders(bands, grid.categories, 'seniority.csv')).not.toThrow();
  });

  it('merges the band starts of every ladder so that one index places a length of service for any category', () => {
    // Starts 0, 4 (all); 0, 2, 6 (tier); 0, 1, 3 (code): merged 0, 1, 2, 3, 4, 6.
    expect(mergedBands(bands).map((b) => b.from.toString())).toEqual(['0', '1', '2', '3', '4', '6']);
    // B-1 (tier ladder) on the merged bands: 100, 100, 150, 150, 150, 200 (100 + share × 100).
    const merged = mergedBands(bands);
    expect(bandSalaries(b1, bands, merged).map((x) => x?.toString())).toEqual([
      '100',
      '100',
      '150',
      '150',
      '150',
      '200',
    ]);
  });

  it("gives each band the salary of the category's model at the grid date, rounded as a schedule rounds", () => {
    // The embedded grid and bands, and a grid of odd amounts (shares of a tiyn, no max) on these ladders.
    const data = new DataSets({}, { decimal: 'auto' });
    const odd = parseGrid(
      parseCsv('code,min,max,tier\nA-1,100.01,200.07,lower\nA-2,99.99,100.03,middle\nB-1,123.45,,lower\n', 'g.csv'),
      'point',
    );
    const asOf = parseDate('2024-03-15')!;
    let compared = 0;
    for (const [categories, ladders] of [
      [data.grid().categories, data.seniority()],
      [odd.categories, bands],
    ] as const) {
      const merged = mergedBands(ladders);
      for (const c of categories)
        for (const round of [undefined, 0, 2]) {
          const levels = bandSalaries(c, ladders, merged, round);
          merged.forEach((band, i) => {
            const model = new SalaryModel(c, [], {
              asOf,
              range: 'mid',
              experience: band.from,
              bands: ladders,
              holdSeniority: true,
              round,
            });
            const level = levels[i];
            if (level === undefined) expect(() => model.levelAt(monthOfDate(asOf))).toThrow(/has no max salary/);
            else expect(level.toString()).toBe(model.levelAt(monthOfDate(asOf)).toString());
            compared++;
          });
        }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('refuses two ladders that select a category as specifically', () => {
    const tie = bandsOf('from_years,share,scope\n0,0,tier=lower\n1,1,tier=lower\n0,0,group=A\n2,1,group=A\n0,0,all\n');
    expect(() => checkLadders(tie, grid.categories, 'seniority.csv')).toThrow(
      /A-1 is selected as specifically by the ladders tier=lower and group=A/,
    );
  });

  it('refuses a category that no ladder selects', () => {
    const lower = bandsOf('from_years,share,scope\n0,0,tier=lower\n1,1,tier=lower\n');
    expect(() => checkLadders(lower, grid.categories, 'seniority.csv')).toThrow(/no ladder selects A-2/);
  });
});
