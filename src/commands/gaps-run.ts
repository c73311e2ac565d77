import { CheckFailed, UsageError } from '../core/errors.js';
import { formatDate } from '../core/dates.js';
import { Dec } from '../core/money.js';
import type { Grid } from '../core/data.js';
import { fundChange } from '../core/fund-report.js';
import type { StreamSource } from '../io/load.js';
import {
  basisSalary,
  computeGapsReport,
  minWageAt,
  type Basis,
  type GapsReport,
  type PairCheck,
  type StepNorms,
} from '../core/gaps-report.js';
import { proposeGrid, type Proposal, type ProposeMode } from '../core/propose-grid.js';
import type { Column, Report, Row } from '../core/report.js';
import { parseNumber, parsePercent } from '../io/numbers.js';
import { formatCell } from '../render/format.js';
import { dataAssumptions, decimalOption, emit, makeContext, oneOf, type Context, type RunEnv } from './context.js';
import type { GapsOptions } from './gaps.js';
import { gridColumns, gridRow } from './grid-rows.js';

const VERDICT_TONES: Column['tones'] = {
  ok: 'good',
  violation: 'bad',
  inversion: 'bad',
  'below-floor': 'bad',
  unchecked: 'warn',
};

/** Pair rows and floor rows share one header; a cell that does not apply to a row's check stays empty. */
const CHECK_COLUMNS: Column[] = [
  { key: 'block', title: 'block', kind: 'text' },
  { key: 'upper', title: 'upper', kind: 'text', rowKey: true },
  { key: 'lower', title: 'lower', kind: 'text', rowKey: true },
  { key: 'upper_salary', title: 'upper sal.', kind: 'money' },
  { key: 'lower_salary', title: 'lower sal.', kind: 'money' },
  { key: 'step_pct', title: 'step %', kind: 'pct' },
  { key: 'kind', title: 'kind', kind: 'text', tones: { unchecked: 'warn' } },
  { key: 'norm_pct', title: 'norm %', kind: 'pct' },
  { key: 'deviation_pp', title: 'dev. pp', kind: 'pp' },
  { key: 'code', title: 'code', kind: 'text', rowKey: true },
  { key: 'salary', title: 'salary', kind: 'money' },
  { key: 'floor', title: 'floor', kind: 'money' },
  { key: 'verdict', title: 'verdict', kind: 'text', tones: VERDICT_TONES, rowKey: true },
];

const EMPTY_CHECK: Row = Object.fromEntries(CHECK_COLUMNS.map((c) => [c.key, null]));

const CHECK_SUMMARY: Column[] = [
  { key: 'pairs', title: 'pairs', kind: 'int' },
  { key: 'ok', title: 'ok', kind: 'int' },
  { key: 'violations', title: 'violations', kind: 'int' },
  { key: 'inversions', title: 'inversions', kind: 'int' },
  { key: 'unchecked', title: 'unchecked', kind: 'int' },
  { key: 'below_floor', title: 'below floor', kind: 'int' },
  { key: 'floor', title: 'floor', kind: 'money' },
];

const PROPOSAL_SUMMARY: Column[] = [
  { key: 'categories', title: 'categories', kind: 'int' },
  { key: 'raised', title: 'raised', kind: 'int' },
  { key: 'largest_raise_pct', title: 'largest raise %', kind: 'pct' },
  { key: 'floor', title: 'floor', kind: 'money' },
];

interface GapsSettings {
  basis: Basis;
  norms: StepNorms;
  tolerance: Dec;
  floor?: Dec;
  /** How the floor was chosen, for the assumptions. */
  floorText: string;
}

