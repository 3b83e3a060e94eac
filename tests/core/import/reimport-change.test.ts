import { describe, expect, it } from 'vitest';
import type { IncomingOrder } from '../../../src/core/import/incoming-records';
import { type OrderThere, reimportChange } from '../../../src/core/import/reimport-change';

const DATE = new Date('2024-01-07T17:02:41Z');

function incoming(fields: Partial<IncomingOrder>): IncomingOrder {
  return {
    row: 4,
    orderId: '5712345678902',
    orderNumber: '#1002',
    email: 'ben@example.com',
    phone: '',
    name: 'Ben Okafor',
    company: '',
    consent: '',
    tags: '',
    date: DATE,
    amount: 28,
    currency: 'EUR',
    product: 'Gift Box',
    quantity: 1,
    status: 'paid',
    customerRef: '',
    ...fields,
  };
}

const there = (fields: Partial<OrderThere>): OrderThere => ({
  status: 'paid',
  amount: 28,
  date: DATE,
  email: 'ben@example.com',
  phone: '',
  name: 'Ben Okafor',
  ...fields,
});

describe('reimportChange', () => {
  it('finds nothing to change in the same order listed again (dates to the minute, amounts to the cent)', () => {
    expect(reimportChange(there({}), incoming({}))).toEqual({ status: null, amount: null });
    expect(
      reimportChange(
        there({ date: new Date(DATE.getTime() + 30_000), amount: '28.001', email: 'BEN@example.com' }),
        incoming({}),
      ),
    ).toEqual({ status: null, amount: null });
  });

  it('takes a partial refund since as the new net Amount, and a payment captured since as paid', () => {
    expect(reimportChange(there({}), incoming({ amount: 18, refunded: 10 }))).toEqual({
      status: null,
      amount: 18,
    });
    // A second refund on an order already net of a first one.
    expect(reimportChange(there({ amount: 23 }), incoming({ amount: 18, refunded: 10 }))).toEqual({
      status: null,
      amount: 18,
    });
    expect(reimportChange(there({ status: 'pending' }), incoming({}))).toEqual({
      status: 'paid',
      amount: null,
    });
    // Refunded in full: the status changes, the amount stays (a refunded order keeps its gross).
    expect(reimportChange(there({ amount: 18 }), incoming({ status: 'refunded' }))).toEqual({
      status: 'refunded',
      amount: null,
    });
  });

  it('calls another customer, amount or date under the same key a conflict, saying what differs', () => {
    expect(reimportChange(there({}), incoming({ email: 'zoe@example.com' }))).toEqual({
      conflict: 'another customer',
    });
    // No email on either side: the phone, then the name tell customers apart.
    expect(
      reimportChange(
        there({ email: '', phone: '+351910000001' }),
        incoming({ email: '', phone: '+351910000002' }),
      ),
    ).toEqual({ conflict: 'another customer' });
    expect(reimportChange(there({ email: '' }), incoming({ email: '', name: 'Zoe Park' }))).toEqual({
      conflict: 'another customer',
    });
    expect(reimportChange(there({}), incoming({ amount: 35 }))).toEqual({
      conflict: 'amount 28 there, 35 here',
    });
    // Lower without a refund that explains it is not a refund.
    expect(reimportChange(there({}), incoming({ amount: 18 }))).toEqual({
      conflict: 'amount 28 there, 18 here',
    });
    expect(reimportChange(there({}), incoming({ amount: 10, refunded: 5 }))).toEqual({
      conflict: 'amount 28 there, 10 here',
    });
    expect(
      reimportChange(
        there({}),
        incoming({ date: new Date('2024-02-01T10:00:00Z'), email: 'zoe@example.com' }),
      ),
    ).toEqual({ conflict: 'another customer, date 2024-01-07 17:02 UTC there, 2024-02-01 10:00 UTC here' });
    expect(reimportChange(there({ amount: 'twelve', date: '' }), incoming({}))).toEqual({
      conflict: 'no valid date there, no amount there',
    });
  });
});
