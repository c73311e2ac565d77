#!/usr/bin/env node
// Writes schema/<command>-<kind>.json, the JSON contract of each kind of report, from the field lists below (the
// spec's columns, written here by hand: a schema copied from the code would hold the code to itself). Run it after
// changing a list, and review the diff; test/schema.test.ts validates every golden JSON output against these files.
import { mkdirSync, writeFileSync } from 'node:fs';

const SCHEMA_VERSION = 1;
const decimal = (places) => ({ type: 'string', pattern: `^-?[0-9]+\\.[0-9]{${places}}$` });
const T = {
  money: decimal(2),
  pct: decimal(4),
  pp: decimal(4),
  index: decimal(6),
  years: decimal(2),
  exact: { type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
  int: { type: 'integer' },
  text: { type: 'string' },
  status: { enum: ['actual', 'projection'] },
  yearList: { type: 'array', items: { type: 'integer' } },
};
const nullable = (s) => ({ anyOf: [s, { type: 'null' }] });

/**
 * An object with exactly these fields (a null allowed where marked `?`), and the `optional` ones that an option adds
 * (`--net`, `--charges`): whether they come together is not checked here, their types are.
 */
function fields(spec, { open = false, optional = {} } = {}) {
  const properties = {};
  const add = (s) => {
    for (const [name, type] of Object.entries(s)) {
      properties[name.replace(/\?$/, '')] = name.endsWith('?') ? nullable(T[type] ?? type) : (T[type] ?? type);
    }
  };
  add(spec);
  const required = Object.keys(properties);
  add(optional);
  return { type: 'object', properties, required, additionalProperties: open };
}

const SALARY = {
  code: 'text',
  year: 'int',
  experience: 'years',
  salary: 'money',
  raise_pct: 'pct',
  seniority_pct: 'pct',
  earnings: 'money',
  inflation_pct: 'pct',
  salary_real: 'money',
  earnings_real: 'money',
  real_change_pct: 'pct',
  status: 'status',
};
/** What `salary --net` and `--charges` add (spec 3.7). */
const SALARY_NET = { net: 'money', net_year: 'money', net_real: 'money' };
const SALARY_CHARGES = { employer_charges: 'money', labour_cost_year: 'money' };
const INDEX = {
  year: 'int',
  raises: 'text',
  raise_pct: 'pct',
  nominal_index: 'index',
  inflation_pct: 'pct',
  price_index: 'index',
  real_index: 'index',
  real_change_pct: 'pct',
  status: 'status',
};
const INDEX_SUMMARY = {
  nominal_index: 'index',
  price_index: 'index',
  real_index: 'index',
  real_cagr_pct: 'pct',
  years_real_fell: 'yearList',
  catch_up_pct: 'pct',
};
const CHECK = {
  'block?': 'text',
  'upper?': 'text',
  'lower?': 'text',
  'upper_salary?': 'money',
  'lower_salary?': 'money',
  'step_pct?': 'pct',
  'kind?': { enum: ['within', 'between', 'unchecked'] },
  'norm_pct?': 'pct',
  'deviation_pp?': 'pp',
  'code?': 'text',
  'salary?': 'money',
  'floor?': 'money',
  verdict: { enum: ['ok', 'violation', 'inversion', 'unchecked', 'below-floor'] },
};
const CHECK_SUMMARY = {
  pairs: 'int',
  ok: 'int',
  violations: 'int',
  inversions: 'int',
  unchecked: 'int',
  below_floor: 'int',
  'floor?': 'money',
};
const money = (name) => ({ [name]: { anyOf: [T.money, decimal(2)] } });
const FUND = {
  year: 'int',
  row: { enum: ['unit', 'code', 'group', 'total'] },
  key: 'text',
  headcount: { anyOf: [T.int, { type: 'string', pattern: '^[0-9]+$' }] },
  ...money('salary_fund'),
  ...money('savings_bonus'),
  ...money('total'),
  ...money('total_real'),
  status: 'status',
};
/** What `fund --charges` adds (spec 3.7). */
const FUND_CHARGES = {
  ...money('employer_charges'),
  ...money('labour_cost'),
  ...money('labour_cost_real'),
};
/** A month's pay taken apart (spec 3.7): `kzpay net`, whole tenge as money. */
const NET = {
  gross: 'money',
  opv: 'money',
  vosms: 'money',
  taxable: 'money',
  ipn: 'money',
  net: 'money',
  opvr: 'money',
  so: 'money',
  oosms: 'money',
  social_tax: 'money',
  employer_charges: 'money',
  labour_cost: 'money',
};
// Grid and proposal rows carry the grid's own columns (any others a user's grid has): code, min and max at least.
const GRID_ROW = { properties: { code: T.text, min: T.money, max: nullable(T.money) }, required: ['code', 'min'] };

const KINDS = {
  'salary-salary': { rows: fields(SALARY, { optional: { ...SALARY_NET, ...SALARY_CHARGES } }), summary: fields({}) },
  'index-index': { rows: fields(INDEX), summary: fields(INDEX_SUMMARY) },
  'gaps-check': { rows: fields(CHECK), summary: fields(CHECK_SUMMARY) },
  'gaps-proposal': {
    rows: {
      type: 'object',
      properties: {
        ...GRID_ROW.properties,
        old_min: nullable(T.money),
        old_max: nullable(T.money),
        raise_pct: nullable(T.pct),
        headcount: T.int,
        yearly_cost: T.money,
      },
      required: [...GRID_ROW.required, 'raise_pct'],
    },
    summary: fields(
      { categories: 'int', raised: 'int', 'largest_raise_pct?': 'pct', 'floor?': 'money' },
      { open: true },
    ),
  },
  'fund-fund': { rows: fields(FUND, { optional: FUND_CHARGES }), summary: fields({}) },
  'net-net': { rows: fields(NET), summary: fields({}) },
  'data-grid': { rows: { type: 'object', ...GRID_ROW }, summary: fields({}) },
  'data-raises': {
    rows: fields({
      effective: 'text',
      percent: { type: 'string', pattern: '^-?[0-9.]+(-[0-9.]+)?$' },
      scope: 'text',
      announced: 'text',
      source: 'text',
    }),
    summary: fields({}),
  },
  'data-cpi': {
    rows: fields({ period: 'text', inflation_pct: 'exact', status: 'status', source: 'text' }),
    summary: fields({}),
  },
  'data-seniority': {
    rows: fields({ from_years: 'exact', 'to_years?': 'exact', share: 'exact' }),
    summary: fields({}),
  },
  'data-params': {
    rows: fields({ name: 'text', effective: 'text', value: 'exact', source: 'text' }),
    summary: fields({}),
  },
  'data-staffing': {
    // The number columns as numbers (headcount a JSON number, the others exact decimals), an empty cell null.
    rows: {
      type: 'object',
      properties: {
        code: T.text,
        headcount: nullable(T.int),
        experience: nullable(T.exact),
        salary: nullable(T.money),
        savings_salaries: nullable(T.exact),
      },
      required: ['code'],
      additionalProperties: nullable(T.text),
    },
    summary: fields({}),
  },
};
KINDS['data-raises-reported'] = KINDS['data-raises'];
KINDS['data-contributions'] = KINDS['data-params'];

/** `--compare`: each money or index field X as X_base, X (the scenario) and X_diff (scenario − baseline). */
function compared(spec, keys) {
  const out = { ...spec };
  for (const k of keys) {
    out[`${k}_base`] = spec[k];
    out[`${k}_diff`] = spec[k];
  }
  return out;
}
const INDEX_KEYS = ['nominal_index', 'price_index', 'real_index'];
const TAKE_HOME = { ...SALARY_NET, ...SALARY_CHARGES };
KINDS['salary-compare'] = {
  rows: fields(compared(SALARY, ['salary', 'earnings', 'salary_real', 'earnings_real']), {
    optional: compared(TAKE_HOME, Object.keys(TAKE_HOME)),
  }),
  summary: fields({}),
};
KINDS['index-compare'] = {
  rows: fields(compared(INDEX, INDEX_KEYS)),
  summary: fields(compared(INDEX_SUMMARY, INDEX_KEYS)),
};
KINDS['fund-compare'] = {
  rows: fields(
    { ...compared(FUND, ['salary_fund', 'savings_bonus', 'total', 'total_real']), cost: FUND.total },
    { optional: compared(FUND_CHARGES, Object.keys(FUND_CHARGES)) },
  ),
  summary: fields({ cost: 'money', cost_real: 'money' }),
};

mkdirSync('schema', { recursive: true });
for (const [name, { rows, summary }] of Object.entries(KINDS)) {
  const [command, ...kind] = name.split('-');
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://kzpay.invalid/schema/${name}.json`,
    title: `kzpay ${command} --format json (kind ${kind.join('-')}, schema ${SCHEMA_VERSION})`,
    type: 'object',
    properties: {
      command: { const: command },
      kind: { const: kind.join('-') },
      schema: { const: SCHEMA_VERSION },
      version: { type: 'string' },
      inputs: { type: 'object', additionalProperties: { type: 'string' } },
      assumptions: { type: 'array', items: { type: 'string' } },
      rows: { type: 'array', items: rows },
      summary,
    },
    required: ['command', 'kind', 'schema', 'version', 'inputs', 'assumptions', 'rows', 'summary'],
    additionalProperties: false,
  };
  writeFileSync(`schema/${name}.json`, `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`${Object.keys(KINDS).length} schemas written to schema/`);