export async function runGaps(opts: GapsOptions, run: RunEnv): Promise<void> {
  const ctx = makeContext(opts, run, { staffing: opts.staffing });
  const basis = oneOf('--basis', opts.basis ?? 'min', ['min', 'max'] as const);
  const norms = {
    within: normOption('--within', opts.within ?? '12', ctx),
    between: normOption('--between', opts.between ?? '32', ctx),
  };
  const tolerance = decimalOption('--tolerance', opts.tolerance ?? '1', ctx.decimal);
  if (tolerance.isNegative()) throw new UsageError(`--tolerance must not be negative, not "${opts.tolerance}"`);
  const mode: ProposeMode | undefined =
    opts.propose === undefined || opts.propose === false
      ? undefined
      : opts.propose === true
        ? 'shortfall'
        : oneOf('--propose', opts.propose, ['shortfall', 'exact'] as const);
  if (mode !== undefined && opts.strict)
    throw new UsageError(
      '--strict checks the grid as it is; it does not go with --propose (write the proposal with -o and run gaps --strict --grid on it; a shortfall proposal may keep steps above their norm, --propose exact passes)',
    );
  if (mode === undefined && opts.staffing !== undefined)
    throw new UsageError('--staffing costs a proposal: it goes with --propose');
  const floorChoice = floorOption(opts.floor ?? 'auto', ctx);
  const grid = ctx.data.grid();
  const settings: GapsSettings = { basis, norms, tolerance, ...resolveFloor(floorChoice, ctx) };

  if (mode !== undefined) {
    const proposal = proposeGrid({ grid, basis, norms, floor: settings.floor, mode });
    const cost = opts.staffing === undefined ? undefined : await proposalCost(ctx, grid, proposal.grid, opts.delimiter);
    await emit(proposalReport(proposal, mode, settings, ctx, cost), ctx);
    return;
  }
  const report = computeGapsReport({ grid, basis, norms, tolerance, floor: settings.floor });
  await emit(checkReport(report, settings, ctx), ctx);
  const s = report.summary;
  const notOk = s.pairs - s.ok + s.belowFloor;
  if (opts.strict && notOk > 0) {
    const parts = [
      [s.violations, s.violations === 1 ? 'violation' : 'violations'],
      [s.inversions, s.inversions === 1 ? 'inversion' : 'inversions'],
      [s.unchecked, 'unchecked'],
      [s.belowFloor, 'below the floor'],
    ] as const;
    const what = parts.filter(([n]) => n > 0).map(([n, w]) => `${n} ${w}`);
    throw new CheckFailed(`--strict: ${notOk} ${notOk === 1 ? 'row is' : 'rows are'} not ok (${what.join(', ')})`);
  }
}

/** A step norm in percent, e.g. 12 or 12,5%; above 0. */
function normOption(option: string, value: string, ctx: Context): Dec {
  const r = parsePercent(value, ctx.decimal, false);
  if (!r.ok) throw new UsageError(`${option}: ${r.problem} (expected a step in percent such as 12 or 12.5%)`);
  if (r.value.low.lte(0)) throw new UsageError(`${option} must be a step above 0%, not "${value}"`);
  return r.value.low;
}

/** --floor: auto, off, or an amount in tenge above 0; checked before any data is read. */
function floorOption(value: string, ctx: Context): 'auto' | 'off' | Dec {
  if (value === 'auto' || value === 'off') return value;
  const amount = parseNumber(value, ctx.decimal);
  if (!amount.ok || amount.value.lte(0))
    throw new UsageError(`--floor must be auto, off or an amount above 0 in tenge, not "${value}"`);
  return amount.value;
}

/** The floor to check against: with auto, the minimum wage in force at the as-of date, if the params have one. */
function resolveFloor(choice: 'auto' | 'off' | Dec, ctx: Context): { floor?: Dec; floorText: string } {
  if (choice === 'off') return { floorText: 'no minimum-wage floor (--floor off)' };
  if (choice !== 'auto') return { floor: choice, floorText: `floor: ${money(choice)} (--floor)` };
  const wage = minWageAt(ctx.data.params(), ctx.asOf);
  if (wage === undefined)
    return { floorText: `no minimum wage in force on ${formatDate(ctx.asOf)} in the params: the floor is not checked` };
  const source = wage.source ? `, ${wage.source}` : '';
  return {
    floor: wage.value,
    floorText: `floor: the minimum wage of ${money(wage.value)} in force on ${formatDate(ctx.asOf)} (effective ${formatDate(wage.effective)}${source}; --floor to change)`,
  };
}

function money(value: Dec): string {
  return formatCell(value, 'money', 'human');
}

function pct(value: Dec): string {
  return formatCell(value, 'pct', 'human');
}

function ruleAssumptions(s: GapsSettings, ctx: Context): string[] {
  const out = [
    ...dataAssumptions(ctx, ctx.data.inputs.params ? ['grid', 'params'] : ['grid']),
    `basis: the ${s.basis} salary column (--basis)`,
    `steps of the 2004 methodology: ${s.norms.within.toString()}% between adjacent posts within a management level, ${s.norms.between.toString()}% between levels (--within, --between); a step is upper / lower − 1`,
    "management level (within or between) from the grid's tier column: within when both tiers are equal, between when they differ",
    s.floorText,
  ];
  if (ctx.data.inputs.grid?.endsWith('(embedded)'))
    out.push("the embedded grid's tiers are an assumption of that data set (see `kzpay data grid`)");
  return out;
}

