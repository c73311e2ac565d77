import { readFileSync } from 'node:fs';

/** kzpay's version, from its package.json: the one place it is read. */
export function readVersion(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
