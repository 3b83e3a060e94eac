import { describe, expect, it } from 'vitest';
import { describeClusters } from '../../../src/core/segments/describe-clusters';

describe('describeClusters', () => {
  it('names what sets each cluster apart, farthest first', () => {
    // Two points: every feature sits exactly one standard deviation either side of the mean, so
    // the words keep their order (orders, recency, spend).
    const points = Object.freeze([
      Object.freeze({ daysSinceLastOrder: 5, orders: 9, revenue: 900 }),
      Object.freeze({ daysSinceLastOrder: 300, orders: 1, revenue: 20 }),
    ]);
    expect(describeClusters(points, [1, 2])).toEqual(
      new Map([
        [1, 'frequent, recent, high spend'],
        [2, 'few orders, lapsed, low spend'],
      ]),
    );
  });

  it('says "very" far from the mean and "close to average" when nothing stands out', () => {
    // Orders 1 ×9 and 11: mean 2, standard deviation √((9·1 + 81) / 10) = 3; the 11 is 3 SDs above,
    // the others 1/3 SD below (not notable); recency and revenue are the same for all.
    const points = [
      ...Array.from({ length: 9 }, () => ({ daysSinceLastOrder: 10, orders: 1, revenue: 50 })),
      { daysSinceLastOrder: 10, orders: 11, revenue: 50 },
    ];
    const labels = [...new Array(9).fill(1), 2];
    expect(describeClusters(points, labels)).toEqual(
      new Map([
        [1, 'close to average'],
        [2, 'very frequent'],
      ]),
    );
  });

  it('compares spend on log(1 + revenue), so one large spender does not make the rest low spenders', () => {
    const points = [
      ...Array.from({ length: 4 }, () => ({ daysSinceLastOrder: 10, orders: 2, revenue: 100 })),
      ...Array.from({ length: 4 }, () => ({ daysSinceLastOrder: 10, orders: 2, revenue: 120 })),
      { daysSinceLastOrder: 10, orders: 2, revenue: 100_000 },
    ];
    const words = describeClusters(points, [1, 1, 1, 1, 2, 2, 2, 2, 3]);
    expect(words.get(3)).toBe('very high spend');
    expect(words.get(1)).toBe('close to average');
  });
});
