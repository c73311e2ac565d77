#!/usr/bin/env node
// Lints what the formatter cannot: no line of code over 120 characters (long strings included).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const LIMIT = 120;
const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'src', 'test', 'bench', 'bin', 'scripts'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => /\.(ts|js)$/.test(f));
let bad = 0;
for (const file of files) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if ([...line].length > LIMIT) {
        bad++;
        console.error(`${file}:${i + 1}: ${[...line].length} characters (at most ${LIMIT})`);
      }
    });
}
if (bad > 0) {
  console.error(`${bad} lines over ${LIMIT} characters`);
  process.exit(1);
}
