import { Command, Option } from 'commander';
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

/** Adds a command to the program from its spec; `env` is the process the run gets. */
export function addCommandSpec(program: Command, spec: CommandSpec, env: RunEnv): void {
  const root = program as KzpayCommand;
  const cmd = program.command(spec.name).description(spec.summary);
  for (const [syntax, help] of spec.args ?? []) cmd.argument(syntax, help);
  for (const o of spec.options) {
    const flag = longFlag(o);
    root.optionOwners.set(flag, [...(root.optionOwners.get(flag) ?? []), spec.name]);
    const option = new Option(o.flags, o.help);
    if (o.repeatable) option.argParser((v: string, list: string[] = []) => [...list, v]);
    else if (o.default !== undefined) option.default(o.default);
    if (o.group) option.helpGroup(o.group);
    cmd.addOption(option);
    // commander stores --seniority FILE and --no-seniority under one name; each is kept under its own key.
    const attribute = flag.replace(/^--(no-)?/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    if (attribute !== o.key) {
      const negate = flag.startsWith('--no-');
      cmd.on(`option:${flag.slice(2)}`, (value: string) => cmd.setOptionValue(o.key, negate ? true : value));
    }
  }
  // The command on one line, what it shows under it: both fit an 80-column terminal.
  const examples = spec.examples.map(([line, what]) => `  kzpay ${line}\n      ${what}`).join('\n');
  cmd.addHelpText('after', `\nExamples:\n${examples}\n`);
  cmd.action(async (...params: unknown[]) => {
    const self = params[params.length - 1] as Command;
    const args = self.processedArgs.flatMap((a: unknown) => (a === undefined ? [] : Array.isArray(a) ? a : [a]));
    const run = await spec.load();
    await run(args as string[], self.opts() as OptionValues, env);
  });
}
