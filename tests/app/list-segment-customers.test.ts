import { describe, expect, it } from 'vitest';
import { listSegmentCustomers } from '../../src/app/list-segment-customers';
import { segmentShop } from './segment-fixture';

describe('listSegmentCustomers', () => {
  it('lists the members, highest CLV first and blank last, up to the limit, with the total', () => {
    const { ports, workbook } = segmentShop();
    const list = listSegmentCustomers(workbook, ports.clock, 'Revenue >= 0', 3);
    expect(list.total).toBe(4);
    expect(list.customers).toEqual([
      { customerId: 'C1', name: 'Ana', email: 'ana@example.com', clv: 300, churnRisk: 0.1 },
      { customerId: 'C2', name: 'Ben', email: 'ben@example.com', clv: 100, churnRisk: 0.3 },
      { customerId: 'C3', name: 'Chloe', email: 'chloe@example.com', clv: 20, churnRisk: 0.9 },
    ]);
    expect(
      listSegmentCustomers(workbook, ports.clock, 'Segments CONTAINS "old friends"').customers.map(
        (c) => c.name,
      ),
    ).toEqual(['Chloe']);
    // Per listing: the header row, the Customer ID column, and the blocks of the columns used
    // (Name–Email, Revenue, Churn risk–Predicted CLV 12m; Segments for the second).
    expect([
      workbook.callCount('readTab'),
      workbook.callCount('readHeader'),
      workbook.callCount('readColumn'),
    ]).toEqual([0, 2, 2]);
    expect(workbook.callCount('readBlock')).toBe(6);
  });

  it('throws with the mistake of a definition it cannot read', () => {
    const { ports, workbook } = segmentShop();
    expect(() => listSegmentCustomers(workbook, ports.clock, 'Revnue > 1')).toThrow(
      'The segment\'s definition cannot be read: at 1: unknown column "Revnue"; did you mean "Revenue"?',
    );
  });
});
