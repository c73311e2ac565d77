import { DATA_SET_NAMES } from '../core/data-view.js';
import type { CommandSpec } from '../run/command.js';
import {
  CONTRIBUTIONS,
  CPI,
  dataOptions,
  GRID,
  GRID_DATE,
  OUTPUT_OPTIONS,
  PARAMS,
  RAISES,
  SENIORITY,
} from '../run/options.js';

/** `kzpay data NAME`: prints a data set (embedded, or the file its flag names) in any format. */
export const data: CommandSpec = {
  name: 'data',
  summary: 'print an embedded data set, to read or to edit and pass back with its flag (data grid lists the codes)',
  args: [['<name>', DATA_SET_NAMES.join('|')]],
  options: [
    { key: 'at', flags: '--at <date>', help: 'data grid: the grid in force on DATE, the raises up to it applied' },
    ...dataOptions(GRID, RAISES, CPI, SENIORITY, PARAMS, CONTRIBUTIONS),
    GRID_DATE,
    ...OUTPUT_OPTIONS,
  ],
  examples: [
    ['data grid', 'the categories of the grid: codes, titles, salaries'],
    ['data raises --format csv > raises.csv', 'the raises, to edit and pass back with --raises'],
    ['data raises-reported --format csv | kzpay index --raises -', 'the raises as public reports give them'],
    ['data grid --at 2026-01-01 --format csv > grid-2026.csv', 'the grid in force on a date, to pass back with --grid'],
  ],
  load: async () => (await import('./data-run.js')).runData,
};
