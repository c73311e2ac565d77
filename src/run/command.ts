import { Command, Help, Option } from 'commander';
import { UsageError } from '../core/errors.js';
import { displayWidth } from '../render/box.js';
import { wrap } from '../render/wrap.js';
import { longFlag, RENAMED, type OptionSpec } from './options.js';

/** What a command needs from the process it runs in: passed in, so tests run commands in-process. */
export interface RunEnv {
  version: string;
  /** Whether standard output is a terminal. */
  stdoutIsTTY: boolean;
  /** The terminal's width in columns, when standard output is one. */
  columns?: number;
  env: Record<string, string | undefined>;
  /**
   * Writes report output to standard output; resolves when written (a closed pipe ends quietly), to false once the
   * reader has gone (the rest of the report need not be made).
   */
  stdout: (data: string | Uint8Array) => Promise<boolean | undefined>;
}

/** The option values commander hands a command: strings, or booleans for flags. */
export type OptionValues = Record<string, string | boolean | string[] | undefined>;

/** A command's run function: its positional arguments, its option values, the process. */
export type CommandRun = (args: string[], opts: OptionValues, env: RunEnv) => Promise<void>;

/** A command: its name, arguments and option table, examples, and how to load its run function when it runs. */
export interface CommandSpec {
  name: string;
  summary: string;
  /** Positional arguments in commander's syntax (`<code...>`, `[staffing]`) with their help. */
  args?: [syntax: string, help: string][];
  options: OptionSpec[];
  /** Two or three examples for --help: the argument line after `kzpay`, and what it shows. */
  examples: [line: string, what: string][];
  /** Loaded only when the command runs, so start-up reads one command's code, not all of them. */
  load: () => Promise<CommandRun>;
}

/** The fewest columns an example's text is folded into beside its command; fewer, and it goes under it. */
const MIN_BESIDE = 20;

/** The indent of the second column of the help (an example's or an option's text) when it goes under the first. */
const UNDER = '      ';

/**
 * The help as commander lays it out, measured in terminal columns; on a terminal too narrow for an option's text
 * beside its name, the text goes under the name, folded at the width as the tables' prose is (render/wrap.ts).
 */
class KzpayHelp extends Help {
  override displayWidth(text: string): number {
    return displayWidth(text);
  }

  /**
   * Folded between words as commander does, and a word longer than the line broken rather than overflowing; at any
   * width (commander leaves text whole below 40 columns, where an option's text goes under its name here).
   */
  override boxWrap(text: string, width: number): string {
    return wrap(text, width);
  }

  /** A heading (`Data sets (your own CSV files...):`) folded at the width too. */
  override styleTitle(text: string): string {
    return this.helpWidth === undefined ? text : wrap(text, this.helpWidth);
  }

  override formatItem(term: string, termWidth: number, description: string, helper: Help): string {
    const width = this.helpWidth ?? 80;
    if (!description || width - termWidth - 4 >= this.minWidthToWrap) {
      return super.formatItem(term, termWidth, description, helper);
    }
    return `${wrap(`  ${term}`, width, UNDER)}\n${wrap(UNDER + description, width, UNDER)}`;
  }
}

/**
 * Examples for the help: on a terminal (`width` known) folded at its width, a command too long for a line continued
 * with ` \` (so that it still pastes into a shell), its text under it, or beside it when `beside` columns leave room
 * for it; without a width as they are written.
 */
export function formatExamples(
  examples: readonly [line: string, what: string][],
  width?: number,
  beside?: number,
): string {
  return examples
    .map(([line, what]) => {
      const command = `  kzpay ${line}`;
      if (width === undefined)
        return beside === undefined ? `${command}\n${UNDER}${what}` : command.padEnd(beside) + what;
      if (beside !== undefined && width - beside >= MIN_BESIDE && displayWidth(command) < beside) {
        return wrap(command.padEnd(beside) + what, width, ' '.repeat(beside));
      }
      const shell = wrap(command, width - 2, '    ').replace(/\n/g, ' \\\n');
      return `${shell}\n${wrap(UNDER + what, width, UNDER)}`;
    })
    .join('\n');
}

/**
 * kzpay's commander program: an unknown option names the commands that take it (an option is never accepted where it
 * would not change the output), and each subcommand is built the same way.
 */
class KzpayCommand extends Command {
  /** For each long flag, the commands that take it; filled by addCommandSpec. */
  optionOwners = new Map<string, string[]>();

  override createCommand(name?: string): Command {
    return new KzpayCommand(name);
  }

  override createHelp(): Help {
    return Object.assign(new KzpayHelp(), this.configureHelp());
  }

