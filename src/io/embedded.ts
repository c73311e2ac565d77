import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../root.js';
import { parseCsv, type CsvTable } from './csv.js';

/**
 * The embedded data sets as csv-parse reads them, worked out when kzpay is built (dist/embedded-tables.json) so that
 * a run on the embedded data skips tokenizing files that have not changed since. Each entry keeps the text it was
 * read from: a fixture edited after the build no longer matches and is read afresh.
 */
export type TableCache = Record<string, { text: string; table: CsvTable }>;

export const CACHE_FILE = 'dist/embedded-tables.json';

/** The embedded data sets whose tables are cached (the staffing example is streamed). */
export const CACHED_FIXTURES = [
  'grid-2024.csv',
  'raises-2005-2026.csv',
  'raises-reported-local.csv',
  'cpi-kz.csv',
  'seniority-bands.csv',
  'params-kz.csv',
  'contributions-kz.csv',
];

let cache: TableCache | null | undefined;

/** The table of an embedded file as read at build time, if its text is still the same; undefined otherwise. */
export function cachedTable(label: string, text: string): CsvTable | undefined {
  if (cache === undefined) {
    try {
      cache = JSON.parse(readFileSync(join(packageRoot(), CACHE_FILE), 'utf8')) as TableCache;
    } catch {
      cache = null; // not built yet: read the files
    }
  }
  const hit = cache?.[label];
  return hit && hit.text === text ? hit.table : undefined;
}

/** Reads every cached fixture with csv-parse: what the build writes to CACHE_FILE. */
export function buildTableCache(): TableCache {
  const out: TableCache = {};
  for (const file of CACHED_FIXTURES) {
    const label = `fixtures/${file}`;
    const text = readFileSync(join(packageRoot(), label), 'utf8').replace(/^\uFEFF/, '');
    out[label] = { text, table: parseCsv(text, label) };
  }
  return out;
}
