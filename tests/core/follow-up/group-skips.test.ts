import { describe, expect, it } from 'vitest';
import { groupSkips } from '../../../src/core/follow-up/group-skips';
import type { SkipReason } from '../../../src/core/follow-up/plan-follow-ups';

const skip = (reason: SkipReason, rule: string, customerId: string) => ({ reason, rule, customerId });

describe('groupSkips', () => {
  it('counts every skip per reason, largest first, keeping the first examples and every rule', () => {
    const skips = [
      skip('no consent', 'Welcome', 'C1'),
      skip('quota', 'Welcome', 'C2'),
      skip('quota', 'Win-back', 'C3'),
      skip('quota', 'Welcome', 'C4'),
      skip('invalid email', 'Review', 'C5'),
    ];
    expect(groupSkips(skips, 2)).toEqual([
      {
        reason: 'quota',
        count: 3,
        examples: [skips[1], skips[2]],
        rules: ['Welcome', 'Win-back'],
      },
      // One each: in the order the reasons first appear.
      { reason: 'no consent', count: 1, examples: [skips[0]], rules: ['Welcome'] },
      { reason: 'invalid email', count: 1, examples: [skips[4]], rules: ['Review'] },
    ]);
  });

  it('keeps exact counts for a large plan while the examples stay capped', () => {
    const skips = Array.from({ length: 77_285 }, (_, i) =>
      skip(i % 3 === 0 ? 'unsubscribed' : 'outside send hours', `Rule ${i % 10}`, `C${i}`),
    );
    const groups = groupSkips(skips, 50);
    expect(groups.map((g) => [g.reason, g.count, g.examples.length, g.rules.length])).toEqual([
      ['outside send hours', 51_523, 50, 10],
      ['unsubscribed', 25_762, 50, 10],
    ]);
    expect(groups[0]!.examples[0]).toBe(skips[1]);
  });

  it('gives no groups for no skips', () => {
    expect(groupSkips([], 50)).toEqual([]);
  });
});
