import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataWord } from '../../src/i18n/data-words.js';
import { kk } from '../../src/i18n/kk.js';
import { ru } from '../../src/i18n/ru.js';
import { BIN, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

/**
 * Start-up (spec §5): a run loads what its command needs and no more. A module hook records every file Node loads
 * for `node bin/kzpay.js ...`; these tests name the files of kzpay and of its packages that a run reads.
 */
const HOOK = `data:text/javascript,${encodeURIComponent(
  "import { register } from 'node:module';" +
    `register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(
      "import { appendFileSync } from 'node:fs';" +
        'export async function load(url, context, next) {' +
        "  if (url.startsWith('file:')) appendFileSync(process.env.KZPAY_LOADED, url + '\\n');" +
        '  return next(url, context);' +
        '}',
    )}));`,
)}`;

/** The files under the project (dist/..., node_modules/...) that a run of kzpay loads, in order. */
function loadedFiles(args: string[]): string[] {
  const log = join(tempDir('start-up'), 'loaded.txt');
  const r = spawnSync(process.execPath, ['--import', HOOK, BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', KZPAY_LOADED: log },
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith(`file://${ROOT}`))
    .map((url) => url.slice(`file://${ROOT}`.length));
}

describe('start-up: what a run loads', () => {
  it('salary in English reads cli.js and salary-run.js only: not the Russian and Kazakh words', () => {
    expect(loadedFiles(['salary', 'E-G-4', '--years', '7'])).toEqual([
      'bin/kzpay.js',
      'dist/cli.js',
      'dist/salary-run.js',
    ]);
  });

  it.each(['ru', 'kk'])('salary under --locale %s loads the words of the help and of the report', (locale) => {
    expect(loadedFiles(['salary', 'E-G-4', '--locale', locale])).toEqual([
      'bin/kzpay.js',
      'dist/cli.js',
      'dist/i18n/help-words.js',
      'dist/salary-run.js',
      'dist/i18n/locale-words.js',
    ]);
  });

  it.each(readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('-run.js')))(
    '%s holds no Russian or Kazakh words of reports (they are i18n/locale-words.js)',
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
