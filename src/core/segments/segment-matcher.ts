// A rule's text straight to a test of customer records, or the parse error to show: what an audience check calls.

import type { SegmentMatchOptions } from './compile-segment-condition';
import type { CustomerRecord } from './compile-segment-rule';
import { compileSegmentRule } from './compile-segment-rule';
import { parseSegmentRule } from './parse-segment-rule';
import type { SegmentRule } from './segment-rule';

/** A compiled rule with its parsed form (for describeSegmentRule), or the first mistake. */
export type SegmentMatcher =
  | { rule: SegmentRule; matches: (customer: CustomerRecord) => boolean }
  | { error: string; at: number };

/**
 * Parses `text` against the Customers headers and compiles it once. Records must be keyed by those
 * same header texts. Never throws for a bad rule (the error names its position); throws RangeError
 * only for an unknown time zone or an invalid `now`, which are the caller's settings, not the rule.
 * @example
 * const audience = segmentMatcher('Tags CONTAINS vip', ['Tags'], { timeZone: 'UTC', now: new Date() });
 * 'matches' in audience && audience.matches({ Tags: 'new, VIP' }) // => true
 */
export function segmentMatcher(
  text: string,
  knownHeaders: readonly unknown[],
  options: SegmentMatchOptions,
): SegmentMatcher {
  const parsed = parseSegmentRule(text, knownHeaders);
  if ('error' in parsed) return parsed;
  return { rule: parsed.rule, matches: compileSegmentRule(parsed.rule, options) };
}
