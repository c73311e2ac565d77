import { FUND_DEFAULTS } from '../core/fund-defaults.js';
import type { CommandSpec } from '../run/command.js';
import {
  CHARGES,
  CONTRIBUTIONS,
  CPI,
  dataOptions,
  GRID,
  OUTPUT_OPTIONS,
  PARAMS,
  RAISES,
  SCENARIO_OPTIONS,
  SENIORITY,
  TIME_OPTIONS,
  type OptionSpec,
} from '../run/options.js';

/** fund's own options. */
const OWN: OptionSpec[] = [
  { key: 'years', flags: '--years <n>', help: 'years after the grid year to show', default: '0' },
  {
    key: 'by',
    flags: '--by <unit|code|group|none>',
    help: 'rows by (default: unit when the file has a unit column, else code)',
  },
  {
    key: 'medical',
    flags: '--medical <n>',
    help: 'monthly salaries a year paid as medical (health) benefit',
    default: FUND_DEFAULTS.medical,
  },
  {
    key: 'bonus',
    flags: '--bonus <n>',
    help: 'monthly salaries a year paid as salary bonuses',
    default: FUND_DEFAULTS.bonus,
  },
  {
    key: 'savings',
    flags: '--savings <auto|n>',
    help: 'savings bonuses, monthly salaries a year, for rows without savings_salaries; auto: 5.2 group D, 2.8 group E',
    default: FUND_DEFAULTS.savings,
  },
  { key: 'thousands', flags: '--thousands', help: 'money in thousand tenge, as in the paper' },
  CHARGES,
];

/** `kzpay fund [STAFFING|-]`: the yearly remuneration fund of a staffing table, nominal and real. */
export const fund: CommandSpec = {
  name: 'fund',
  summary: 'remuneration fund of a staffing table: 12 salaries + 2 medical + 2 bonus + savings bonuses, per year',
  args: [['[staffing]', 'staffing table CSV, or - for standard input (default: the embedded example)']],
  options: [
    ...OWN,
    ...dataOptions(GRID, RAISES, CPI, SENIORITY, CONTRIBUTIONS, PARAMS),
    ...TIME_OPTIONS,
    ...SCENARIO_OPTIONS,
    ...OUTPUT_OPTIONS,
  ],
  examples: [
    ['fund staffing.csv --years 2', "a body's remuneration fund, 2024-2026"],
    ['fund staffing.csv --by group --thousands', "by group, in thousand tenge as in the paper's Table 4"],
    ['fund staffing.csv --years 4 --indexation cpi@2027 --compare', 'what indexation would cost'],
    ['fund staffing.csv --years 4 --charges', 'with the employer charges: what the budget pays'],
  ],
  load: async () => (await import('./fund-run.js')).runFund,
};
