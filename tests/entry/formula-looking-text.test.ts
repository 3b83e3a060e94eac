import { describe, expect, it } from 'vitest';
import { harness } from './bundle-harness';

// Sheets parses whatever a script writes as if typed, and getValues returns text without the
// apostrophe that kept it text: every operation that reads a row and writes it back must keep
// "=HYPERLINK(…)" a text, or a CSV could plant a formula that runs later.
describe('formula-looking text through import, forget and undo, on the bundle', () => {
  const CSV = [
    'Order ID,Email,Name,Date,Amount,Product',
    'A-1,eve@example.com,"=HYPERLINK(""http://evil.example"",""click"")",2024-05-02,12.50,+Gift',
    'A-2,bo@example.com,Bo,2024-05-03,20,@Box',
  ].join('\n');
  const mapping = {
    'Order ID': 'Order ID',
    Email: 'Email',
    Name: 'Name',
    Date: 'Date',
    Amount: 'Amount',
    Product: 'Product',
  };

  it('stays text in every tab whatever rewrites it', () => {
    const h = harness();
    h.call('setUpWorkbook');
    h.call('runImport', { preset: 'generic', csv: CSV, mapping });
    const formulas = () => h.environment.workbook.sheets.reduce((n, s) => n + s.formulas.size, 0);
    const eve = () => h.records('Customers').find((c) => c.Email === 'eve@example.com');
    expect(formulas()).toBe(0);
    expect(eve()?.Name).toBe('=HYPERLINK("http://evil.example","click")');

    h.call('forgetCustomerData', 'eve@example.com', true);
    expect(eve()).toBeUndefined();
    h.call('undoLast');
    // The undo wrote back the values it had read: still text, no formula anywhere.
    expect(eve()?.Name).toBe('=HYPERLINK("http://evil.example","click")');
    expect(h.records('Orders').map((o) => o.Product)).toEqual(['+Gift', '@Box']);
    h.call('refreshNow');
    expect(formulas()).toBe(0);
  });
});

describe('re-importing orders whose IDs look like formulas or signed numbers, on the bundle', () => {
  it('adds nothing the second time', () => {
    const h = harness();
    h.call('setUpWorkbook');
    const request = {
      preset: 'generic',
      csv: 'Order ID,Email,Date,Amount\n-1001,a@example.com,2024-05-02,10\n+44,b@example.com,2024-05-03,20\n=7,c@example.com,2024-05-04,30\n',
      mapping: { 'Order ID': 'Order ID', Email: 'Email', Date: 'Date', Amount: 'Amount' },
    };
    expect(h.call('runImport', request)).toMatchObject({ ordersAdded: 3 });
    expect(h.records('Orders').map((o) => o['Order ID'])).toEqual(['-1001', '+44', '=7']);
    expect(h.call('runImport', request)).toMatchObject({ ordersAdded: 0, ordersAlreadyThere: 3 });
    expect(h.records('Orders')).toHaveLength(3);
  });
});
