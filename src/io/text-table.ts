/**
 * A table keyed by strings for the per-row hot path: open addressing with a hash computed in JS, so a key can be
 * looked up where it stands in a line (getRange) without making a string of it.
 */
export class TextTable<V> {
  private keys: (string | undefined)[];
  private values: (V | undefined)[];
  private mask: number;
  private count = 0;

  constructor(capacity = 64) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.values = new Array<V | undefined>(size).fill(undefined);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
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
      if (k.length === n && text.startsWith(k, start)) return this.values[i];
      i = (i + 1) & this.mask;
    }
  }

  set(key: string, value: V): void {
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
    this.keys[i] = key;
    this.values[i] = value;
    // Kept at most half full, so a probe ends soon.
    if (++this.count * 2 > this.mask) this.grow();
  }

  private grow(): void {
    const { keys, values } = this;
    const size = keys.length * 2;
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.values = new Array<V | undefined>(size).fill(undefined);
    this.mask = size - 1;
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== undefined) this.set(keys[i]!, values[i]!);
  }
}

/** FNV-1a over the length and the characters; of a long key only the first and last 16, which tell names apart. */
function hash(text: string, start: number, end: number): number {
  const n = end - start;
  let h = Math.imul(0x811c9dc5 ^ n, 0x01000193);
  if (n <= 32) {
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  } else {
    for (let i = start; i < start + 16; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    for (let i = end - 16; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  return h ^ (h >>> 15);
}
