import { describe, expect, it } from 'vitest';
import { ordersRow } from '../../../src/core/import/orders-row';
import { incomingOrder, tabTable } from './incoming-order';

describe('ordersRow', () => {
  it("writes an order in the tab's column order, its text neutralised and its currency in upper case", () => {
    const orders = tabTable(
      'orders',
      [],
      ['Channel', 'Order ID', 'Customer ID', 'Date', 'Amount', 'Currency', 'Product', 'Status', 'Notes'],
    );
    const order = incomingOrder(2, {
      orderId: '-1002',
      product: '=SUM(A1)',
      currency: 'eur ',
      status: 'refunded',
    });
    expect(ordersRow(orders, order, 'C000007', 'shopify')).toEqual([
      'shopify',
      "'-1002",
      'C000007',
      new Date(Date.UTC(2024, 0, 2)),
      10,
      'EUR',
      "'=SUM(A1)",
      'refunded',
      '',
    ]);
  });
});
