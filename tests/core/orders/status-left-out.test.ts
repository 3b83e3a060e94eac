import { describe, expect, it } from 'vitest';
import { statusLeftOut } from '../../../src/core/orders/status-left-out';

describe('statusLeftOut', () => {
  it('counts paid and blank orders, and words the CRM does not know, as revenue', () => {
    expect(['paid', ' Paid ', '', 'completed', 'gift'].map(statusLeftOut)).toEqual(['', '', '', '', '']);
  });

  it('leaves out the Orders statuses that are not revenue, by their own name', () => {
    expect(['refunded', 'Cancelled', 'pending'].map(statusLeftOut)).toEqual([
      'refunded order left out',
      'cancelled order left out',
      'pending order left out',
    ]);
  });

  it('reads a hand-typed chargeback, void or authorisation as the import would, saying what it counts as', () => {
    expect(
      ['Chargeback', 'disputed', 'reversed', 'void', 'Canceled', 'authorized', 'failed'].map(statusLeftOut),
    ).toEqual([
      'chargeback order left out (counts as refunded)',
      'disputed order left out (counts as refunded)',
      'reversed order left out (counts as refunded)',
      'void order left out (counts as cancelled)',
      'canceled order left out (counts as cancelled)',
      'authorized order left out (counts as pending)',
      'failed order left out (not an order)',
    ]);
  });
});