function pairName(p: { upper: string; lower: string }): string {
  return `${p.upper}/${p.lower}`;
}

function checkReport(report: GapsReport, s: GapsSettings, ctx: Context): Report {
  const rows = [
    ...report.pairs.map((p) => ({
      ...EMPTY_CHECK,
      block: p.block,
      upper: p.upper,
      lower: p.lower,
      upper_salary: p.upperSalary ?? null,
      lower_salary: p.lowerSalary ?? null,
      step_pct: p.stepPct ?? null,
      kind: p.kind,
      norm_pct: p.normPct ?? null,
      deviation_pp: p.deviationPp ?? null,
      verdict: p.verdict,
    })),
    ...report.belowFloor.map((f) => ({
      ...EMPTY_CHECK,
      block: f.block,
      code: f.code,
      salary: f.salary,
      floor: f.floor,
      verdict: f.verdict,
    })),
  ];
  const sum = report.summary;
  return {
    command: 'gaps',
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
        floor: s.floor ?? null,
      },
    },
    assumptions: [
      ...ruleAssumptions(s, ctx),
      `a step is ok when it is within ${s.tolerance.toString()} pp of its norm (--tolerance); an inversion when the upper post is paid no more than the lower`,
      ...(s.floor !== undefined && s.basis === 'max'
        ? ['the floor is compared with the max column (the basis); min salaries are not checked against it']
        : []),
    ],
    inputs: ctx.data.inputs,
    notes: [readingOf(report, s)],
  };
}

/** The paragraph under the table: how many steps hold, how far each kind of step strays, which pairs are furthest off. */
function readingOf(report: GapsReport, s: GapsSettings): string {
  const sum = report.summary;
  const checked = sum.ok + sum.violations + sum.inversions;
  const out: string[] = [];
  if (sum.pairs === 0) out.push('No block has two categories, so there is no step to check.');
  else {
    const byKind = (['within', 'between'] as const).map((kind) => {
      const all = report.pairs.filter((p) => p.kind === kind && p.stepPct !== undefined);
      const norm = kind === 'within' ? s.norms.within : s.norms.between;
      return { kind, all, ok: all.filter((p) => p.verdict === 'ok').length, norm };
    });
    const label = (kind: 'within' | 'between') => (kind === 'within' ? 'within a management level' : 'between levels');
    const present = byKind.filter((k) => k.all.length > 0);
    out.push(
      checked === 0
        ? 'No step could be checked against a norm.'
        : `${sum.ok} of ${checked} ${checked === 1 ? 'step holds its' : 'steps hold their'} norm within ${s.tolerance.toString()} pp${present.length === 0 ? '' : ': ' + present.map((k) => `${k.ok} of ${k.all.length} ${label(k.kind)} (${k.norm.toString()}%)`).join(', ')}.`,
    );
    const spans = present
      .filter((k) => k.all.length > 1)
      .map((k) => {
        const steps = k.all.map((p) => p.stepPct!).sort((a, b) => a.cmp(b));
        const [low, high] = [pct(steps[0]), pct(steps[steps.length - 1])];
        return low === high ? `${label(k.kind)} all at ${low}%` : `${label(k.kind)} from ${low}% to ${high}%`;
      });
    if (spans.length > 0) out.push(`The steps run ${spans.join('; ')}.`);
    const off = report.pairs
      .filter((p): p is PairCheck & { deviationPp: Dec } => p.verdict !== 'ok' && p.deviationPp !== undefined)
      .sort((a, b) => b.deviationPp.abs().cmp(a.deviationPp.abs()));
    if (off.length > 0) {
      const shown = off
        .slice(0, 3)
        .map(
          (p) =>
            `${pairName(p)} ${pct(p.stepPct!)}% against ${p.normPct!.toString()}% (${p.deviationPp.isNegative() ? '' : '+'}${formatCell(p.deviationPp, 'pp', 'human')} pp)`,
        );
      const short = off.filter((p) => p.deviationPp.isNegative()).length;
      out.push(
        `Furthest off: ${shown.join('; ')}; of the ${off.length} ${off.length === 1 ? 'step' : 'steps'} off the norm, ${short} ${short === 1 ? 'is' : 'are'} short of it and ${off.length - short} above it.`,
      );
    }
    const inverted = report.pairs.filter((p) => p.verdict === 'inversion');
    if (inverted.length > 0)
      out.push(`Inverted (the upper post paid no more than the one below): ${inverted.map(pairName).join(', ')}.`);
    const unchecked = report.pairs.filter((p) => p.verdict === 'unchecked');
    if (unchecked.length > 0)
      out.push(`Not checked: ${unchecked.map((p) => `${pairName(p)} (${p.reason})`).join(', ')}.`);
  }
  if (report.singleBlocks.length > 0) {
    const names = report.singleBlocks.map((b) => (b === '' ? 'The grid' : `Block "${b}"`));
    out.push(`${names.join(', ')} ${names.length === 1 ? 'has' : 'have'} a single category: no step to check.`);
  }
  if (s.floor !== undefined) {
    const below = report.belowFloor;
    out.push(
      below.length === 0
        ? `No category is below the floor of ${money(s.floor)}.`
        : `${below.length} ${below.length === 1 ? 'category is' : 'categories are'} below the floor of ${money(s.floor)}: ${below.map((f) => `${f.code} (${money(f.salary)})`).join(', ')}.`,
    );
    if (report.withoutBasis.length > 0)
      out.push(
        `${report.withoutBasis.join(', ')} ${report.withoutBasis.length === 1 ? 'has' : 'have'} no ${s.basis}: not checked against the floor.`,
      );
  }
  return out.join(' ');
}

