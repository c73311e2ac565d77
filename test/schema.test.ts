import { existsSync, readdirSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

/**
 * The JSON contract: every golden case that prints JSON is validated against the schema of its command and kind
 * (schema/<command>-<kind>.json), and every schema file is exercised by at least one case.
 */
const CASES = `${ROOT}test/cases/`;
const SCHEMAS = `${ROOT}schema/`;

const jsonCases = readdirSync(CASES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(CASES + d.name).map((name) => `${d.name}/${name}`))
  .filter((c) => existsSync(`${CASES}${c}/cmd`) && !existsSync(`${CASES}${c}/exit`))
  .filter((c) => /--format json/.test(readFileSync(`${CASES}${c}/cmd`, 'utf8')));

const ajv = new Ajv({ allErrors: true, strict: true });
const validators = new Map(
  readdirSync(SCHEMAS).map((f) => [
    f.replace(/\.json$/, ''),
    ajv.compile(JSON.parse(readFileSync(SCHEMAS + f, 'utf8'))),
  ]),
);

describe('JSON output follows its schema', () => {
  it('has JSON cases to check', () => {
    expect(jsonCases.length).toBeGreaterThan(10);
  });

  it.each(jsonCases)('%s', (c) => {
    const doc = JSON.parse(readFileSync(`${CASES}${c}/expout`, 'utf8'));
    const validate = validators.get(`${doc.command}-${doc.kind}`);
    expect(validate, `no schema/${doc.command}-${doc.kind}.json`).toBeDefined();
    const ok = validate!(doc);
    expect(validate!.errors ?? [], JSON.stringify(validate!.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('exercises every schema file with a case', () => {
    const used = new Set(
      jsonCases.map((c) => {
        const doc = JSON.parse(readFileSync(`${CASES}${c}/expout`, 'utf8'));
        return `${doc.command}-${doc.kind}`;
      }),
    );
    expect([...validators.keys()].filter((k) => !used.has(k))).toEqual([]);
  });

  it('rejects a document that breaks the contract (a year list as text, money without its two places)', () => {
    const doc = JSON.parse(readFileSync(`${CASES}index/2021-2023-json/expout`, 'utf8'));
    const validate = validators.get('index-index')!;
    expect(validate({ ...doc, summary: { ...doc.summary, years_real_fell: '2022' } })).toBe(false);
    const salary = JSON.parse(readFileSync(`${CASES}salary/e-g-4-json/expout`, 'utf8'));
    const row = { ...salary.rows[0], salary: '62461' };
    expect(validators.get('salary-salary')!({ ...salary, rows: [row] })).toBe(false);
  });
});
