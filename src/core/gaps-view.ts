import { dataSetAssumptions, exact, type Provenance } from './assumptions.js';
import type { CalDate } from './dates.js';
import type { ParamValue } from './data.js';
import { basisSalary, minWageAt, type Basis, type GapsReport, type PairCheck, type StepNorms } from './gaps-report.js';
import { gridColumns, gridRow, titleCells } from './grid-rows.js';
import { ZERO, type Dec } from './money.js';
import type { Proposal, ProposeMode } from './propose-grid.js';
import {
  dataText,
  joinParts,
  msg,
  onDate,
  sinceDate,
  type BarChart,
  type Column,
  type Msg,
  type Num,
  type Part,
  type Phrase,
  type Report,
  type Row,
} from './report.js';

const VERDICT_TONES: Column['tones'] = {
  ok: 'good',
  violation: 'bad',
  inversion: 'bad',
  'below-floor': 'bad',
  unchecked: 'warn',
};

/** Pair rows and floor rows share one header; a cell that does not apply to a row's check stays empty. */
const CHECK_COLUMNS: Column[] = [
  { key: 'block', title: msg('col.block'), kind: 'text', rowKey: true, dataWords: true },
  { key: 'upper', title: msg('col.upper'), kind: 'text', rowKey: true },
  { key: 'lower', title: msg('col.lower'), kind: 'text', rowKey: true },
  { key: 'upper_salary', title: msg('col.upper_salary'), kind: 'money' },
  { key: 'lower_salary', title: msg('col.lower_salary'), kind: 'money' },
  { key: 'step_pct', title: msg('col.step_pct'), kind: 'pct' },
  { key: 'kind', title: msg('col.kind'), kind: 'text', tones: { unchecked: 'warn' }, translate: true },
  { key: 'norm_pct', title: msg('col.norm_pct'), kind: 'pct' },
  { key: 'deviation_pp', title: msg('col.deviation_pp'), kind: 'pp' },
  { key: 'code', title: msg('col.code'), kind: 'text', rowKey: true },
  { key: 'title', title: msg('col.title'), kind: 'text', localized: true, peopleOnly: true },
  { key: 'salary', title: msg('col.salary'), kind: 'money' },
  { key: 'floor', title: msg('col.floor'), kind: 'money' },
  { key: 'verdict', title: msg('col.verdict'), kind: 'text', tones: VERDICT_TONES, translate: true },
];

const EMPTY_CHECK: Row = Object.fromEntries(CHECK_COLUMNS.map((c) => [c.key, null]));

const CHECK_SUMMARY: Column[] = [
  { key: 'pairs', title: msg('col.pairs'), kind: 'int' },
  { key: 'ok', title: msg('col.ok'), kind: 'int' },
  { key: 'violations', title: msg('col.violations'), kind: 'int' },
  { key: 'inversions', title: msg('col.inversions'), kind: 'int' },
  { key: 'unchecked', title: msg('col.unchecked'), kind: 'int' },
  { key: 'below_floor', title: msg('col.below_floor'), kind: 'int' },
  { key: 'floor', title: msg('col.floor'), kind: 'money' },
];

const PROPOSAL_SUMMARY: Column[] = [
  { key: 'categories', title: msg('col.categories'), kind: 'int' },
  { key: 'raised', title: msg('col.raised'), kind: 'int' },
  { key: 'largest_raise_pct', title: msg('col.largest_raise_pct'), kind: 'pct' },
  { key: 'floor', title: msg('col.floor'), kind: 'money' },
];

/** How the grid is checked: the options of `kzpay gaps`, and the floor they come to. */
export interface GapsRules {
  basis: Basis;
  norms: StepNorms;
  tolerance: Dec;
  floor: Floor;
}

/** The floor checked against, and how it was chosen. */
export interface Floor {
  value?: Dec;
  /** The assumption line that says where it came from. */
  text: Phrase;
}

const money = (value: Dec): Num => ({ value, kind: 'money' });
const pct = (value: Dec): Num => ({ value, kind: 'pct' });

/** The floor for --floor auto|off|AMOUNT: with auto, the minimum wage in force at the grid date, if any. */
export function resolveFloor(choice: 'auto' | 'off' | Dec, params: () => readonly ParamValue[], date: CalDate): Floor {
  if (choice === 'off') return { text: msg('a.floor_off') };
  if (choice !== 'auto') return { value: choice, text: msg('a.floor_option', { floor: money(choice) }) };
  const wage = minWageAt(params(), date);
  if (wage === undefined) return { text: msg('a.floor_none', { date: onDate(date) }) };
  const args = { floor: money(wage.value), date: onDate(date), effective: sinceDate(wage.effective) };
  return {
    value: wage.value,
    text: wage.source
      ? msg('a.floor_wage_source', { ...args, source: dataText(wage.source) })
      : msg('a.floor_wage', args),
  };
}

