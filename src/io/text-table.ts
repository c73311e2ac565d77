/** Entries a TextCache holds before it starts afresh. */
export const CACHE_LIMIT = 1024;

/**
 * What the per-row hot path has already worked out for a cell's raw text (a code, a unit, a number), in the
 * platform's Map. It forgets everything once it holds `limit` entries, so a file of millions of distinct values costs
 * a bounded amount of memory; whatever must be kept for the output is kept elsewhere.
 */
export class TextCache<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly limit = CACHE_LIMIT) {}

  get size(): number {
    return this.map.size;
  }

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  /** The value of the key `text.slice(start, end)`. */
  getRange(text: string, start: number, end: number): V | undefined {
    return this.map.get(text.slice(start, end));
  }

  set(key: string, value: V): void {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
  }

  clear(): void {
    this.map.clear();
  }
}
