// Bench case (spec §5): kzpay fund on staffing files of awkward shapes, each next to a plain file of as many rows and
// output keys, in the same run: the time ratio (target ≤ 2×) and the peak RSS (target < 150 MB).
import { fmt, interleaved, rssMethod } from './lib.js';
import {
  distinctStartUnits,
  fewOutsideCodes,
  manyExperiences,
  manySavings,
  outsideCodes,
  plainStaffing,
  similarUnits,
  spreadUnits,
} from './shapes.js';
import { printTable } from './fund.js';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/kzpay.js', import.meta.url));
const RUNS = 3;
const TIME_TARGET = 2;
const RSS_TARGET = 150;

// Each shape against a plain file of as many rows and as many output keys (a unit is a row of the output, and memory
// and time may grow with the output): the plain file's 500 short unit names, or 10,000 where the shape has 10,000.
const CASES = [
  {
    name: 'long unit names alike but in the middle (500 units)',
    rows: 1_000_000,
    make: (rows) => similarUnits(rows, 500),
    args: [],
  },
  {
    name: 'the same with 10 000 units (plain: 10 000 units)',
    rows: 1_000_000,
    make: (rows) => similarUnits(rows, 10_000),
    plain: (rows) => plainStaffing(rows, 10_000),
    args: [],
  },
  {
    name: '10 000 long unit names met first all through the file (plain: 10 000 units)',
    rows: 1_000_000,
    make: (rows) => spreadUnits(rows, 10_000),
    plain: (rows) => plainStaffing(rows, 10_000),
    args: [],
  },
  { name: '10 000 distinct savings counts', rows: 1_000_000, make: manySavings, args: [] },
  { name: 'a distinct experience on every row', rows: 1_000_000, make: manyExperiences, args: [] },
  {
    name: 'every row a new code outside the grid, --by group',
    rows: 2_000_000,
    make: outsideCodes,
    args: ['--by', 'group'],
  },
  {
    name: 'every row a new code outside the grid, --by none',
    rows: 2_000_000,
    make: outsideCodes,
    args: ['--by', 'none'],
  },
  // The same shapes against a reference of as many bytes and keys, so that only the awkwardness differs; and the
  // 10,000 long names against the plain file of 500 short ones, for the cost of twenty times the output's rows.
  {
    name: '  10 000 units alike in the middle, against names told apart at their start',
    rows: 1_000_000,
    make: (rows) => similarUnits(rows, 10_000),
    plain: (rows) => distinctStartUnits(rows, 10_000),
    args: [],
  },
  {
    name: '  new codes against a thousand codes, --by group',
    rows: 2_000_000,
    make: outsideCodes,
    plain: fewOutsideCodes,
    args: ['--by', 'group'],
  },
  {
    name: '  10 000 units alike in the middle, against the plain file of 500 units',
    rows: 1_000_000,
    make: (rows) => similarUnits(rows, 10_000),
    args: [],
    reference: true,
  },
];

/** The awkward shapes against the plain one: true when every target is met. */
export function benchFundShapes() {
  console.log(
    `fund shapes: kzpay fund FILE --format csv, each shape next to a plain file of as many rows and keys ` +
      `(median of ${RUNS} runs each, interleaved; peak RSS: ${rssMethod})`,
  );
  const head = ['shape', 'rows', 'plain MB', 'shape MB', 'plain s', 'shape s', 'ratio', 'plain RSS', 'shape RSS', ''];
  const lines = [];
  let ok = true;
  for (const c of CASES) {
    const plain = (c.plain ?? plainStaffing)(c.rows);
    const shaped = c.make(c.rows);
    const [p, s] = interleaved(
      [
        [BIN, ['fund', plain, '--format', 'csv', ...c.args]],
        [BIN, ['fund', shaped, '--format', 'csv', ...c.args]],
      ],
      RUNS,
    );
    const ratio = s.ms / p.ms;
    const met = ratio <= TIME_TARGET && s.rssMb < RSS_TARGET;
    // A reference line shows a cost that is the output's, not the shape's: shown, not held to the target.
    if (!c.reference) ok &&= met;
    lines.push([
      c.name,
      fmt(c.rows),
      fmt(statSync(plain).size / 1e6, 1),
      fmt(statSync(shaped).size / 1e6, 1),
      fmt(p.ms / 1000, 2),
      fmt(s.ms / 1000, 2),
      fmt(ratio, 2),
      fmt(p.rssMb, 1),
      fmt(s.rssMb, 1),
      c.reference ? '(shown)' : met ? 'ok' : 'MISS',
    ]);
  }
  printTable(head, lines, [true]);
  console.log(`  targets: ratio ≤ ${TIME_TARGET}×, peak RSS < ${RSS_TARGET} MB (RSS in MB)`);
  console.log('');
  return ok;
}
