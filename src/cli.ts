import { CommanderError } from 'commander';
import { data } from './commands/data.js';
import { fund } from './commands/fund.js';
import { gaps } from './commands/gaps.js';
import { index } from './commands/index.js';
import { net } from './commands/net.js';
import { salary } from './commands/salary.js';
import { isKzpayError } from './core/errors.js';
import { visibleText } from './render/visible.js';

/** For bin/kzpay.js: a write to standard output that failed (exit 4). */
export { OutputError } from './core/errors.js';
import type { Language } from './i18n/messages.js';
import { addCommandSpec, formatExamples, localizeHelp, newProgram, type RunEnv } from './run/command.js';
import { wrap } from './render/wrap.js';
import { readVersion } from './version.js';

/** The process a run writes to: passed in, so that tests run kzpay in-process. */
export interface CliIo {
  stdoutIsTTY: boolean;
  /** The terminal's width in columns, when standard output is one. */
  columns?: number;
  env: Record<string, string | undefined>;
  writeErr: (text: string) => void;
  writeOut: (text: string) => void;
  /** Report output; resolves when written, to false once the reader has gone (a closed pipe). */
  stdout: (data: string | Uint8Array) => Promise<boolean | undefined>;
}

const COMMANDS = [salary, index, gaps, fund, net, data];

/** The examples of `kzpay --help`, each beside its command. */
const EXAMPLES: [line: string, what: string][] = [
  ['salary E-G-4 --years 7', 'a leading specialist of a rural akimat, 2024-2031'],
  ['index --from 2005 --to 2023', 'did the raises of 2005-2023 beat inflation?'],
  ['gaps --strict', 'the 12% / 32% step rule and the minimum wage, for CI'],
  ['fund staffing.csv --years 2', "a body's remuneration fund, 2024-2026"],
  ['net 300000 --date 2026-06', 'take-home pay and employer charges of a monthly gross'],
  ['data grid', 'the categories and their codes'],
];

/** The language of the help: the last --locale given on the command line, else KZPAY_LOCALE, else English. */
function helpLanguage(argv: readonly string[], env: Record<string, string | undefined>): Language {
  let given: string | undefined;
  argv.forEach((a, i) => {
    if (a === '--locale') given = argv[i + 1];
    else if (a.startsWith('--locale=')) given = a.slice('--locale='.length);
  });
  const wanted = given ?? env.KZPAY_LOCALE;
  return wanted === 'ru' || wanted === 'kk' ? wanted : 'en';
}

/** Runs kzpay with the given arguments and returns the exit code; the only place errors become exit codes. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const version = readVersion();
  const env: RunEnv = { version, stdoutIsTTY: io.stdoutIsTTY, columns: io.columns, env: io.env, stdout: io.stdout };
  // The help folds at the terminal's width, as commander does, but from the width kzpay was given (and the same
  // width for the help shown on stderr when no command is given); in a pipe, at commander's 80 columns.
  const width = io.stdoutIsTTY ? io.columns : undefined;
  // The help speaks the language the run would: --locale on the command line, else KZPAY_LOCALE.
  // Its Russian and Kazakh words are a module of their own, loaded only for those languages (start-up).
  const language = helpLanguage(argv, io.env);
  const t = language === 'en' ? (s: string) => s : (await import('./i18n/help-words.js')).helpWords(language);
  const examples = EXAMPLES.map(([line, what]): [string, string] => [line, t(what)]);
  const program = newProgram()
    .description("Salaries, raises and inflation of Kazakhstan's civil servants: exact, month by month, from CSV")
    .version(version, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: io.writeOut,
      writeErr: io.writeErr,
      outputError: (s, write) => write(`kzpay: ${s}`),
      // commander takes undefined as "not a terminal" (its own default does the same), though its types say number.
      getOutHelpWidth: () => width as number,
      getErrHelpWidth: () => width as number,
    })
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
${t('Examples:')}
${formatExamples(examples, width, 42)}

${wrap(t('Every command runs offline on the embedded data; kzpay COMMAND --help lists its options.'), width)}`,
    );
  // A run of a command (its name first) builds that command's options only; anything else (--help, help salary, a
  // mistyped command) has every command whole.
  const running = COMMANDS.find((spec) => spec.name === argv[0]);
  for (const spec of COMMANDS) addCommandSpec(program, spec, env, t, running === undefined || spec === running);
  localizeHelp(program, t);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help asked for (--help, or `kzpay help COMMAND`) is a success; help shown because no command was given is a
      // usage error (commander gives it a non-zero exit code).
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
      if (e.code === 'commander.help' && e.exitCode === 0) return 0;
      return 2;
    }
    if (isKzpayError(e)) {
      // A message may quote a file's text: its control characters are shown, never sent to the terminal.
      io.writeErr(`kzpay: error: ${visibleText(e.message)}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    io.writeErr(`kzpay: internal error: ${visibleText(err?.message ?? String(e))}\n`);
    if (io.env.KZPAY_DEBUG === '1' && err?.stack) io.writeErr(`${err.stack}\n`);
    else io.writeErr('kzpay: this is a bug; run again with KZPAY_DEBUG=1 for the stack\n');
    return 4;
  }
}
