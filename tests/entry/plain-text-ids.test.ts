// Sheets reads written strings as if typed; Set up's plain text columns keep IDs and free text exact, on the bundle.
import { describe, expect, it } from 'vitest';
import { harness } from './bundle-harness';
import { genericRequest } from './generic-request';

describe('IDs that look like numbers, through Set up and re-import, on the bundle', () => {
  const request = genericRequest([
    'Order ID,Email,Name,Phone,Date,Amount,Product',
    '00042,ana@example.com,Ana,0044 20 7946 0000,2024-05-02,12.50,1984',
    '1234567890123456789,bo@example.com,TRUE,,2024-05-03 10:30,20,12%',
    '7.10,cy@example.com,Cy,,2024-05-04,30,2024-01-05',
  ]);

  it('keeps the IDs and free text exactly, writes numbers and dates as values, and a re-import adds nothing', () => {
    const h = harness();
    h.call('setUpWorkbook');
    expect(h.call('runImport', request)).toMatchObject({ ordersAdded: 3 });
    const orders = h.records('Orders');
    expect(orders.map((o) => o['Order ID'])).toEqual(['00042', '1234567890123456789', '7.10']);
    expect(orders.map((o) => o.Product)).toEqual(['1984', '12%', '2024-01-05']);
    expect(orders.map((o) => o.Amount)).toEqual([12.5, 20, 30]);
    expect(orders.map((o) => (o.Date as Date).toISOString())).toEqual([
      '2024-05-02T00:00:00.000Z',
      '2024-05-03T10:30:00.000Z',
      '2024-05-04T00:00:00.000Z',
    ]);
    const customers = h.records('Customers');
    // Names are tidied to "True", but stay text: not the boolean a Name cell without "@" would hold.
    expect(customers.find((c) => c.Email === 'bo@example.com')?.Name).toBe('True');
    expect(typeof customers.find((c) => c.Email === 'ana@example.com')?.Phone).toBe('string');
    expect(customers.map((c) => c['Customer ID'])).toEqual(['C000001', 'C000002', 'C000003']);

    expect(h.call('runImport', request)).toMatchObject({ ordersAdded: 0, ordersAlreadyThere: 3 });
    expect(h.records('Orders').map((o) => o['Order ID'])).toEqual(['00042', '1234567890123456789', '7.10']);
    expect(h.records('Customers')).toHaveLength(3);
  });
});
