/**
 * What a reader sees in English, for the tests that scan the ru and kk output: words of Latin letters that are not
 * codes, and percents with a decimal point.
 *
 * What is not a word to translate, each for a reason:
 * - codes: categories (E-G-4, D-O-1), option names (--grid-date), a file's keys with `_` or `=` in them (raise_pct,
 *   X_base, corps=B, status=projection), file paths and names (fixtures/grid-2024.csv, vlast.kz), and anything a
 *   template quotes in backticks (`kzpay data grid`, `tier`), a law's number (№ 206-VIII);
 * - the words below, listed one by one.
 */
const ALLOWED = new Set([
  // The program's own name.
  'kzpay',
  // Abbreviations a Russian or Kazakh reader writes in Latin letters too: the file format, and CI (a build server).
  'CSV',
  'CI',
  // The currency's ISO code in a workbook's title row.
  'KZT',
  // The grid's salary columns, as a user writes them in a grid file and in options (--basis min|max).
  'min',
  'max',
  // Firms a Russian or Kazakh text names in Latin letters, as they write themselves (the contributions' sources).
  'PwC',
  'EY',
  'Moore',
  // X in the --compare notes (X_base, X, X_diff) is a single letter; FILE and the like are placeholders in --help.
  'FILE',
  'COMMAND',
  'CODE',
  'STAFFING',
  'NAME',
  'DIR',
  'YEAR',
  'PCT',
  'PP',
  'DATE',
  'SCOPE',
  'YYYY',
  'MM',
  'DD',
]);

/** The English words of a text: runs of 2+ Latin letters that are not codes, paths or allowed words. */
export function englishWords(text: string): string[] {
  const stripped = text
    .replace(/`[^`]*`/g, ' ') // quoted code (a line may wrap inside it)
    .replace(/\bkzpay (?:salary|index|gaps|fund|data|net)\b/g, ' ') // a command (a workbook's title row)
    .replace(/[\w-]+(?:\|[\w-]+)+/g, ' ') // alternatives a value takes: grid|raises|cpi
    // options, with their value (`--range mid`, `--savings auto`, `--format <table|csv>`)
    .replace(/(^|[\s(«"'])--?[a-zA-Z][\w-]*(?:[ =](?:<[^>]*>|[a-z][\w@+.-]*\b))?/g, ' ')
    .replace(/<[^>\s]*>/g, ' ') // placeholders <file>
    .replace(/[\w.-]*[/\\][\w./\\-]*/g, ' ') // paths
    .replace(/\b[\w-]+\.(?:csv|json|md|xlsx|html|txt|tgz|kz|com)\b/g, ' ') // file names, sites
    .replace(/\S*[_=]\S*/g, ' ') // keys and selectors: raise_pct, X_base, corps=B
    .replace(/\b[A-Z](?:-[A-Z0-9]+)+\*?/g, ' ') // category codes and patterns: E-G-4, D-O-*
    .replace(/\b[A-Z]-\*/g, ' ')
    .replace(/\b\d+-[IVXLC]+\b/g, ' '); // a law's number, the parliament's convocation in Roman numerals: 206-VIII
  // A run of o is a chart's line marker (`*`, `+`, `o`), not a word.
  return (stripped.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !ALLOWED.has(w) && !/^o+$/.test(w));
}

/**
 * The prose of --help without its syntax: the term of each item (a command with its arguments, an option, an
 * argument's name), the example command lines and an option's default value, which are what a user types.
 */
export function helpProse(help: string): string {
  return help
    .split('\n')
    .map((line) => line.replace(/^ {2}(?:kzpay .*?(?= {2,}|$)|\S.*?(?= {2,}|$))/, ''))
    .join('\n')
    .replace(/kzpay(?: [\w.*@:=+|<>[\]-]+)*/g, ' ') // a command line
    .replace(/\[[\w.]+\]/g, ' ') // an argument: [staffing]
    .replace(/"[^"\n]*"/g, ' ') // a quoted value: "auto"
    .replace(/\((?:default|по\s+умолчанию|әдепкі):\s+[\w.@+-]+\)/g, ' '); // a default, folded or not: (default: auto)
}

/** A percent written with a decimal point (11.05%, 2.8 %): in ru and kk prose and tables it takes a comma. */
export function pointPercents(text: string): string[] {
  return text.match(/\d+\.\d+\s?%/g) ?? [];
}
