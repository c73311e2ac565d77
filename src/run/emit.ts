import { UsageError } from '../core/errors.js';
import type { Report } from '../core/report.js';
import { writeFileAtomic } from '../io/write.js';
import type { Settings } from './settings.js';

/** Renders a report and writes it: to standard output, or atomically to -o FILE. */
export async function emit(report: Report, s: Settings): Promise<void> {
  if (s.format === 'xlsx' && !s.output && s.env.stdoutIsTTY) {
    throw new UsageError('--format xlsx writes a spreadsheet file: give -o FILE.xlsx, or send it to a pipe');
  }
  const { renderReport } = await import('../render/render.js');
  // A table for a terminal is fitted to its width; in a pipe or a file it stays one table.
  const width = s.env.stdoutIsTTY && !s.output ? s.env.columns : undefined;
  const out = await renderReport(report, s.format, { color: s.color, version: s.env.version, width, locale: s.locale });
  if (s.output) await writeFileAtomic(s.output, out, { refuseTerminal: s.format === 'xlsx' });
  else await s.env.stdout(out);
}
