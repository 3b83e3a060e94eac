// A rule's Audience as a test of Customers rows: everyone, a saved segment by name, or a segment rule written in place.
import type { SegmentMatchOptions } from '../segments/compile-segment-condition';
import { segmentMatcher } from '../segments/segment-matcher';
import type { Cell } from '../table/cell';
import { normalizeHeader } from '../table/normalize-header';

/** Audience words that mean every customer. */
const EVERYONE = new Set(['all', 'everyone', 'allcustomers']);

/** The test, or why the Audience cannot be read. */
export type Audience = { matches: (row: readonly Cell[]) => boolean } | { error: string };

/**
 * Compiles an Audience cell once against the Customers header: "All" (or "Everyone"); the name of a
 * segment of the Segments tab (case and spaces ignored), whose Definition is then the rule; else a
 * rule of the segment language ("Orders >= 2 AND Tags CONTAINS vip").
 */
export function compileAudience(
  audience: string,
  segments: ReadonlyMap<string, string>,
  header: readonly Cell[],
  options: SegmentMatchOptions,
): Audience {
  const name = normalizeHeader(audience);
  if (EVERYONE.has(name)) return { matches: () => true };
  const saved = [...segments].find(([segment]) => normalizeHeader(segment) === name);
  const matcher = segmentMatcher(saved ? saved[1] : audience, header, options);
  if ('error' in matcher) {
    return {
      error: saved
        ? `the definition of segment "${saved[0]}" cannot be read: ${matcher.error}`
        : `Audience "${audience}" is no saved segment and no valid rule: ${matcher.error} (at character ${matcher.at + 1})`,
    };
  }
  const names = header.map((cell) => String(cell ?? '').trim());
  return {
    matches(row) {
      const record: Record<string, Cell> = {};
      names.forEach((name, column) => {
        if (name && !(name in record)) record[name] = row[column] ?? '';
      });
      return matcher.matches(record);
    },
  };
}
