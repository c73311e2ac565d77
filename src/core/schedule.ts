import { compareDates, type CalDate } from './dates.js';

/** The value in force at a date: the latest entry effective on or before it; undefined before the first. */
export function valueAt<T extends { effective: CalDate }>(entries: readonly T[], date: CalDate): T | undefined {
  let best: T | undefined;
  for (const e of entries) {
    if (compareDates(e.effective, date) <= 0 && (best === undefined || compareDates(e.effective, best.effective) >= 0))
      best = e;
  }
  return best;
}
