import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript script, also run alone as `node scripts/check-links.js`
import { brokenLinks, docFiles, headingAnchors, proseLines } from '../scripts/check-links.js';
import { ROOT } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

/** README.md and docs/: links that resolve, and a README a newcomer can read on two screens of 80 columns. */
describe('documentation links', () => {
  it('checks README.md and the docs folder', () => {
    expect(docFiles()).toContain('README.md');
    expect(docFiles()).toContain('docs/commands.md');
  });

  it.each(docFiles() as string[])('%s: every relative link names a file, every #anchor a heading', (file) => {
    expect(brokenLinks(file)).toEqual([]);
  });
});

describe('the link checker', () => {
  const dir = tempDir('links');

  it('reports a missing file, a missing heading and a link out of the repository, and nothing else', () => {
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'a.md'), '# A page\n\n## Options and `--compare`\n\n## Notes\n\n## Notes\n');
    writeFileSync(
      join(dir, 'README.md'),
      [
        '# Title',
        '[ok](docs/a.md) [ok](docs/a.md#options-and---compare) [ok](docs/a.md#notes-1) [ok](#title)',
        '[ok](https://example.invalid/nowhere) [ok](mailto:someone@example.invalid) [ok](docs/)',
        '[gone](docs/missing.md)',
        '[bad anchor](docs/a.md#no-such-heading)',
        '[out](../outside.md)',
        '`[in code](docs/missing.md)`',
        '```',
        '[in a block](docs/missing.md)',
        '```',
        '[bad here](#nowhere)',
      ].join('\n'),
    );
    expect(brokenLinks('README.md', dir)).toEqual([
      'README.md:4: docs/missing.md: no such file',
      'README.md:5: docs/a.md#no-such-heading: no heading #no-such-heading in docs/a.md',
      'README.md:6: ../outside.md: leads out of the repository',
      'README.md:11: #nowhere: no heading #nowhere in README.md',
    ]);
  });

  it('makes heading anchors as GitHub does', () => {
    const anchors = headingAnchors('# kzpay\n## `kzpay salary`\n## Were the raises of 2005–2023 eaten?\n## kzpay\n');
    expect([...anchors]).toEqual(['kzpay', 'kzpay-salary', 'were-the-raises-of-20052023-eaten', 'kzpay-1']);
  });

  it('skips fenced code and inline code', () => {
    // The 8 characters of `[x](y)` blanked, then the space before b.
    expect(proseLines('a\n```sh\n[x](y)\n```\n`[x](y)` b')).toEqual(['a', '', '', '', `${' '.repeat(9)}b`]);
  });
});

describe('README.md', () => {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');

  it('is under 250 lines', () => {
    expect(readme.split('\n').length).toBeLessThan(250);
  });

  it('keeps its examples within 80 columns', () => {
    const wide = readme
      .split('```')
      .filter((_, i) => i % 2 === 1)
      .flatMap((block) => block.split('\n'))
      .filter((line) => [...line].length > 80);
    expect(wide).toEqual([]);
  });

  it('cites the paper by its title and author', () => {
    expect(readme).toContain('Improving the System of Motivation of Civil Servants in the Republic of Kazakhstan');
    expect(readme).toContain('Zhanna Abuzyarova');
  });
});