function ruleAssumptions(r: GapsRules, p: Provenance, embeddedGrid: boolean): Phrase[] {
  const out: Phrase[] = [
    ...dataSetAssumptions(p),
    msg('a.basis', { basis: r.basis }),
    msg('a.steps', { within: exact(r.norms.within), between: exact(r.norms.between) }),
    msg('a.levels'),
    r.floor.text,
  ];
  if (embeddedGrid) out.push(msg('a.embedded_tiers'));
  return out;
}

function pairName(p: { upper: string; lower: string }): string {
  return `${p.upper}/${p.lower}`;
}

/** What a page of gaps adds to the report: whether to chart the steps (html). */
export interface GapsPage {
  chart: boolean;
}

const STEP_TONES: Record<PairCheck['verdict'], 'good' | 'bad' | 'warn'> = {
  ok: 'good',
  violation: 'bad',
  inversion: 'bad',
  unchecked: 'warn',
};

/**
 * Each adjacent pair's step against its norm (html): a bar a pair, its norm a mark on it, coloured by its verdict;
 * with `proposed` (the proposal's steps, by pair), today's step and the proposed one side by side.
 */
export function stepChart(pairs: readonly PairCheck[], proposed?: readonly PairCheck[]): BarChart {
  const after = new Map(proposed?.map((c) => [pairName(c), c]));
  const norms = pairs.map((c) => after.get(pairName(c))?.normPct ?? c.normPct ?? null);
  return {
    type: 'bars',
    title: msg(proposed ? 'chart.steps_proposed' : 'chart.steps'),
    kind: 'pct',
    groups: pairs.map(pairName),
    series: proposed
      ? [
          { name: msg('chart.step_today'), values: pairs.map((c) => c.stepPct ?? null) },
          { name: msg('chart.step_proposed'), values: pairs.map((c) => after.get(pairName(c))?.stepPct ?? null) },
        ]
      : [{ name: msg('chart.step'), values: pairs.map((c) => c.stepPct ?? null) }],
    marks: { name: msg('chart.norm'), values: norms },
    tones: proposed ? undefined : pairs.map((c) => STEP_TONES[c.verdict]),
  };
}

/** `kzpay gaps` as a report of checks: a row per adjacent pair and per category below the floor, and the reading. */
export function checkReport(
  report: GapsReport,
  r: GapsRules,
  p: Provenance,
  embeddedGrid: boolean,
  page?: GapsPage,
): Report {
  const rows = [
    ...report.pairs.map((c) => ({
      ...EMPTY_CHECK,
      block: c.block,
      upper: c.upper,
      lower: c.lower,
      upper_salary: c.upperSalary ?? null,
      lower_salary: c.lowerSalary ?? null,
      step_pct: c.stepPct ?? null,
      kind: c.kind,
      norm_pct: c.normPct ?? null,
      deviation_pp: c.deviationPp ?? null,
      verdict: c.verdict,
    })),
    ...report.belowFloor.map((f) => ({
      ...EMPTY_CHECK,
      block: f.block,
      code: f.code,
      ...titleCells(f.category),
      salary: f.salary,
      floor: f.floor,
      verdict: f.verdict,
    })),
  ];
  const sum = report.summary;
  return {
    command: 'gaps',
    kind: 'check',
    heading: msg('page.title.gaps'),
    chart: page?.chart ? stepChart(report.pairs) : undefined,
    columns: CHECK_COLUMNS,
    rows,
    summary: {
      columns: CHECK_SUMMARY,
      values: {
        pairs: sum.pairs,
        ok: sum.ok,
        violations: sum.violations,
        inversions: sum.inversions,
        unchecked: sum.unchecked,
        below_floor: sum.belowFloor,
        floor: r.floor.value ?? null,
      },
    },
    assumptions: [
      ...ruleAssumptions(r, p, embeddedGrid),
      msg('a.tolerance', { tolerance: exact(r.tolerance) }),
      ...(r.floor.value !== undefined && r.basis === 'max' ? [msg('a.floor_max')] : []),
    ],
    inputs: p.inputs,
    notes: [readingOf(report, r)],
  };
}

/** Why `--strict` fails, or undefined when every row is ok. */
export function strictFailure(report: GapsReport): string | undefined {
  const s = report.summary;
  const notOk = s.pairs - s.ok + s.belowFloor;
  if (notOk === 0) return undefined;
  const parts = [
    [s.violations, s.violations === 1 ? 'violation' : 'violations'],
    [s.inversions, s.inversions === 1 ? 'inversion' : 'inversions'],
    [s.unchecked, 'unchecked'],
    [s.belowFloor, 'below the floor'],
  ] as const;
  const what = parts.filter(([n]) => n > 0).map(([n, w]) => `${n} ${w}`);
  return `--strict: ${notOk} ${notOk === 1 ? 'row is' : 'rows are'} not ok (${what.join(', ')})`;
}

