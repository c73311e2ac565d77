import { Dec, ZERO } from './money.js';
import {
  isMsg,
  msg,
  summaryOf,
  type BarChart,
  type Cell,
  type Chart,
  type Column,
  type ColumnKind,
  type Phrase,
  type Report,
  type Row,
  type Rows,
  type Summary,
} from './report.js';

/** The kinds of column `--compare` shows three times (baseline, scenario, difference): money and indices. */
export const COMPARED_KINDS: readonly ColumnKind[] = ['money', 'thousands', 'index'];

/** The keys of the columns that `--compare` shows three times. */
export function comparedKeys(columns: readonly Column[], kinds: readonly ColumnKind[] = COMPARED_KINDS): string[] {
  return columns.filter((c) => kinds.includes(c.kind)).map((c) => c.key);
}

/** The columns of a comparison: each compared column X as `X_base`, `X` (the scenario), `X_diff`; others once. */
export function compareColumns(columns: readonly Column[], kinds: readonly ColumnKind[] = COMPARED_KINDS): Column[] {
  return columns.flatMap((c) =>
    kinds.includes(c.kind)
      ? [
          { key: `${c.key}_base`, title: msg('col.base', { title: c.title }), kind: c.kind },
          c,
          { key: `${c.key}_diff`, title: msg('col.diff', { title: c.title }), kind: c.kind },
        ]
      : [c],
  );
}

function isDec(cell: Cell | undefined): cell is Dec {
  return typeof cell === 'object' && cell !== null && !Array.isArray(cell) && !isMsg(cell);
}

/**
 * scenario − baseline for two cells; null when either is not a number (a missing value has no difference). Money is
 * taken to the tiyn first (half up, as it is printed), so that X_diff = X − X_base holds on the printed amounts.
 */
function difference(scenario: Cell | undefined, base: Cell | undefined, toTiyn: boolean): Cell {
  if (!isDec(scenario) || !isDec(base)) return null;
  // The same amount (every month before a scenario's first change): no rounding or subtraction to do.
  if (scenario === base || scenario.eq(base)) return ZERO;
  if (!toTiyn) return scenario.minus(base);
  return scenario.toDecimalPlaces(2, Dec.ROUND_HALF_UP).minus(base.toDecimalPlaces(2, Dec.ROUND_HALF_UP));
}

/** The kinds of money column, whose differences are taken between amounts in tiyn (see difference). */
const MONEY_KINDS: readonly ColumnKind[] = ['money', 'thousands'];

/**
 * Joins baseline and scenario rows on their key fields, as they come: each scenario row, in its order, with `X_base`
 * (the baseline row's X) and `X_diff` (scenario − baseline) for every value field X. Both runs come from the same
 * inputs and make their rows in the same order, so a baseline row is read as its scenario row is and nothing is kept;
 * a baseline row met out of that order waits for its partner. A key without a baseline row is a bug (an Error).
 */
export function* compareRows(
  base: Rows,
  scenario: Rows,
  keyFields: readonly string[],
  valueFields: readonly string[],
  moneyFields: readonly string[] = [],
): Generator<Row> {
  const keyOf = (row: Row) => {
    let key = '';
    for (const k of keyFields) key += `${String(row[k])}\u0001`;
    return key;
  };
  const baseRows = base[Symbol.iterator]();
  const waiting = new Map<string, Row>();
  const baseOf = (key: string): Row | undefined => {
    const early = waiting.get(key);
    if (early) {
      waiting.delete(key);
      return early;
    }
    for (let next = baseRows.next(); !next.done; next = baseRows.next()) {
      const k = keyOf(next.value);
      if (k === key) return next.value;
      waiting.set(k, next.value);
    }
    return undefined;
  };
  // The names and kinds worked out once, not once a row.
  const fields = valueFields.map((x) => ({ x, base: `${x}_base`, diff: `${x}_diff`, money: moneyFields.includes(x) }));
  for (const row of scenario) {
    const was = baseOf(keyOf(row));
    if (!was) throw new Error(`compare: no baseline row for ${keyFields.map((k) => `${k}=${row[k]}`).join(', ')}`);
    // Made from its entries at once: adding eight properties one by one to a copy costs twice as much.
    const entries: [string, Cell][] = Object.entries(row);
    for (const f of fields) entries.push([f.base, was[f.x] ?? null], [f.diff, difference(row[f.x], was[f.x], f.money)]);
    yield Object.fromEntries(entries);
  }
}

/** A whole table compared: the key fields are the columns marked rowKey, the value fields those of COMPARED_KINDS. */
export function compareTable(
  columns: readonly Column[],
  base: Rows,
  scenario: Rows,
  kinds: readonly ColumnKind[] = COMPARED_KINDS,
): { columns: Column[]; rows: Rows } {
  const keys = columns.filter((c) => c.rowKey).map((c) => c.key);
  return {
    columns: compareColumns(columns, kinds),
    rows: compareRows(base, scenario, keys, comparedKeys(columns, kinds), comparedKeys(columns, MONEY_KINDS)),
  };
}

/** A summary compared: one row of values, each compared value as `X_base`, `X`, `X_diff`. */
export function compareSummary(
  summary: { columns: readonly Column[]; values: Row },
  base: Row,
  kinds: readonly ColumnKind[] = COMPARED_KINDS,
): { columns: Column[]; values: Row } {
  const money = comparedKeys(summary.columns, MONEY_KINDS);
  const [values] = compareRows([base], [summary.values], [], comparedKeys(summary.columns, kinds), money);
  if (!values) throw new Error('compareSummary: no row');
  return { columns: compareColumns(summary.columns, kinds), values };
}

