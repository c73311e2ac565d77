#!/usr/bin/env node
// Bundles the CLI into dist/: one entry for the command line, one for --version, and a chunk per command loaded
// when it runs (start-up reads a few files instead of dozens of modules). exceljs stays outside: it is large and
// only --format xlsx loads it. Then reads the embedded data sets with csv-parse once, into dist/embedded-tables.json
// (src/io/embedded.ts), so that a run on them need not tokenize them again.
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'src/cli.ts', version: 'src/version.ts', 'embedded-cache': 'src/io/embedded.ts' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  external: ['exceljs'],
  // Bundled CommonJS packages (commander, cli-table3...) call require for Node's own modules.
  banner: {
    js: "import { createRequire as kzpayRequire } from 'node:module'; const require = kzpayRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

const { buildTableCache, CACHE_FILE } = await import('../dist/embedded-cache.js');
writeFileSync(CACHE_FILE, JSON.stringify(buildTableCache()));
