import { DATA_SET_NAMES, dataReport, type DataSetContent } from '../core/data-view.js';
import { UsageError } from '../core/errors.js';
import type { CommandRun } from '../run/command.js';
import { emit } from '../run/emit.js';
import { makeSettings, type Settings } from '../run/settings.js';

/** Reads the data set named and prints it. */
export const runData: CommandRun = async ([name], opts, env) => {
  if (!(DATA_SET_NAMES as readonly string[]).includes(name)) {
    throw new UsageError(`unknown data set "${name}": expected one of ${DATA_SET_NAMES.join(', ')}`);
  }
  // Each data set is printed from its own flag's file: another flag would change nothing.
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
    if (opts[key] !== undefined && own[name] !== key) {
      throw new UsageError(`${flag} does not change kzpay data ${name}, which prints the ${name} data set`);
    }
  }
  const s = makeSettings(opts, env);
  const content = load(s, name as DataSetContent['name']);
  const set = content.name;
  await emit(dataReport(content, s.data.label(set), s.data.comments[set] ?? [], s.data.inputs), s);
};

function load(s: Settings, name: DataSetContent['name']): DataSetContent {
  switch (name) {
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