const LEVEL = { within: msg('r.level.within'), between: msg('r.level.between') } as const;

/** `A-1/A-2 (A-2 has no tier), ...`: pairs with the reason each was left. */
function pairsWithReasons(pairs: readonly { upper: string; lower: string; reason?: Msg }[]): Part[] {
  return joinParts(
    pairs.map((c) => msg('r.pair_reason', { pair: pairName(c), reason: c.reason ?? '' })),
    ', ',
  );
}

/** The paragraph under the table: how many steps hold, how far each kind of step strays, which are furthest off. */
function readingOf(report: GapsReport, r: GapsRules): Phrase {
  const sum = report.summary;
  const checked = sum.ok + sum.violations + sum.inversions;
  const out: Msg[] = [];
  if (sum.pairs === 0) out.push(msg('r.no_pairs'));
  else {
    const present = (['within', 'between'] as const)
      .map((kind) => {
        const all = report.pairs.filter((c) => c.kind === kind && c.stepPct !== undefined);
        const norm = kind === 'within' ? r.norms.within : r.norms.between;
        return { kind, all, ok: all.filter((c) => c.verdict === 'ok').length, norm };
      })
      .filter((k) => k.all.length > 0);
    if (checked === 0) out.push(msg('r.none_checked'));
    else {
      const counts = present.map((k) =>
        msg('r.kind_count', { ok: k.ok, all: k.all.length, level: LEVEL[k.kind], norm: exact(k.norm) }),
      );
      const args = { ok: sum.ok, checked, tolerance: exact(r.tolerance) };
      out.push(counts.length ? msg('r.hold_kinds', { ...args, counts: joinParts(counts, ', ') }) : msg('r.hold', args));
    }
    const spans = present
      .filter((k) => k.all.length > 1)
      .map((k) => {
        const steps = k.all.map((c) => c.stepPct!).sort((a, b) => a.cmp(b));
        const [low, high] = [steps[0], steps[steps.length - 1]];
        return low.toFixed(2) === high.toFixed(2)
          ? msg('r.span_all', { level: LEVEL[k.kind], pct: pct(low) })
          : msg('r.span', { level: LEVEL[k.kind], low: pct(low), high: pct(high) });
      });
    if (spans.length > 0) out.push(msg('r.spans', { spans: joinParts(spans, '; ') }));
    const off = report.pairs
      .filter((c): c is PairCheck & { deviationPp: Dec } => c.verdict !== 'ok' && c.deviationPp !== undefined)
      .sort((a, b) => b.deviationPp.abs().cmp(a.deviationPp.abs()));
    if (off.length > 0) {
      const shown = off.slice(0, 3).map((c) =>
        msg('r.off_item', {
          pair: pairName(c),
          step: pct(c.stepPct!),
          norm: exact(c.normPct!),
          sign: c.deviationPp.isNegative() ? '' : '+',
          deviation: { value: c.deviationPp, kind: 'pp' },
        }),
      );
      const short = off.filter((c) => c.deviationPp.isNegative()).length;
      out.push(msg('r.off', { items: joinParts(shown, '; '), count: off.length, short, above: off.length - short }));
    }
    const inverted = report.pairs.filter((c) => c.verdict === 'inversion');
    if (inverted.length > 0) out.push(msg('r.inverted', { pairs: inverted.map(pairName).join(', ') }));
    const unchecked = report.pairs.filter((c) => c.verdict === 'unchecked');
    if (unchecked.length > 0) out.push(msg('r.unchecked', { pairs: pairsWithReasons(unchecked) }));
  }
  if (report.singleBlocks.length > 0) {
    const names = report.singleBlocks.map((b) =>
      b === '' ? msg('r.the_grid') : msg('r.block', { block: dataText(b) }),
    );
    out.push(msg('r.single', { names: joinParts(names, ', '), count: names.length }));
  }
  const floor = r.floor.value;
  if (floor !== undefined) {
    const below = report.belowFloor;
    if (below.length === 0) out.push(msg('r.floor_none', { floor: money(floor) }));
    else {
      const list = below.map((f) => msg('r.code_amount', { code: f.code, amount: money(f.salary) }));
      out.push(msg('r.floor_below', { count: below.length, floor: money(floor), list: joinParts(list, ', ') }));
    }
    const without = report.withoutBasis;
    if (without.length > 0) {
      out.push(msg('r.no_basis_floor', { codes: without.join(', '), count: without.length, basis: r.basis }));
    }
  }
  return joinParts(out, ' ');
}

