import { en, type MessageId } from '../i18n/en.js';
import { formatDate } from './dates.js';
import type { CpiRow, Grid, ParamValue, Raise, SeniorityBand } from './data.js';
import { gridColumns, gridRow } from './grid-rows.js';
import type { Dec } from './money.js';
import { dataSetName, dataText, msg, type Column, type ColumnKind, type Msg, type Report, type Row } from './report.js';
import type { PaySystem } from './system.js';

/** The data sets `kzpay data` prints. */
export const DATA_SET_NAMES = [
  'system',
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
  | { name: 'system'; system: PaySystem }
  | { name: 'seniority'; bands: readonly SeniorityBand[] }
  | { name: 'params' | 'contributions'; params: readonly ParamValue[] }
  | { name: 'staffing'; names: readonly string[]; records: readonly (readonly StaffingCell[])[] };

/** A staffing cell as printed: text, a number of a number column (headcount a JS number), or null when empty. */
export type StaffingCell = string | number | Dec | null;

/** The staffing columns that hold numbers, and how each is printed: JSON and xlsx give numbers, not their text. */
export const STAFFING_NUMBER_KINDS: Readonly<Record<string, ColumnKind>> = {
  headcount: 'int',
  experience: 'decimal',
  salary: 'money',
  savings_salaries: 'decimal',
};

/** A data set's column: its header is the file's column name, worded in the locale for a reader (table, md, xlsx). */
export function dataColumn(key: string, kind: Column['kind'], more: Partial<Column> = {}): Column {
  const id = `key.${key}` as MessageId;
  return { key, title: Object.hasOwn(en, id) ? msg(id) : key, kind, ...more };
}
const text = (key: string, more: Partial<Column> = {}): Column => dataColumn(key, 'text', more);
const dec = (key: string): Column => dataColumn(key, 'decimal');
/** kzpay's words in the cells (status, scope all, a parameter's name): in the locale. */
const words = { translate: true };
/** Text of the data (sources, announcements, units): in the locale where the data words know it. */
const data = { dataWords: true };

/**
 * The columns and rows of a data set. `embedded`: whether the pay system is the embedded one, whose parameters have
 * names in each language (МРП, АЕК); another system's are shown as its file names them.
 */
function table(content: DataSetContent, embedded: boolean): { columns: Column[]; rows: Row[] } {
  switch (content.name) {
    case 'grid':
      return { columns: gridColumns(content.grid), rows: content.grid.categories.map(gridRow) };
    case 'raises':
    case 'raises-reported':
      return {
        columns: [
          text('effective'),
          dec('percent'),
          text('scope', words),
          text('announced', data),
          text('source', data),
        ],
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
        columns: [text('period'), dec('inflation_pct'), text('status', words), text('source', data)],
        rows: content.cpi.map((r) => ({
          period: r.month === undefined ? String(r.year) : `${r.year}-${String(r.month).padStart(2, '0')}`,
          inflation_pct: r.percent,
          status: r.status,
          source: r.source ?? '',
        })),
      };
    case 'seniority': {
      // The scope column only where a ladder has one, so that a plain file prints as it was.
      const scoped = content.bands.some((b) => b.scopeText !== undefined);
      return {
        columns: [dec('from_years'), dec('to_years'), dec('share'), ...(scoped ? [text('scope')] : [])],
        rows: content.bands.map((b) => ({
          from_years: b.from,
          to_years: b.to ?? null,
          share: b.share,
          ...(scoped ? { scope: b.scopeText ?? 'all' } : {}),
        })),
      };
    }
    case 'system':
      return { columns: [text('name'), text('value')], rows: systemRows(content.system) };
    case 'params':
    case 'contributions':
      return {
        columns: [text('name', embedded ? words : {}), text('effective'), dec('value'), text('source', data)],
        rows: content.params.map((p) => ({
          name: p.name,
          effective: formatDate(p.effective),
          value: p.value,
          source: p.source ?? '',
        })),
      };
    case 'staffing': {
      // Numbers as numbers and empty cells as null; text as written, so the printed table reads back the same.
      const named = content.names.map((c, i) => [c, i] as const).filter(([c]) => c !== '');
      const first = new Map(named.map(([c, i]) => [c, i] as const).reverse());
      const column = (c: string, i: number): Column =>
        STAFFING_NUMBER_KINDS[c] && first.get(c) === i
          ? dataColumn(c, STAFFING_NUMBER_KINDS[c])
          : text(c, c === 'unit' ? data : {});
      return {
        columns: named.map(([c, i]) => column(c, i)),
        rows: content.records.map((r) => Object.fromEntries(named.map(([c, i]) => [c, r[i]]))),
      };
    }
  }
}

/** A pay system's settings as system.csv rows, every name with the value in force (a default where not given). */
function systemRows(p: PaySystem): Row[] {
  const row = (name: string, value: string) => ({ name, value });
  return [
    row('name', p.name),
    row('currency', p.currency),
    row('currency_word_en', p.currencyWord.en),
    row('currency_word_ru', p.currencyWord.ru),
    row('currency_word_kk', p.currencyWord.kk),
    row('period', p.period),
    row('round', p.round === undefined ? '' : String(p.round)),
    row('step_rule', p.stepRule?.text ?? 'off'),
    row('floor', p.floor),
    row('medical', p.medical.toString()),
    row('bonus', p.bonus.toString()),
    row('savings', p.savings === 'auto' ? 'auto' : p.savings.toString()),
    ...[...p.savingsByGroup].map(([g, n]) => row(`savings_group_${g}`, n.toString())),
  ];
}

/** `kzpay data NAME` as a report: the data set's rows, and its label and source notes as the assumptions. */
export function dataReport(
  content: DataSetContent,
  label: string,
  notes: readonly string[],
  inputs: Record<string, string>,
  more: readonly Msg[] = [],
  embeddedSystem = true,
): Report {
  return {
    command: 'data',
    kind: content.name,
    heading: msg('page.title.data', { name: dataSetName(content.name) }),
    title: msg('title.data_set', { name: dataSetName(content.name), label }),
    ...table(content, embeddedSystem),
    // The source note as one paragraph: its lines were wrapped for the file, not for the reader.
    assumptions: [
      msg('a.data_set', { name: dataSetName(content.name), label }),
      ...(notes.length > 0 ? [[dataText(notes.join(' ').replace(/\s+/g, ' ').trim())]] : []),
      ...more,
    ],
    inputs,
  };
}
