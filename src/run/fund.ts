import type { Grid, Raise } from '../core/data.js';
import { monthOfDate, type CalDate, type MonthIndex } from '../core/dates.js';
import {
  FundChargeSums,
  computeFundCharges,
  computeFundReport,
  fundChange,
  withCharges,
  type FundChargesSettings,
  type FundTerms,
  type FundKey,
  type FundRow,
} from '../core/fund-report.js';
import type { RulesByMonth } from '../core/take-home.js';
import type { ProposalCost } from '../core/gaps-view.js';
import type { Dec } from '../core/money.js';
import type { PriceIndex } from '../core/prices.js';
import type { StreamSource } from '../io/load.js';
import { StaffingReader, type Staffing } from '../io/staffing.js';
import type { Settings } from './settings.js';

/** What a fund is computed with, besides the data sets. */
export interface FundSettings {
  /** undefined: unit when the file has a unit column, else code. */
  by?: FundKey;
  savings: Dec | 'auto';
  /** The savings salaries by group under `auto`: the pay system's savings_group_X. */
  savingsByGroup: ReadonlyMap<string, Dec>;
  medical: Dec;
  bonus: Dec;
  fromYear: number;
  toYear: number;
  thousands: boolean;
  /** The grid's amounts are annual rates (a year's cost counts the rate once, not twelve times). */
  annual: boolean;
  gridDate: CalDate;
  pricesMonth: MonthIndex;
  raises: readonly Raise[];
  /** Without prices the fund is nominal only (total_real is the nominal total). */
  prices?: PriceIndex;
  /** With the rules of contributions by month: employer charges and labour cost (`--charges`). */
  charges?: RulesByMonth;
}

/** How far V8 lets its heap grow past what a full collection left live, in percent, while `fund` runs. */
const HEAP_GROWING_PERCENT = 20;

/**
 * Keeps fund's memory near what it holds: V8 by default lets its heap grow up to four times past what is live before
 * collecting again, and a fund of 300 000 units, whose keys and sums are about 100 MB live, peaked at 480 MB; growing
 * by a fifth at a time it peaks at 280 MB, in the same time (measured, bench/output.js). Set once, before the
 * staffing table is read (Node's v8.setFlagsFromString; the flag is read at each collection).
 */
