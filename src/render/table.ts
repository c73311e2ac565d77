import Table from 'cli-table3';
import type { Report } from '../core/report.js';
import { formatCell, isNumericKind } from './format.js';
import { palette } from './paint.js';

/** The terminal table: cli-table3, money grouped in whole tenge, then the summary, notes and assumptions. */
export async function renderTable(report: Report, color: boolean): Promise<string> {
  const chalk = await palette(color);
  const tone = { bad: chalk.red, warn: chalk.yellow, good: chalk.green };
  const table = new Table({
    head: report.columns.map((c) => chalk.bold(c.title)),
    colAligns: report.columns.map((c) => (isNumericKind(c.kind) ? 'right' : 'left')),
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' }, // no rule between rows: more rows per screen
  });
  for (const row of report.rows) {
    table.push(
      report.columns.map((c) => {
        const text = formatCell(row[c.key], c.kind, 'human');
        const t = c.tones?.[text];
        return t ? tone[t](text) : text;
      }),
    );
  }
  const out: string[] = [table.toString()];
  if (report.summary) {
    const width = Math.max(...report.summary.columns.map((c) => c.title.length));
    out.push('', chalk.bold('Summary'));
    for (const c of report.summary.columns) out.push(`  ${c.title.padEnd(width)}  ${formatCell(report.summary.values[c.key], c.kind, 'human')}`);
  }
  if (report.notes && report.notes.length > 0) out.push('', ...report.notes);
  out.push('', chalk.bold('Assumptions'), ...report.assumptions.map((a) => chalk.dim(`  - ${a}`)));
  return out.join('\n') + '\n';
}
