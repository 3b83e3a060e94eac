import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/app/summarise';

describe('summarise', () => {
  it('lists every item when there are no more than shown', () => {
    expect(summarise(['C000001 ~ C000002', 'C000003 ~ C000004'])).toBe(
      'C000001 ~ C000002, C000003 ~ C000004',
    );
    expect(summarise([])).toBe('');
  });

  it('lists the first items and says how many were left out', () => {
    expect(summarise(['a', 'b', 'c', 'd'], 2)).toBe('a, b, … and 2 more');
    const rows = Array.from({ length: 23 }, (_, i) => `row ${i + 2}`);
    expect(summarise(rows)).toBe(`${rows.slice(0, 20).join(', ')}, … and 3 more`);
  });
});