export async function holdHeapGrowth(): Promise<void> {
  const v8 = await import('node:v8');
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/** Streams a staffing table once against a grid into cost groups (integer sums per key and category). */
export async function readStaffing(
  s: Settings,
  source: StreamSource,
  grid: Grid,
  f: Pick<FundSettings, 'by' | 'savings' | 'savingsByGroup' | 'gridDate' | 'raises' | 'charges'>,
  /** With --charges and the raise schedule known before the read (no scenario): the charges summed as rows come. */
  sumCharges?: FundSettings,
): Promise<Staffing> {
  // --decimal and --delimiter are about the user's own files (as in DataSets).
  const reader = new StaffingReader(source.label, {
    grid,
    bands: s.data.seniority(),
    raises: f.raises,
    asOf: f.gridDate,
    by: f.by,
    savings: f.savings,
    savingsByGroup: f.savingsByGroup,
    round: s.data.system().round,
    decimal: source.embedded ? 'point' : s.decimal,
    delimiter: source.embedded ? undefined : s.delimiter,
    charges: f.charges === undefined ? false : sumCharges ? (scale) => chargeSums(s, sumCharges, scale) : true,
  });
  return reader.read(source.chunks);
}

/**
 * The fund rows of a staffing table read once: as often as there are raise schedules (a scenario and its baseline).
 * Made as they are read; with --charges, the employer charges are worked first (they are few numbers a key).
 */
export function fundRows(s: Settings, staffing: Staffing, f: FundSettings): Iterable<FundRow> {
  const rows = computeFundReport({
    groups: staffing.groups,
    salaryScale: staffing.salaryScale,
    savingsScale: staffing.savingsScale,
    keys: staffing.keys,
    ...fundTerms(s, f),
    annual: f.annual,
    totalOnly: staffing.by === 'none',
    by: staffing.by,
  });
  if (!f.charges) return rows;
  if (staffing.chargeSums) return withCharges(rows, staffing.chargeSums.result(staffing.keys));
  if (!staffing.chargeRows) return rows;
  const charges = computeFundCharges({ rows: staffing.chargeRows, ...chargeSettings(s, f, f.charges) });
  return withCharges(rows, charges);
}

/** What the employer charges of a fund are worked with, besides the rows. */
function chargeSettings(s: Settings, f: FundSettings, rules: RulesByMonth): FundChargesSettings {
  return { ...fundTerms(s, f), rules };
}

/**
 * What a fund is worked with besides the staffing rows: the raises, prices, years, extra salaries and the system's
 * rounding (its figures and its employer charges alike).
 */
function fundTerms(s: Settings, f: FundSettings): FundTerms {
  return {
    raises: f.raises,
    bands: s.data.seniority(),
    prices: f.prices,
    asOf: f.gridDate,
    pricesMonth: f.pricesMonth,
    range: s.range,
    fromYear: f.fromYear,
    toYear: f.toYear,
    medical: f.medical,
    bonus: f.bonus,
    thousands: f.thousands,
    round: s.data.system().round,
  };
}

/** Sums of employer charges made before the read, for the reader's salary scale. */
function chargeSums(s: Settings, f: FundSettings, scale: number): FundChargeSums {
  return new FundChargeSums(chargeSettings(s, f, f.charges!), scale);
}

/**
 * Streams a staffing table against a grid and computes the fund rows: `fund` itself, and `gaps --propose
 * --staffing`, which runs it for today's grid and the proposed one. Lives below both commands.
 */
export async function fundOf(
  s: Settings,
  source: StreamSource,
  grid: Grid,
  f: FundSettings,
): Promise<{ rows: FundRow[]; staffing: Staffing }> {
  const staffing = await readStaffing(s, source, grid, f);
  return { rows: [...fundRows(s, staffing, f)], staffing };
}

/**
 * The yearly cost of a proposed grid for a staffing table: the fund at the grid's salaries (a year, no raises) with
 * the proposed grid minus with today's, by code and in total. A file is streamed twice; standard input is kept.
 */
export async function proposalCost(s: Settings, today: Grid, proposed: Grid, date: CalDate): Promise<ProposalCost> {
  const year = date.year;
  const system = s.data.system();
  const f: FundSettings = {
    by: 'code',
    savings: system.savings,
    savingsByGroup: system.savingsByGroup,
    medical: system.medical,
    bonus: system.bonus,
    annual: system.period === 'year',
    fromYear: year,
    toYear: year,
    thousands: false,
    gridDate: date,
    pricesMonth: monthOfDate(date),
    raises: [],
  };
  const first = s.data.open('staffing');
  let second: StreamSource;
  if (s.data.label('staffing') === '<stdin>') {
    const chunks: Uint8Array[] = [];
    for await (const chunk of first.chunks) chunks.push(chunk);
    first.chunks = replay(chunks);
    second = { ...first, chunks: replay(chunks) };
  } else {
    second = s.data.open('staffing');
  }
  const before = await fundOf(s, first, today, f);
  const after = await fundOf(s, second, proposed, f);
  s.data.comments.staffing = before.staffing.comments;
  const change = fundChange(before.rows, after.rows);
  const byCode = new Map(
    [...change.byKey].map(([code, c]) => [code, { headcount: Number(c.headcount), cost: c.cost }]),
  );
  return {
    year,
    staffing: s.data.label('staffing'),
    byCode,
    total: change.total,
    medical: f.medical,
    bonus: f.bonus,
    savings: f.savings,
  };
}

async function* replay(chunks: Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* chunks;
}
