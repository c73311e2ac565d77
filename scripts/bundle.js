#!/usr/bin/env node
// Bundles the CLI into dist/: cli.js (the command line: commander, each command's option table), version.js (for
// --version alone), and one file per command with all it needs (`salary` reads cli.js and salary-run.js, two files
// instead of dozens of modules; measured faster than esbuild's shared chunks). exceljs stays outside: it is large and
// only --format xlsx loads it; chalk too, loaded only for colour on a terminal. Then reads the embedded data sets
// with csv-parse once, into dist/embedded-tables.json (src/io/embedded.ts), so that a run on them need not tokenize
// them again.
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const COMMANDS = ['salary', 'index', 'gaps', 'fund', 'net', 'data'];

/**
 * commander requires Node's child_process when it loads, for executable subcommands (a command run as a program of
 * its own), which kzpay has none of; loading it, with net and dgram behind it, costs about 2.5 ms of every start. In
 * the bundle, commander gets a stand-in that loads child_process the first time anything of it is used.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('/node_modules/commander/') ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'dist',
  // Bundled CommonJS packages (commander, cli-table3...) call require for Node's own modules.
  banner: {
    js: "import { createRequire as kzpayRequire } from 'node:module'; const require = kzpayRequire(import.meta.url);",
  },
  logLevel: 'warning',
  plugins: [lazyChildProcess],
};

await build({
  ...common,
  entryPoints: {
    cli: 'src/cli.ts',
    version: 'src/version.ts',
    'embedded-cache': 'src/io/embedded.ts',
    'i18n/help-words': 'src/i18n/help-words.ts',
  },
  // Each command's run file is its own bundle, loaded when the command runs; the help's Russian and Kazakh words
  // are loaded only under --locale ru|kk.
  external: ['exceljs', 'chalk', './i18n/help-words.js', ...COMMANDS.map((c) => `./${c}-run.js`)],
});
await build({
  ...common,
  entryPoints: {
    ...Object.fromEntries(COMMANDS.map((c) => [`${c}-run`, `src/commands/${c}-run.ts`])),
    // The second thread of a large staffing file's read (src/io/staffing-parallel.ts).
    'staffing-worker': 'src/io/staffing-worker.ts',
  },
  external: ['exceljs', 'chalk'],
});

const { buildTableCache, CACHE_FILE } = await import('../dist/embedded-cache.js');
writeFileSync(CACHE_FILE, JSON.stringify(buildTableCache()));
