import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * kzpay's own folder (where package.json and fixtures/ are), found by walking up from this module: the same from
 * the sources (src/), the compiled files (dist/...) and the bundles (dist/*.cjs).
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('kzpay: cannot find its package.json above its own code');
    dir = up;
  }
  return dir;
}
