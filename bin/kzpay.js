#!/usr/bin/env node
// Runs the compiled CLI; the exit code is decided in src/cli.ts.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); // the reader closed the pipe (| head): end quietly
  throw e;
});
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // Nothing else is needed to say the version: answer before loading the command-line parser.
  const { readVersion } = await import('../dist/version.js');
  process.stdout.write(`${readVersion()}\n`);
} else {
  const { main } = await import('../dist/cli.js');
  process.exitCode = await main(args, {
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    env: process.env,
    writeErr: (s) => process.stderr.write(s),
    writeOut: (s) => process.stdout.write(s),
    stdout: (s) => new Promise((resolve) => process.stdout.write(s, () => resolve())),
  });
}
