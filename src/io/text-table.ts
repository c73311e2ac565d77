/** Entries a TextCache holds before it starts afresh. */
export const CACHE_LIMIT = 1 << 10;

/** Above this many bytes two keys are compared natively (Buffer.compare); below, a loop is quicker than the call. */
const NATIVE_COMPARE = 24;

/**
 * What the per-row hot path has already worked out for a cell's raw bytes (a code, a unit, a number), or for a pair
 * of cells (a code and its group). Open addressing with a hash of every byte computed in JS, so that a cell is looked
 * up where it stands in its line, without making a string of it. It forgets everything once it holds `limit` entries,
 * so a file of millions of distinct values costs a bounded amount of memory; whatever must be kept for the output is
 * kept elsewhere.
 */
export class TextCache<V> {
  /**
   * The keys' bytes one after the other in one arena (a pair's first cell, 0x01, then its second): a lookup reads
   * them where they are, with no object to go through per key. Per slot: where its key starts (-1: empty), its length,
   * and for a key of at most 8 bytes its two words (`words`); a slot's hash is not kept (at most half the slots are
   * used): a longer key is told from another by its length and all its bytes.
   */
  private arena = Buffer.alloc(1024);
  private used = 0;
  private offsets!: Int32Array;
  private lengths!: Int32Array;
  /** Per slot, a key of at most 8 bytes as the two words its hash is made of: compared as two numbers. */
  private words!: Int32Array;
  private values!: (V | undefined)[];
  private mask = 0;
  private count = 0;
  /** The slot the last key added went in. */
  private lastSlot = 0;

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
    this.offsets = new Int32Array(size).fill(-1);
    this.lengths = new Int32Array(size);
    this.words = new Int32Array(size * 2);
    this.values = new Array<V | undefined>(size).fill(undefined);
    this.mask = size - 1;
    this.count = 0;
    this.used = 0;
  }

  /** The value of the key `bytes[start, end)`. */
  get(bytes: Uint8Array, start: number, end: number): V | undefined {
    const i = this.find(hash(bytes, start, end), bytes, start, end);
    return i >= 0 ? this.values[i] : undefined;
  }

  /** The value of the pair of keys `bytes[s1, e1)` and `bytes[s2, e2)`. */
  getPair(bytes: Uint8Array, s1: number, e1: number, s2: number, e2: number): V | undefined {
    const i = this.findPair(pairHash(bytes, s1, e1, s2, e2), bytes, s1, e1, s2, e2);
    return i >= 0 ? this.values[i] : undefined;
  }

  set(bytes: Uint8Array, start: number, end: number, value: V): void {
    const h = hash(bytes, start, end);
    const i = this.find(h, bytes, start, end);
    if (i >= 0) {
      this.values[i] = value;
      return;
    }
    const at = this.add(h, end - start, value);
    this.arena.set(bytes.subarray(start, end), at);
    if (end - start <= 8) {
      this.words[2 * this.lastSlot] = shortLo;
      this.words[2 * this.lastSlot + 1] = shortHi;
    }
  }

  setPair(bytes: Uint8Array, s1: number, e1: number, s2: number, e2: number, value: V): void {
    // A pair is kept as its first key, the byte 1, its second: a key holding that byte is left out, or the pair
    // ("X\x01Y", "c") would be found for ("X", "Y\x01c").
    if (holdsOne(bytes, s1, e1) || holdsOne(bytes, s2, e2)) return;
    const h = pairHash(bytes, s1, e1, s2, e2);
    const i = this.findPair(h, bytes, s1, e1, s2, e2);
    if (i >= 0) {
      this.values[i] = value;
      return;
    }
    const at = this.add(h, e1 - s1 + 1 + e2 - s2, value);
    this.arena.set(bytes.subarray(s1, e1), at);
    this.arena[at + e1 - s1] = 1;
    this.arena.set(bytes.subarray(s2, e2), at + e1 - s1 + 1);
  }

  /** The slot of the key `bytes[start, end)` of hash `h`; -1 when it is not there. */
  private find(h: number, bytes: Uint8Array, start: number, end: number): number {
    const n = end - start;
    const { offsets, lengths, arena, mask } = this;
    if (n <= 8) {
      // A short key is its two words (set by hash, just before): no bytes to compare.
      const { words } = this;
      const lo = shortLo;
      const hi = shortHi;
      for (let i = h & mask; ; i = (i + 1) & mask) {
        if (offsets[i] < 0) return -1;
        if (words[2 * i] === lo && words[2 * i + 1] === hi && lengths[i] === n) return i;
      }
    }
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const at = offsets[i];
      if (at < 0) return -1;
      if (lengths[i] === n && same(arena, at, bytes, start, n)) return i;
    }
  }

  private findPair(h: number, bytes: Uint8Array, s1: number, e1: number, s2: number, e2: number): number {
    const n1 = e1 - s1;
    const n2 = e2 - s2;
    const { offsets, lengths, arena, mask } = this;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const at = offsets[i];
      if (at < 0) return -1;
      if (
        lengths[i] === n1 + 1 + n2 &&
        arena[at + n1] === 1 &&
        same(arena, at, bytes, s1, n1) &&
        same(arena, at + n1 + 1, bytes, s2, n2)
      )
        return i;
    }
  }

  /** A new key of `length` bytes and hash `h` holding `value` (a full cache is cleared first): its arena offset. */
  private add(h: number, length: number, value: V): number {
    if (this.count >= this.limit) this.clear();
    let i = h & this.mask;
    while (this.offsets[i] >= 0) i = (i + 1) & this.mask;
    if (this.used + length > this.arena.length) {
      let size = this.arena.length * 2;
      while (size < this.used + length) size *= 2;
      const grown = Buffer.alloc(size);
      grown.set(this.arena.subarray(0, this.used));
      this.arena = grown;
    }
    const at = this.used;
    this.lastSlot = i;
    this.offsets[i] = at;
    this.lengths[i] = length;
    this.values[i] = value;
    this.used += length;
    this.count++;
    return at;
  }

  clear(): void {
    this.offsets.fill(-1);
    this.values.fill(undefined);
    this.count = 0;
    this.used = 0;
    // An arena grown by a few long keys does not stay large.
    if (this.arena.length > 1 << 20) this.arena = Buffer.alloc(1024);
  }
}

