// Makes V8's code cache of the bundles (dist/*.cjs.v8, read by bin/load.cjs): runs a few commands on the embedded
// data in this process as bin/kzpay.js runs them (their output thrown away), then writes, for each bundle they
// loaded, what V8 compiled of it. scripts/bundle.js runs this in a process of its own, with no V8 flags, as kzpay
// runs: a cache made under other flags or another Node is refused by V8, and the bundle is compiled as without one.
const { rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { loadBundle, writeCodeCaches } = require('../bin/load.cjs');

const ROOT = join(__dirname, '..');

/** A staffing table of a few hundred rows for the fund run: grid codes, own salaries or none, units, savings. */
function staffingFile() {
  const codes = ['E-R-1', 'E-G-4', 'E-3', 'D-1', 'D-5', 'D-O-6'];
  let text = 'code,headcount,experience,salary,unit,savings_salaries\n';
  for (let i = 0; i < 600; i++) {
    const salary = i % 2 ? '' : `${60000 + i * 37}.${String(i % 100).padStart(2, '0')}`;
    const years = i % 3 ? String(i % 30) : `${i % 30}.5`;
    text += `${codes[i % codes.length]},${1 + (i % 4)},${years},${salary},Unit ${i % 50},${i % 10 ? '' : '3'}\n`;
  }
  // In dist/, which the build has just made: no temporary folder the machine may lack.
  const file = join(ROOT, 'dist', 'code-cache-staffing.csv');
  writeFileSync(file, text);
  return file;
}
const STAFFING = staffingFile();

// fund sets a V8 flag as it runs (the heap's growth, src/run/fund.ts), and V8 refuses a cache made under other flags
// than those it is read under: here the flag is left as it is, so that every cache is made under the flags of a
// start.
require('node:v8').setFlagsFromString = () => {};

/**
 * One run of each command, one in Russian (its words are bundles of their own), salary with take-home pay as CSV
 * (bench/take-home.js), and fund on a small staffing table of the shape bench/fund.js reads.
 */
const RUNS = [
  ['salary', 'E-G-4', '--years', '7'],
  ['salary', 'E-G-4', '--years', '7', '--locale', 'ru'],
  ['salary', 'E-G-4', '--years', '7', '--net', '--charges', '--format', 'csv'],
  ['index'],
  ['gaps'],
  ['net', '300000', '--date', '2026-06'],
  ['data', 'grid'],
  ['fund', STAFFING, '--format', 'csv'],
];

async function warm() {
  const { main } = loadBundle(join(ROOT, 'dist/cli.cjs'));
  try {
    for (const args of RUNS) {
      let err = '';
      const code = await main(args, {
        stdoutIsTTY: false,
        env: {},
        writeErr: (s) => {
          err += s;
        },
        writeOut: () => {},
        stdout: async () => true,
      });
      if (code !== 0) throw new Error(`kzpay ${args.join(' ')} exited ${code}: ${err}`);
    }
  } finally {
    rmSync(STAFFING, { force: true });
  }
  writeCodeCaches();
}

warm().catch((e) => {
  process.stderr.write(`${e.stack}\n`);
  process.exitCode = 1;
});
