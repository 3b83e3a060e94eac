import { describe, expect, it } from 'vitest';
import { orderStatus } from '../../../src/core/orders/order-status';

describe('orderStatus', () => {
  it('maps each channel status (import-formats.md) onto the Orders statuses', () => {
    // Shopify financial statuses.
    expect(['paid', 'partially_paid', 'partially_refunded'].map(orderStatus)).toEqual(
      Array(3).fill({ status: 'paid' }),
    );
    expect(orderStatus('authorized')).toEqual({ status: 'pending' });
    expect(orderStatus('refunded')).toEqual({ status: 'refunded' });
    expect(orderStatus('voided')).toEqual({ status: 'cancelled' });
    expect(orderStatus('expired')).toEqual({ status: 'cancelled' });
    // Stripe.
    expect(orderStatus('Paid')).toEqual({ status: 'paid' });
    expect(orderStatus('Failed')).toEqual({ skip: 'Failed payment is not an order' });
    expect(orderStatus('requires_payment_method')).toEqual({
      skip: 'requires_payment_method payment is not an order',
    });
    // Authorised, not captured: money promised, not received.
    expect(orderStatus('Uncaptured')).toEqual({ status: 'pending' });
    expect(orderStatus('requires_capture')).toEqual({ status: 'pending' });
    // WooCommerce slugs and labels.
    expect(orderStatus('on-hold')).toEqual({ status: 'pending' });
    expect(orderStatus('Pending payment')).toEqual({ status: 'pending' });
    expect(orderStatus('Completed')).toEqual({ status: 'paid' });
    expect(orderStatus('Cancelled')).toEqual({ status: 'cancelled' });
    expect(orderStatus('')).toEqual({ status: 'paid' });
    expect(orderStatus('lost in the mail')).toEqual({ skip: 'unknown status "lost in the mail"' });
  });
});
