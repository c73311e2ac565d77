// Bench case: what take-home pay and employer charges (spec 3.7) cost. `salary --net --charges` against a plain
// salary run (target: at most 10% more), and `fund --charges` on the 1,000,000-row staffing file of bench/fund.js
// against `fund` on the same file (target: at most 1.3x). Each pair interleaved, medians, in the same run.
import { fileURLToPath } from 'node:url';
import { generate, printTable } from './fund.js';
import { fmt, interleaved, rssMethod } from './lib.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = ROOT + 'bin/kzpay.js';

export function benchTakeHome() {
  const salary = ['salary', 'E-G-4', '--years', '7', '--format', 'csv'];
  const [plainSalary, netSalary] = interleaved(
    [
      [BIN, salary],
      [BIN, [...salary, '--net', '--charges']],
    ],
    21,
  );
  const file = generate(1_000_000);
  const fund = ['fund', file, '--format', 'csv'];
  const [plainFund, chargesFund] = interleaved(
    [
      [BIN, fund],
      [BIN, [...fund, '--charges']],
    ],
    5,
  );
  console.log(`take-home pay and employer charges (median of 21 salary runs, 5 fund runs; peak RSS: ${rssMethod})`);
  printTable(
    ['case', 'ms', 'peak RSS MB'],
    [
      ['salary E-G-4 --years 7', fmt(plainSalary.ms), fmt(plainSalary.rssMb, 1)],
      ['  --net --charges', fmt(netSalary.ms), fmt(netSalary.rssMb, 1)],
      ['fund (1,000,000 rows)', fmt(plainFund.ms), fmt(plainFund.rssMb, 1)],
      ['  --charges', fmt(chargesFund.ms), fmt(chargesFund.rssMb, 1)],
    ],
    [true],
  );
  const salaryRatio = netSalary.ms / plainSalary.ms;
  const fundRatio = chargesFund.ms / plainFund.ms;
  const checks = [
    [`salary --net --charges / salary = ${fmt(salaryRatio, 3)} (target ≤ 1.10)`, salaryRatio <= 1.1],
    [`fund --charges / fund = ${fmt(fundRatio, 2)} on 1,000,000 rows (target ≤ 1.3)`, fundRatio <= 1.3],
  ];
  for (const [what, ok] of checks) console.log(`  ${ok ? 'ok  ' : 'MISS'} ${what}`);
  console.log('');
  return checks.every(([, ok]) => ok);
}
