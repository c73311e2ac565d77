#!/usr/bin/env node
// Runs the compiled CLI; the exit code is decided in src/cli.ts. CommonJS (bin/package.json), as the bundles are:
// Node's ES module loader would cost about 6 ms of every start (scripts/bundle.js).
// A closed pipe (| head, | true) ends the writing quietly: later writes are dropped and the command still finishes
// and decides its own exit code (gaps --strict | true exits 1). Any other write error (a full disk) is reported
// once, in one line, with exit 4.
let closed = false;
let failure;
const describe = (e) =>
  `cannot write the output: ${e.code && !e.message.startsWith(e.code) ? `${e.code}: ` : ''}${e.message}`;
const noted = (e) => {
  if (!e) return false;
  if (e.code === 'EPIPE' || closed) closed = true;
  else failure ??= e;
  return true;
};
process.stdout.on('error', noted);
const writeOut = (s) => {
  if (!closed && !failure) process.stdout.write(s, noted);
};
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // Nothing else is needed to say the version: answer before loading the command-line parser.
  const { readVersion } = require('../dist/version.cjs');
  writeOut(`${readVersion()}\n`);
} else {
  // Loaded with the code cache that the build made (bin/load.cjs).
  const { main, OutputError } = require('./load.cjs').loadBundle(
    require('node:path').join(__dirname, '../dist/cli.cjs'),
  );
  main(args, {
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    // A terminal that does not tell its width (0 columns) is taken as one of unknown width: tables stay whole.
    columns: (process.stdout.isTTY && process.stdout.columns) || undefined,
    env: process.env,
    writeErr: (s) => process.stderr.write(s),
    writeOut,
    // Resolves false once the reader has gone, so that the rest of a long report is not made for no one.
    stdout: (s) =>
      new Promise((resolve, reject) => {
        if (closed) return resolve(false);
        if (failure) return reject(new OutputError(describe(failure)));
        process.stdout.write(s, (e) => {
          noted(e);
          if (failure) reject(new OutputError(describe(failure)));
          else resolve(!closed);
        });
      }),
  }).then((code) => {
    process.exitCode = code;
    // Once all that was written has been handed over (and any write's error told, in the callbacks before the
    // check phase), kzpay ends there: a natural exit would first wait for V8's background work (code being
    // optimised that will never run) and free the heap page by page, 10-15 ms of every run (docs/performance.md).
    // Output still queued (a pipe that was full) is left to drain, and the process to end as it would.
    setImmediate(() => {
      if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
    });
  });
}
// A write that failed outside a report (the help, the version) is told once, when its callback has run: exit 4.
process.on('exit', () => {
  if (!failure || process.exitCode === 4) return;
  process.stderr.write(`kzpay: error: ${describe(failure)}\n`);
  process.exitCode = 4;
});
