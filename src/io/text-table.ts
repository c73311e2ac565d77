/** Entries a TextCache holds before it starts afresh. */
export const CACHE_LIMIT = 1 << 10;

/**
 * What the per-row hot path has already worked out for a cell's raw text (a code, a unit, a number). Open addressing
 * with a hash of every character computed in JS, so that a cell is looked up where it stands in its line (getRange)
 * without making a string of it. It forgets everything once it holds `limit` entries, so a file of millions of
 * distinct values costs a bounded amount of memory; whatever must be kept for the output is kept elsewhere.
 */
export class TextCache<V> {
  private keys!: (string | undefined)[];
  private values!: (V | undefined)[];
  private mask = 0;
  private count = 0;

  constructor(private limit = CACHE_LIMIT) {
    this.allocate();
  }

  get size(): number {
    return this.count;
  }

  /** The most entries it holds before it starts afresh. */
  get capacity(): number {
    return this.limit;
  }

  /** Holds up to `limit` entries from now on (forgetting those it had): for what the output keeps anyway. */
  resize(limit: number): void {
    this.limit = limit;
    this.allocate();
  }

  private allocate(): void {
    let size = 16;
    while (size < this.limit * 2) size *= 2;
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.values = new Array<V | undefined>(size).fill(undefined);
    this.mask = size - 1;
    this.count = 0;
  }

  get(key: string): V | undefined {
    return this.getRange(key, 0, key.length);
  }

  /** The value of the key `text.slice(start, end)`, without making that string. */
  getRange(text: string, start: number, end: number): V | undefined {
    const n = end - start;
    let i = hash(text, start, end) & this.mask;
    for (;;) {
      const k = this.keys[i];
      if (k === undefined) return undefined;
      // A slice compared with === is a native comparison (startsWith or a loop of charCodeAt: 5x slower, measured).
      if (k.length === n && text.slice(start, end) === k) return this.values[i];
      i = (i + 1) & this.mask;
    }
  }

  set(key: string, value: V): void {
    if (this.count >= this.limit) this.clear();
    let i = hash(key, 0, key.length) & this.mask;
    for (;;) {
      const k = this.keys[i];
      if (k === undefined) break;
      if (k === key) {
        this.values[i] = value;
        return;
      }
      i = (i + 1) & this.mask;
    }
    this.keys[i] = detached(key);
    this.values[i] = value;
    this.count++;
  }

  clear(): void {
    this.keys.fill(undefined);
    this.values.fill(undefined);
    this.count = 0;
  }
}

/**
 * A hash of the length and every character: keys that differ anywhere, the middle included, hash apart. Four FNV-1a
 * lanes over every fourth character, mixed at the end, so that a long key is not one long chain of multiplications.
 */
function hash(text: string, start: number, end: number): number {
  let a = 0x811c9dc5 ^ (end - start);
  let b = 0x01000193;
  let c = 0x9e3779b1;
  let d = 0x7f4a7c15;
  let i = start;
  for (; i + 3 < end; i += 4) {
    a = Math.imul(a ^ text.charCodeAt(i), 0x01000193);
    b = Math.imul(b ^ text.charCodeAt(i + 1), 0x5bd1e995);
    c = Math.imul(c ^ text.charCodeAt(i + 2), 0x01000193);
    d = Math.imul(d ^ text.charCodeAt(i + 3), 0x5bd1e995);
  }
  for (; i < end; i++) a = Math.imul(a ^ text.charCodeAt(i), 0x01000193);
  let h = Math.imul(a ^ (b >>> 13), 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (c >>> 11), 0x85ebca6b) ^ d;
  h = Math.imul(h ^ (d >>> 7), 0xc2b2ae35);
  return h ^ (h >>> 15);
}

/**
 * A copy of a string that shares no memory with it. A slice of a line (a cell) keeps the whole chunk of the file it
 * was cut from alive: what is kept across rows (a cache entry, an output key) is kept as its own string.
 */
export function detached(s: string): string {
  // V8 makes a slice of 13 characters or more a view of its parent; join makes a new flat string, exactly the same.
  return s.length < 13 ? s : s.split('').join('');
}
