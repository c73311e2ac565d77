import type { ChargeChunk, ChargeRows } from '../core/fund-report.js';
import type { Category } from '../core/data.js';
import { Dec, type Dec as DecT } from '../core/money.js';

/**
 * The staffing rows as `fund --charges` needs them: employer charges are not linear in the salary (caps, bounds,
 * rounding per person), so each row's salary, savings, key, cost class, year of birth and headcount are kept, in
 * typed arrays (30 bytes a row, written in order in chunks), and the charges worked out after the read, once the raise
 * schedules are known. A table of distinct people was measured slower: a million rows of own salaries are about a
 * million distinct ones, and finding each in a hash table costs more than keeping it.
 */
export class ChargeRowsBuilder {
  private readonly chunks: ChargeChunk[] = [];
  private chunk: ChargeChunk = newChunk();
  private readonly savingsIds = new Map<string, number>();
  private readonly savingsIdsByUnits = new Map<number, number>();
  private readonly savings: DecT[] = [];
  private lastSavings = -1;
  private lastSavingsScale = -1;
  private lastSavingsId = -1;

  constructor() {
    this.chunks.push(this.chunk);
  }

  /** Keeps one row (`born` -1 when not given; `savingsUnits` in units of 10^-savingsScale salaries). */
  add(
    salaryUnits: number,
    savingsUnits: number,
    savingsScale: number,
    key: number,
    costClass: number,
    born: number,
    headcount: number,
  ): void {
    let c = this.chunk;
    if (c.n === CHUNK) {
      // Chunks of a fixed size: no array is copied as the rows grow.
      this.chunks.push((c = this.chunk = newChunk()));
    }
    const i = c.n++;
    c.salaryUnits[i] = salaryUnits;
    if (savingsUnits !== this.lastSavings || savingsScale !== this.lastSavingsScale) {
      this.lastSavings = savingsUnits;
      this.lastSavingsScale = savingsScale;
      this.lastSavingsId = this.savingsIdOf(savingsUnits, savingsScale);
    }
    c.savingsId[i] = this.lastSavingsId;
    c.keyIndex[i] = key;
    c.costClass[i] = costClass;
    c.born[i] = born;
    c.headcount[i] = headcount;
  }

  /** The same number for the same count of savings salaries, whatever the scale it was read at. */
  private savingsIdOf(units: number, scale: number): number {
    const known = this.savingsIdsByUnits.get(units * 32 + scale);
    if (known !== undefined) return known;
    const value = new Dec(`${units}e-${scale}`);
    const text = value.toString();
    let id = this.savingsIds.get(text);
    if (id === undefined) {
      id = this.savings.push(value) - 1;
      this.savingsIds.set(text, id);
    }
    if (units < 2 ** 47) this.savingsIdsByUnits.set(units * 32 + scale, id);
    return id;
  }

  /** The rows kept, with the keys, cost classes and savings counts their numbers stand for. */
  rows(keys: readonly string[], categories: readonly Category[], salaryScale: number): ChargeRows {
    return { chunks: this.chunks, salaryScale, savings: this.savings, keys, categories };
  }
}

/** Rows a chunk holds (30 bytes each: about 2 MB a chunk). */
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
  };
}
