import type { CommandSpec } from '../run/command.js';
import {
  CPI,
  dataOptions,
  GRID,
  GRID_DATE,
  INFLATION,
  OUTPUT_OPTIONS,
  RAISES,
  RANGE,
  SCENARIO_OPTIONS,
  type OptionSpec,
} from '../run/options.js';

/** index's own options. */
const OWN: OptionSpec[] = [
  {
    key: 'from',
    flags: '--from <year>',
    help: 'first year; the index is 1 in the December before it (default: the first raise year)',
  },
  { key: 'to', flags: '--to <year>', help: 'last year (default: the last year with actual CPI data)' },
  { key: 'code', flags: '--code <code>', help: 'count only the raises whose scope covers this category of the grid' },
  {
    key: 'chart',
    flags: '--chart',
    help: 'draw the nominal, price and real index under the table (table format only)',
  },
];

/** `kzpay index`: did the raises beat inflation? Cumulative nominal, price and real index, year by year. */
export const index: CommandSpec = {
  name: 'index',
  summary: 'did the raises beat inflation? nominal, price and real index, year by year',
  options: [
    ...OWN,
    ...dataOptions(GRID, RAISES, CPI),
    GRID_DATE,
    INFLATION,
    RANGE,
    ...SCENARIO_OPTIONS,
    ...OUTPUT_OPTIONS,
  ],
  examples: [
    ['index --from 2005 --to 2023', 'did the raises of 2005-2023 beat inflation?'],
    ['index --code E-G-4 --chart', 'only the raises that covered E-G-4, drawn'],
    ['index --code E-G-4 --to 2027 --raise 2027-01-01:restore=2023-12', 'the raise that restores 2023'],
  ],
  load: async () => (await import('./index-run.js')).runIndex,
};
