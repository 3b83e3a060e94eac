import { describe, expect, it } from 'vitest';
import type { IncomingOrder } from '../../../src/core/import/incoming-records';
import { OrdersInTab } from '../../../src/core/import/orders-in-tab';
import {
  type OrderPlacementContext,
  placeIncomingOrder,
} from '../../../src/core/import/place-incoming-order';
import { duplicateOrderIds } from '../../../src/core/orders/duplicate-order-ids';
import { incomingOrder, tabTable } from './incoming-order';

const DATE = new Date(Date.UTC(2024, 0, 2));

function context(updated: string[] = []): OrderPlacementContext {
  const orders = tabTable('orders', [
    { 'Order ID': '#1002', 'Customer ID': 'C1', Date: DATE, Amount: 28, Channel: 'Shopify', Status: 'paid' },
    {
      'Order ID': '#1003',
      'Customer ID': 'C1',
      Date: DATE,
      Amount: 5,
      Channel: 'shopify',
      Status: 'pending',
    },
  ]);
  const customers = tabTable('customers', [
    { 'Customer ID': 'C1', Name: 'Ana Silva', Email: 'ana@example.com' },
  ]);
  return {
    channel: 'shopify',
    tab: new OrdersInTab(orders, customers),
    fileIds: duplicateOrderIds({ quoted: false }),
    updated: new Set(updated),
  };
}

const place = (order: IncomingOrder, at = context()) => placeIncomingOrder(order, at);
/** An order of Ana's, the customer of the orders in the tab. */
const ana = (row: number, fields: Partial<IncomingOrder> = {}) =>
  incomingOrder(row, { email: 'ana@example.com', ...fields });

describe('placeIncomingOrder', () => {
  it('adds a new order under its key, and rejects it again later in the same file', () => {
    const at = context();
    expect(place(ana(4, { orderId: '#1004' }), at)).toEqual({ add: 'shopify\u241f#1004' });
    expect(place(ana(9, { orderId: '#1004' }), at)).toEqual({
      rejected: 'duplicate Order ID #1004 (first at row 4)',
    });
  });

  it('rejects a bad order and one naming a Customer ID that Customers does not have', () => {
    expect(place(ana(4, { orderId: '#REF!' }))).toEqual({
      rejected: 'Order ID is an error value (#REF!)',
    });
    expect(place(ana(4, { orderId: '#1004', customerId: '=C9' }))).toEqual({
      rejected:
        'unknown Customer ID "\'=C9": no customer in Customers has it, and an import never creates one from an ID',
    });
  });

  it('leaves an order already there, and updates one the file shows refunded since, once', () => {
    expect(place(ana(2, { amount: 28 }))).toEqual({ alreadyThere: true });
    expect(place(ana(2, { amount: 28, status: 'refunded' }))).toEqual({
      update: {
        key: 'shopify\u241f#1002',
        sheetKey: 'Shopify\u241f#1002',
        status: 'refunded',
        amount: null,
        before: ['paid', 28],
        reason: '#1002: Status paid → refunded',
      },
    });
    expect(place(ana(2, { amount: 28, status: 'refunded' }), context(['shopify\u241f#1002']))).toEqual({
      alreadyThere: true,
    });
  });

  it('finds an order of earlier versions under its order number, and names a conflict with its row', () => {
    const paidSince = ana(3, {
      orderId: '5712',
      orderNumber: '#1003',
      date: DATE,
      amount: 5,
      status: 'paid',
    });
    expect(place(paidSince)).toMatchObject({ update: { key: 'shopify\u241f#1003', status: 'paid' } });
    expect(place(ana(2, { amount: 99 }))).toEqual({
      conflict: 'order #1002 conflicts with Orders row 2 (amount 28 there, 99 here): not imported',
    });
  });
});
