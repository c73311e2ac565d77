import type { CommandSpec } from '../run/command.js';
import {
  CHARGES,
  CONTRIBUTIONS,
  CPI,
  dataOptions,
  GRID,
  NET,
  OUTPUT_OPTIONS,
  PARAMS,
  RAISES,
  SCENARIO_OPTIONS,
  SENIORITY,
  TIME_OPTIONS,
  type OptionSpec,
} from '../run/options.js';

/** salary's own options. */
const OWN: OptionSpec[] = [
  { key: 'years', flags: '--years <n>', help: 'years after the grid year to show', default: '5' },
  { key: 'from', flags: '--from <year>', help: 'first year to show (default: the grid year)' },
  { key: 'experience', flags: '--experience <years>', help: 'years of service at the grid date', default: '0' },
  { key: 'holdSeniority', flags: '--no-seniority', help: "hold the salary at the grid date's seniority band" },
  { key: 'chart', flags: '--chart', help: 'draw nominal and real salary under the table (table format only)' },
  NET,
  CHARGES,
];

/** `kzpay salary CODE...`: what a category pays, nominal and in real terms, year by year. */
export const salary: CommandSpec = {
  name: 'salary',
  summary: 'what a category pays, nominal and in real terms, year by year',
  args: [['<code...>', 'category codes of the grid (E-G-4), patterns (E-G-*), or all; kzpay data grid lists them']],
  options: [
    ...OWN,
    ...dataOptions(GRID, RAISES, CPI, SENIORITY, CONTRIBUTIONS, PARAMS),
    ...TIME_OPTIONS,
    ...SCENARIO_OPTIONS,
    ...OUTPUT_OPTIONS,
  ],
  examples: [
    ['salary E-G-4 --years 7', 'a leading specialist of a rural akimat, 2024-2031'],
    ['salary E-G-* --from 2020 --years 3', 'every rural akimat post, 2020-2027'],
    ['salary E-G-4 --indexation cpi@2027 --compare', 'indexed to prices from 2027, beside today'],
    ['salary E-G-4 --years 7 --net --charges', 'take-home pay and the employer charges on top, 2024-2031'],
  ],
  load: async () => (await import('./salary-run.js')).runSalary,
};
