// customerTimeline and searchCustomers: what the Customer tab shows, from one read of each tab.
import { describe, expect, it } from 'vitest';
import { customerTimeline } from '../../src/app/customer-timeline';
import { markNotSame } from '../../src/app/not-same-customers';
import { searchCustomers } from '../../src/app/search-customers';
import { shop } from './customer-fixture';

describe('customerTimeline', () => {
  it('shows the customer, their metrics, their own rows newest first and their duplicates, reading each tab once', () => {
    const { ports, workbook } = shop();
    const view = customerTimeline(ports, 'C1');
    expect(view.customer).toEqual({
      customerId: 'C1',
      name: 'Ana Silva',
      email: 'ana@example.com',
      phone: '',
      company: '',
      consent: true,
      unsubscribedAt: '',
    });
    expect(view.metrics).toEqual([{ label: 'Likely to buy again', value: 'high (90 %)' }]);
    // The Log row that names her email is not hers; the failed email was not sent.
    expect(view.timeline.map((e) => `${e.at.slice(0, 10)} ${e.kind} ${e.title}`)).toEqual([
      '2024-01-05 order Order #1 · 10.00',
      '2024-01-05 survey Survey answer · NPS 10',
      '2024-01-05 email Email sent: Hi Ana',
    ]);
    expect(view.duplicates).toEqual([
      { customerId: 'C2', name: 'Ana Silva', email: 'ana@work.example', reason: 'same name' },
    ]);
    expect(view.timeZone).toBe('Etc/UTC');
    expect(workbook.callCount('readTab')).toBe(workbook.tabNames().length);
    expect(workbook.callCount('writeBlock') + workbook.callCount('appendRows')).toBe(0);
  });

  it('gives an unsubscribe as ISO text, and leaves out a pair marked not the same', () => {
    const { ports } = shop();
    expect(customerTimeline(ports, 'C3').customer).toMatchObject({
      consent: false,
      unsubscribedAt: '2024-03-01T10:00:00.000Z',
    });
    markNotSame(ports.store, 'C2', 'C1');
    expect(customerTimeline(ports, 'C1').duplicates).toEqual([]);
  });

  it('refuses an unknown Customer ID', () => {
    const { ports } = shop();
    expect(() => customerTimeline(ports, 'C9')).toThrow('No customer has the Customer ID or email "C9".');
  });
});

describe('searchCustomers', () => {
  it('reads Customers once and gives plain cards', () => {
    const { ports, workbook } = shop();
    expect(searchCustomers(workbook, 'bru')).toEqual({
      query: 'bru',
      matches: [
        { customerId: 'C3', name: 'Bruno Costa', email: 'bruno@example.com', phone: '', company: '' },
      ],
      more: false,
    });
    expect(searchCustomers(ports.workbook, 'silva').matches.map((c) => c.customerId)).toEqual(['C1', 'C2']);
    expect(workbook.callCount('readTab')).toBe(2);
  });
});
