/** The output formats, apart from the renderers so that checking an option loads none of them. */
export type Format = 'table' | 'csv' | 'json' | 'md' | 'xlsx' | 'html';
export const FORMATS: readonly Format[] = ['table', 'csv', 'json', 'md', 'xlsx', 'html'];

/** The language of the words, and the CSV dialect: en, or a Russian or Kazakh spreadsheet's. */
export type Locale = 'en' | 'ru' | 'kk';
export const LOCALES: readonly Locale[] = ['en', 'ru', 'kk'];
