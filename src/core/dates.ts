import { isoDate, isoMonth } from '../i18n/dates.js';

/** A calendar date. */
export interface CalDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

/** A calendar month as one integer: year × 12 + (month − 1), so months subtract as numbers. */
export type MonthIndex = number;

export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

export function yearOf(m: MonthIndex): number {
  return Math.floor(m / 12);
}

export function monthOf(m: MonthIndex): number {
  return (m % 12) + 1;
}

export function monthOfDate(d: CalDate): MonthIndex {
  return monthIndex(d.year, d.month);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Negative, zero or positive as a is before, on or after b. */
export function compareDates(a: CalDate, b: CalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** `2019-06-01`: the ISO text of a date, as the data sets, JSON, CSV and messages write it. */
export function formatDate(d: CalDate): string {
  return isoDate(d);
}

/** `2024-01`: the ISO text of a month. */
export function formatMonth(m: MonthIndex): string {
  return isoMonth(yearOf(m), monthOf(m));
}

/** Parses `YYYY-MM-DD` or `DD.MM.YYYY` into a real calendar date; null when it is neither. */
export function parseDate(text: string): CalDate | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  let year: number, month: number, day: number;
  if (m) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
    if (!m) return null;
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Parses `YYYY-MM` into a month index; null when it is not one. */
export function parseMonth(text: string): MonthIndex | null {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return monthIndex(Number(m[1]), month);
}
