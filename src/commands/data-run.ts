import { DATA_SET_NAMES, dataReport, type DataSetContent } from '../core/data-view.js';
import { UsageError } from '../core/errors.js';
import type { CommandRun } from '../run/command.js';
import { emit } from '../run/emit.js';
import { gridDate, makeSettings, provenance, type Settings } from '../run/settings.js';
import { gridDateAssumption, rangeAssumptions } from '../core/assumptions.js';
import { formatDate, type CalDate } from '../core/dates.js';
import { gridAt } from '../core/grid-at.js';
import { msg, type Msg } from '../core/report.js';
import { dateOption, text } from '../run/values.js';

/** Reads the data set named and prints it. */
export const runData: CommandRun = async ([name], opts, env) => {
  if (!(DATA_SET_NAMES as readonly string[]).includes(name)) {
    throw new UsageError(`unknown data set "${name}": expected one of ${DATA_SET_NAMES.join(', ')}`);
  }
  // Each data set is printed from its own flag's file: another flag would change nothing (--raises: data grid --at).
  const own: Record<string, string | undefined> = {
    grid: 'grid',
    raises: 'raises',
    cpi: 'cpi',
    seniority: 'seniorityFile',
    params: 'params',
    contributions: 'contributions',
  };
  const flags = {
    grid: '--grid',
    raises: '--raises',
    cpi: '--cpi',
    seniorityFile: '--seniority',
    params: '--params',
    contributions: '--contributions',
  };
  for (const [key, flag] of Object.entries(flags)) {
    if (opts[key] !== undefined && own[name] !== key && !(key === 'raises' && name === 'grid')) {
      throw new UsageError(`${flag} does not change kzpay data ${name}, which prints the ${name} data set`);
    }
  }
  const atText = text(opts.at);
  if (atText !== undefined && name !== 'grid') {
    throw new UsageError(`--at gives the grid in force on a date: it goes with kzpay data grid, not data ${name}`);
  }
  if (opts.gridDate !== undefined && atText === undefined) {
    throw new UsageError('--grid-date is the date the raises of data grid --at start from: it goes with --at');
  }
  if (opts.raises !== undefined && atText === undefined && name === 'grid') {
    throw new UsageError('--raises does not change kzpay data grid without --at, which applies the raises to a date');
  }
  const s = makeSettings(opts, env);
  if (atText !== undefined) {
    await emit(gridAtReport(s, dateOption('--at', atText)), s);
    return;
  }
  const content = load(s, name as DataSetContent['name']);
  const set = content.name;
  // A copy: the inputs as they are now (writing the report reads the system's settings, for its currency).
  const notes = s.data.comments[set] ?? [];
  await emit(dataReport(content, s.data.label(set), notes, { ...s.data.inputs }, [], s.data.folder.embedded), s);
};

/** `data grid --at DATE`: the grid rolled to DATE through the raises (rounded per the system), dated DATE. */
function gridAtReport(s: Settings, at: CalDate) {
  const grid = s.data.grid();
  const raises = s.data.raises();
  const system = s.data.system();
  const date = gridDate(s);
  const rolled = gridAt(grid, raises, date.date, at, system.round);
  const p = provenance(s, ['grid', 'raises']);
  const more: Msg[] = [
    gridDateAssumption(date),
    msg('a.grid_at', { date: formatDate(at), from: formatDate(date.date) }),
    ...rangeAssumptions(raises, grid.categories, { from: at.year, to: at.year, gridDate: date.date }, 'mid'),
    ...(p.notes ?? []).slice(1),
  ];
  return dataReport({ name: 'grid', grid: rolled }, s.data.label('grid'), s.data.comments.grid ?? [], p.inputs, more);
}

function load(s: Settings, name: DataSetContent['name']): DataSetContent {
  switch (name) {
    case 'system':
      return { name, system: s.data.system() };
    case 'grid':
      return { name, grid: s.data.grid() };
    case 'raises':
      return { name, raises: s.data.raises() };
    case 'raises-reported':
      return { name, raises: s.data.raisesReported() };
    case 'cpi':
      return { name, cpi: s.data.cpi() };
    case 'seniority':
      return { name, bands: s.data.seniority() };
    case 'params':
      return { name, params: s.data.params() };
    case 'contributions':
      return { name, params: s.data.contributions() };
    case 'staffing': {
      const table = s.data.staffingTable();
      return { name, names: table.names, records: table.records };
    }
  }
}