/** The yearly cost of a proposal: the fund of a staffing table with the proposed grid minus with today's. */
interface ProposalCost {
  year: number;
  staffing: string;
  byCode: Map<string, { headcount: number; cost: Dec }>;
  total: Dec;
}

/** Runs `fund`'s computation on the staffing table twice, once per grid, grouped by code, for the as-of year. */
async function proposalCost(
  ctx: Context,
  today: Grid,
  proposed: Grid,
  delimiter: string | undefined,
): Promise<ProposalCost> {
  const { fundOf } = await import('./fund-run.js');
  const year = ctx.asOf.year;
  const settings = {
    by: 'code' as const,
    savings: 'auto' as const,
    medical: new Dec(2),
    bonus: new Dec(2),
    fromYear: year,
    toYear: year,
    thousands: false,
  };
  const first = ctx.data.open('staffing');
  // Standard input can be read only once: keep it for the second pass. A file is simply streamed twice.
  let second: StreamSource;
  if (ctx.data.label('staffing') === '<stdin>') {
    const chunks: string[] = [];
    for await (const chunk of first.chunks) chunks.push(chunk);
    first.chunks = replay(chunks);
    second = { ...first, chunks: replay(chunks) };
  } else {
    second = ctx.data.open('staffing');
  }
  const before = await fundOf(ctx, first, today, settings, delimiter);
  const after = await fundOf(ctx, second, proposed, settings, delimiter);
  const byCode = new Map(
    [...fundChange(before.rows, after.rows)].map(([code, c]) => [
      code,
      { headcount: Number(c.headcount), cost: c.cost },
    ]),
  );
  ctx.data.comments.staffing = before.staffing.comments;
  return { year, staffing: ctx.data.label('staffing'), byCode, total: byCode.get('total')?.cost ?? new Dec(0) };
}

async function* replay(chunks: string[]): AsyncGenerator<string> {
  yield* chunks;
}

/** Columns a proposal adds to the grid's own; a grid proposed before carries them already: replaced, not repeated. */
function proposalColumns(oldKey: string, withCost: boolean): Column[] {
  return [
    { key: oldKey, title: oldKey, kind: 'money' },
    { key: 'raise_pct', title: 'raise %', kind: 'pct' },
    ...(withCost
      ? ([
          { key: 'headcount', title: 'people', kind: 'int' },
          { key: 'yearly_cost', title: 'yearly cost', kind: 'money' },
        ] as Column[])
      : []),
  ];
}

