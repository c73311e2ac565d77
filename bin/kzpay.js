#!/usr/bin/env node
// Runs the compiled CLI; the exit code is decided in src/cli.ts.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); // the reader closed the pipe (| head): end quietly
  throw e;
});
const { main } = await import('../dist/cli.js');
process.exitCode = await main(process.argv.slice(2), {
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  writeErr: (s) => process.stderr.write(s),
  writeOut: (s) => process.stdout.write(s),
  stdout: (s) => new Promise((resolve) => process.stdout.write(s, () => resolve())),
});