  /** Called by commander for an option the command does not declare. */
  unknownOption(flag: string): never {
    const root = (this.parent ?? this) as KzpayCommand;
    const name = flag.split('=')[0];
    const owners = root.optionOwners.get(name);
    const where = this.parent ? ` of kzpay ${this.name()}` : ' of kzpay itself';
    let message = `error: unknown option '${name}'`;
    if (RENAMED[name]) message = `error: ${name} is now ${RENAMED[name]}`;
    else if (owners)
      message = `error: ${name} is not an option${where}; it goes with ${owners.map((o) => `kzpay ${o}`).join(', ')}`;
    return this.error(`${message} (kzpay ${this.parent ? `${this.name()} ` : ''}--help lists the options)`, {
      code: 'commander.unknownOption',
      exitCode: 2,
    });
  }
}

/** The root program, before commands are added. */
export function newProgram(): KzpayCommand {
  return new KzpayCommand('kzpay');
}

/**
 * Adds a command to the program from its spec; `env` is the process the run gets, `t` words its help. A command
 * that is not `whole` is named, with its summary and arguments, but gets no options, examples or action: for a run of
 * another command, which never reaches it (commander's options of all six cost about 3 ms of every start).
 */
export function addCommandSpec(
  program: Command,
  spec: CommandSpec,
  env: RunEnv,
  t: (english: string) => string = (s) => s,
  whole = true,
): void {
  const root = program as KzpayCommand;
  const cmd = program.command(spec.name).description(spec.summary);
  for (const [syntax, help] of spec.args ?? []) cmd.argument(syntax, help);
  for (const o of spec.options) {
    const flag = longFlag(o);
    root.optionOwners.set(flag, [...(root.optionOwners.get(flag) ?? []), spec.name]);
  }
  if (!whole) return;
  for (const o of spec.options) {
    const flag = longFlag(o);
    const option = new Option(o.flags, o.help);
    if (o.repeatable) option.argParser((v: string, list: string[] = []) => [...list, v]);
    else if (o.once) {
      option.argParser((v: string, previous: string | undefined) => {
        if (previous !== undefined) {
          throw new UsageError(`${flag} is given twice (${previous}, then ${v}): give it once`);
        }
        return v;
      });
    }
    // KZPAY_LOCALE sets --locale's default (never LANG: a script's output does not change with the machine).
    else if (o.key === 'locale' && env.env.KZPAY_LOCALE) option.default(env.env.KZPAY_LOCALE);
    // The default as the user types it: `(default: table)`, not commander's JSON `(default: "table")`.
    else if (o.default !== undefined) option.default(o.default, String(o.default));
    if (o.group) option.helpGroup(o.group);
    cmd.addOption(option);
    // commander stores --seniority FILE and --no-seniority under one name; each is kept under its own key.
    const attribute = flag.replace(/^--(no-)?/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    if (attribute !== o.key) {
      const negate = flag.startsWith('--no-');
      cmd.on(`option:${flag.slice(2)}`, (value: string) => cmd.setOptionValue(o.key, negate ? true : value));
    }
  }
  // The command on one line, what it shows under it: both fit an 80-column terminal, and are folded on a narrower one.
  const width = env.stdoutIsTTY ? env.columns : undefined;
  const examples = spec.examples.map(([line, what]): [string, string] => [line, t(what)]);
  cmd.addHelpText('after', `\n${t('Examples:')}\n${formatExamples(examples, width)}\n`);
  cmd.action(async (...params: unknown[]) => {
    const self = params[params.length - 1] as Command;
    const args = self.processedArgs.flatMap((a: unknown) => (a === undefined ? [] : Array.isArray(a) ? a : [a]));
    const run = await spec.load();
    await run(args as string[], self.opts() as OptionValues, env);
  });
}

/**
 * The help of the program and its commands in a language (`t` words each English text): commands' summaries,
 * arguments, options and their headings, and commander's own words (Usage:, Options:, default...).
 */
export function localizeHelp(program: Command, t: (english: string) => string): void {
  const walk = (cmd: Command) => {
    cmd.description(t(cmd.description()));
    for (const a of cmd.registeredArguments) a.description = t(a.description);
    for (const o of cmd.options) {
      o.description = t(o.description);
      if (o.helpGroupHeading) o.helpGroupHeading = t(o.helpGroupHeading);
    }
    cmd.helpOption('-h, --help', t('display help for command'));
    if (cmd.commands.length > 0) cmd.helpCommand('help [command]', t('display help for command'));
    cmd.configureHelp({
      // A heading folds at the help's width as its items do (a Kazakh one is longer than the English).
      styleTitle(this: Help, title: string) {
        return wrap(t(title), this.helpWidth);
      },
      styleUsage: (usage) => usage.replace('[options]', t('[options]')).replace('[command]', t('[command]')),
      styleSubcommandTerm: (term) => term.replace('[options]', t('[options]')).replace('[command]', t('[command]')),
      styleOptionDescription: (text) => text.replace(/\(default: /, `(${t('default')}: `),
    });
    for (const sub of cmd.commands) walk(sub);
  };
  walk(program);
}