/** The yearly cost of a proposal, per code and in total, for a staffing table. */
export interface ProposalCost {
  year: number;
  staffing: string;
  byCode: Map<string, { headcount: number; cost: Dec }>;
  total: Dec;
}

/** Columns a proposal adds to the grid's own; a grid proposed before carries them already: replaced, not repeated. */
function proposalColumns(basis: Basis, withCost: boolean): Column[] {
  return [
    { key: `old_${basis}`, title: msg('col.old', { basis }), kind: 'money' },
    { key: 'raise_pct', title: msg('col.raise_pct'), kind: 'pct' },
    ...(withCost
      ? ([
          { key: 'headcount', title: msg('col.people'), kind: 'int' },
          { key: 'yearly_cost', title: msg('col.yearly_cost'), kind: 'money' },
        ] as Column[])
      : []),
  ];
}

/** `kzpay gaps --propose` as a report: the proposed grid in the grid's own columns, its raises and its cost. */
export function proposalReport(
  proposal: Proposal,
  mode: ProposeMode,
  r: GapsRules,
  p: Provenance & { embeddedGrid: boolean; gridLabel: string },
  cost?: ProposalCost,
  page?: GapsPage & { steps?: { today: readonly PairCheck[]; proposed: readonly PairCheck[] } },
): Report {
  const oldKey = `old_${r.basis}`;
  const added = proposalColumns(r.basis, cost !== undefined);
  const replaced = [...proposalColumns('min', true), ...proposalColumns('max', true)].map((c) => c.key);
  const columns: Column[] = [...gridColumns(proposal.grid, replaced), ...added];
  const rows = proposal.categories.map((c) => ({
    ...gridRow(c.proposed),
    [oldKey]: c.oldBasis ?? null,
    raise_pct: c.raisePct ?? null,
    ...(cost
      ? {
          headcount: cost.byCode.get(c.proposed.code)?.headcount ?? 0,
          yearly_cost: cost.byCode.get(c.proposed.code)?.cost ?? ZERO,
        }
      : {}),
  }));
  const raised = proposal.categories.filter((c) => c.raisePct?.gt(0));
  const largest = raised.reduce<(typeof raised)[number] | undefined>(
    (best, c) => (best === undefined || c.raisePct!.gt(best.raisePct!) ? c : best),
    undefined,
  );
  const reading: Msg[] = [
    largest === undefined
      ? msg('p.none')
      : msg('p.raised', {
          raised: raised.length,
          count: proposal.categories.length,
          code: largest.proposed.code,
          pct: pct(largest.raisePct!),
          old: money(largest.oldBasis!),
          new: money(basisSalary(largest.proposed, r.basis)!),
        }),
  ];
  if (proposal.unset.length > 0) reading.push(msg('p.unset', { pairs: pairsWithReasons(proposal.unset) }));
  const kept = proposal.categories.filter((c) => c.oldBasis === undefined).map((c) => c.proposed.code);
  if (kept.length > 0) reading.push(msg('p.kept', { codes: kept.join(', '), count: kept.length, basis: r.basis }));
  const other = r.basis === 'min' ? 'max' : 'min';
  const floor = r.floor.value;
  return {
    command: 'gaps',
    kind: 'proposal',
    heading: msg('page.title.gaps_proposal'),
    chart: page?.chart && page.steps ? stepChart(page.steps.today, page.steps.proposed) : undefined,
    columns,
    rows,
    summary: {
      columns: cost
        ? [
            ...PROPOSAL_SUMMARY,
            { key: 'yearly_cost', title: msg('col.yearly_cost_year', { year: cost.year }), kind: 'money' },
          ]
        : PROPOSAL_SUMMARY,
      values: {
        categories: proposal.categories.length,
        raised: raised.length,
        largest_raise_pct: largest?.raisePct ?? null,
        floor: floor ?? null,
        ...(cost ? { yearly_cost: cost.total } : {}),
      },
    },
    assumptions: [
      ...ruleAssumptions(r, p, p.embeddedGrid),
      msg('a.proposal', {
        mode,
        grid: p.gridLabel,
        what: msg(mode === 'exact' ? 'a.proposal.exact' : 'a.proposal.shortfall'),
      }),
      msg('a.proposal_rounding', { basis: r.basis, other }),
      msg(cost ? 'a.proposal_columns_cost' : 'a.proposal_columns', { old: oldKey, basis: r.basis }),
      ...(r.basis === 'max' && floor !== undefined ? [msg('a.proposal_max')] : []),
      ...(cost ? [msg('a.proposal_cost', { staffing: cost.staffing, year: cost.year })] : []),
    ],
    inputs: p.inputs,
    notes: [joinParts(reading, ' ')],
  };
}
