import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

// Each test file imports this module afresh, so the hook below belongs to the file that made the folders.
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A new folder under the system's temporary folder (`kzpay-NAME-XXXXXX`), removed with all it holds when the test file
 * ends: a run of the tests leaves nothing behind (some write hundreds of megabytes).
 */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `kzpay-${name}-`));
  made.push(dir);
  return dir;
}
