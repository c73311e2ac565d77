import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextCache } from '../../src/io/text-table.js';

/** A key's UTF-8 bytes, and its bounds where it stands in a longer run of bytes. */
const whole = (k: string) => Buffer.from(k);
const inside = (k: string) => ({ bytes: Buffer.from(`<<${k}>>`), start: 2, end: 2 + Buffer.byteLength(k) });

describe('TextCache', () => {
  it('finds what a Map finds, by key or by the key where it stands in a longer run of bytes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 40, unit: 'binary' }), fc.nat()), { maxLength: 300 }),
        fc.string({ maxLength: 40 }),
        (entries, probe) => {
          const table = new TextCache<number>(1000);
          const map = new Map<string, number>();
          for (const [k, v] of entries) {
            table.set(whole(k), 0, Buffer.byteLength(k), v);
            map.set(k, v);
          }
          expect(table.size).toBe(map.size);
          for (const k of [...map.keys(), probe]) {
            expect(table.get(whole(k), 0, Buffer.byteLength(k))).toBe(map.get(k));
            const { bytes, start, end } = inside(k);
            expect(table.get(bytes, start, end)).toBe(map.get(k));
          }
        },
      ),
    );
  });

  it('finds a pair of keys as a Map of the two finds it, and tells apart pairs that join alike', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.nat()), { maxLength: 100 }),
        fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 })),
        (entries, probe) => {
          const table = new TextCache<number>(1000);
          const map = new Map<string, number>();
          const line = (a: string, b: string) => {
            const bytes = Buffer.from(`${a},${b}`);
            const e1 = Buffer.byteLength(a);
            return [bytes, 0, e1, e1 + 1, bytes.length] as const;
          };
          for (const [a, b, v] of entries) {
            table.setPair(...line(a, b), v);
            map.set(JSON.stringify([a, b]), v);
          }
          for (const [a, b] of [...entries.map(([a, b]) => [a, b] as const), probe]) {
            expect(table.getPair(...line(a, b))).toBe(map.get(JSON.stringify([a, b])));
          }
        },
      ),
    );
    const table = new TextCache<number>();
    const ab = Buffer.from('ab,c');
    const a = Buffer.from('a,bc');
    table.setPair(ab, 0, 2, 3, 4, 1);
    expect(table.getPair(a, 0, 1, 2, 4)).toBeUndefined();
    expect(table.get(ab, 0, 2)).toBeUndefined();
  });

  it('keeps no pair with the byte 1 that joins its keys, so that no other pair is found for it', () => {
    // Keys of a, b and the byte 1: ("a\x01b", "c") and ("a", "b\x01c") join alike.
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', '\x01'), maxLength: 4 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell, fc.nat()), { maxLength: 30 }),
        fc.tuple(cell, cell),
        (entries, probe) => {
          const table = new TextCache<number>(1000);
          const map = new Map<string, number>();
          const line = (a: string, b: string) =>
            [Buffer.from(`${a},${b}`), 0, a.length, a.length + 1, a.length + 1 + b.length] as const;
          for (const [a, b, v] of entries) {
            table.setPair(...line(a, b), v);
            if (!`${a}${b}`.includes('\x01')) map.set(JSON.stringify([a, b]), v);
          }
          for (const [a, b] of [...entries.map(([a, b]) => [a, b] as const), probe])
            expect(table.getPair(...line(a, b))).toBe(map.get(JSON.stringify([a, b])));
        },
      ),
      { numRuns: 500 },
    );
    const table = new TextCache<number>();
    table.setPair(Buffer.from('X\x01Y,c'), 0, 3, 4, 5, 1);
    expect(table.getPair(Buffer.from('X,Y\x01c'), 0, 1, 2, 5)).toBeUndefined();
  });

  it('tells short keys apart by every byte and by their length (a short key is told by its two words)', () => {
    const keys = ['', 'a', 'a\0', 'abcd', 'abcd\0', 'abcde', 'abcdf', 'abcdefgh', 'abcdefgi', 'bbcdefgh', 'Unit 403'];
    for (const limit of [16, 1000]) {
      const table = new TextCache<number>(limit);
      for (const [i, k] of keys.entries()) table.set(whole(k), 0, Buffer.byteLength(k), i);
      keys.forEach((k, i) => {
        expect(table.get(whole(k), 0, Buffer.byteLength(k))).toBe(i);
        const { bytes, start, end } = inside(k);
        expect(table.get(bytes, start, end)).toBe(i);
      });
      expect(table.get(whole('abcdefgj'), 0, 8)).toBeUndefined();
      expect(table.get(whole('abcd\0\0'), 0, 6)).toBeUndefined();
    }
    // Keys of one length and the same first four bytes, many to a table: their probes cross each other's slots.
    const alike = Array.from({ length: 400 }, (_, i) => `abcd${String(i).padStart(4, '0')}`);
    const table = new TextCache<number>(1000);
    for (const [i, k] of alike.entries()) table.set(whole(k), 0, 8, i);
    for (const [i, k] of alike.entries()) expect(table.get(whole(k), 0, 8)).toBe(i);
    expect(table.get(whole('abcd0400'), 0, 8)).toBeUndefined();
  });

  it('tells long names apart that share their first and last 16 characters', () => {
    const table = new TextCache<number>();
    const a = whole("Akim's office of rural district No. 1 (north), unit");
    const b = whole("Akim's office of rural district No. 2 (north), unit");
    table.set(a, 0, a.length, 1);
    table.set(b, 0, b.length, 2);
    expect([table.get(a, 0, a.length), table.get(b, 0, b.length)]).toEqual([1, 2]);
  });

  it('holds at most its limit of entries, forgetting all of them when full', () => {
    const table = new TextCache<number>(100);
    const set = (k: string, v: number) => table.set(whole(k), 0, Buffer.byteLength(k), v);
    const get = (k: string) => table.get(whole(k), 0, Buffer.byteLength(k));
    for (let i = 0; i < 1000; i++) {
      set(`k${i}`, i);
      expect(table.size).toBeLessThanOrEqual(100);
    }
    expect(get('k999')).toBe(999);
    expect(get('k0')).toBeUndefined();
    table.resize(2000); // a cache of output keys grows with them
    for (let i = 0; i < 1000; i++) set(`k${i}`, i);
    expect([table.size, get('k0'), table.capacity]).toEqual([1000, 0, 2000]);
  });
});
