import { describe, expect, expectTypeOf, it } from 'vitest';
import { TAB_SPECS, type TabCode } from '../../../src/core/model/tab-specs';
import { COLUMNS, type Header, type HeaderOfTab, isHeaderOf } from '../../../src/core/table/columns';
import { cellOf, toSheetTable } from '../../../src/core/table/sheet-table';

describe('COLUMNS', () => {
  it('names every column of every tab by its field, with the header Set up writes', () => {
    expect(COLUMNS.orders.orderId).toBe('Order ID');
    expect(COLUMNS.customers.predictedClv12m).toBe('Predicted CLV 12m');
    expect(COLUMNS.followUps.minDaysBetween).toBe('Min days between');
    expect(COLUMNS.settings.value).toBe('Value');
    for (const code of Object.keys(TAB_SPECS) as TabCode[]) {
      const fromSpec = TAB_SPECS[code].columns.map((column) => [column.field, column.header]);
      expect(Object.entries(COLUMNS[code])).toEqual(fromSpec);
    }
  });

  it('types each name as its literal header, so a misspelt field or header does not compile', () => {
    expectTypeOf(COLUMNS.orders.orderId).toEqualTypeOf<'Order ID'>();
    expectTypeOf<Header<'surveys'>>().toEqualTypeOf<'Date' | 'Email' | 'NPS' | 'CSAT' | 'Comment'>();
    expectTypeOf<HeaderOfTab<'Surveys'>>().toEqualTypeOf<Header<'surveys'>>();
    // @ts-expect-error: no such field
    expect(COLUMNS.orders.orderID).toBeUndefined();
    const surveys = toSheetTable<Header<'surveys'>>('Surveys', [
      ['Date', 'Email', 'NPS'],
      ['', 'a@x.com', 9],
    ]);
    expect(cellOf(surveys, surveys.rows[0], COLUMNS.surveys.nps)).toBe(9);
    // @ts-expect-error: Surveys has no Amount column
    expect(cellOf(surveys, surveys.rows[0], 'Amount')).toBe('');
  });
});

describe('isHeaderOf', () => {
  it('accepts exactly the headers of the tab asked about', () => {
    expect(isHeaderOf('customers', 'Customer ID')).toBe(true);
    expect(isHeaderOf('customers', 'Order ID')).toBe(false);
    expect(isHeaderOf('orders', 'Order ID')).toBe(true);
    expect(isHeaderOf('orders', 'order id')).toBe(false);
  });
});
