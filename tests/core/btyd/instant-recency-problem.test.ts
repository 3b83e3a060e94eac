import { describe, expect, it } from 'vitest';
import { instantRecencyProblem } from '../../../src/core/btyd/instant-recency-problem';

describe('instantRecencyProblem', () => {
  it('names the first row (1-based) and how many more there are', () => {
    expect(instantRecencyProblem(2, 1)).toBe(
      'row 3 has repeat purchases but a recency of 0, which lets the likelihood grow without bound as alpha ' +
        'falls to 0 (recency is the time from the first to the last purchase)',
    );
    expect(instantRecencyProblem(0, 3)).toMatch(/^row 1 \(and 2 more\) has repeat purchases/);
  });
});
