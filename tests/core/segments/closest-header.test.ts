import { describe, expect, it } from 'vitest';
import { closestHeader } from '../../../src/core/segments/closest-header';

const HEADERS = Object.freeze([
  'Customer ID',
  'Revenue',
  'Churn risk',
  'P(alive)',
  'Predicted CLV 12m',
  'Last order',
]);

describe('closestHeader', () => {
  it('prefers a header that starts with the name, then the smallest edit distance', () => {
    expect(closestHeader('P', HEADERS)).toBe('P(alive)');
    expect(closestHeader('predicted', HEADERS)).toBe('Predicted CLV 12m');
    expect(closestHeader('Churn rsk', HEADERS)).toBe('Churn risk');
    expect(closestHeader('Revenu', HEADERS)).toBe('Revenue');
    expect(closestHeader('last_ordr', HEADERS)).toBe('Last order');
  });

  it('suggests nothing when no header is close, or for a blank or very long name', () => {
    expect(closestHeader('Favourite colour', HEADERS)).toBeUndefined();
    expect(closestHeader('  ', HEADERS)).toBeUndefined();
    expect(closestHeader('x'.repeat(10_000), HEADERS)).toBeUndefined();
    expect(closestHeader('Revenue', [])).toBeUndefined();
  });
});
