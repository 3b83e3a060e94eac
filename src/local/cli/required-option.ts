// Reads an option the command cannot run without.
import { type ParsedArgs, UsageError } from './parse-args';

/** The value of `--name`; throws UsageError when it is missing or blank. */
export function requiredOption(args: ParsedArgs, name: string): string {
  const value = args.options.get(name);
  if (value === undefined || value.trim() === '') throw new UsageError(`--${name} is required.`);
  return value;
}
