import {
  compareDates,
  formatMonth,
  monthOfDate,
  parseDate,
  parseMonth,
  type CalDate,
  type MonthIndex,
} from './dates.js';
import { InputError, UsageError } from './errors.js';
import { Dec, ONE, ZERO, factorToPercent, product, tooManyDigits, type Dec as DecT } from './money.js';
import type { Category, Raise, Selector } from './data.js';
import { raiseFactorInMonth, type RangeChoice } from './engine.js';
import type { PriceIndex } from './prices.js';
import { formatScope, inScope } from './scope.js';
import { inMonth, msg, scopeArg, onDate, sinceDate, type Msg, type Part } from './report.js';

/** What a parser of option text gives: the value, or the problem (worded without the option's name). */
export type Parsed<T> = { value: T; problem?: undefined } | { value?: undefined; problem: string };

/** What a `--raise` does on its date: a percent (negative for a cut), or restore the real level of a base month. */
export type RaiseChange = { kind: 'pct'; pct: DecT } | { kind: 'restore'; base: MonthIndex };

/** A `--raise DATE:PCT[:SCOPE]` as parsed here: the scope still text, for the raises file's scope parser (io). */
export type RaiseSpecText = RaiseChange & {
  effective: CalDate;
  /** The SCOPE part as written, trimmed; '' when there is none (all). */
  scopeText: string;
  /** The option as given, e.g. `--raise 2027-01-01:10`: what made the raise, for labels and assumptions. */
  option: string;
};

/** A scenario raise with its scope parsed into selectors: what applyScenario takes. */
export type ScenarioRaiseSpec = RaiseSpecText & { selectors: Selector[] };

/**
 * An `--indexation` rule: `cpi` (the previous year's December-on-December inflation plus `points`, 0 for plain cpi,
 * negative for `cpi-PP`) or a fixed percent; from 1 January of `fromYear` (undefined: the caller's default).
 */
export type IndexationRule = ({ kind: 'cpi'; points: DecT } | { kind: 'fixed'; pct: DecT }) & {
  fromYear?: number;
  /** The rule as given, e.g. `cpi+1.5@2027`. */
  text: string;
};

/** A raise the scenario added, with the sentence that says what it came to and why, for the assumptions. */
export interface GeneratedRaise {
  raise: Raise;
  note: Msg;
}

/** The raise schedule of a scenario. */
export interface Scenario {
  /** The data's raises and the scenario's, in date order (on the same date: the data's first, then as given). */
  raises: Raise[];
  /** Each scenario raise in the order made: the `--raise` options as given, then the indexation raises by year. */
  generated: GeneratedRaise[];
  /** What the user may not expect: a raise inside the grid's salaries, a scope missing every category shown... */
  warnings: Msg[];
}

/** What applyScenario takes: the data's raises, the categories shown, the prices and the scenario options. */
export interface ScenarioInput {
  /** The data's raises: the baseline schedule. */
  raises: readonly Raise[];
  /**
   * The categories the report shows (salary's codes, index's --code, fund's staffing categories), for restore's
   * per-category rates; undefined when there is none (index without --code: every raise counts, scopes ignored).
   */
  categories?: readonly Category[];
  /** The categories a `--raise` scope must select one of (the grid's); default `categories`; none: not checked. */
  scopeCategories?: readonly Category[];
  prices: PriceIndex;
  range: RangeChoice;
  /** The report's last year: indexation raises go up to its 1 January. */
  lastYear: number;
  /** The `--raise` options, in the order given. */
  specs: readonly ScenarioRaiseSpec[];
  indexation?: IndexationRule;
  /** The first year of indexation when the rule names none: the year after the grid date. */
  defaultIndexationYear: number;
  /**
   * salary and fund: the grid date, whose salaries include every raise dated on or before it, so that a scenario
   * raise dated so is flagged (it would change only the levels before it). index: undefined.
   */
  gridDate?: CalDate;
}

const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;
const DATE_SHAPE = /^(?:\d{4}-\d{2}-\d{2}|\d{2}\.\d{2}\.\d{4})$/;

/**
 * A plain number of an option, `.` or `,` as the decimal, no grouping; undefined when it is not one, a problem when it
 * has more significant digits than kzpay keeps exact (as in a file: never rounded without a word).
 */
function optionNumber(text: string): Parsed<DecT> | undefined {
  const t = text.trim().replace(/%$/, '');
  if (!NUMBER.test(t)) return undefined;
  const [int, frac = ''] = t.replace(/^[+-]/, '').split(/[.,]/);
  const tooLong = tooManyDigits(t, int, frac);
  if (tooLong !== undefined) return { problem: tooLong };
  return { value: new Dec(t.replace(',', '.')) };
}

