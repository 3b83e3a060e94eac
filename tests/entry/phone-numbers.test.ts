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

describe('the bundle reads numbers as the full metadata does', () => {
  // National forms read with Settings' Default country, and international forms of many regions:
  // the bundle's metadata lacks the display formats, which reading never uses.
  const NATIONAL: Array<[string, string]> = [
    ['GB', '020 7946 0000'],
    ['GB', '07700 900123'],
    ['DE', '030 901820'],
    ['DE', '0151 23456789'],
    ['FR', '01 23 45 67 89'],
    ['PT', '912 345 678'],
    ['US', '(415) 555-2671'],
    ['JP', '03-1234-5678'],
    ['BR', '(11) 91234-5678'],
    ['IN', '098765 43210'],
    ['AU', '0412 345 678'],
    ['IT', '06 6982 1234'],
    ['ES', '612 34 56 78'],
    ['MX', '55 1234 5678'],
    ['AR', '011 15-2345-6789'],
  ];
  const INTERNATIONAL = [
    '+33 6 12 34 56 78',
    '+49 1512 3456789',
    '+81 90-1234-5678',
    '+86 138 0013 8000',
    '+7 912 345-67-89',
    '+27 82 123 4567',
    '+234 802 123 4567',
    '+971 50 123 4567',
    '+65 8123 4567',
    '+52 1 55 1234 5678',
    '+44 1632 960983',
    '+1 800 555 0199',
    '+351 21 123 4567',
    '+999 123',
  ];

  it('gives the same E.164 number, or none, for each', async () => {
    const { normalizePhone } = await import('../../src/core/clean/normalize-phone');
    const cases = [...NATIONAL, ...INTERNATIONAL.map((n): [string, string] => ['', n])];
    const byCountry = new Map<string, string[]>();
    for (const [country, number] of cases)
      byCountry.set(country, [...(byCountry.get(country) ?? []), number]);
    for (const [country, numbers] of byCountry) {
      const h = harness();
      h.call('setUpWorkbook');
      const settings = h.environment.workbook.sheets.find((s) => s.name === 'Settings')!;
      const row = settings.values.find((r) => r[0] === 'Default country');
      if (row && country) row[1] = country;
      h.call(
        'runImport',
        genericRequest([
          'Order ID,Email,Name,Phone,Date,Amount',
          ...numbers.map((n, i) => `${i + 1},p${i}@example.com,P${i},"${n}",2024-05-02,1`),
        ]),
      );
      const stored = h.records('Customers').map((c) => c.Phone);
      expect(stored, country || 'international').toEqual(
        numbers.map((n) => normalizePhone(n, country || undefined)),
      );
      expect(stored.filter(Boolean).length, country).toBeGreaterThan(0);
    }
  });
});
