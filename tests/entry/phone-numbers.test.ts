// Phone numbers are read with libphonenumber's metadata, which the bundle parses on first use: checked on the bundle.
import { describe, expect, it } from 'vitest';
import { harness } from './bundle-harness';
import { genericRequest } from './generic-request';

describe('phone numbers on the bundle', () => {
  it('stores imported numbers in E.164 form, ignores the tel: prefix and warns on bad ones', () => {
    const h = harness();
    h.call('setUpWorkbook');
    const report = h.call(
      'runImport',
      genericRequest([
        'Order ID,Email,Name,Phone,Date,Amount',
        '1,ana@example.com,Ana,+44 20 7946 0000,2024-05-02,12.50',
        '2,bo@example.com,Bo,tel:+1 (415) 555-2671,2024-05-03,20',
        '3,cy@example.com,Cy,12,2024-05-04,30',
      ]),
    ) as { ordersAdded: number; warnings: Array<{ row: number; reason: string }> };
    expect(report.ordersAdded).toBe(3);
    expect(h.records('Customers').map((c) => c.Phone)).toEqual(['+442079460000', '+14155552671', '']);
    expect(report.warnings).toEqual([
      { row: 4, reason: 'Phone: "12" is not a valid phone number; left out', field: 'Phone' },
    ]);
  });
});
