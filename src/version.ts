import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './root.js';

/** kzpay's version, from its package.json: the one place it is read. */
export function readVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
