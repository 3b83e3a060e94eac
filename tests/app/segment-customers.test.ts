import { describe, expect, it } from 'vitest';
import { readCustomerColumns } from '../../src/app/read-customer-columns';
import { segmentCustomers } from '../../src/app/segment-customers';
import { segmentView } from '../../src/core/segments/segment-view';
import type { Header } from '../../src/core/table/columns';
import { toSheetTable } from '../../src/core/table/sheet-table';
import { segmentShop } from './segment-fixture';

describe('segmentCustomers', () => {
  it('reads only the columns a method uses, in a fixed number of calls, and gives what the whole tab gives', () => {
    const { ports, workbook } = segmentShop();
    const whole = toSheetTable<Header<'customers'>>('Customers', workbook.values('Customers'));
    for (const request of [
      { method: 'rfm' as const },
      { method: 'kmeans' as const },
      { method: 'rule' as const, rule: 'Revenue > 150 OR Segments CONTAINS "old friends"' },
    ]) {
      workbook.calls.clear();
      const view = segmentCustomers(workbook, ports.clock, request);
      expect(view).toEqual(segmentView(whole, request, { timeZone: 'Etc/UTC', now: ports.clock.now() }));
      expect(workbook.callCount('readTab')).toBe(0);
      expect(workbook.callCount('readHeader')).toBe(1);
      expect(workbook.callCount('readColumn')).toBe(1);
      expect(workbook.callCount('readBlock')).toBeLessThanOrEqual(3);
    }
    const rule = segmentCustomers(workbook, ports.clock, {
      method: 'rule',
      rule: 'Revenue > 150 OR Segments CONTAINS "old friends"',
    });
    expect(rule.segments.map((s) => s.customers)).toEqual([3, 1]);
  });
});

describe('readCustomerColumns', () => {
  it('fills only the cells of the columns asked for, blocks of nearby columns read together', () => {
    const { workbook } = segmentShop();
    workbook.calls.clear();
    const table = readCustomerColumns(workbook, ['Name', 'Email', 'Churn risk', 'Predicted CLV 12m', 'Nope']);
    expect(workbook.callCount('readBlock')).toBe(2); // Name–Email; Churn risk … Predicted CLV 12m
    const row = table.rows[0]!;
    expect([row[0], row[1], row[2], row[3]]).toEqual(['C1', 'Ana', 'ana@example.com', undefined]);
    expect(table.rows.map((r) => r[table.index.get('churnrisk')!])).toEqual([0.1, 0.3, 0.9, '', '']);
    expect(table.rows).toHaveLength(5);
  });
});
