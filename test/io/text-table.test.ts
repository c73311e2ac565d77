import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextCache } from '../../src/io/text-table.js';

describe('TextCache', () => {
  it('finds what a Map finds, by key or by the key where it stands in a longer text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 40 }), fc.nat()), { maxLength: 300 }),
        fc.string({ maxLength: 40 }),
        (entries, probe) => {
          const table = new TextCache<number>(1000);
          const map = new Map<string, number>();
          for (const [k, v] of entries) {
            table.set(k, v);
            map.set(k, v);
          }
          expect(table.size).toBe(map.size);
          for (const k of [...map.keys(), probe]) {
            expect(table.get(k)).toBe(map.get(k));
            const text = `<<${k}>>`;
            expect(table.getRange(text, 2, 2 + k.length)).toBe(map.get(k));
          }
        },
      ),
    );
  });

  it('tells long names apart that share their first and last 16 characters', () => {
    const table = new TextCache<number>();
    const a = "Akim's office of rural district No. 1 (north), unit";
    const b = "Akim's office of rural district No. 2 (north), unit";
    table.set(a, 1);
    table.set(b, 2);
    expect([table.get(a), table.get(b)]).toEqual([1, 2]);
  });

  it('holds at most its limit of entries, forgetting all of them when full', () => {
    const table = new TextCache<number>(100);
    for (let i = 0; i < 1000; i++) {
      table.set(`k${i}`, i);
      expect(table.size).toBeLessThanOrEqual(100);
    }
    expect(table.get('k999')).toBe(999);
    expect(table.get('k0')).toBeUndefined();
    table.resize(2000); // a cache of output keys grows with them
    for (let i = 0; i < 1000; i++) table.set(`k${i}`, i);
    expect([table.size, table.get('k0'), table.capacity]).toEqual([1000, 0, 2000]);
  });
});
