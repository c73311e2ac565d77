import { InputError } from '../core/errors.js';
import { ZERO, type Dec } from '../core/money.js';
import type { PaySystem } from '../core/system.js';
import type { CsvTable } from './csv.js';
import { parseNumber } from './numbers.js';
import { Sheet, type SheetRow, type SheetSpec } from './sheet.js';

const SYSTEM_SPEC: SheetSpec = { what: 'system', required: ['name', 'value'], optional: [] };

/** The names a system.csv may hold, with what each expects (for messages and `kzpay data system`). */
export const SYSTEM_NAMES: Readonly<Record<string, string>> = {
  name: "the system's name",
  currency: 'an ISO 4217 currency code such as EUR',
  currency_word_en: 'the currency in English prose',
  currency_word_ru: 'the currency in Russian prose',
  currency_word_kk: 'the currency in Kazakh prose',
  period: 'month (monthly amounts) or year (annual rates)',
  round: 'decimal places each salary is rounded to after each raise (0 for whole units), or empty for exact',
  step_rule: 'WITHIN/BETWEEN step norms in percent, such as 12/32, or off',
  floor: 'min_wage (the minimum wage of params.csv) or off',
  medical: 'salaries a year paid as health allowance, 0 or more',
  bonus: 'salaries a year paid as bonuses, 0 or more',
  savings: 'salaries a year of bonuses from savings, 0 or more, or auto (by group: savings_group_X)',
};

/**
 * Reads a system.csv: `name,value` rows of the names above (and `savings_group_X` for `savings auto`), each once.
 * A name not given takes a neutral value (no rounding, no step rule, no floor, no fund extras), never Kazakhstan's:
 * those are the embedded system's own rows.
 */
export function parseSystem(table: CsvTable): PaySystem {
  const sheet = new Sheet(table, SYSTEM_SPEC, 'point');
  const rows = new Map<string, SheetRow>();
  const savingsByGroup = new Map<string, Dec>();
  for (const row of sheet.rows) {
    const name = row.required('name', 'a setting name such as currency').toLowerCase();
    const group = /^savings_group_(.+)$/.exec(name);
    if (!(name in SYSTEM_NAMES) && !group) {
      row.fail(
        'name',
        `unknown setting "${row.text('name')}"`,
        `one of ${Object.keys(SYSTEM_NAMES).join(', ')}, or savings_group_GROUP`,
      );
    }
    const first = rows.get(name);
    if (first) row.fail('name', `${name} is already on line ${first.line}`, 'each setting once');
    rows.set(name, row);
    if (group) savingsByGroup.set(group[1].toUpperCase(), count(row, SYSTEM_NAMES.savings));
  }
  const cell = (name: string) => rows.get(name)?.text('value') ?? '';
  const need = (name: string): string => {
    const row = rows.get(name);
    if (!row) {
      throw new InputError(
        `system file has no ${name}`,
        { file: table.file, line: table.header.line, column: 1 },
        `a row ${name},VALUE: ${SYSTEM_NAMES[name]}`,
      );
    }
    return row.required('value', SYSTEM_NAMES[name]);
  };
  const name = need('name');
  const currency = need('currency');
  if (!/^[A-Za-z]{3}$/.test(currency))
    rows.get('currency')!.fail('value', `"${currency}" is not a currency code`, SYSTEM_NAMES.currency);
  const en = cell('currency_word_en') || currency.toUpperCase();
  const period = rows.get('period')?.oneOf('value', ['month', 'year'] as const, 'month') ?? 'month';
  let round: number | undefined;
  const roundText = cell('round');
  if (roundText !== '') {
    if (!/^[0-9]$/.test(roundText))
      rows.get('round')!.fail('value', `"${roundText}" is not a number of places`, SYSTEM_NAMES.round);
    round = Number(roundText);
  }
  let stepRule: PaySystem['stepRule'];
  const ruleText = cell('step_rule');
  if (ruleText !== '' && ruleText.toLowerCase() !== 'off') {
    const m = /^\s*([0-9.]+)\s*\/\s*([0-9.]+)\s*$/.exec(ruleText);
    const within = m && parseNumber(m[1], 'point');
    const between = m && parseNumber(m[2], 'point');
    if (!within?.ok || !between?.ok || within.value.lte(ZERO) || between.value.lte(ZERO)) {
      return rows.get('step_rule')!.fail('value', `"${ruleText}" is not a step rule`, SYSTEM_NAMES.step_rule);
    }
    stepRule = { within: within.value, between: between.value, text: ruleText.replace(/\s+/g, '') };
  }
  const floor = rows.get('floor')?.oneOf('value', ['min_wage', 'off'] as const, 'off') ?? 'off';
  const savingsRow = rows.get('savings');
  const savings =
    savingsRow === undefined || savingsRow.text('value') === ''
      ? ZERO
      : savingsRow.text('value').toLowerCase() === 'auto'
        ? ('auto' as const)
        : count(savingsRow, SYSTEM_NAMES.savings);
  return {
    name,
    currency: currency.toUpperCase(),
    currencyWord: { en, ru: cell('currency_word_ru') || en, kk: cell('currency_word_kk') || en },
    period,
    round,
    stepRule,
    floor,
    medical: rows.has('medical') ? count(rows.get('medical')!, SYSTEM_NAMES.medical) : ZERO,
    bonus: rows.has('bonus') ? count(rows.get('bonus')!, SYSTEM_NAMES.bonus) : ZERO,
    savings,
    savingsByGroup,
  };
}

/** A count of salaries a year: a number, 0 or more. */
function count(row: SheetRow, expected: string): Dec {
  const value = row.number('value', { required: true, expected });
  if (value.isNegative()) row.fail('value', `${value.toString()} is below 0`, expected);
  return value;
}
