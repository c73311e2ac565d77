import { gridTitle } from '../core/assumptions.js';
import { CheckFailed, UsageError } from '../core/errors.js';
import { computeGapsReport } from '../core/gaps-report.js';
import { checkReport, proposalReport, resolveFloor, strictFailure } from '../core/gaps-view.js';
import type { Dec } from '../core/money.js';
import { proposeGrid } from '../core/propose-grid.js';
import type { CommandRun } from '../run/command.js';
import { emit } from '../run/emit.js';
import { proposalCost } from '../run/fund.js';
import { checkChart, gridDate, makeSettings, provenance } from '../run/settings.js';
import { countOption, given, oneOf, percentOption, text } from '../run/values.js';
import { parseNumber, type DecimalMode } from '../io/numbers.js';

/** Reads gaps' options, checks the grid or proposes one (and costs it), writes the report. */
export const runGaps: CommandRun = async (_args, opts, env) => {
  const staffing = text(opts.staffing);
  const s = makeSettings(opts, env, { staffing });
  const basis = oneOf('--basis', given(opts, 'basis'), ['min', 'max'] as const);
  const norms = {
    within: norm('--within', given(opts, 'within'), s.decimal),
    between: norm('--between', given(opts, 'between'), s.decimal),
  };
  const tolerance = countOption('--tolerance', given(opts, 'tolerance'), s.decimal);
  const mode =
    opts.propose === undefined || opts.propose === false
      ? undefined
      : opts.propose === true
        ? 'shortfall'
        : oneOf('--propose', text(opts.propose) ?? '', ['shortfall', 'exact'] as const);
  if (mode !== undefined && opts.strict) {
    throw new UsageError(
      '--strict checks the grid as it is; it does not go with --propose (write the proposal with -o and run ' +
        'gaps --strict --grid on it; a shortfall proposal may keep steps above their norm, --propose exact passes)',
    );
  }
  if (mode === undefined && staffing !== undefined)
    throw new UsageError('--staffing costs a proposal: it goes with --propose');
  const floorChoice = floorOption(given(opts, 'floor'), s.decimal);
  if (opts.seniorityFile !== undefined && staffing === undefined) {
    throw new UsageError('--seniority places the staffing rows of --propose --staffing: it goes with --staffing');
  }
  if (opts.params !== undefined && floorChoice !== 'auto') {
    throw new UsageError('--params gives the minimum wage of --floor auto: it does not go with another --floor');
  }
  if (opts.gridDate !== undefined && floorChoice !== 'auto' && staffing === undefined) {
    throw new UsageError('--grid-date picks the minimum wage of --floor auto (and the year --staffing costs)');
  }
  const grid = s.data.grid();
  const date = gridDate(s);
  const floor = resolveFloor(floorChoice, () => s.data.params(), date.date);
  const rules = { basis, norms, tolerance, floor };
  const embeddedGrid = s.data.inputs.grid?.endsWith('(embedded)') === true;
  const page = { chart: checkChart(s, false) };

  if (mode !== undefined) {
    const proposal = proposeGrid({ grid, basis, norms, floor: floor.value, mode });
    const cost = staffing === undefined ? undefined : await proposalCost(s, grid, proposal.grid, date.date);
    const p = provenance(s, [
      'grid',
      ...(s.data.inputs.params ? ['params' as const] : []),
      ...(cost ? ['staffing' as const] : []),
    ]);
    // A page charts today's steps and the proposal's, each checked as the grid is.
    const check = (g: typeof grid) => computeGapsReport({ grid: g, basis, norms, tolerance, floor: floor.value }).pairs;
    const steps = page.chart ? { today: check(grid), proposed: check(proposal.grid) } : undefined;
    const about = { ...p, embeddedGrid, gridLabel: s.data.label('grid') };
    const report = proposalReport(proposal, mode, rules, about, cost, { ...page, steps });
    await emit({ ...report, title: gridTitle(date.date) }, s);
    return;
  }
  const report = computeGapsReport({ grid, basis, norms, tolerance, floor: floor.value });
  const check = checkReport(
    report,
    rules,
    provenance(s, s.data.inputs.params ? ['grid', 'params'] : ['grid']),
    embeddedGrid,
    page,
  );
  await emit({ ...check, title: gridTitle(date.date) }, s);
  const failure = opts.strict ? strictFailure(report) : undefined;
  if (failure) throw new CheckFailed(failure);
};

/** A step norm in percent, e.g. 12 or 12,5%; above 0. */
function norm(option: string, value: string, decimal: DecimalMode): Dec {
  const pct = percentOption(option, value, decimal);
  if (pct.lte(0)) throw new UsageError(`${option} must be a step above 0%, not "${value}"`);
  return pct;
}

/** --floor: auto, off, or an amount in tenge above 0; checked before any data is read. */
function floorOption(value: string, decimal: DecimalMode): 'auto' | 'off' | Dec {
  if (value === 'auto' || value === 'off') return value;
  const amount = parseNumber(value, decimal);
  if (!amount.ok || amount.value.lte(0)) {
    throw new UsageError(`--floor must be auto, off or an amount above 0 in tenge, not "${value}"`);
  }
  return amount.value;
}
