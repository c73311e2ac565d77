import { currencyOf } from '../core/system.js';
import { monthIndex } from '../core/dates.js';
import { netReport } from '../core/net-view.js';
import { RulesByMonth } from '../core/take-home.js';
import type { CommandRun } from '../run/command.js';
import { emit } from '../run/emit.js';
import { makeSettings, provenance } from '../run/settings.js';
import { contributionData } from '../run/take-home.js';
import { monthOption, moneyOption, text, wholeNumber } from '../run/values.js';

/** Reads net's options and amounts, loads the contributions and params, builds the breakdowns, writes them. */
export const runNet: CommandRun = async (amountTexts, opts, env) => {
  const s = makeSettings(opts, env);
  const fromNet = opts.fromNet === true;
  const amounts = amountTexts.map((a) => moneyOption(fromNet ? 'the net wanted' : 'AMOUNT', a, s.decimal));
  const dateText = text(opts.date);
  // The clock is read here, never in the core: a script passes --date and gets the same numbers every month.
  const now = new Date();
  const month =
    dateText === undefined ? monthIndex(now.getUTCFullYear(), now.getUTCMonth() + 1) : monthOption('--date', dateText);
  const bornText = text(opts.born);
  const born = bornText === undefined ? undefined : wholeNumber('--born', bornText, 1900, 2100);
  const rules = new RulesByMonth(contributionData(s));
  const report = netReport({
    currency: currencyOf(s.data.system()),
    embeddedSystem: s.data.folder.embedded,
    amounts,
    month,
    dateGiven: dateText !== undefined,
    born,
    fromNet,
    items: s.format === 'table',
    rules,
    provenance: provenance(s, ['contributions', 'params']),
  });
  await emit(report, s);
};
