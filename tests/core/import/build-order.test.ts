import { describe, expect, it } from 'vitest';
import { buildOrder } from '../../../src/core/import/build-order';

const options = { timeZone: 'Europe/Lisbon', defaultCountry: 'PT' };
const raw = {
  orderId: 'A-1',
  email: 'Ana@Example.com',
  date: '2024-01-05 10:11:00 +0100',
  amount: '46.90',
  status: 'paid',
};

describe('buildOrder', () => {
  it('builds a clean order with defaults', () => {
    const built = buildOrder(raw, 7, {}, options);
    expect(built.problems).toEqual([]);
    expect(built.order).toEqual({
      row: 7,
      orderId: 'A-1',
      email: 'ana@example.com',
      phone: '',
      name: '',
      company: '',
      consent: '',
      tags: '',
      date: new Date('2024-01-05T09:11:00Z'),
      amount: 46.9,
      currency: '',
      product: '',
      quantity: 1,
      status: 'paid',
      customerRef: '',
    });
  });

  it('nets refunds; a refund in full makes the order refunded at its gross amount', () => {
    // 46.90 − 6.90 = 40.00.
    expect(buildOrder({ ...raw, refunded: '6.90' }, 2, {}, options).order).toMatchObject({
      amount: 40,
      status: 'paid',
    });
    expect(buildOrder({ ...raw, refunded: '46.90' }, 2, {}, options).order).toMatchObject({
      amount: 46.9,
      status: 'refunded',
    });
    expect(buildOrder({ ...raw, refunded: '46.90', status: 'cancelled' }, 2, {}, options).order?.status).toBe(
      'cancelled',
    );
  });

  it('reports every problem of a row under the file headers given', () => {
    const built = buildOrder(
      { orderId: '#N/A', date: 'yesterday', amount: 'lots', quantity: '-1', status: 'paid' },
      9,
      { orderId: 'Invoice', date: 'Paid on', amount: 'Total', quantity: 'Qty', email: 'Mail' },
      options,
    );
    expect(built.order).toBeNull();
    expect(built.problems).toEqual([
      { row: 9, column: 'Invoice', reason: 'Order ID is an error value #N/A' },
      { row: 9, column: 'Paid on', reason: 'not a date "yesterday"' },
      { row: 9, column: 'Total', reason: 'not an amount "lots"' },
      { row: 9, column: 'Qty', reason: 'negative quantity -1' },
      { row: 9, column: 'Mail', reason: 'no email, phone or name to find the customer' },
    ]);
  });

  it('neutralises text, reads consent and the phone in the address country', () => {
    const built = buildOrder(
      {
        ...raw,
        name: '=1+1',
        product: '@SUM(A1)',
        phone: '07911 123456',
        country: 'GB',
        consent: 'Yes',
        currency: 'eur',
      },
      3,
      {},
      options,
    );
    expect(built.order).toMatchObject({
      name: "'=1+1",
      product: "'@SUM(A1)",
      phone: '+447911123456',
      consent: 'yes',
      currency: 'EUR',
    });
  });
});
