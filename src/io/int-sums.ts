/** Above this a running sum moves into a BigInt: a sum of two numbers at most this is still an exact integer. */
export const FLUSH = 2 ** 52;

/** The most entries of the flat pair table (16 MB); beyond, pairs are found through a Map. */
const MAX_TABLE = 1 << 22;
/** Second numbers of a pair stay below this in the Map's keys. */
const B_LIMIT = 2 ** 26;

/**
 * Exact sums of non-negative integers, `width` of them per pair of small numbers (a, b), e.g. (key, category).
 * Kept as doubles in one typed array while they are safe integers, moved into BigInts beyond; the pairs are found
 * through one flat table. Both are close together in memory: rows of a file in random order stay fast.
 */
export class IntSums {
  private values: Float64Array;
  private readonly big = new Map<number, bigint>();
  private slots = 0;
  /** Per pair, 1 + the slot's number, 0 for none: the entry of (a, b) is at a × cols + b. */
  private table: Int32Array;
  private rows = 16;
  private cols = 16;
  /** Each pair's numbers, by slot: two numbers a pair rather than an object (300 000 units' pairs: 2.4 MB, not 14). */
  private pairA = new Int32Array(1024);
  private pairB = new Int32Array(1024);
  /** The pairs' first indices once the table would be too large (a file with very many keys and codes). */
  private spilled: Map<number, number> | null = null;

  constructor(readonly width: number) {
    this.values = new Float64Array(width * 1024);
    this.table = new Int32Array(this.rows * this.cols);
  }

  /** The index of the first sum of the pair (a, b); a new pair starts at 0. */
  at(a: number, b: number): number {
    if (a < this.rows && b < this.cols) {
      const slot = this.table[a * this.cols + b];
      if (slot !== 0) return (slot - 1) * this.width;
    } else if (this.spilled !== null) {
      const at = this.spilled.get(a * B_LIMIT + b);
      if (at !== undefined) return at;
    }
    return this.newPair(a, b);
  }

  /** Adds an integer 0 ≤ v ≤ FLUSH to the sum at index i (a pair's first index plus the column). */
  add(i: number, v: number): void {
    // Exact: both terms are at most FLUSH, so the sum is at most 2^53.
    const s = this.values[i] + v;
    if (s <= FLUSH) this.values[i] = s;
    else {
      this.values[i] = 0;
      this.big.set(i, (this.big.get(i) ?? 0n) + BigInt(s));
    }
  }

  /** Adds a BigInt (≥ 0) to the sum at index i. */
  addBig(i: number, v: bigint): void {
    const held = this.values[i];
    this.values[i] = 0;
    this.big.set(i, (this.big.get(i) ?? 0n) + BigInt(held) + v);
  }

  /** Multiplies one column of every pair by a whole factor (to move the column to a finer scale). */
  scaleColumn(column: number, factor: bigint): void {
    for (let i = column; i < this.slots * this.width; i += this.width) {
      const big = this.get(i);
      this.values[i] = 0;
      if (big !== 0n) this.big.set(i, big * factor);
    }
  }

  /** The exact sum at index i. */
  get(i: number): bigint {
    return (this.big.get(i) ?? 0n) + BigInt(this.values[i]);
  }

  /** Every pair with the index of its first sum, in the order they were first added to; made as they are read. */
  *entries(): Generator<{ a: number; b: number; at: number }> {
    for (let slot = 0; slot < this.slots; slot++)
      yield { a: this.pairA[slot], b: this.pairB[slot], at: slot * this.width };
  }

  private newPair(a: number, b: number): number {
    let inTable = a < this.rows && b < this.cols;
    if (!inTable && this.spilled === null) {
      let rows = this.rows;
      let cols = this.cols;
      while (a >= rows) rows *= 2;
      while (b >= cols) cols *= 2;
      if (rows * cols <= MAX_TABLE) {
        const table = new Int32Array(rows * cols);
        for (let r = 0; r < this.rows; r++)
          table.set(this.table.subarray(r * this.cols, (r + 1) * this.cols), r * cols);
        [this.table, this.rows, this.cols] = [table, rows, cols];
        inTable = true;
      } else {
        // The table keeps the pairs it has; the rest go to a Map.
        this.spilled = new Map();
      }
    }
    if (b >= B_LIMIT) throw new RangeError(`more than ${B_LIMIT} distinct codes`);
    const at = this.slots * this.width;
    if (at + this.width > this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    if (this.slots === this.pairA.length) {
      const [a2, b2] = [new Int32Array(this.slots * 2), new Int32Array(this.slots * 2)];
      a2.set(this.pairA);
      b2.set(this.pairB);
      [this.pairA, this.pairB] = [a2, b2];
    }
    this.pairA[this.slots] = a;
    this.pairB[this.slots] = b;
    this.slots++;
    if (inTable) this.table[a * this.cols + b] = this.slots;
    else this.spilled!.set(a * B_LIMIT + b, at);
    return at;
  }
}