/**
 * `fund --compare`: the compared rows (keys year and key) with `cost` = total_diff after total_diff (labour_cost_diff
 * after labour_cost_diff with `--charges`, `costOf`), and a summary
 * of the cost over the years, nominal (`cost`) and real (`cost_real`), summed over the rows whose `row` is `totalKey`
 * (the per-key rows add up to those, so summing every row would count each tenge twice). The rows stream; the summary
 * adds them up as they go and is whole once they have been read.
 */
export function compareFund(
  columns: readonly Column[],
  base: Rows,
  scenario: Rows,
  totalKey = 'total',
  costOf: 'total' | 'labour_cost' = 'total',
): { columns: Column[]; rows: Rows; summary: () => Summary } {
  const table = compareTable(columns, base, scenario);
  const total = columns.find((c) => c.key === costOf);
  if (!total) throw new Error('compareFund: the columns have no total');
  // With --charges the cost is the labour cost's: its title says so, in the rows and the summary.
  const word = msg(costOf === 'labour_cost' ? 'col.cost_labour' : 'col.cost');
  const costTitle = total.kind === 'thousands' ? msg('col.thousands', { title: word }) : word;
  const cost: Column = { key: 'cost', title: costTitle, kind: total.kind };
  const diff = `${costOf}_diff`;
  const realDiff = `${costOf}_real_diff`;
  const at = table.columns.findIndex((c) => c.key === diff);
  table.columns.splice(at + 1, 0, cost);
  let nominal = ZERO;
  let real = ZERO;
  // The rows are the comparison's own: `cost` is set on them rather than on a copy of each.
  const rows = function* (): Generator<Row> {
    for (const row of table.rows) {
      row.cost = row[diff];
      if (row.row === totalKey) {
        const d = row[diff];
        const r = row[realDiff];
        if (isDec(d)) nominal = nominal.plus(d);
        if (isDec(r)) real = real.plus(r);
      }
      yield row;
    }
  };
  return {
    columns: table.columns,
    rows: rows(),
    summary: () => ({
      columns: [
        { ...cost, title: msg('col.cost_sum', { title: cost.title }) },
        { key: 'cost_real', title: msg('col.cost_real_sum', { title: cost.title }), kind: total.kind },
      ],
      values: { cost: nominal, cost_real: real },
    }),
  };
}

/**
 * A scenario's report beside its baseline's (`--compare`): the rows joined on their key columns with `X_base`, `X`
 * and `X_diff` for every money and index column, the summary likewise; with `cost` (fund), a `cost` column and the
 * cost summed over the years. Its kind is `compare`; the assumptions are the scenario's, which name the baseline too.
 */
export function compareReport(base: Report, scenario: Report, opts: { cost?: 'total' | 'labour_cost' } = {}): Report {
  const compared = opts.cost
    ? compareFund(scenario.columns, base.rows, scenario.rows, 'total', opts.cost)
    : { ...compareTable(scenario.columns, base.rows, scenario.rows), summary: undefined };
  // The summaries of the two reports compared (index), then the cost over the years (fund), once the rows are read.
  const summary = (): Summary | undefined => {
    const own = summaryOf(scenario);
    const was = summaryOf(base);
    const both = own && was ? compareSummary(own, was.values) : undefined;
    const cost = compared.summary?.();
    if (both && cost)
      return { columns: [...both.columns, ...cost.columns], values: { ...both.values, ...cost.values } };
    return both ?? cost;
  };
  const lazy = compared.summary !== undefined || typeof scenario.summary === 'function';
  return {
    ...scenario,
    kind: 'compare',
    columns: compared.columns,
    rows: compared.rows,
    summary: lazy ? summary : summary(),
    heading: scenario.heading && msg('page.title.compare', { title: scenario.heading }),
    chart: compareChart(base.chart, scenario.chart),
    assumptions: [
      ...scenario.assumptions,
      msg(opts.cost === 'labour_cost' ? 'a.compare_labour_cost' : opts.cost ? 'a.compare_cost' : 'a.compare'),
    ],
  };
}

/**
 * The chart of a comparison: each series of the baseline beside the scenario's, even where they are equal (the
 * reader sees that the scenario changes nothing there); a series marked `fixed` (an index's prices, the same in
 * every scenario) once, under its own name.
 */
export function compareChart(
  base: Chart | BarChart | undefined,
  scenario: Chart | BarChart | undefined,
): Chart | BarChart | undefined {
  if (!base || !scenario || base.series.length !== scenario.series.length) return undefined;
  type Series = { name: Phrase; values: (Dec | null)[]; fixed?: boolean };
  const series = (scenario.series as Series[]).flatMap((s, i): Series[] => {
    const old = base.series[i];
    if (s.fixed) return [s];
    return [
      { name: msg('chart.baseline', { name: old.name }), values: old.values },
      { name: msg('chart.scenario', { name: s.name }), values: s.values },
    ];
  });
  // Tones read one series' bars; beside a baseline's they would mislead.
  return scenario.type === 'bars'
    ? { ...scenario, series: series as BarChart['series'], tones: undefined }
    : { ...scenario, series: series as Chart['series'] };
}
