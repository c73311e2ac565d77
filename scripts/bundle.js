#!/usr/bin/env node
// Bundles the CLI into dist/: cli.cjs (the command line: commander, each command's option table), version.cjs (for
// --version alone), and one file per command with all it needs (`salary` reads cli.cjs and salary-run.cjs, two files
// instead of dozens of modules; measured faster than esbuild's shared chunks). Words that only some runs need are
// bundles of their own, loaded when asked for: i18n/help-words.cjs (the help in Russian and Kazakh) and
// i18n/locale-words.cjs (reports' Russian and Kazakh words). exceljs stays outside: it is large and only --format
// xlsx loads it; chalk (a package of ES modules, which require cannot load in Node 20) is in the run bundles, and
// runs only when a table is coloured. Then reads the embedded data sets with csv-parse once, into
// dist/embedded-tables.json (src/io/embedded.ts), so that a run on them need not tokenize them again.
//
// The bundles are CommonJS, which bin/kzpay.js (CommonJS too, see bin/package.json) loads with require: Node's ES
// module loader costs about 6 ms of every start that require does not (measured: an empty .mjs against an empty
// .cjs), and a dynamic import() between bundles goes through it too. So import() becomes require() in the bundles,
// and import.meta.url the bundle file's own URL. A module that only an import() reaches still runs only when it is
// imported (esbuild wraps it), its require of Node's modules with it.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const COMMANDS = ['salary', 'index', 'gaps', 'fund', 'net', 'data'];

/**
 * The bundles that others load when they need them (source file → file in dist/, without .cjs): each command's run
 * file, loaded when the command runs; the Russian and Kazakh words of the help and of reports, loaded only under
 * --locale ru|kk. An import of one of them from another bundle stays an import of its file in dist/ (every bundle
 * that imports one is at the top of dist/), not a second copy of its code.
 */
const SEPARATE = {
  'src/i18n/help-words.ts': 'i18n/help-words',
  'src/i18n/locale-words.ts': 'i18n/locale-words',
  ...Object.fromEntries(COMMANDS.map((c) => [`src/commands/${c}-run.ts`, `${c}-run`])),
};

const separateBundles = {
  name: 'separate-bundles',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const file = relative(ROOT, resolve(args.resolveDir, args.path)).replace(/\.js$/, '.ts');
      return SEPARATE[file] === undefined ? undefined : { path: `./${SEPARATE[file]}.cjs`, external: true };
    });
  },
};

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
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  platform: 'node',
  target: 'node20',
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': 'kzpayModuleUrl' },
  banner: { js: "const kzpayModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // The build's id, which a code cache must name to be used with the bundle (bin/load.cjs).
  footer: { js: `//kzpay-build:${randomUUID()}` },
  outdir: 'dist',
  // Whitespace and syntax minified (names kept, so that a stack under KZPAY_DEBUG=1 still names its functions): V8
  // compiles salary-run.cjs in about 4.5 ms instead of 7 (vm.compileFunction, the least of 15).
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  external: ['exceljs'],
  plugins: [lazyChildProcess, separateBundles],
};

// Each entry is one file with all it needs (no shared chunks), apart from the separate bundles it loads.
await build({
  ...common,
  entryPoints: {
    cli: 'src/cli.ts',
    version: 'src/version.ts',
    'embedded-cache': 'src/io/embedded.ts',
    ...Object.fromEntries(Object.entries(SEPARATE).map(([src, out]) => [out, src])),
  },
});

const { buildTableCache, CACHE_FILE } = await import('../dist/embedded-cache.cjs');
writeFileSync(CACHE_FILE, JSON.stringify(buildTableCache()));

// V8's code cache of the bundles, made by a few runs in a process of its own (scripts/code-cache.cjs).
const cache = spawnSync(process.execPath, [fileURLToPath(new URL('code-cache.cjs', import.meta.url))], {
  cwd: ROOT,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (cache.status !== 0) throw new Error(`scripts/code-cache.cjs exited ${cache.status}`);
