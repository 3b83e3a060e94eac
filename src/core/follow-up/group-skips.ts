// The skips of a follow-up plan grouped by reason, with a count and the first few of each, for a reader.
import type { FollowUpSkip, SkipReason } from './plan-follow-ups';

/** One reason's skips: how many, and the first `examples` of them in plan order. */
export interface SkipGroup<Skip> {
  reason: SkipReason;
  count: number;
  examples: Skip[];
  /** The rules the group's skips came from, each once, in plan order (all of them, not only the examples'). */
  rules: string[];
}

/**
 * Groups `skips` by reason, largest group first (ties in the order the reasons first appear), keeping
 * the first `examples` skips of each: 77,000 skips of a large list become a handful of groups a
 * sidebar can show, and a count that is still exact. O(skips).
 * @example groupSkips([{ reason: 'quota', … }, { reason: 'no consent', … }, { reason: 'quota', … }], 1)
 * // => [{ reason: 'quota', count: 2, examples: [first], rules: […] }, { reason: 'no consent', count: 1, … }]
 */
export function groupSkips<Skip extends Pick<FollowUpSkip, 'reason' | 'rule'>>(
  skips: readonly Skip[],
  examples: number,
): SkipGroup<Skip>[] {
  const groups = new Map<SkipReason, SkipGroup<Skip> & { seen: Set<string> }>();
  for (const skip of skips) {
    let group = groups.get(skip.reason);
    if (!group) {
      group = { reason: skip.reason, count: 0, examples: [], rules: [], seen: new Set() };
      groups.set(skip.reason, group);
    }
    group.count++;
    if (group.examples.length < examples) group.examples.push(skip);
    if (!group.seen.has(skip.rule)) {
      group.seen.add(skip.rule);
      group.rules.push(skip.rule);
    }
  }
  // Array.prototype.sort is stable: equal counts keep the order their reasons first appeared in.
  return [...groups.values()]
    .sort((a, b) => b.count - a.count)
    .map(({ reason, count, examples: first, rules }) => ({ reason, count, examples: first, rules }));
}
