import { describe, expect, it } from 'vitest';
import { statusKind } from '../../../src/core/orders/status-kind';

describe('statusKind', () => {
  it('reads the words of every channel and of hand-typed rows onto the Orders statuses', () => {
    expect(['paid', 'Completed', 'partially_refunded', 'Succeeded', ''].map(statusKind)).toEqual(
      Array(5).fill('paid'),
    );
    expect(['pending', 'Authorized', 'authorised', 'On hold', 'requires_capture'].map(statusKind)).toEqual(
      Array(5).fill('pending'),
    );
    expect(['refunded', 'Chargeback', 'disputed', 'REVERSED', 'fully-refunded'].map(statusKind)).toEqual(
      Array(5).fill('refunded'),
    );
    expect(['cancelled', 'Canceled', 'void', 'voided', 'expired'].map(statusKind)).toEqual(
      Array(5).fill('cancelled'),
    );
  });

  it('tells payments that are not orders from words it does not know', () => {
    expect(['failed', 'requires_payment_method', 'Declined'].map(statusKind)).toEqual(
      Array(3).fill('not an order'),
    );
    expect(['gift', 'lost in the mail'].map(statusKind)).toEqual(['unknown', 'unknown']);
  });
});
