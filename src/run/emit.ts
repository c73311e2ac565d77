import { UsageError } from '../core/errors.js';
import type { Report } from '../core/report.js';
import { writeFileAtomic } from '../io/write.js';
import type { Settings } from './settings.js';

/**
 * Renders a report and writes it as it is made: to standard output, each piece once the one before is written, or
 * atomically to -o FILE (a temporary file filled piece by piece, then renamed).
 */
export async function emit(report: Report, s: Settings): Promise<void> {
  if (s.format === 'xlsx' && !s.output && s.env.stdoutIsTTY) {
    throw new UsageError('--format xlsx writes a spreadsheet file: give -o FILE.xlsx, or send it to a pipe');
  }
  const { renderStream } = await import('../render/render.js');
  // A table for a terminal is fitted to its width; in a pipe or a file it stays one table.
  const width = s.env.stdoutIsTTY && !s.output ? s.env.columns : undefined;
  const out = renderStream(report, s.format, { color: s.color, version: s.env.version, width, locale: s.locale });
  if (s.output) await writeFileAtomic(s.output, out, { refuseTerminal: s.format === 'xlsx' });
  else {
    // A reader that went away (| head) ends the writing quietly: the rest of the report is not made.
    for await (const piece of out) if ((await s.env.stdout(piece)) === false) return;
  }
}
