import type { Raise } from '../core/data.js';
import { UsageError } from '../core/errors.js';
import { ZERO } from '../core/money.js';
import {
  applyScenario,
  parseIndexation,
  parseRaiseSpec,
  type IndexationRule,
  type Scenario,
  type ScenarioInput,
  type ScenarioRaiseSpec,
} from '../core/scenario.js';
import { parseScope } from '../io/datasets.js';
import type { OptionValues } from './command.js';
import { text } from './values.js';

/** The scenario options of salary, index and fund, checked: the raises as given, the indexation rule, --compare. */
export interface ScenarioOptions {
  specs: ScenarioRaiseSpec[];
  indexation?: IndexationRule;
  compare: boolean;
}

/** Reads --raise, --indexation and --compare; undefined when none is given. A bad value is a usage error. */
export function scenarioOptions(opts: OptionValues): ScenarioOptions | undefined {
  const raises = Array.isArray(opts.raise) ? opts.raise : [];
  const rule = text(opts.indexation);
  const compare = opts.compare === true;
  if (raises.length === 0 && rule === undefined) {
    if (compare) throw new UsageError('--compare sets a scenario beside the baseline: give --raise or --indexation');
    return undefined;
  }
  if (compare && opts.chart === true) {
    throw new UsageError('--chart draws one raise schedule: it does not go with --compare (drop one of them)');
  }
  const specs = raises.map((t): ScenarioRaiseSpec => {
    const spec = parseRaiseSpec(t);
    if (spec.problem !== undefined) throw new UsageError(`--raise: ${spec.problem}`);
    const scope = parseScope(spec.value.scopeText);
    if (scope.problem) throw new UsageError(`--raise ${t}: scope: ${scope.problem}`);
    return { ...spec.value, selectors: scope.selectors };
  });
  let indexation: IndexationRule | undefined;
  if (rule !== undefined) {
    const parsed = parseIndexation(rule);
    if (parsed.problem !== undefined) throw new UsageError(`--indexation: ${parsed.problem}`);
    const from = parsed.value.fromYear;
    if (from !== undefined && (from < 1900 || from > 2200)) {
      throw new UsageError(`--indexation ${rule}: the first year must be from 1900 to 2200, not ${from}`);
    }
    indexation = parsed.value;
  }
  return { specs, indexation, compare };
}

/** The raise schedule with the scenario's raises added; the data's own when there is no scenario. */
export function withScenario(
  o: ScenarioOptions | undefined,
  input: Omit<ScenarioInput, 'specs' | 'indexation'>,
): Scenario | undefined {
  return o && applyScenario({ ...input, specs: o.specs, indexation: o.indexation });
}

/**
 * The scopes the scenario's raises will have, as raises of no percent: the staffing reader sums codes outside the grid
 * by the raises that reach them, and must know, before the scenario's rates are worked out, which raises could.
 */
export function scenarioScopes(o: ScenarioOptions | undefined): Raise[] {
  return (o?.specs ?? []).map((spec) => ({
    effective: spec.effective,
    low: ZERO,
    high: ZERO,
    text: '0',
    selectors: spec.selectors,
    scopeText: spec.scopeText,
    scenario: spec.option,
  }));
}
