// Command-line arguments as a command name, the bare words after it, --options with values, and flags.

/** What the user typed after `npm run crm --`. */
export interface ParsedArgs {
  command: string;
  /** Bare words after the command (`triggers install`), in order; the command decides what it takes. */
  positionals: string[];
  options: Map<string, string>;
  flags: Set<string>;
}

/** Thrown for arguments the CLI cannot understand; main prints it and exits with status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Splits argv (without node and the script) into the command (first bare word), the bare words after
 * it, `--name value` or `--name=value` options and bare `--flag`s, in any order. Which names take a
 * value is given by `valued`, so `--json` never swallows the next word. Throws UsageError for a
 * repeated option or an option without its value.
 */
export function parseArgs(argv: readonly string[], valued: ReadonlySet<string>): ParsedArgs {
  const options = new Map<string, string>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  let command = '';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h') {
      flags.add('help');
      continue;
    }
    if (!arg.startsWith('--')) {
      if (command) positionals.push(arg);
      else command = arg;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!valued.has(name)) {
      if (eq > 0) throw new UsageError(`--${name} takes no value.`);
      flags.add(name);
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--')))
      throw new UsageError(`--${name} needs a value.`);
    if (options.has(name)) throw new UsageError(`--${name} is given twice.`);
    options.set(name, value);
  }
  return { command, positionals, options, flags };
}