/** Whether `n` bytes of `a` from `i` are those of `b` from `j`. */
function same(a: Buffer, i: number, b: Uint8Array, j: number, n: number): boolean {
  if (n > NATIVE_COMPARE) return a.compare(b, j, j + n, i, i + n) === 0;
  for (let k = 0; k < n; k++) if (a[i + k] !== b[j + k]) return false;
  return true;
}

/** The two words of the last short key hashed (its bytes 0-3 and 4-7, little-endian): what a short key is told by. */
let shortLo = 0;
let shortHi = 0;

/**
 * A hash of the length and every byte: keys that differ anywhere, the middle included, hash apart. Four FNV-1a lanes
 * over every fourth byte, mixed at the end, so that a long key is not one long chain of multiplications.
 */
function hash(bytes: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n <= 8) {
    // A short key (a code, a number, a short unit name): its bytes as two words, mixed; the words are kept for find.
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < n; i++) {
      if (i < 4) lo |= bytes[start + i] << (8 * i);
      else hi |= bytes[start + i] << (8 * (i - 4));
    }
    shortLo = lo;
    shortHi = hi;
    hi ^= n;
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
  }
  let a = 0x811c9dc5 ^ n;
  let b = 0x01000193;
  let c = 0x9e3779b1;
  let d = 0x7f4a7c15;
  let i = start;
  for (; i + 3 < end; i += 4) {
    a = Math.imul(a ^ bytes[i], 0x01000193);
    b = Math.imul(b ^ bytes[i + 1], 0x5bd1e995);
    c = Math.imul(c ^ bytes[i + 2], 0x01000193);
    d = Math.imul(d ^ bytes[i + 3], 0x5bd1e995);
  }
  for (; i < end; i++) a = Math.imul(a ^ bytes[i], 0x01000193);
  let h = Math.imul(a ^ (b >>> 13), 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (c >>> 11), 0x85ebca6b) ^ d;
  h = Math.imul(h ^ (d >>> 7), 0xc2b2ae35);
  return h ^ (h >>> 15);
}

/** The hash of a pair of keys: each key's hash, mixed. */
function pairHash(bytes: Uint8Array, s1: number, e1: number, s2: number, e2: number): number {
  const h = Math.imul(hash(bytes, s1, e1) ^ 0x27d4eb2f, 0x85ebca6b) ^ hash(bytes, s2, e2);
  return Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ (h >>> 16);
}

/**
 * A copy of a string that shares no memory with it. A slice of a line (a cell) keeps the whole chunk of the file it
 * was cut from alive: what is kept across rows (an output key) is kept as its own string.
 */
export function detached(s: string): string {
  // V8 makes a slice of 13 characters or more a view of its parent; join makes a new flat string, exactly the same.
  return s.length < 13 ? s : s.split('').join('');
}

/** Whether the bytes [start, end) hold the byte 1, which separates the keys of a pair. */
export function holdsOne(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i] === 1) return true;
  return false;
}
