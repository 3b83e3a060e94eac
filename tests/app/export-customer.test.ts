// exportCustomer: everything held about one customer, across all tabs, as plain JSON.
import { describe, expect, it } from 'vitest';
import { exportCustomer } from '../../src/app/export-customer';
import { memoryPorts } from './memory-ports';

const JAN = new Date(Date.UTC(2024, 0, 5, 9, 30));

function seeded() {
  const { ports, workbook } = memoryPorts(Date.UTC(2024, 5, 1, 12));
  workbook.put('Customers', [
    ['Customer ID', 'Name', 'Email', ' Notes ', '', 'Consent'],
    ['C000001', 'Ana Silva', 'ana@example.com', 'likes figs', 'stray', true],
    ['C000002', 'Ben Okafor', 'ben@example.com', '', '', false],
  ]);
  workbook.put('Orders', [
    ['Order ID', 'Customer ID', 'Email', 'Date', 'Amount'],
    ['#1001', 'C000001', 'ana@example.com', JAN, 46.9],
    ['#1002', 'C000002', 'ben@example.com', JAN, 10],
  ]);
  workbook.put('Log', [
    ['Time', 'Action', 'Details'],
    [JAN, 'merge', 'C000001 ← stripe order ch_1'],
  ]);
  return { ports, workbook };
}

describe('exportCustomer', () => {
  it("exports the person's rows of every tab, keyed by the tab's own headers, with dates as ISO 8601 text", () => {
    const { ports } = seeded();
    expect(exportCustomer(ports, 'C000001')).toEqual({
      customerId: 'C000001',
      exportedAt: '2024-06-01T12:00:00.000Z',
      tabs: {
        // The header is trimmed; the column without a header is left out.
        Customers: [
          {
            'Customer ID': 'C000001',
            Name: 'Ana Silva',
            Email: 'ana@example.com',
            Notes: 'likes figs',
            Consent: true,
          },
        ],
        Orders: [
          {
            'Order ID': '#1001',
            'Customer ID': 'C000001',
            Email: 'ana@example.com',
            Date: '2024-01-05T09:30:00.000Z',
            Amount: 46.9,
          },
        ],
        // The Log row only names the customer in its text.
        Log: [{ Time: '2024-01-05T09:30:00.000Z', Action: 'merge', Details: 'C000001 ← stripe order ch_1' }],
      },
    });
  });

  it('is plain JSON: it survives a round trip unchanged', () => {
    const { ports } = seeded();
    const out = exportCustomer(ports, 'ana@example.com');
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  it('reads each tab once and writes nothing', () => {
    const { ports, workbook } = seeded();
    exportCustomer(ports, 'C000002');
    expect(workbook.callCount('readTab')).toBe(3);
    expect([...workbook.calls.keys()].sort()).toEqual(['readTab', 'tabNames']);
  });

  it('exports a person without a Customers row, with the Customer ID their rows give', () => {
    const { ports, workbook } = seeded();
    workbook.put('Surveys', [
      ['Date', 'Email', 'NPS'],
      [JAN, 'dan@example.com', 3],
    ]);
    expect(exportCustomer(ports, 'DAN@example.com')).toEqual({
      customerId: '',
      exportedAt: '2024-06-01T12:00:00.000Z',
      tabs: { Surveys: [{ Date: '2024-01-05T09:30:00.000Z', Email: 'dan@example.com', NPS: 3 }] },
    });
  });

  it('refuses a person no tab knows, and a workbook that was never set up', () => {
    const { ports } = seeded();
    expect(() => exportCustomer(ports, 'nobody@example.com')).toThrow(
      'No customer has the Customer ID or email "nobody@example.com".',
    );
    const empty = memoryPorts();
    expect(() => exportCustomer(empty.ports, 'C000001')).toThrow(
      'The Customers tab is missing; run Set up first.',
    );
  });
});
