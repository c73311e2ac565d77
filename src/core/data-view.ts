import { formatDate } from './dates.js';
import type { CpiRow, Grid, ParamValue, Raise, SeniorityBand } from './data.js';
import { gridColumns, gridRow } from './grid-rows.js';
import { msg, type Column, type Report, type Row } from './report.js';

/** The data sets `kzpay data` prints. */
export const DATA_SET_NAMES = [
  'grid',
  'raises',
  'raises-reported',
  'cpi',
  'seniority',
  'params',
  'contributions',
  'staffing',
] as const;
export type DataSetToPrint = (typeof DATA_SET_NAMES)[number];

/** A data set as read, in the form to print: columns and rows that its flag reads back. */
export type DataSetContent =
  | { name: 'grid'; grid: Grid }
  | { name: 'raises' | 'raises-reported'; raises: readonly Raise[] }
  | { name: 'cpi'; cpi: readonly CpiRow[] }
  | { name: 'seniority'; bands: readonly SeniorityBand[] }
  | { name: 'params' | 'contributions'; params: readonly ParamValue[] }
  | { name: 'staffing'; names: readonly string[]; records: readonly (readonly string[])[] };

const text = (key: string): Column => ({ key, title: key, kind: 'text' });
const dec = (key: string): Column => ({ key, title: key, kind: 'decimal' });

function table(content: DataSetContent): { columns: Column[]; rows: Row[] } {
  switch (content.name) {
    case 'grid':
      return { columns: gridColumns(content.grid), rows: content.grid.categories.map(gridRow) };
    case 'raises':
    case 'raises-reported':
      return {
        columns: [text('effective'), dec('percent'), text('scope'), text('announced'), text('source')],
        rows: content.raises.map((r) => ({
          effective: formatDate(r.effective),
          // A number in canonical form (never guarded as text), or a range low-high.
          percent: r.low.eq(r.high) ? r.low : `${r.low.toString()}-${r.high.toString()}`,
          scope: r.scopeText,
          announced: r.announced ?? '',
          source: r.source ?? '',
        })),
      };
    case 'cpi':
      return {
        columns: [text('period'), dec('inflation_pct'), text('status'), text('source')],
        rows: content.cpi.map((r) => ({
          period: r.month === undefined ? String(r.year) : `${r.year}-${String(r.month).padStart(2, '0')}`,
          inflation_pct: r.percent,
          status: r.status,
          source: r.source ?? '',
        })),
      };
    case 'seniority':
      return {
        columns: [dec('from_years'), dec('to_years'), dec('share')],
        rows: content.bands.map((b) => ({ from_years: b.from, to_years: b.to ?? null, share: b.share })),
      };
    case 'params':
    case 'contributions':
      return {
        columns: [text('name'), text('effective'), dec('value'), text('source')],
        rows: content.params.map((p) => ({
          name: p.name,
          effective: formatDate(p.effective),
          value: p.value,
          source: p.source ?? '',
        })),
      };
    case 'staffing': {
      // Cells as written, so the printed table reads back the same.
      const named = content.names.map((c, i) => [c, i] as const).filter(([c]) => c !== '');
      return {
        columns: named.map(([c]) => text(c)),
        rows: content.records.map((r) => Object.fromEntries(named.map(([c, i]) => [c, r[i]]))),
      };
    }
  }
}

/** `kzpay data NAME` as a report: the data set's rows, and its label and source notes as the assumptions. */
export function dataReport(
  content: DataSetContent,
  label: string,
  notes: readonly string[],
  inputs: Record<string, string>,
): Report {
  return {
    command: 'data',
    kind: content.name,
    title: msg('title.data_set', { name: content.name, label }),
    ...table(content),
    // The source note as one paragraph: its lines were wrapped for the file, not for the reader.
    assumptions: [
      msg('a.data_set', { name: content.name, label }),
      ...(notes.length > 0 ? [notes.join(' ').replace(/\s+/g, ' ').trim()] : []),
    ],
    inputs,
  };
}