/**
 * Parses `DATE:PCT[:SCOPE]` or `DATE:restore=YYYY-MM[:SCOPE]` (DATE `YYYY-MM-DD` or `DD.MM.YYYY`; PCT a number,
 * `%` allowed, greater than −100). The restore base month may not be after DATE's month: restore looks back.
 */
export function parseRaiseSpec(text: string): Parsed<RaiseSpecText> {
  const option = `--raise ${text}`;
  const [dateText, changeText, ...scope] = text.split(':');
  if (changeText === undefined || changeText.trim() === '') {
    return { problem: `"${text}" is not DATE:PCT[:SCOPE] (e.g. 2027-01-01:10, 2027-01-01:restore=2023-12:tier=lower)` };
  }
  const d = dateText.trim();
  const effective = parseDate(d);
  if (!effective) {
    return {
      problem: DATE_SHAPE.test(d) ? `"${d}" is not a real date` : `"${d}" is not a date (YYYY-MM-DD or DD.MM.YYYY)`,
    };
  }
  const c = changeText.trim();
  const scopeText = scope.join(':').trim();
  const restore = /^restore\s*=\s*(.*)$/i.exec(c);
  if (restore) {
    const base = parseMonth(restore[1]);
    if (base === null) return { problem: `"${c}" is not restore=YYYY-MM with a real month` };
    if (base > monthOfDate(effective)) {
      return {
        problem:
          `restore=${formatMonth(base)} is after the raise's month ${formatMonth(monthOfDate(effective))} ` +
          '(restore brings back the real level of an earlier month)',
      };
    }
    return { value: { kind: 'restore', base, effective, scopeText, option } };
  }
  const parsed = optionNumber(c);
  if (parsed === undefined)
    return { problem: `"${c}" is not a percent (a number such as 10 or -5.5, or restore=YYYY-MM)` };
  if (parsed.problem !== undefined) return parsed;
  const pct = parsed.value;
  if (pct.lte(-100)) return { problem: `a raise of ${c}% leaves no pay (a percent greater than -100)` };
  return { value: { kind: 'pct', pct, effective, scopeText, option } };
}

/**
 * Parses an indexation rule: `cpi`, `cpi+PP`, `cpi-PP` (PP percentage points, a number without sign) or a percent
 * (`5`, `-2`, `3.5%`; greater than −100), each with an optional `@YEAR`, e.g. `cpi+1.5@2027`.
 */
export function parseIndexation(text: string): Parsed<IndexationRule> {
  const t = text.trim();
  const at = t.lastIndexOf('@');
  const ruleText = (at < 0 ? t : t.slice(0, at)).trim();
  let fromYear: number | undefined;
  if (at >= 0) {
    const y = t.slice(at + 1).trim();
    if (!/^\d{4}$/.test(y)) return { problem: `"${y}" after @ is not a year (e.g. cpi@2027)` };
    fromYear = Number(y);
  }
  const cpi = /^cpi(?:\s*([+-])(.*))?$/i.exec(ruleText);
  if (cpi) {
    if (cpi[1] === undefined) return { value: { kind: 'cpi', points: ZERO, fromYear, text: t } };
    const ppText = cpi[2].trim();
    const parsed = /^[+-]/.test(ppText) ? undefined : optionNumber(ppText);
    if (parsed === undefined) {
      return { problem: `"${ruleText}" is not cpi+PP or cpi-PP with PP a number of percentage points (e.g. cpi+1.5)` };
    }
    if (parsed.problem !== undefined) return parsed;
    const pp = parsed.value;
    return { value: { kind: 'cpi', points: cpi[1] === '-' ? pp.neg() : pp, fromYear, text: t } };
  }
  const parsed = optionNumber(ruleText);
  if (parsed === undefined) {
    return { problem: `"${ruleText}" is not cpi, cpi+PP, cpi-PP or a percent (e.g. cpi, cpi+1.5, cpi-1, 5)` };
  }
  if (parsed.problem !== undefined) return parsed;
  const pct = parsed.value;
  if (pct.lte(-100)) return { problem: `an indexation of ${ruleText}% leaves no pay (a percent greater than -100)` };
  return { value: { kind: 'fixed', pct, fromYear, text: t } };
}

/** A generated percent as labels and notes show it: at most 4 decimals, never -0 (the value itself stays exact). */
function shownPercent(pct: DecT): DecT {
  const shown = pct.toDecimalPlaces(4, Dec.ROUND_HALF_UP);
  return shown.isZero() ? ZERO : shown;
}

/** The same percent in prose, signed: the number a part of its own, so that it takes the locale's decimal mark. */
function scenarioPercent(pct: DecT): Part[] {
  const value = shownPercent(pct);
  return [value.isNegative() ? '' : '+', { value, kind: 'decimal' }, '%'];
}

