import { describe, expect, it } from 'vitest';
import type { IncomingOrder } from '../../../src/core/import/incoming-records';
import { orderProblem } from '../../../src/core/import/order-problem';
import { incomingOrder } from './incoming-order';

const ana = (fields: Partial<IncomingOrder> = {}) =>
  incomingOrder(2, { email: 'ana@example.com', ...fields });

describe('orderProblem', () => {
  it('accepts an order with an ID, a date, an amount and someone to find', () => {
    expect(orderProblem(ana())).toBe('');
    expect(orderProblem(ana({ email: '', customerId: 'C000001' }))).toBe('');
  });

  it('says why an order cannot be imported', () => {
    const problems = [
      { orderId: ' ' },
      { orderId: '#SPILL!' },
      { orderId: ' #n/a ' },
      { date: new Date('nope') },
      { amount: Number.NaN },
      { amount: -2e9 },
      { quantity: -1 },
      { email: '', phone: '', name: '' },
    ].map((fields) => orderProblem(ana(fields)));
    expect(problems).toEqual([
      'missing Order ID',
      'Order ID is an error value (#SPILL!)',
      'Order ID is an error value (#N/A)',
      'date is missing or not a valid date',
      'amount is not a number',
      'amount -2000000000 is too large to be an order',
      'quantity is negative or not a number',
      'no email, phone or name to find the customer',
    ]);
  });
});
