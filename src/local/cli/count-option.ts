// Reads an option that is a whole number, such as tick's --mail-quota.
import { type ParsedArgs, UsageError } from './parse-args';

/** The whole number ≥ 0 `--name` gives, undefined when it is not given; throws UsageError for anything else. */
export function countOption(args: ParsedArgs, name: string): number | undefined {
  const text = args.options.get(name);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim())) throw new UsageError(`--${name} must be a whole number (got "${text}").`);
  return Number(text.trim());
}
