import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/io/csv.js';
import { buildTableCache, CACHE_FILE, CACHED_FIXTURES, cachedTable } from '../../src/io/embedded.js';
import { ROOT } from '../helpers/cli.js';

describe('the build-time tables of the embedded data sets', () => {
  const built = JSON.parse(readFileSync(ROOT + CACHE_FILE, 'utf8'));

  it.each(CACHED_FIXTURES)('holds %s as csv-parse reads it now', (file) => {
    const label = `systems/kz/${file}`;
    const text = readFileSync(`${ROOT}${label}`, 'utf8');
    expect(built[label].text).toBe(text);
    expect(built[label].table).toEqual(JSON.parse(JSON.stringify(parseCsv(text, label))));
    expect(cachedTable(label, text)).toEqual(built[label].table);
  });

  it('is not used for a text that differs from the one it was built from', () => {
    const label = 'systems/kz/grid.csv';
    const text = readFileSync(`${ROOT}${label}`, 'utf8');
    expect(cachedTable(label, text.replace('62461', '62462'))).toBeUndefined();
    expect(cachedTable('fixtures/elsewhere.csv', text)).toBeUndefined();
  });

  it('is what the build writes', () => {
    expect(JSON.parse(JSON.stringify(buildTableCache()))).toEqual(built);
  });
});
