/** The output formats, apart from the renderers so that checking an option loads none of them. */
export type Format = 'table' | 'csv' | 'json' | 'md' | 'xlsx';
export const FORMATS: readonly Format[] = ['table', 'csv', 'json', 'md', 'xlsx'];
