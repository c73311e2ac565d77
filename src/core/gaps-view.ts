import { dataSetAssumptions, type Provenance } from './assumptions.js';
import { formatDate, type CalDate } from './dates.js';
import type { ParamValue } from './data.js';
import { basisSalary, minWageAt, type Basis, type GapsReport, type PairCheck, type StepNorms } from './gaps-report.js';
import { gridColumns, gridRow } from './grid-rows.js';
import { ZERO, type Dec } from './money.js';
import type { Proposal, ProposeMode } from './propose-grid.js';
import type { Column, Num, Phrase, Report, Row } from './report.js';

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
  if (choice === 'off') return { text: 'no minimum-wage floor (--floor off)' };
  if (choice !== 'auto') return { value: choice, text: ['floor: ', money(choice), ' (--floor)'] };
  const wage = minWageAt(params(), date);
  if (wage === undefined) {
    return { text: `no minimum wage in force on ${formatDate(date)} in the params: the floor is not checked` };
  }
  const source = wage.source ? `, ${wage.source}` : '';
  return {
    value: wage.value,
    text: [
      'floor: the minimum wage of ',
      money(wage.value),
      ` in force on ${formatDate(date)} (effective ${formatDate(wage.effective)}${source}; --floor to change)`,
    ],
  };
}

function ruleAssumptions(r: GapsRules, p: Provenance, embeddedGrid: boolean): Phrase[] {
  const out: Phrase[] = [
    ...dataSetAssumptions(p),
    `basis: the ${r.basis} salary column (--basis)`,
    `steps of the 2004 methodology: ${r.norms.within.toString()}% between adjacent posts within a management ` +
      `level, ${r.norms.between.toString()}% between levels (--within, --between); a step is upper / lower − 1`,
    "management level (within or between) from the grid's tier column: within when both tiers are equal, " +
      'between when they differ',
    r.floor.text,
  ];
  if (embeddedGrid) out.push("the embedded grid's tiers are an assumption of that data set (see `kzpay data grid`)");
  return out;
}

function pairName(p: { upper: string; lower: string }): string {
  return `${p.upper}/${p.lower}`;
}

