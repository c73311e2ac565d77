import { UsageError } from '../core/errors.js';
import { formatDate } from '../core/dates.js';
import type { Column, Report, Row } from '../core/report.js';
import { DATA_SET_NAMES } from './data.js';
import { emit, makeContext, type RunEnv } from './context.js';
import { gridColumns, gridRow } from './grid-rows.js';
import type { GlobalOptions } from './options.js';

export async function runData(name: string, opts: GlobalOptions, run: RunEnv): Promise<void> {
  if (!(DATA_SET_NAMES as readonly string[]).includes(name)) {
    throw new UsageError(`unknown data set "${name}": expected one of ${DATA_SET_NAMES.join(', ')}`);
  }
  const ctx = makeContext(opts, run);
  let columns: Column[];
  let rows: Row[];
  const text = (key: string): Column => ({ key, title: key, kind: 'text' });
  const dec = (key: string): Column => ({ key, title: key, kind: 'decimal' });
  switch (name) {
    case 'grid': {
      const grid = ctx.data.grid();
      columns = gridColumns(grid);
      rows = grid.categories.map(gridRow);
      break;
    }
    case 'raises':
      columns = [text('effective'), dec('percent'), text('scope'), text('announced'), text('source')];
      rows = ctx.data.raises().map((r) => ({
        effective: formatDate(r.effective),
        // A number in canonical form (never guarded as text), or a range low-high.
        percent: r.low.eq(r.high) ? r.low : `${r.low.toString()}-${r.high.toString()}`,
        scope: r.scopeText,
        announced: r.announced ?? '',
        source: r.source ?? '',
      }));
      break;
    case 'cpi':
      columns = [text('period'), dec('inflation_pct'), text('status'), text('source')];
      rows = ctx.data.cpi().map((r) => ({
        period: r.month === undefined ? String(r.year) : `${r.year}-${String(r.month).padStart(2, '0')}`,
        inflation_pct: r.percent,
        status: r.status,
        source: r.source ?? '',
      }));
      break;
    case 'seniority':
      columns = [dec('from_years'), dec('to_years'), dec('share')];
      rows = ctx.data.seniority().map((b) => ({ from_years: b.from, to_years: b.to ?? null, share: b.share }));
      break;
    case 'params':
      columns = [text('name'), text('effective'), dec('value'), text('source')];
      rows = ctx.data
        .params()
        .map((p) => ({ name: p.name, effective: formatDate(p.effective), value: p.value, source: p.source ?? '' }));
      break;
    case 'staffing': {
      // Cells as written, so the printed table reads back the same.
      const table = ctx.data.staffingTable();
      const named = table.names.map((c, i) => [c, i] as const).filter(([c]) => c !== '');
      columns = named.map(([c]) => text(c));
      rows = table.records.map((r) => Object.fromEntries(named.map(([c, i]) => [c, r.cells[i]])));
      break;
    }
    default:
      throw new UsageError(`the ${name} data set is not available yet`);
  }
  const report: Report = {
    command: 'data',
    columns,
    rows,
    assumptions: [`${name}: ${ctx.data.label(name as 'grid')}`, ...(ctx.data.comments[name as 'grid'] ?? [])],
    inputs: ctx.data.inputs,
    csvComments: ctx.data.comments[name as 'grid'],
  };
  await emit(report, ctx);
}
