// The Customer tab's server calls in the bundle: plain JSON out, and spreadsheet calls that do not grow with the rows.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CustomerView } from '../../src/app/customer-timeline';
import type { MergeReport } from '../../src/app/merge-customers';
import type { CustomerSearch } from '../../src/app/search-customers';
import { appendRecords } from '../../src/local/emulator/workbook-records';
import { bundle, harness } from './bundle-harness';

/** A set-up workbook with `n` customers, two orders each, and one duplicate of customer 1. */
function shopOf(n: number) {
  const h = harness();
  h.call('setUpWorkbook');
  const wb = h.environment.workbook;
  const id = (i: number) => `C${String(i).padStart(6, '0')}`;
  appendRecords(wb, 'Customers', [
    ...Array.from({ length: n }, (_, i) => ({
      'Customer ID': id(i + 1),
      Name: `Person ${i + 1} Example`,
      Email: `person${i + 1}@example.com`,
      Consent: true,
    })),
    { 'Customer ID': 'D1', Name: 'Person 1 Example', Email: 'p1@work.example' },
  ]);
  appendRecords(
    wb,
    'Orders',
    Array.from({ length: 2 * n }, (_, i) => ({
      'Order ID': `#${i}`,
      'Customer ID': id((i % n) + 1),
      Date: new Date(Date.UTC(2024, 0, 1 + (i % 150))),
      Amount: 20 + (i % 7),
      Channel: 'shopify',
    })),
  );
  return h;
}

/** Spreadsheet reads and writes of one sidebar call. */
function costOf(h: ReturnType<typeof harness>, name: string, ...args: unknown[]) {
  const result = h.run(name, args, { kind: 'sidebar' });
  return {
    value: result.value,
    reads: result.execution.count('Range.getValues'),
    writes: result.execution.count('Range.setValues') + result.execution.count('Range.setValue'),
  };
}

describe('the Customer tab in the bundle', () => {
  beforeAll(() => {
    bundle();
  });

  it('reads each tab once for a timeline and writes nothing, however many rows', () => {
    const small = shopOf(5);
    const large = shopOf(3_000);
    const a = costOf(small, 'getCustomerTimeline', 'C000001');
    const b = costOf(large, 'getCustomerTimeline', 'C000001');
    expect(b.reads).toBe(a.reads);
    expect(a.writes).toBe(0);
    const view = b.value as CustomerView;
    expect(view.timeline).toHaveLength(2);
    expect(view.timeline.every((e) => typeof e.at === 'string')).toBe(true);
    expect(view.duplicates.map((d) => d.customerId)).toEqual(['D1']);
    const search = costOf(large, 'searchCustomers', 'person 12');
    expect((search.value as CustomerSearch).matches).toHaveLength(20);
    expect((search.value as CustomerSearch).more).toBe(true);
    expect(search.reads).toBe(costOf(small, 'searchCustomers', 'person 1').reads);
  });

  it('merges with the same number of spreadsheet calls for 5 or 3,000 customers', () => {
    const costs = [5, 3_000].map((n) => {
      const h = shopOf(n);
      const merge = costOf(h, 'mergeDuplicateCustomer', 'C000001', 'D1');
      expect((merge.value as MergeReport).merged).toBe('D1');
      return [merge.reads, merge.writes];
    });
    expect(costs[1]).toEqual(costs[0]);
  });
});
