import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../core/errors.js';

/** Writes a file atomically: a temporary file beside it, then a rename, so a failed run leaves the old file as it was. */
export function writeFileAtomic(path: string, text: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing was written */
    }
    // The path came from -o: an option value the run cannot use, not bad input data.
    throw new UsageError(
      `-o ${path}: cannot write the output (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); expected a writable file in an existing folder`,
    );
  }
}
