// Bench case (spec §5, output): reports written as they are made. fund --years 7 over 300 000 units as csv and json
// (peak RSS under 300 MB, time linear: against 75 000 units); xlsx of 50 000 units (at most 2x the csv time, under
// 400 MB); salary all --years 20 --inflation 5 on 10 000 categories as csv (under 250 MB). One run each: they are long.
import { fileURLToPath } from 'node:url';
import { rmSync } from 'node:fs';
import { printTable } from './fund.js';
import { fmt, measure, rssMethod } from './lib.js';
import { TMP, unitsOfTwo } from './shapes.js';
import { grid } from './tables.js';

const BIN = fileURLToPath(new URL('../bin/kzpay.js', import.meta.url));
const YEARS = ['--years', '7'];
/** The output is written to a file (-o), as a user keeps a large report: the atomic write is in the measure. */
const out = (ext) => `${TMP}out.${ext}`;

/** One run, its output removed afterwards (hundreds of MB). */
function run(args, format) {
  try {
    return measure(BIN, [...args, '-o', out(format)]);
  } finally {
    rmSync(out(format), { force: true });
  }
}

const fund = (units, format) => run(['fund', unitsOfTwo(units), ...YEARS], format);

/** The output case: true when its targets are met. */
export function benchOutput() {
  console.log(`output: reports streamed to -o FILE (one run each; peak RSS: ${rssMethod})`);
  const rows = [];
  const checks = [];
  const line = (what, units, outRows, r) =>
    rows.push([what, fmt(units), fmt(outRows), fmt(r.ms / 1000, 2), fmt((r.ms * 1000) / outRows, 1), fmt(r.rssMb, 1)]);
  // 8 years of (units + the total) rows.
  const outRows = (units) => 8 * (units + 1);
  for (const format of ['csv', 'json']) {
    const small = fund(75_000, format);
    const big = fund(300_000, format);
    line(`fund --years 7, ${format}`, 75_000, outRows(75_000), small);
    line(`fund --years 7, ${format}`, 300_000, outRows(300_000), big);
    const perRow = big.ms / outRows(300_000) / (small.ms / outRows(75_000));
    checks.push([`fund ${format}, 300 000 units: peak RSS ${fmt(big.rssMb, 1)} MB < 300 MB`, big.rssMb < 300]);
    checks.push([
      `fund ${format}: time per row at 300 000 units / at 75 000 = ${fmt(perRow, 2)} ≤ 1.3 (linear)`,
      perRow <= 1.3,
    ]);
  }
  const csv = fund(50_000, 'csv');
  const xlsx = fund(50_000, 'xlsx');
  line('fund --years 7, csv', 50_000, outRows(50_000), csv);
  line('fund --years 7, xlsx', 50_000, outRows(50_000), xlsx);
  checks.push([`xlsx / csv at 50 000 units = ${fmt(xlsx.ms / csv.ms, 2)} ≤ 2`, xlsx.ms / csv.ms <= 2]);
  checks.push([`xlsx, 50 000 units: peak RSS ${fmt(xlsx.rssMb, 1)} MB < 400 MB`, xlsx.rssMb < 400]);
  const salary = measure(BIN, [
    'salary',
    'all',
    '--years',
    '20',
    '--inflation',
    '5',
    '--grid',
    grid(10_000),
    '-o',
    out('csv'),
  ]);
  rows.push([
    'salary all --years 20 --inflation 5, csv',
    '10 000 cat.',
    fmt(21 * 10_000),
    fmt(salary.ms / 1000, 2),
    fmt((salary.ms * 1000) / (21 * 10_000), 1),
    fmt(salary.rssMb, 1),
  ]);
  checks.push([
    `salary all --years 20, 10 000 categories: peak RSS ${fmt(salary.rssMb, 1)} MB < 250 MB`,
    salary.rssMb < 250,
  ]);
  printTable(['case', 'units', 'rows out', 's', 'µs/row', 'peak RSS MB'], rows, [true]);
  for (const [what, ok] of checks) console.log(`  ${ok ? 'ok  ' : 'MISS'} ${what}`);
  console.log('');
  return checks.every(([, ok]) => ok);
}
