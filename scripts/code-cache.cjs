// Makes V8's code cache of the bundles (dist/*.cjs.v8, read by bin/load.cjs): runs a few commands on the embedded
// data in this process as bin/kzpay.js runs them (their output thrown away), then writes, for each bundle they
// loaded, what V8 compiled of it. scripts/bundle.js runs this in a process of its own, with no V8 flags, as kzpay
// runs: a cache made under other flags or another Node is refused by V8, and the bundle is compiled as without one.
const { join } = require('node:path');
const { loadBundle, writeCodeCaches } = require('../bin/load.cjs');

const ROOT = join(__dirname, '..');

/**
 * One run of each command, one in Russian (its words are bundles of their own), and salary with take-home pay as
 * CSV (bench/take-home.js). Not fund: a run of fund sets a V8 flag (the heap's growth, src/run/fund.ts), and V8
 * refuses a cache made under other flags than those it is read under; fund-run.cjs is only loaded, so that its cache
 * holds what loading it compiles.
 */
const RUNS = [
  ['salary', 'E-G-4', '--years', '7'],
  ['salary', 'E-G-4', '--years', '7', '--locale', 'ru'],
  ['salary', 'E-G-4', '--years', '7', '--net', '--charges', '--format', 'csv'],
  ['index'],
  ['gaps'],
  ['net', '300000', '--date', '2026-06'],
  ['data', 'grid'],
];

async function warm() {
  const { main } = loadBundle(join(ROOT, 'dist/cli.cjs'));
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
  loadBundle(join(ROOT, 'dist/fund-run.cjs'));
  return writeCodeCaches();
}

warm().then(
  (files) => process.stdout.write(`code cache of ${files.length} bundles\n`),
  (e) => {
    process.stderr.write(`${e.stack}\n`);
    process.exitCode = 1;
  },
);
