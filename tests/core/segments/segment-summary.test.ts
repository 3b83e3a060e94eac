import { describe, expect, it } from 'vitest';
import {
  addSegmentMember,
  emptySegmentTotals,
  summarizeSegment,
} from '../../../src/core/segments/segment-summary';

describe('summarizeSegment', () => {
  it('sums members and averages only the cells that hold a value', () => {
    const totals = emptySegmentTotals();
    const members = Object.freeze([
      Object.freeze({ revenue: 100, clv: 200, churnRisk: 0.2 }),
      Object.freeze({ revenue: 200, clv: 300, churnRisk: null }),
      Object.freeze({ revenue: 0, clv: null, churnRisk: 0.6 }),
    ]);
    for (const member of members) addSegmentMember(totals, member);
    expect(totals).toEqual({
      customers: 3,
      revenue: 300,
      clvSum: 500,
      clvCount: 2,
      churnSum: 0.8,
      churnCount: 2,
    });
    // 300 of 1,200 is 25 %; CLV (200 + 300) / 2; churn (0.2 + 0.6) / 2.
    expect(
      summarizeSegment({ name: 'VIP', definition: 'Tags CONTAINS vip', description: '' }, totals, 1200),
    ).toEqual({
      name: 'VIP',
      definition: 'Tags CONTAINS vip',
      description: '',
      customers: 3,
      revenueShare: 0.25,
      avgClv: 250,
      avgChurnRisk: 0.4,
    });
  });

  it('gives no averages for a segment without values and a 0 share when nobody has revenue', () => {
    const summary = summarizeSegment(
      { name: 'Empty', definition: 'Orders = 0', description: '' },
      emptySegmentTotals(),
      0,
    );
    expect(summary).toMatchObject({ customers: 0, revenueShare: 0, avgClv: null, avgChurnRisk: null });
  });
});