/**
 * The raise schedule with the scenario's raises added. The `--raise` options apply in the order given, each seeing
 * the data's raises and the options before it (what matters for restore); the indexation raises come last and see
 * only the prices. A percent raise is one raise on its scope. A restore raise is, per category shown in its scope,
 * `N(base) / N(m) × P(m) / P(base) − 1` (0 when that is not above 0), with m DATE's month, N the category's raise
 * level (its raises at month level, pro rata in a month of effect, without this raise) and P the price level; the
 * categories that come to the same rate share one raise (on the option's own scope when they all do). Without
 * categories (index without --code) N is every raise's level and one raise is made. A scope that selects no
 * category is a UsageError; a rate the data cannot price is the PriceIndex's InputError.
 */
export function applyScenario(input: ScenarioInput): Scenario {
  const schedule: Raise[] = [...input.raises];
  const generated: GeneratedRaise[] = [];
  const warnings: Msg[] = [];
  for (const spec of input.specs) {
    checkScope(spec, input, warnings);
    if (spec.effective.year > input.lastYear) {
      warnings.push(
        msg('sc.raise_late', { option: spec.option, date: onDate(spec.effective), last: String(input.lastYear) }),
      );
    }
    const made = spec.kind === 'pct' ? [percentRaise(spec)] : restoreRaises(spec, schedule, input);
    for (const g of made) schedule.push(g.raise);
    generated.push(...made);
  }
  if (input.indexation) {
    const rule = input.indexation;
    const from = rule.fromYear ?? input.defaultIndexationYear;
    if (from > input.lastYear) {
      warnings.push(msg('sc.late', { rule: rule.text, from: String(from), last: String(input.lastYear) }));
    }
    const made = indexationRaises(rule, from, input);
    for (const g of made) schedule.push(g.raise);
    generated.push(...made);
  }
  if (input.gridDate) {
    const asOf = input.gridDate;
    const early = new Set(
      generated.filter((g) => compareDates(g.raise.effective, asOf) <= 0).map((g) => g.raise.scenario),
    );
    for (const option of early) {
      warnings.push(msg('sc.early', { option: option ?? '', date: onDate(asOf) }));
    }
  }
  // Array.prototype.sort is stable: on one date the data's raises stay first, then the scenario's as made.
  schedule.sort((a, b) => compareDates(a.effective, b.effective));
  return { raises: schedule, generated, warnings };
}

function scenarioRaise(
  effective: CalDate,
  pct: DecT,
  selectors: Selector[],
  option: string,
  codes?: readonly string[],
): Raise {
  return {
    effective,
    low: pct,
    high: pct,
    text: shownPercent(pct).toString(),
    selectors,
    scopeText: codes ? codesText(codes) : formatScope(selectors),
    scenario: option,
    codes: codes ? new Set(codes) : undefined,
  };
}

/** `code=A;code=B`, shortened after five codes: a label, not a scope to parse back. */
function codesText(codes: readonly string[]): string {
  const shown = codes.slice(0, 5).map((c) => `code=${c}`);
  return codes.length > 5 ? `${shown.join(';')} and ${codes.length - 5} more` : shown.join(';');
}

/** A UsageError when a --raise scope selects no category; a warning when it selects none of those shown. */
function checkScope(spec: ScenarioRaiseSpec, input: ScenarioInput, warnings: Msg[]): void {
  if (spec.selectors.length === 0) return;
  const probe = scenarioRaise(spec.effective, ZERO, spec.selectors, spec.option);
  const against = input.scopeCategories ?? input.categories;
  if (against !== undefined && !against.some((c) => inScope(probe, c))) {
    throw new UsageError(
      `${spec.option}: the scope ${formatScope(spec.selectors)} selects no category ` +
        '(expected selectors on grid columns that match one, e.g. tier=lower or code=E-G-*)',
    );
  }
  if (
    input.categories !== undefined &&
    against !== input.categories &&
    !input.categories.some((c) => inScope(probe, c))
  )
    warnings.push(msg('sc.none_shown', { option: spec.option, scope: formatScope(spec.selectors) }));
}

function percentRaise(spec: ScenarioRaiseSpec & { kind: 'pct' }): GeneratedRaise {
  const raise = scenarioRaise(spec.effective, spec.pct, spec.selectors, spec.option);
  return {
    raise,
    note: msg('sc.raise', {
      option: spec.option,
      pct: scenarioPercent(spec.pct),
      date: sinceDate(spec.effective),
      scope: scopeArg(raise.scopeText),
    }),
  };
}

