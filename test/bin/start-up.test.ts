import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataWord } from '../../src/i18n/data-words.js';
import { kk } from '../../src/i18n/kk.js';
import { ru } from '../../src/i18n/ru.js';
import { BIN, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

/**
 * Start-up (spec §5): a run loads what its command needs and no more. kzpay's bundles are CommonJS, loaded as require
 * loads them (bin/load.cjs, with V8's code cache): a module preloaded with -r writes down every file in require's cache
 * as the run exits; these tests name the files of kzpay and of its packages that a run reads.
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
      'bin/load.cjs',
      'dist/cli.cjs',
      'dist/salary-run.cjs',
    ]);
  });

  it.each(['ru', 'kk'])('salary under --locale %s loads the words of the help and of the report', (locale) => {
    expect(loadedFiles(['salary', 'E-G-4', '--locale', locale])).toEqual([
      'bin/kzpay.js',
      'bin/load.cjs',
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

/** Loads dist/cli.cjs through bin/load.cjs in a process of its own, runs `args`, prints the bundles loaded. */
function bundlesOf(root: string, args: string[]): { file: string; cached: boolean }[] {
  const script = `
    const load = require(${JSON.stringify(join(ROOT, 'bin/load.cjs'))});
    const { main } = load.loadBundle(${JSON.stringify(join(root, 'dist/cli.cjs'))});
    const io = { stdoutIsTTY: false, env: {}, writeErr: (s) => process.stderr.write(s), writeOut: () => {},
      stdout: async () => true };
    main(${JSON.stringify(args)}, io)
      .then((code) => console.log(JSON.stringify({ code, bundles: load.bundlesLoaded() })));`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  const out = JSON.parse(r.stdout);
  expect(out.code).toBe(0);
  return out.bundles.map((b: { file: string; cached: boolean }) => ({ ...b, file: relative(root, b.file) }));
}

describe('start-up: the code cache of the bundles', () => {
  it('is used for every bundle a run loads (made by the build, scripts/code-cache.cjs)', () => {
    expect(bundlesOf(ROOT, ['salary', 'E-G-4', '--locale', 'ru'])).toEqual([
      { file: 'dist/cli.cjs', cached: true },
      { file: 'dist/i18n/help-words.cjs', cached: true },
      { file: 'dist/salary-run.cjs', cached: true },
      { file: 'dist/i18n/locale-words.cjs', cached: true },
    ]);
  });

  it('is used by fund in Kazakh too, whose words load before fund sets its V8 flag (the heap growth)', () => {
    expect(bundlesOf(ROOT, ['fund', '--locale', 'kk', '--format', 'csv'])).toEqual([
      { file: 'dist/cli.cjs', cached: true },
      { file: 'dist/i18n/help-words.cjs', cached: true },
      { file: 'dist/fund-run.cjs', cached: true },
      { file: 'dist/i18n/locale-words.cjs', cached: true },
    ]);
  });

  it("is not used with a bundle of another build, even of the same length: the bundle's text is compiled", () => {
    const root = tempDir('code-cache');
    mkdirSync(join(root, 'dist'));
    for (const file of ['cli.cjs', 'cli.cjs.v8', 'salary-run.cjs', 'salary-run.cjs.v8', 'embedded-tables.json']) {
      copyFileSync(join(ROOT, 'dist', file), join(root, 'dist', file));
    }
    copyFileSync(join(ROOT, 'package.json'), join(root, 'package.json'));
    symlinkSync(join(ROOT, 'systems'), join(root, 'systems'));
    // Another build's id, as long as this one's: V8 itself checks no more than the length of the text.
    const bundle = join(root, 'dist/salary-run.cjs');
    const text = readFileSync(bundle, 'utf8');
    const at = text.lastIndexOf('//kzpay-build:') + '//kzpay-build:'.length;
    writeFileSync(bundle, text.slice(0, at) + text.slice(at).replace(/[0-9a-f]/g, (c) => (c === '0' ? '1' : '0')));
    expect(bundlesOf(root, ['salary', 'E-G-4'])).toEqual([
      { file: 'dist/cli.cjs', cached: true },
      { file: 'dist/salary-run.cjs', cached: false },
    ]);
  });
});
