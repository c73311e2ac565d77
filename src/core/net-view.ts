import type { Currency } from './system.js';
import { currencyWord, dataSetAssumptions, exact, type Provenance } from './assumptions.js';
import { yearOf, type MonthIndex } from './dates.js';
import { HUNDRED, type Dec } from './money.js';
import { dataSetName, inMonth, msg, type Column, type Msg, type Report, type Row } from './report.js';
import {
  breakdownInYear,
  grossForNet,
  lastChangeYear,
  type PayBreakdown,
  type PayRules,
  type RulesByMonth,
} from './take-home.js';

/**
 * Whose words name take-home pay: the embedded system's (the abbreviations of Kazakhstan's laws: OPV, VOSMS, IPN...)
 * or, for any other system, neutral words that name each item by its role in the rule; and the currency the amounts
 * are rounded to, the system's.
 */
export interface TakeHomeWords {
  embedded: boolean;
  currency: Currency;
}

/** A take-home message in the system's words: the embedded system's id, or its `_neutral` twin for any other. */
export function worded(id: string, w: TakeHomeWords): Msg['id'] {
  return (w.embedded ? id : `${id}_neutral`) as Msg['id'];
}

/** The columns of a breakdown, one row per amount (csv, json, md, xlsx; a table of several amounts). */
export function netColumns(w: TakeHomeWords): Column[] {
  const money = (key: string, id: string): Column => ({ key, title: msg(worded(id, w)), kind: 'money' });
  return [
    { key: 'gross', title: msg('col.gross'), kind: 'money', rowKey: true },
    money('opv', 'col.opv'),
    money('vosms', 'col.vosms'),
    { key: 'taxable', title: msg('col.taxable'), kind: 'money' },
    money('ipn', 'col.ipn'),
    { key: 'net', title: msg('col.net'), kind: 'money' },
    money('opvr', 'col.opvr'),
    money('so', 'col.so'),
    money('oosms', 'col.oosms'),
    money('social_tax', 'col.social_tax'),
    { key: 'employer_charges', title: msg('col.employer_charges'), kind: 'money' },
    { key: 'labour_cost', title: msg('col.labour_cost'), kind: 'money' },
  ];
}

/** One amount's breakdown as a column of items, each with its rate and base (the table of a single amount). */
const ITEM_COLUMNS: Column[] = [
  { key: 'item', title: msg('col.item'), kind: 'text', rowKey: true },
  { key: 'rate', title: msg('col.rate'), kind: 'pct' },
  { key: 'base', title: msg('col.base_amount'), kind: 'money' },
  { key: 'amount', title: msg('col.amount'), kind: 'money' },
];

/** What `kzpay net` was asked. */
export interface NetInput {
  /** The pay system's currency (for the title and the rounding), and whether it is the embedded system. */
  currency: Currency;
  embeddedSystem: boolean;
  amounts: readonly Dec[];
  month: MonthIndex;
  /** The --date given; undefined: the current month, read from the clock by the command. */
  dateGiven: boolean;
  born?: number;
  fromNet: boolean;
  /** A column of items with rates and bases: the table of a single amount. */
  items: boolean;
  rules: RulesByMonth;
  provenance: Provenance;
}

/** A breakdown as a row of the `net` report (and of the columns other commands add). */
function breakdownRow(b: PayBreakdown): Row {
  return {
    gross: b.gross,
    opv: b.opv,
    vosms: b.vosms,
    taxable: b.taxable,
    ipn: b.ipn,
    net: b.net,
    opvr: b.opvr,
    so: b.so,
    oosms: b.oosms,
    social_tax: b.socialTax,
    employer_charges: b.employerCharges,
    labour_cost: b.labourCost,
  };
}

/** A rate as the percent a table shows (0.1 → 10). */
const pct = (rate: Dec) => rate.times(HUNDRED);

/** The items of one breakdown, each with its rate and base. */
function itemRows(b: PayBreakdown, r: PayRules, w: TakeHomeWords): Row[] {
  // gross, taxable income, net, employer charges and labour cost are words of every system.
  const own = new Set(['gross', 'taxable', 'net', 'employer_charges', 'labour_cost']);
  const item = (id: string, rate: Dec | null, base: Dec | null, amount: Dec): Row => ({
    item: msg(own.has(id) ? (`item.${id}` as Msg['id']) : worded(`item.${id}`, w)),
    rate,
    base,
    amount,
  });
  const ipnRate = b.taxableHigh.isZero() || !r.ipnHighRate ? pct(r.ipnRate) : null;
  return [
    item('gross', null, null, b.gross),
    item('opv', pct(r.opvRate), b.bases.opv, b.opv),
    item('vosms', pct(r.vosmsRate), b.bases.vosms, b.vosms),
    item('taxable', null, null, b.taxable),
    item('ipn', ipnRate, b.bases.ipn, b.ipn),
    item('net', null, null, b.net),
    item('opvr', b.opvrDue ? pct(r.opvrRate) : null, b.bases.opvr, b.opvr),
    item('so', pct(r.soRate), b.bases.so, b.so),
    item('oosms', pct(r.oosmsRate), b.bases.oosms, b.oosms),
    item('social_tax', pct(r.socialTaxRate), b.bases.socialTax, b.socialTax),
    item('employer_charges', null, null, b.employerCharges),
    item('labour_cost', null, null, b.labourCost),
  ];
}