function restoreRaises(
  spec: ScenarioRaiseSpec & { kind: 'restore' },
  schedule: readonly Raise[],
  input: ScenarioInput,
): GeneratedRaise[] {
  const m = monthOfDate(spec.effective);
  const priceRatio = optionPrices(spec.option, () => input.prices.level(m).div(input.prices.level(spec.base)));
  const level = (raises: readonly Raise[], month: MonthIndex) =>
    product(raises.map((r) => raiseFactorInMonth(r, month, input.range)));
  const rateOf = (raises: readonly Raise[]) => {
    const factor = level(raises, spec.base).div(level(raises, m)).times(priceRatio);
    return factor.gt(ONE) ? factorToPercent(factor) : ZERO;
  };
  const note = (pct: DecT, whom: Msg) =>
    msg(pct.isZero() ? 'sc.restore_there' : 'sc.restore', {
      option: spec.option,
      pct: scenarioPercent(pct),
      date: sinceDate(spec.effective),
      whom,
      month: inMonth(m),
      base: inMonth(spec.base),
    });
  const forCodes = (codes: readonly string[]) =>
    msg('sc.for', { codes: codesText(codes).replaceAll('code=', '').replaceAll(';', ', ') });

  if (input.categories === undefined) {
    const pct = rateOf(schedule);
    return [
      { raise: scenarioRaise(spec.effective, pct, spec.selectors, spec.option), note: note(pct, msg('sc.for_all')) },
    ];
  }
  const probe = scenarioRaise(spec.effective, ZERO, spec.selectors, spec.option);
  // fund passes a category once per staffing key: each counts once.
  const covered = [...new Map(input.categories.filter((c) => inScope(probe, c)).map((c) => [c.code, c])).values()];
  // Categories covered by the same raises come to the same rate: work it out once per such set.
  const rateBySignature = new Map<string, DecT>();
  const codesByRate = new Map<string, { pct: DecT; codes: string[] }>();
  for (const category of covered) {
    const own = schedule.filter((r) => inScope(r, category));
    const signature = own.map((r) => schedule.indexOf(r)).join(',');
    let pct = rateBySignature.get(signature);
    if (pct === undefined) rateBySignature.set(signature, (pct = rateOf(own)));
    const key = pct.toString();
    const entry = codesByRate.get(key);
    if (entry) entry.codes.push(category.code);
    else codesByRate.set(key, { pct, codes: [category.code] });
  }
  const classes = [...codesByRate.values()];
  if (classes.length === 1) {
    const { pct, codes } = classes[0];
    const raise = scenarioRaise(spec.effective, pct, spec.selectors, spec.option);
    return [{ raise, note: note(pct, forCodes(codes)) }];
  }
  return classes.map(({ pct, codes }) => {
    const selectors = codes.map((code) => ({ column: 'code', value: code, prefix: false }));
    const raise = scenarioRaise(spec.effective, pct, selectors, spec.option, codes);
    return { raise, note: note(pct, forCodes(codes)) };
  });
}

/**
 * Prices an option needs (restore's base month and its own): where the CPI data cannot build them, the error is the
 * option's, named by it (a usage error), not the CPI file's.
 */
function optionPrices<T>(option: string, price: () => T): T {
  try {
    return price();
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const expected = e.expected?.replace(/^a yearly row for \d+, all twelve monthly rows, or /, '');
    throw new UsageError(
      `${option}: ${e.problem} (expected months the CPI data covers${expected ? `, or ${expected}` : ''})`,
    );
  }
}

function indexationRaises(rule: IndexationRule, from: number, input: ScenarioInput): GeneratedRaise[] {
  const option = `--indexation ${rule.text}`;
  const out: GeneratedRaise[] = [];
  for (let year = from; year <= input.lastYear; year++) {
    const effective: CalDate = { year, month: 1, day: 1 };
    let pct: DecT;
    let why: Msg;
    if (rule.kind === 'fixed') {
      pct = rule.pct;
      why = msg('sc.why_fixed');
    } else {
      const prev = input.prices.year(year - 1);
      const cpi = factorToPercent(prev.yearFactor);
      const status = prev.assumed ? msg('sc.assumed') : msg(`value.${prev.status}`);
      pct = cpi.plus(rule.points);
      const inflation = msg('sc.why_cpi', { year: String(year - 1), status });
      why = rule.points.isZero()
        ? inflation
        : msg('sc.why_cpi_points', {
            cpi: { value: cpi, kind: 'decimal' },
            inflation,
            sign: rule.points.isNegative() ? '-' : '+',
            points: { value: rule.points.abs(), kind: 'decimal' },
          });
    }
    if (pct.lte(-100)) {
      throw new UsageError(
        `${option}: the raise of 1 January ${year} comes to ${pct.toString()}%, which leaves no pay`,
      );
    }
    out.push({
      raise: scenarioRaise(effective, pct, [], option),
      note: msg('sc.indexation', { option, pct: scenarioPercent(pct), date: sinceDate(effective), why }),
    });
  }
  return out;
}
