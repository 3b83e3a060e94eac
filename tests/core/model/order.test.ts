import { describe, expect, expectTypeOf, it } from 'vitest';
import { type Order, OrderSchema } from '../../../src/core/model/order';

const order = {
  orderId: '#1001',
  customerId: '',
  email: 'ana@example.com',
  date: new Date('2024-01-05T09:11:00Z'),
  amount: 46.9,
  currency: 'EUR',
  product: 'Soy Candle',
  quantity: 2,
  channel: 'shopify',
  status: 'paid',
};

describe('OrderSchema', () => {
  it('accepts an order named by email or by Customer ID', () => {
    expect(OrderSchema.safeParse(order).success).toBe(true);
    expect(OrderSchema.safeParse({ ...order, email: '', customerId: 'C-1' }).success).toBe(true);
  });

  it('rejects a missing ID, a negative quantity and an order with no customer', () => {
    const messages = (value: unknown) => {
      const result = OrderSchema.safeParse(value);
      return result.success ? [] : result.error.issues.map((issue) => issue.message);
    };
    expect(messages({ ...order, orderId: '' })).toEqual(['missing Order ID']);
    expect(messages({ ...order, quantity: -1 })).toEqual(['negative quantity']);
    expect(messages({ ...order, email: '' })).toEqual(['missing Customer ID and Email']);
  });

  it('infers the record type', () => {
    expectTypeOf<Order['date']>().toEqualTypeOf<Date>();
    expectTypeOf<Order['quantity']>().toEqualTypeOf<number | null>();
  });
});
