// A file that lacks the columns a preset needs is refused as a whole, in one line the user can act on.
import type { PresetResult } from './incoming-records';

/**
 * Adds the one rejection of a file without the columns `missing` ("not a Stripe payments export:
 * missing id, Amount"), on the header row, and returns the result so a preset can stop with it.
 */
export function rejectMissingColumns(
  result: PresetResult,
  missing: readonly string[],
  what: string,
): PresetResult {
  result.rejected.push({
    row: 1,
    column: missing.join(', '),
    reason: `not ${what}: missing ${missing.join(', ')}`,
  });
  return result;
}
