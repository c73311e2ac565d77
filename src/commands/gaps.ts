import type { CommandSpec } from '../run/command.js';
import { dataOptions, GRID, GRID_DATE, OUTPUT_OPTIONS, PARAMS, SENIORITY, type OptionSpec } from '../run/options.js';

/** gaps' own options. */
const OWN: OptionSpec[] = [
  { key: 'basis', flags: '--basis <min|max>', help: 'the salary column to check', default: 'min' },
  {
    key: 'within',
    flags: '--within <pct>',
    help: "step between adjacent posts within a management level (default: the system's step_rule; 12 embedded)",
  },
  {
    key: 'between',
    flags: '--between <pct>',
    help: "step between management levels (default: the system's step_rule; 32 embedded)",
  },
  { key: 'tolerance', flags: '--tolerance <pp>', help: 'how far a step may be from its norm and be ok', default: '1' },
  {
    key: 'floor',
    flags: '--floor <auto|off|amount>',
    help:
      "lowest salary: the system's floor (auto: the minimum wage in force at the grid date), none (off), or an " +
      'amount',
    default: 'auto',
  },
  { key: 'strict', flags: '--strict', help: 'exit 1 when any row is not ok (for CI); the report is still printed' },
  {
    key: 'propose',
    flags: '--propose [mode]',
    help: 'print a proposed grid instead: shortfall (default, the smallest raises) or exact (every step its norm)',
  },
  { key: 'staffing', flags: '--staffing <file>', help: 'with --propose: a staffing table (as for fund) to cost it' },
];

/** `kzpay gaps`: where the grid breaks the 12% / 32% step rule or the minimum-wage floor, and a grid that would not. */
export const gaps: CommandSpec = {
  name: 'gaps',
  summary: 'where the grid breaks the 12% / 32% step rule or the minimum-wage floor, and the raises that fix it',
  options: [...OWN, ...dataOptions(GRID, PARAMS, SENIORITY), GRID_DATE, ...OUTPUT_OPTIONS],
  examples: [
    ['gaps --strict', 'the step rule and the minimum wage, for CI (exit 1 when broken)'],
    ['gaps --propose -o proposed.csv', 'the smallest raises that would fix the grid'],
    ['gaps --propose --staffing staffing.csv', 'and what they would cost a year'],
  ],
  load: async () => (await import('./gaps-run.js')).runGaps,
};
