import type { CommandSpec } from '../run/command.js';
import { CONTRIBUTIONS, dataOptions, OUTPUT_OPTIONS, PARAMS, type OptionSpec } from '../run/options.js';

/** net's own options. */
const OWN: OptionSpec[] = [
  { key: 'date', flags: '--date <YYYY-MM>', help: 'the month whose rates apply (default: the current month)' },
  {
    key: 'born',
    flags: '--born <year>',
    help: "the person's year of birth: employer pension contributions only for people born in or after 1975",
  },
  { key: 'fromNet', flags: '--from-net', help: 'each AMOUNT is the net wanted: find the smallest gross that nets it' },
];

/** `kzpay net AMOUNT...`: what lands in hand of a monthly gross, and what the employer pays on top. */
export const net: CommandSpec = {
  name: 'net',
  summary: 'take-home pay of a monthly gross after contributions and income tax, and the employer charges on top',
  args: [['<amount...>', 'monthly gross pay in tenge (with --from-net: the net wanted)']],
  options: [...OWN, ...dataOptions(CONTRIBUTIONS, PARAMS), ...OUTPUT_OPTIONS],
  examples: [
    ['net 300000 --date 2026-06', 'what 300 000 a month leaves in hand in June 2026, and the employer charges'],
    ['net 250575 --date 2026-06 --from-net', 'the gross that leaves 250 575 in hand'],
    ['net 300000 --date 2026-06 --born 1970', 'for a person born before 1975: no employer pension contributions'],
  ],
  load: async () => (await import('./net-run.js')).runNet,
};
