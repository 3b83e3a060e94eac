// Reads an option that names an instant, such as tick's --until.
import { type ParsedArgs, UsageError } from './parse-args';

/** A day (UTC midnight), or a day and time with a zone: a wall time without a zone would depend on this machine's. */
const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * The instant `--name` gives, undefined when it is not given: "2025-03-08" (midnight UTC) or a time
 * with its zone, "2025-03-08T09:00:00Z" or "2025-03-08T10:00+01:00". Throws UsageError for anything
 * else, a time without a zone included.
 */
export function instantOption(args: ParsedArgs, name: string): Date | undefined {
  const text = args.options.get(name);
  if (text === undefined) return undefined;
  const date = new Date(text.trim());
  if (!INSTANT.test(text.trim()) || Number.isNaN(date.getTime())) {
    throw new UsageError(
      `--${name} must be a day or an instant with its zone, e.g. 2025-03-08 or 2025-03-08T09:00:00Z (got "${text}").`,
    );
  }
  return date;
}