function proposalReport(
  proposal: Proposal,
  mode: ProposeMode,
  s: GapsSettings,
  ctx: Context,
  cost?: ProposalCost,
): Report {
  const oldKey = `old_${s.basis}`;
  const added = proposalColumns(oldKey, cost !== undefined);
  const columns: Column[] = [
    ...gridColumns(
      proposal.grid,
      [...proposalColumns('old_min', true), ...proposalColumns('old_max', true)].map((c) => c.key),
    ),
    ...added,
  ];
  const rows = proposal.categories.map((p) => ({
    ...gridRow(p.proposed),
    [oldKey]: p.oldBasis ?? null,
    raise_pct: p.raisePct ?? null,
    ...(cost
      ? {
          headcount: cost.byCode.get(p.proposed.code)?.headcount ?? 0,
          yearly_cost: cost.byCode.get(p.proposed.code)?.cost ?? new Dec(0),
        }
      : {}),
  }));
  const raised = proposal.categories.filter((p) => p.raisePct?.gt(0));
  const largest = raised.reduce<(typeof raised)[number] | undefined>(
    (best, p) => (best === undefined || p.raisePct!.gt(best.raisePct!) ? p : best),
    undefined,
  );
  const what =
    mode === 'exact'
      ? 'every step exactly its norm, from the lowest bottom salary of each block that lowers no one'
      : 'the smallest raises so that no step falls short of its norm, bottom of each block up: each salary = max(own, floor, the one below × (1 + norm))';
  const reading: string[] = [
    raised.length === 0
      ? 'No category needs a raise: no step with a norm falls short of it and no salary is below the floor.'
      : `${raised.length} of ${proposal.categories.length} categories get a raise, the largest ${largest!.proposed.code} +${pct(largest!.raisePct!)}% (${money(largest!.oldBasis!)} → ${money(basisSalary(largest!.proposed, s.basis)!)}); the others keep their salary.`,
  ];
  if (proposal.unset.length > 0) {
    reading.push(
      `Steps the proposal does not set: ${proposal.unset.map((u) => `${pairName(u)} (${u.reason})`).join(', ')}.`,
    );
  }
  const kept = proposal.categories.filter((p) => p.oldBasis === undefined).map((p) => p.proposed.code);
  if (kept.length > 0)
    reading.push(
      `${kept.join(', ')} ${kept.length === 1 ? 'has' : 'have'} no ${s.basis} and ${kept.length === 1 ? 'is' : 'are'} left as ${kept.length === 1 ? 'it is' : 'they are'}.`,
    );
  const other = s.basis === 'min' ? 'max' : 'min';
  return {
    command: 'gaps',
    columns,
    rows,
    summary: {
      columns: cost
        ? [...PROPOSAL_SUMMARY, { key: 'yearly_cost', title: `yearly cost ${cost.year}`, kind: 'money' }]
        : PROPOSAL_SUMMARY,
      values: {
        categories: proposal.categories.length,
        raised: raised.length,
        largest_raise_pct: largest?.raisePct ?? null,
        floor: s.floor ?? null,
        ...(cost ? { yearly_cost: cost.total } : {}),
      },
    },
    assumptions: [
      ...ruleAssumptions(s, ctx),
      `proposal (--propose ${mode}): ${what}; no salary is lowered`,
      `each new ${s.basis} salary is rounded up to whole tenge; ${other} moves by the same percentage, also rounded up`,
      ...(s.basis === 'max' && s.floor !== undefined
        ? ['min moves with max, so max is raised far enough that min also reaches the floor']
        : []),
      ...(cost
        ? [
            `yearly cost (--staffing ${cost.staffing}): the remuneration fund of ${cost.year} as kzpay fund computes it (12 + 2 medical + 2 bonus + savings salaries by group, experience held, raises by scope) with the proposed grid minus with today's; rows with their own salary cost the same under both`,
          ]
        : []),
    ],
    inputs: ctx.data.inputs,
    notes: [reading.join(' ')],
    csvComments: withNotesOf(ctx.data.comments.grid ?? [], [
      `Proposed grid: kzpay gaps --propose ${mode} --basis ${s.basis} --within ${s.norms.within.toString()} --between ${s.norms.between.toString()} --floor ${s.floor?.toString() ?? 'off'} on ${ctx.data.label('grid')}.`,
      `${oldKey} is today's ${s.basis} salary and raise_pct the raise of the proposal${cost ? `; headcount and yearly_cost its cost a year for ${cost.staffing}` : ''}; --grid ignores these columns.`,
    ]),
  };
}

/** The proposal's own comment lines, then the source notes of the grid proposed from (a proposal of a proposal keeps its history). */
function withNotesOf(gridNotes: string[], own: string[]): string[] {
  return [...own, ...gridNotes.filter((n) => !own.includes(n))];
}
