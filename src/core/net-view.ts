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

/** The columns of a breakdown, one row per amount (csv, json, md, xlsx; a table of several amounts). */
export const NET_COLUMNS: Column[] = [
  { key: 'gross', title: msg('col.gross'), kind: 'money', rowKey: true },
  { key: 'opv', title: msg('col.opv'), kind: 'money' },
  { key: 'vosms', title: msg('col.vosms'), kind: 'money' },
  { key: 'taxable', title: msg('col.taxable'), kind: 'money' },
  { key: 'ipn', title: msg('col.ipn'), kind: 'money' },
  { key: 'net', title: msg('col.net'), kind: 'money' },
  { key: 'opvr', title: msg('col.opvr'), kind: 'money' },
  { key: 'so', title: msg('col.so'), kind: 'money' },
  { key: 'oosms', title: msg('col.oosms'), kind: 'money' },
  { key: 'social_tax', title: msg('col.social_tax'), kind: 'money' },
  { key: 'employer_charges', title: msg('col.employer_charges'), kind: 'money' },
  { key: 'labour_cost', title: msg('col.labour_cost'), kind: 'money' },
];

/** One amount's breakdown as a column of items, each with its rate and base (the table of a single amount). */
const ITEM_COLUMNS: Column[] = [
  { key: 'item', title: msg('col.item'), kind: 'text', rowKey: true },
  { key: 'rate', title: msg('col.rate'), kind: 'pct' },
  { key: 'base', title: msg('col.base_amount'), kind: 'money' },
  { key: 'amount', title: msg('col.amount'), kind: 'money' },
];

/** What `kzpay net` was asked. */
export interface NetInput {
  /** The pay system's currency, for the title. */
  currency: Currency;
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
function itemRows(b: PayBreakdown, r: PayRules): Row[] {
  const item = (id: string, rate: Dec | null, base: Dec | null, amount: Dec): Row => ({
    item: msg(`item.${id}` as Msg['id']),
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
  return {
    command: 'net',
    kind: 'net',
    title: msg('title.net_month', {
      month: inMonth(month),
      currency: currencyWord(input.currency),
      code: input.currency.code,
    }),
    columns: items ? ITEM_COLUMNS : NET_COLUMNS,
    rows: items ? itemRows(breakdowns[0], r) : breakdowns.map(breakdownRow),
    assumptions: [
      ...dataSetAssumptions(input.provenance),
      input.dateGiven
        ? msg('a.net_month', { month: inMonth(month) })
        : msg('a.net_month_clock', { month: inMonth(month) }),
      msg('a.net_params', {
        mw: { value: r.mw, kind: 'money' },
        mrp: { value: r.mrp, kind: 'money' },
        set: dataSetName('params'),
      }),
      ...takeHomeAssumptions(rules, [r], input.born, yearOf(month), yearOf(month)),
      msg('a.net_same_gross'),
      ...(input.fromNet ? [msg('a.from_net')] : []),
      ...(breakdowns.some((b) => b.adjusted) ? [msg('a.ipn_adjusted', { share: exact(pct(r.ipnAdjustShare)) })] : []),
      ...(breakdowns.some((b) => !b.taxableHigh.isZero())
        ? [msg('a.ipn_high', { rate: exact(pct(r.ipnHighRate!)) })]
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
): Msg[] {
  const bornFrom = inForce.find((x) => x.opvrBornFrom !== undefined)?.opvrBornFrom;
  const last = lastChangeYear(rules.data.values);
  const out: Msg[] = [msg('a.take_home_terms'), msg('a.take_home_rounding')];
  if (inForce.some((x) => x.socialTaxLessSo)) out.push(msg('a.social_tax_less_so'));
  if (bornFrom !== undefined) {
    out.push(
      born === undefined
        ? msg('a.born_assumed', { year: String(bornFrom) })
        : born >= bornFrom
          ? msg('a.born_after', { born: String(born), year: String(bornFrom) })
          : msg('a.born_before', { born: String(born), year: String(bornFrom) }),
    );
  }
  const span = (after: number) => {
    const from = Math.max(fromYear, after + 1);
    return from === toYear ? String(from) : `${from}-${toYear}`;
  };
  if (toYear > last) out.push(msg('a.rates_held', { year: String(last), years: span(last) }));
  // The minimum wage and MRP the caps and deductions are counted in hold after the params' last values too.
  const params = rules.data.params.filter((p) => p.name === 'min_wage' || p.name === 'mrp');
  const lastParams = Math.max(...params.map((p) => p.effective.year));
  if (params.length > 0 && toYear > lastParams) {
    out.push(msg('a.params_held', { year: String(lastParams), years: span(lastParams), set: dataSetName('params') }));
  }
  return out;
}
