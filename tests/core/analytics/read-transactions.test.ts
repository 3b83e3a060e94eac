import { describe, expect, it } from 'vitest';
import { readTransactions } from '../../../src/core/analytics/read-transactions';
import { contentOf, day, dayOf, settingsWith, table } from './analytics-tables';

const customers = table('customers', [
  { 'Customer ID': 'C1', Email: 'ana@example.com' },
  { 'Customer ID': 'C2', Email: 'ben.smith@gmail.com' },
  { 'Customer ID': '', Email: 'nobody@example.com' },
]);
const { settings } = settingsWith([
  ['Currency rates', 'USD=0.9'],
  ['Gmail dots', 'yes'],
]);
const paid = { Currency: 'EUR', Channel: 'shop', Status: 'paid', Amount: 10 } as const;

describe('readTransactions', () => {
  it('converts the usable orders to the base currency and lists the others with their sheet row', () => {
    const orders = table('orders', [
      { ...paid, 'Order ID': '1', 'Customer ID': 'C1', Date: day('2024-01-05'), Amount: 40, Product: 'Fig' },
      // Found by email (Gmail dots dropped); 20 USD at 0.9 = 18 EUR; a text amount is read when plain.
      {
        ...paid,
        'Order ID': '2',
        Email: 'BenSmith@gmail.com',
        Date: day('2024-02-04'),
        Amount: "'20",
        Currency: 'USD',
      },
      {},
      { ...paid, 'Order ID': '3', 'Customer ID': 'C1', Date: day('2024-03-01'), Status: 'Refunded' },
      { ...paid, 'Order ID': '#N/A', 'Customer ID': 'C1', Date: day('2024-03-01') },
      { ...paid, 'Order ID': '1', 'Customer ID': 'C2', Date: day('2024-03-01'), Channel: 'Shop' },
      {
        ...paid,
        'Order ID': '1',
        'Customer ID': 'C2',
        Date: day('2024-03-02'),
        Channel: 'stripe',
        Currency: '',
      },
      { ...paid, 'Order ID': '5', 'Customer ID': 'C9', Date: day('2024-03-01') },
      { ...paid, 'Order ID': '6', 'Customer ID': 'C1', Date: '2024-03-01' },
      { ...paid, 'Order ID': '7', 'Customer ID': 'C1', Date: day('2024-03-01'), Amount: '1,5' },
      { ...paid, 'Order ID': '8', 'Customer ID': 'C1', Date: day('2024-03-01'), Quantity: -1 },
      { ...paid, 'Order ID': '9', 'Customer ID': 'C1', Date: day('2024-03-01'), Currency: 'GBP' },
      { ...paid, 'Order ID': '10', 'Customer ID': 'C1', Date: day('2024-03-01'), Status: 'pending' },
    ]);
    const before = contentOf(orders, customers);
    const read = readTransactions({ orders, customers, settings, timeZone: 'Etc/UTC' }, 'EUR');
    expect(read.transactions).toEqual([
      { customerId: 'C1', day: dayOf('2024-01-05'), amount: 40, product: 'Fig', date: day('2024-01-05') },
      { customerId: 'C2', day: dayOf('2024-02-04'), amount: 18, product: '', date: day('2024-02-04') },
      // Another channel may reuse an Order ID; a blank Currency is the base currency.
      { customerId: 'C2', day: dayOf('2024-03-02'), amount: 10, product: '', date: day('2024-03-02') },
    ]);
    expect(read.excluded).toEqual([
      { row: 5, reason: 'refunded order left out' },
      { row: 6, reason: 'missing or invalid Order ID' },
      { row: 7, reason: 'duplicate Order ID 1 (first at row 2)' },
      { row: 9, reason: 'unknown customer' },
      { row: 10, reason: 'Date is not a date' },
      { row: 11, reason: 'Amount is not a number' },
      { row: 12, reason: 'negative Quantity' },
      { row: 13, reason: 'GBP has no exchange rate to EUR in Settings' },
      { row: 14, reason: 'pending order left out' },
    ]);
    expect(contentOf(orders, customers)).toBe(before);
  });

  it("dates orders on the sheet zone's calendar day", () => {
    const orders = table('orders', [
      { ...paid, 'Order ID': '1', 'Customer ID': 'C1', Date: new Date('2024-01-05T23:30:00Z') },
    ]);
    const read = readTransactions({ orders, customers, settings, timeZone: 'Asia/Tokyo' }, 'EUR');
    expect(read.transactions[0].day).toBe(dayOf('2024-01-06'));
  });
});
