import type { ChargeChunk, ChargeRows } from '../core/fund-report.js';
import type { Category } from '../core/data.js';
import { Dec, type Dec as DecT } from '../core/money.js';

/**
 * The staffing rows as `fund --charges` needs them: employer charges are not linear in the salary (caps, bounds,
 * rounding per person), so each row's salary, savings, key, cost class, year of birth and headcount are written to
 * typed arrays (31 bytes a row, in chunks): handed to the sums a chunk at a time when the raise schedule is known
 * before the read, else kept and summed after it. A table of distinct people was measured slower: a million rows of
 * own salaries are about a million distinct ones, and finding each in a hash table costs more than keeping it.
 */
export class ChargeRowsBuilder {
  private readonly chunks: ChargeChunk[] = [];
  private chunk: ChargeChunk = newChunk();

  /**
   * `onFull`: hand each full chunk over and fill it again (the charges summed as the file streams, in flat memory);
   * without it, the chunks are kept.
   */
  constructor(private readonly onFull?: (chunk: ChargeChunk) => void) {
    this.chunks.push(this.chunk);
  }

  /** Keeps one row (`born` -1 when not given; `shared` when the salary is the grid's, which a band's rows share). */
  add(
    salaryUnits: number,
    savingsId: number,
    key: number,
    costClass: number,
    born: number,
    headcount: number,
    shared: boolean,
  ): void {
    let c = this.chunk;
    if (c.n === CHUNK) {
      if (this.onFull) {
        this.onFull(c);
        c.n = 0;
      } else {
        // Chunks of a fixed size: no array is copied as the rows grow.
        this.chunks.push((c = this.chunk = newChunk()));
      }
    }
    const i = c.n++;
    c.salaryUnits[i] = salaryUnits;
    c.savingsId[i] = savingsId;
    c.keyIndex[i] = key;
    c.costClass[i] = costClass;
    c.born[i] = born;
    c.headcount[i] = headcount;
    c.shared[i] = shared ? 1 : 0;
  }

  /** Hands over the last rows (with `onFull`). */
  finish(): void {
    if (!this.onFull) return;
    if (this.chunk.n > 0) this.onFull(this.chunk);
    this.chunk.n = 0;
  }

  /** The rows kept, with the keys, cost classes and savings counts their numbers stand for. */
  rows(
    keys: readonly string[],
    categories: readonly Category[],
    savings: readonly DecT[],
    salaryScale: number,
  ): ChargeRows {
    return { chunks: this.chunks, salaryScale, savings, keys, categories };
  }
}

/** Numbers for the counts of savings salaries, the same for the same count whatever the scale it was read at. */
export class SavingsIds {
  readonly values: DecT[] = [];
  private readonly byText = new Map<string, number>();
  private readonly byUnits = new Map<number, number>();
  /** Small counts (under 4096 units at a scale under 8) found by index: most files have a few such. */
  private readonly small: Int32Array[] = [];
  private lastUnits = -1;
  private lastScale = -1;
  private lastId = -1;

  /** The number of `units` × 10^-scale salaries. */
  id(units: number, scale: number): number {
    if (units === this.lastUnits && scale === this.lastScale) return this.lastId;
    this.lastUnits = units;
    this.lastScale = scale;
    const small = units < 4096 && scale < 8 ? (this.small[scale] ??= new Int32Array(4096).fill(-1)) : undefined;
    if (small && small[units] >= 0) return (this.lastId = small[units]);
    let id = this.byUnits.get(units * 32 + scale);
    if (id === undefined) {
      const value = new Dec(`${units}e-${scale}`);
      const text = value.toString();
      id = this.byText.get(text);
      if (id === undefined) {
        id = this.values.push(value) - 1;
        this.byText.set(text, id);
      }
      if (units < 2 ** 47) this.byUnits.set(units * 32 + scale, id);
    }
    if (small) small[units] = id;
    this.lastId = id;
    return id;
  }
}

/** Rows a chunk holds (31 bytes each: about 2 MB a chunk). */
const CHUNK = 1 << 16;

function newChunk(): ChargeChunk {
  return {
    n: 0,
    salaryUnits: new Float64Array(CHUNK),
    savingsId: new Int32Array(CHUNK),
    keyIndex: new Int32Array(CHUNK),
    costClass: new Int32Array(CHUNK),
    born: new Int16Array(CHUNK),
    headcount: new Float64Array(CHUNK),
    shared: new Uint8Array(CHUNK),
  };
}