/** `kzpay net`: the breakdown of each monthly gross (or of the gross found for each net wanted), in one month. */
export function netReport(input: NetInput): Report {
  const { month, rules } = input;
  const r = rules.at(month);
  const breakdownOf = (gross: Dec) => breakdownInYear(gross, month, rules, input.born);
  const breakdowns = input.amounts.map((amount) =>
    breakdownOf(input.fromNet ? grossForNet(amount, (g) => breakdownOf(g).net, r.ipnAdjustBelow) : amount),
  );
  const items = input.items && breakdowns.length === 1;
  const w: TakeHomeWords = { embedded: input.embeddedSystem, currency: input.currency };
  return {
    command: 'net',
    kind: 'net',
    title: msg('title.net_month', {
      month: inMonth(month),
      currency: currencyWord(input.currency),
      code: input.currency.code,
    }),
    columns: items ? ITEM_COLUMNS : netColumns(w),
    rows: items ? itemRows(breakdowns[0], r, w) : breakdowns.map(breakdownRow),
    assumptions: [
      ...dataSetAssumptions(input.provenance),
      input.dateGiven
        ? msg(worded('a.net_month', w), { month: inMonth(month) })
        : msg('a.net_month_clock', { month: inMonth(month) }),
      msg(worded('a.net_params', w), {
        mw: { value: r.mw, kind: 'money' },
        mrp: { value: r.mrp, kind: 'money' },
        set: dataSetName('params'),
      }),
      ...takeHomeAssumptions(rules, [r], input.born, yearOf(month), yearOf(month), w),
      msg('a.net_same_gross'),
      ...(input.fromNet ? [msg(worded('a.from_net', w), { currency: currencyWord(input.currency) })] : []),
      ...(breakdowns.some((b) => b.adjusted)
        ? [
            msg(worded('a.ipn_adjusted', w), {
              share: exact(pct(r.ipnAdjustShare)),
              below: { value: r.ipnAdjustBelow!, kind: 'money' },
            }),
          ]
        : []),
      ...(breakdowns.some((b) => !b.taxableHigh.isZero())
        ? [msg(worded('a.ipn_high', w), { rate: exact(pct(r.ipnHighRate!)) })]
        : []),
    ],
    inputs: input.provenance.inputs,
  };
}

/**
 * What every report with take-home pay or employer charges says: the words behind the abbreviations, rounding, the
 * year of birth assumed or given, and the years after the data's last change, whose rates are held.
 */
export function takeHomeAssumptions(
  rules: RulesByMonth,
  inForce: readonly PayRules[],
  born: number | undefined,
  fromYear: number,
  toYear: number,
  w: TakeHomeWords,
): Msg[] {
  const bornFrom = inForce.find((x) => x.opvrBornFrom !== undefined)?.opvrBornFrom;
  const last = lastChangeYear(rules.data.values);
  const out: Msg[] = [
    msg(worded('a.take_home_terms', w)),
    msg(worded('a.take_home_rounding', w), { currency: currencyWord(w.currency) }),
  ];
  if (inForce.some((x) => x.socialTaxLessSo)) out.push(msg(worded('a.social_tax_less_so', w)));
  if (bornFrom !== undefined) {
    const year = String(bornFrom);
    out.push(
      born === undefined
        ? msg(worded('a.born_assumed', w), { year })
        : born >= bornFrom
          ? msg(worded('a.born_after', w), { born: String(born), year })
          : msg(worded('a.born_before', w), { born: String(born), year }),
    );
  }
  const span = (after: number) => {
    const from = Math.max(fromYear, after + 1);
    return from === toYear ? String(from) : `${from}-${toYear}`;
  };
  if (toYear > last) out.push(msg(worded('a.rates_held', w), { year: String(last), years: span(last) }));
  // The minimum wage and MRP the caps and deductions are counted in hold after the params' last values too.
  const params = rules.data.params.filter((p) => p.name === 'min_wage' || p.name === 'mrp');
  const lastParams = Math.max(...params.map((p) => p.effective.year));
  if (params.length > 0 && toYear > lastParams) {
    out.push(
      msg(worded('a.params_held', w), {
        year: String(lastParams),
        years: span(lastParams),
        set: dataSetName('params'),
      }),
    );
  }
  return out;
}
