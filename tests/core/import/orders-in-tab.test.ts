import { describe, expect, it } from 'vitest';
import { OrdersInTab } from '../../../src/core/import/orders-in-tab';
import { orderKey } from '../../../src/core/orders/order-key';
import { tabTable } from './incoming-order';

const DATE = new Date('2024-01-07T17:02:41Z');

const tab = () =>
  new OrdersInTab(
    tabTable('orders', [
      { 'Order ID': '1001', 'Customer ID': 'C1', Date: DATE, Amount: 28, Channel: 'Shopify', Status: 'paid' },
      {
        'Order ID': '1001',
        'Customer ID': 'C2',
        Date: DATE,
        Amount: 5,
        Channel: 'shopify',
        Status: 'pending',
      },
      { 'Order ID': 'ch_1', Email: 'own@example.com', Date: DATE, Amount: 9, Channel: 'stripe' },
    ]),
    tabTable('customers', [
      { 'Customer ID': 'C1', Name: 'Ana Silva', Email: 'ana@example.com', Phone: '+351910000001' },
    ]),
  );

describe('OrdersInTab', () => {
  it('finds the first row of an order by orderKey, whatever the case its Channel was typed in', () => {
    const found = tab().find(orderKey('shopify', '1001'));
    expect(found).toMatchObject({ at: 2, sheetKey: 'Shopify\u241f1001' });
    expect(tab().find(orderKey('woocommerce', '1001'))).toBeUndefined();
  });

  it("describes an order found with its customer's contact details, the row's own email first", () => {
    const orders = tab();
    const ana = orders.find(orderKey('shopify', '1001'))!;
    expect(orders.there(ana)).toEqual({
      status: 'paid',
      amount: 28,
      date: DATE,
      email: 'ana@example.com',
      phone: '+351910000001',
      name: 'Ana Silva',
    });
    expect(orders.statusAndAmount(ana)).toEqual(['paid', 28]);
    const own = orders.find(orderKey('stripe', 'ch_1'))!;
    expect(orders.there(own)).toMatchObject({ email: 'own@example.com', phone: '', name: '' });
  });

  it('knows which Customer IDs Customers holds', () => {
    expect(tab().hasCustomer('C1')).toBe(true);
    expect(tab().hasCustomer('C2')).toBe(false);
  });
});
