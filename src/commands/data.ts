import { DATA_SET_NAMES } from '../core/data-view.js';
import type { CommandSpec } from '../run/command.js';
import { CONTRIBUTIONS, CPI, dataOptions, GRID, OUTPUT_OPTIONS, PARAMS, RAISES, SENIORITY } from '../run/options.js';

/** `kzpay data NAME`: prints a data set (embedded, or the file its flag names) in any format. */
export const data: CommandSpec = {
  name: 'data',
  summary: 'print an embedded data set, to read or to edit and pass back with its flag (data grid lists the codes)',
  args: [['<name>', DATA_SET_NAMES.join('|')]],
  options: [...dataOptions(GRID, RAISES, CPI, SENIORITY, PARAMS, CONTRIBUTIONS), ...OUTPUT_OPTIONS],
  examples: [
    ['data grid', 'the categories of the grid: codes, titles, salaries'],
    ['data raises --format csv > raises.csv', 'the raises, to edit and pass back with --raises'],
    ['data raises-reported --format csv | kzpay index --raises -', 'the raises as public reports give them'],
  ],
  load: async () => (await import('./data-run.js')).runData,
};