/** `kzpay gaps` as a report of checks: a row per adjacent pair and per category below the floor, and the reading. */
export function checkReport(report: GapsReport, r: GapsRules, p: Provenance, embeddedGrid: boolean): Report {
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
      salary: f.salary,
      floor: f.floor,
      verdict: f.verdict,
    })),
  ];
  const sum = report.summary;
  return {
    command: 'gaps',
    kind: 'check',
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
      `a step is ok when it is within ${r.tolerance.toString()} pp of its norm (--tolerance); an inversion when the ` +
        'upper post is paid no more than the lower',
      ...(r.floor.value !== undefined && r.basis === 'max'
        ? ['the floor is compared with the max column (the basis); min salaries are not checked against it']
        : []),
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

/** Joins prose and numbers with a separator, as Array.join does for strings. */
function joined(items: (string | Num)[][], separator: string): (string | Num)[] {
  return items.flatMap((item, i) => (i === 0 ? item : [separator, ...item]));
}

/** The paragraph under the table: how many steps hold, how far each kind of step strays, which are furthest off. */
function readingOf(report: GapsReport, r: GapsRules): Phrase {
  const sum = report.summary;
  const checked = sum.ok + sum.violations + sum.inversions;
  const out: (string | Num)[][] = [];
  if (sum.pairs === 0) out.push(['No block has two categories, so there is no step to check.']);
  else {
    const label = (kind: 'within' | 'between') => (kind === 'within' ? 'within a management level' : 'between levels');
    const present = (['within', 'between'] as const)
      .map((kind) => {
        const all = report.pairs.filter((c) => c.kind === kind && c.stepPct !== undefined);
        const norm = kind === 'within' ? r.norms.within : r.norms.between;
        return { kind, all, ok: all.filter((c) => c.verdict === 'ok').length, norm };
      })
      .filter((k) => k.all.length > 0);
    if (checked === 0) out.push(['No step could be checked against a norm.']);
    else {
      const counts = present.map((k) => `${k.ok} of ${k.all.length} ${label(k.kind)} (${k.norm.toString()}%)`);
      const hold = checked === 1 ? 'step holds its' : 'steps hold their';
      out.push([
        `${sum.ok} of ${checked} ${hold} norm within ${r.tolerance.toString()} pp` +
          `${counts.length ? `: ${counts.join(', ')}` : ''}.`,
      ]);
    }
    const spans = present
      .filter((k) => k.all.length > 1)
      .map((k) => {
        const steps = k.all.map((c) => c.stepPct!).sort((a, b) => a.cmp(b));
        const [low, high] = [steps[0], steps[steps.length - 1]];
        return low.toFixed(2) === high.toFixed(2)
          ? [`${label(k.kind)} all at `, pct(low), '%']
          : [`${label(k.kind)} from `, pct(low), '% to ', pct(high), '%'];
      });
    if (spans.length > 0) out.push(['The steps run ', ...joined(spans, '; '), '.']);
    const off = report.pairs
      .filter((c): c is PairCheck & { deviationPp: Dec } => c.verdict !== 'ok' && c.deviationPp !== undefined)
      .sort((a, b) => b.deviationPp.abs().cmp(a.deviationPp.abs()));
    if (off.length > 0) {
      const shown = off
        .slice(0, 3)
        .map((c) => [
          `${pairName(c)} `,
          pct(c.stepPct!),
          `% against ${c.normPct!.toString()}% (${c.deviationPp.isNegative() ? '' : '+'}`,
          { value: c.deviationPp, kind: 'pp' } as Num,
          ' pp)',
        ]);
      const short = off.filter((c) => c.deviationPp.isNegative()).length;
      const steps = off.length === 1 ? 'step' : 'steps';
      out.push([
        'Furthest off: ',
        ...joined(shown, '; '),
        `; of the ${off.length} ${steps} off the norm, ${short} ${short === 1 ? 'is' : 'are'} short of it and ` +
          `${off.length - short} above it.`,
      ]);
    }
    const inverted = report.pairs.filter((c) => c.verdict === 'inversion');
    if (inverted.length > 0) {
      out.push([`Inverted (the upper post paid no more than the one below): ${inverted.map(pairName).join(', ')}.`]);
    }
    const unchecked = report.pairs.filter((c) => c.verdict === 'unchecked');
    if (unchecked.length > 0) {
      out.push([`Not checked: ${unchecked.map((c) => `${pairName(c)} (${c.reason})`).join(', ')}.`]);
    }
  }
  if (report.singleBlocks.length > 0) {
    const names = report.singleBlocks.map((b) => (b === '' ? 'The grid' : `Block "${b}"`));
    out.push([`${names.join(', ')} ${names.length === 1 ? 'has' : 'have'} a single category: no step to check.`]);
  }
  const floor = r.floor.value;
  if (floor !== undefined) {
    const below = report.belowFloor;
    if (below.length === 0) out.push(['No category is below the floor of ', money(floor), '.']);
    else {
      const list = joined(
        below.map((f) => [`${f.code} (`, money(f.salary), ')']),
        ', ',
      );
      const are = below.length === 1 ? 'category is' : 'categories are';
      out.push([`${below.length} ${are} below the floor of `, money(floor), ': ', ...list, '.']);
    }
    const without = report.withoutBasis;
    if (without.length > 0) {
      out.push([
        `${without.join(', ')} ${without.length === 1 ? 'has' : 'have'} no ${r.basis}: not checked against the floor.`,
      ]);
    }
  }
  return joined(out, ' ');
}

/** The yearly cost of a proposal, per code and in total, for a staffing table. */
export interface ProposalCost {
  year: number;
  staffing: string;
  byCode: Map<string, { headcount: number; cost: Dec }>;
  total: Dec;
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

/** `kzpay gaps --propose` as a report: the proposed grid in the grid's own columns, its raises and its cost. */
export function proposalReport(
  proposal: Proposal,
  mode: ProposeMode,
  r: GapsRules,
  p: Provenance & { embeddedGrid: boolean; gridLabel: string },
  cost?: ProposalCost,
): Report {
  const oldKey = `old_${r.basis}`;
  const added = proposalColumns(oldKey, cost !== undefined);
  const replaced = [...proposalColumns('old_min', true), ...proposalColumns('old_max', true)].map((c) => c.key);
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
  const what =
    mode === 'exact'
      ? 'every step exactly its norm, from the lowest bottom salary of each block that lowers no one'
      : 'the smallest raises so that no step falls short of its norm, bottom of each block up: ' +
        'each salary = max(own, floor, the one below × (1 + norm))';
  const reading: (string | Num)[][] = [
    largest === undefined
      ? ['No category needs a raise: no step with a norm falls short of it and no salary is below the floor.']
      : [
          `${raised.length} of ${proposal.categories.length} categories get a raise, the largest ` +
            `${largest.proposed.code} +`,
          pct(largest.raisePct!),
          '% (',
          money(largest.oldBasis!),
          ' → ',
          money(basisSalary(largest.proposed, r.basis)!),
          '); the others keep their salary.',
        ],
  ];
  if (proposal.unset.length > 0) {
    reading.push([
      `Steps the proposal does not set: ${proposal.unset.map((u) => `${pairName(u)} (${u.reason})`).join(', ')}.`,
    ]);
  }
  const kept = proposal.categories.filter((c) => c.oldBasis === undefined).map((c) => c.proposed.code);
  if (kept.length > 0) {
    const one = kept.length === 1;
    reading.push([
      `${kept.join(', ')} ${one ? 'has' : 'have'} no ${r.basis} and ` +
        `${one ? 'is left as it is' : 'are left as they are'}.`,
    ]);
  }
  const other = r.basis === 'min' ? 'max' : 'min';
  const floor = r.floor.value;
  return {
    command: 'gaps',
    kind: 'proposal',
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
        floor: floor ?? null,
        ...(cost ? { yearly_cost: cost.total } : {}),
      },
    },
    assumptions: [
      ...ruleAssumptions(r, p, p.embeddedGrid),
      `proposal (--propose ${mode}) of ${p.gridLabel}: ${what}; no salary is lowered`,
      `each new ${r.basis} salary is rounded up to whole tenge; ${other} moves by the same percentage, also rounded up`,
      `${oldKey} is today's ${r.basis} salary and raise_pct the raise of the proposal` +
        `${cost ? '; headcount and yearly_cost its cost a year' : ''}; --grid reads the proposal back and ignores them`,
      ...(r.basis === 'max' && floor !== undefined
        ? ['min moves with max, so max is raised far enough that min also reaches the floor']
        : []),
      ...(cost
        ? [
            `yearly cost (--staffing ${cost.staffing}): the remuneration fund of ${cost.year} at the grid's salaries ` +
              '(12 + 2 medical + 2 bonus + savings salaries by group, experience held; no raises) with the proposed ' +
              "grid minus with today's; rows with their own salary cost the same under both",
          ]
        : []),
    ],
    inputs: p.inputs,
    notes: [joined(reading, ' ')],
  };
}
