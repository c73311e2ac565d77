import type { ChargeRows } from '../core/fund-report.js';
import type { Category } from '../core/data.js';
import { Dec, type Dec as DecT } from '../core/money.js';

/**
 * The staffing rows as `fund --charges` needs them: employer charges are not linear in the salary (caps, bounds,
 * rounding per person), so each row's salary, savings, key, cost class, year of birth and headcount are kept, in
 * typed arrays (30 bytes a row, written in order), and the charges worked out after the read, once the raise
 * schedules are known. A table of distinct people was measured slower: a million rows of own salaries are about a
 * million distinct ones, and finding each in a hash table costs more than keeping it.
 */
export class ChargeRowsBuilder {
  private n = 0;
  private salary = new Float64Array(1024);
  private savingsId = new Int32Array(1024);
  private key = new Int32Array(1024);
  private costClass = new Int32Array(1024);
  private born = new Int16Array(1024);
  private headcount = new Float64Array(1024);
  private readonly savingsIds = new Map<string, number>();
  private readonly savingsIdsByUnits = new Map<number, number>();
  private readonly savings: DecT[] = [];
  private lastSavings = -1;
  private lastSavingsScale = -1;
  private lastSavingsId = -1;

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
    if (this.n === this.salary.length) this.grow();
    const i = this.n++;
    this.salary[i] = salaryUnits;
    if (savingsUnits !== this.lastSavings || savingsScale !== this.lastSavingsScale) {
      this.lastSavings = savingsUnits;
      this.lastSavingsScale = savingsScale;
      this.lastSavingsId = this.savingsIdOf(savingsUnits, savingsScale);
    }
    this.savingsId[i] = this.lastSavingsId;
    this.key[i] = key;
    this.costClass[i] = costClass;
    this.born[i] = born;
    this.headcount[i] = headcount;
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

  private grow(): void {
    const size = this.salary.length * 2;
    const more = <T extends Float64Array | Int32Array | Int16Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(size);
      b.set(a);
      return b;
    };
    this.salary = more(this.salary, Float64Array);
    this.savingsId = more(this.savingsId, Int32Array);
    this.key = more(this.key, Int32Array);
    this.costClass = more(this.costClass, Int32Array);
    this.born = more(this.born, Int16Array);
    this.headcount = more(this.headcount, Float64Array);
  }

  /** The rows kept, with the keys, cost classes and savings counts their numbers stand for. */
  rows(keys: readonly string[], categories: readonly Category[], salaryScale: number): ChargeRows {
    return {
      size: this.n,
      salaryScale,
      salaryUnits: this.salary,
      savingsId: this.savingsId,
      savings: this.savings,
      keyIndex: this.key,
      keys,
      costClass: this.costClass,
      categories,
      born: this.born,
      headcount: this.headcount,
    };
  }
}
