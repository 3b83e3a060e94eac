import { describe, expect, it } from 'vitest';
import type { AnalyticsInput } from '../../../src/core/analytics/analytics-input';
import { computeCustomerAnalytics } from '../../../src/core/analytics/compute-customer-analytics';
import { contentOf, day, settingsWith, table } from './analytics-tables';

const now = new Date(Date.UTC(2024, 5, 1, 12));
const paid = { Currency: 'EUR', Channel: 'shop', Status: 'paid' } as const;

/** The shop of the refresh tests: Ana buys three times (once in USD, found by email), Ben once. */
function input(baseCurrency = 'EUR'): AnalyticsInput {
  return Object.freeze({
    customers: table('customers', [
      { 'Customer ID': 'C1', Name: 'Ana', Email: 'ana@example.com' },
      { 'Customer ID': 'C2', Name: 'Ben', Email: 'ben@example.com' },
      { 'Customer ID': 'C3', Name: 'Chloe', Email: 'chloe@example.com' },
      { 'Customer ID': 'C4', Name: 'Dan', Email: 'dan@example.com' },
    ]),
    orders: table('orders', [
      { ...paid, 'Order ID': '1', 'Customer ID': 'C1', Date: day('2024-01-05'), Amount: 40, Product: 'Fig' },
      { ...paid, 'Order ID': '2', 'Customer ID': 'C1', Date: day('2024-02-04'), Amount: 60, Product: 'Box' },
      {
        ...paid,
        'Order ID': 'ch_3',
        Email: 'ANA@example.com',
        Date: day('2024-03-05'),
        Amount: 20,
        Currency: 'USD',
        Product: 'Fig',
        Channel: 'stripe',
      },
      { ...paid, 'Order ID': '4', 'Customer ID': 'C2', Date: day('2024-05-02'), Amount: 10, Product: 'Fig' },
      {
        ...paid,
        'Order ID': '5',
        'Customer ID': 'C2',
        Date: day('2024-05-20'),
        Amount: 99,
        Status: 'refunded',
      },
      { ...paid, 'Order ID': '6', 'Customer ID': 'C4', Date: day('2024-05-03'), Amount: 30, Currency: 'GBP' },
      { ...paid, 'Order ID': '7', 'Customer ID': 'C2', Date: day('2024-05-04'), Amount: 'abc' },
      { ...paid, 'Order ID': '8', 'Customer ID': 'C9', Date: day('2024-05-05'), Amount: 5 },
    ]),
    surveys: table('surveys', [
      { Date: day('2024-04-01'), Email: 'ana@example.com', NPS: 10, CSAT: 5 },
      { Date: day('2024-04-02'), Email: 'ben@example.com', NPS: 9, CSAT: 4 },
      { Date: day('2024-04-03'), Email: 'ana@example.com', NPS: 3, CSAT: 2 },
    ]),
    interactions: table('interactions', [
      { Date: day('2024-05-10'), Email: 'ben@example.com', Direction: 'out' },
      { Date: day('2024-05-11'), Email: 'ben@example.com', Direction: 'in' },
      { Date: day('2024-05-12'), 'Customer ID': 'C4', Direction: 'out' },
    ]),
    outbox: table('outbox', []),
    ...settingsWith([
      ['Base currency', baseCurrency],
      ['Currency rates', 'USD=0.9'],
    ]),
    timeZone: 'Etc/UTC',
    now,
  });
}

describe('computeCustomerAnalytics', () => {
  it('computes the columns and KPIs of the refresh tests, values checked by hand, from inputs it leaves alone', () => {
    const given = input();
    const before = contentOf(given.customers, given.orders, given.surveys, given.interactions, given.outbox);
    const analytics = computeCustomerAnalytics(given);
    expect(contentOf(given.customers, given.orders, given.surveys, given.interactions, given.outbox)).toBe(
      before,
    );
    expect(analytics).toMatchObject({ ordersUsed: 4, baseCurrency: 'EUR', young: true });
    expect(analytics.excluded).toEqual([
      { row: 6, reason: 'refunded order left out' },
      { row: 7, reason: 'GBP has no exchange rate to EUR in Settings' },
      { row: 8, reason: 'Amount is not a number' },
      { row: 9, reason: 'unknown customer' },
    ]);
    const ana = Object.fromEntries(analytics.values.get('C1')!);
    expect(ana).toMatchObject({
      Orders: 3,
      Revenue: 118, // 40 + 60 + 18
      'Avg order value': 39.33,
      'First order': day('2024-01-05'),
      'Last order': day('2024-03-05'),
      Frequency: 2,
      Recency: 60,
      T: 148,
      'Last NPS': 3,
      'Last contacted': '',
      Recommended: '',
      'Updated at': now,
      'Why blank':
        'Cluster: too few distinct customers to form clusters; Recommended: no other products to suggest',
    });
    const ben = Object.fromEntries(analytics.values.get('C2')!);
    expect(ben).toMatchObject({ Orders: 1, Revenue: 10, Frequency: 0, Recency: 0, T: 30, 'P(alive)': 1 });
    expect(ben).toMatchObject({ 'Churn risk': 0, 'Last NPS': 9, Recommended: 'Box' });
    expect(ben['Last contacted']).toEqual(day('2024-05-10'));
    expect(analytics.values.get('C4')?.get('Last contacted')).toEqual(day('2024-05-12'));
    expect(analytics.values.get('C3')?.get('P(alive)')).toBe('');
    expect(analytics.values.get('C3')?.get('Why blank')).toBe('no orders yet');
    const kpis = Object.fromEntries(analytics.kpis.map((k) => [k.kpi, k.value]));
    expect(kpis).toMatchObject({
      Customers: 4,
      'Revenue (EUR)': 128,
      'Repeat rate': 0.5,
      NPS: 33.3,
      CSAT: 0.6667,
      Data: 'young business',
    });
    // Two buyers over five months: too short a history to test on, and tiny data, both said.
    expect(analytics.model.basis).toBe('likelihood');
    expect(analytics.model.sentence).toMatch(
      /it was not tested on recent weeks because your orders span \d+ weeks and checking on recent weeks needs 24\. It was fitted with a penalty that keeps its estimates moderate \(penalised: only 2 customers\)\.$/,
    );
    const why = analytics.dashboard.cells.findIndex((row) => row[0] === 'Why this model');
    expect(analytics.dashboard.cells[why + 1][0]).toMatch(/^Purchases are predicted with the /);
  });

  it("takes the orders' most frequent currency when Base currency is blank", () => {
    expect(computeCustomerAnalytics(input('')).baseCurrency).toBe('EUR');
  });
});
