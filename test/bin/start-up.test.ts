import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataWord } from '../../src/i18n/data-words.js';
import { kk } from '../../src/i18n/kk.js';
import { ru } from '../../src/i18n/ru.js';
import { BIN, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

/**
 * Start-up (spec §5): a run loads what its command needs and no more. kzpay's bundles are CommonJS, loaded by
 * require (scripts/bundle.js): a module preloaded with -r writes down every file in require's cache as the run
 * exits; these tests name the files of kzpay and of its packages that a run reads.
 */
const PRELOAD =
  "process.on('exit', () => require('node:fs').writeFileSync(process.env.KZPAY_LOADED, " +
  "Object.keys(require.cache).join('\\n')));";

/** The files under the project (dist/..., node_modules/...) that a run of kzpay loads, in order. */
function loadedFiles(args: string[]): string[] {
  const dir = tempDir('start-up');
  const preload = join(dir, 'preload.cjs');
  writeFileSync(preload, PRELOAD);
  const log = join(dir, 'loaded.txt');
  const r = spawnSync(process.execPath, ['-r', preload, BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', KZPAY_LOADED: log },
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((file) => file.startsWith(ROOT))
    .map((file) => file.slice(ROOT.length));
}

describe('start-up: what a run loads', () => {
  it('--version reads version.cjs only, not the command line', () => {
    expect(loadedFiles(['--version'])).toEqual(['bin/kzpay.js', 'dist/version.cjs']);
  });

  it('salary in English reads cli.cjs and salary-run.cjs only: not the Russian and Kazakh words', () => {
    expect(loadedFiles(['salary', 'E-G-4', '--years', '7'])).toEqual([
      'bin/kzpay.js',
      'dist/cli.cjs',
      'dist/salary-run.cjs',
    ]);
  });

  it.each(['ru', 'kk'])('salary under --locale %s loads the words of the help and of the report', (locale) => {
    expect(loadedFiles(['salary', 'E-G-4', '--locale', locale])).toEqual([
      'bin/kzpay.js',
      'dist/cli.cjs',
      'dist/i18n/help-words.cjs',
      'dist/salary-run.cjs',
      'dist/i18n/locale-words.cjs',
    ]);
  });

  it.each(readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('-run.cjs')))(
    '%s holds no Russian or Kazakh words of reports (they are i18n/locale-words.cjs)',
    (file) => {
      // The bundle's text with esbuild's \uXXXX escapes read back as the characters they stand for.
      const text = readFileSync(join(ROOT, 'dist', file), 'utf8').replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      );
      for (const words of [ru['heading.assumptions'], kk['heading.assumptions']]) expect(text).not.toContain(words);
      for (const language of ['ru', 'kk'] as const)
        expect(text).not.toContain(dataWord('Department of education', language));
    },
  );
});
