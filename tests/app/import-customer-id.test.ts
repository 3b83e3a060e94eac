import { beforeEach, describe, expect, it } from 'vitest';
import { importCsv, previewImport } from '../../src/app/import';
import type { Cell, Ports } from '../../src/app/ports';
import { setup } from '../../src/app/setup';
import { type MemoryWorkbook, memoryPorts } from './memory-ports';

function records(workbook: MemoryWorkbook, tab: string): Array<Record<string, Cell>> {
  const [header, ...rows] = workbook.values(tab);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

describe('importCsv of a generic file matched by Customer ID', () => {
  let ports: Ports;
  let workbook: MemoryWorkbook;

  beforeEach(() => {
    ({ ports, workbook } = memoryPorts());
    setup(ports);
    importCsv(ports, {
      preset: 'generic',
      csv: 'Invoice,Mail,Name,Paid on,Total\nA-1,ana@example.com,Ana Silva,2024-01-05,10\nA-2,ben@example.com,Ben Okafor,2024-01-06,20\n',
      mapping: { 'Order ID': 'Invoice', Email: 'Mail', Name: 'Name', Date: 'Paid on', Amount: 'Total' },
    });
  });

  it('puts each order on the customer its ID names, and rejects an unknown ID per row without adding anyone', () => {
    const before = records(workbook, 'Customers').map((c) => [c['Customer ID'], c.Name]);
    expect(before).toEqual([
      ['C000001', 'Ana Silva'],
      ['C000002', 'Ben Okafor'],
    ]);
    const report = importCsv(ports, {
      preset: 'generic',
      channel: 'ledger',
      csv: 'Ref,Client,Day,Sum\nL-1,C000002,2024-02-01,5\nL-2,C000099,2024-02-02,6\nL-3,C000001,2024-02-03,7\n',
      mapping: { 'Order ID': 'Ref', 'Customer ID': 'Client', Date: 'Day', Amount: 'Sum' },
    });
    expect(report).toMatchObject({ ordersAdded: 2, customersAdded: 0, customersMerged: 0 });
    expect(report.rejected).toEqual([
      {
        row: 3,
        reason:
          'unknown Customer ID "C000099": no customer in Customers has it, and an import never creates one from an ID',
      },
    ]);
    expect(
      records(workbook, 'Orders')
        .filter((o) => o.Channel === 'ledger')
        .map((o) => [o['Order ID'], o['Customer ID'], o.Amount]),
    ).toEqual([
      ['L-1', 'C000002', 5],
      ['L-3', 'C000001', 7],
    ]);
    expect(records(workbook, 'Customers').map((c) => [c['Customer ID'], c.Name])).toEqual(before);
  });

  it('previews the reading of a file sent as base64 bytes', () => {
    const bytes = Buffer.from('Ref;Client;Day;Sum\r\nL-1;C000002;13.02.2024;1.234,50\r\n', 'latin1');
    const preview = previewImport(
      workbook,
      {
        preset: 'generic',
        base64: bytes.toString('base64'),
        mapping: { 'Order ID': 'Ref', 'Customer ID': 'Client', Date: 'Day', Amount: 'Sum' },
      },
      ports.clock.now(),
    );
    expect(preview.sample).toMatchObject([
      { 'Order ID': 'L-1', Date: '2024-02-13T00:00:00.000Z', Amount: 1234.5 },
    ]);
    expect(preview.reading).toMatchObject({
      encoding: 'utf-8',
      delimiter: ';',
      decimal: ',',
      dateOrder: 'dmy',
    });
  });

  it('refuses a file whose header names a column twice before writing anything, not even the Log', () => {
    const log = workbook.values('Log').length;
    const orders = workbook.values('Orders').length;
    expect(() =>
      importCsv(ports, {
        preset: 'generic',
        csv: 'Ref,Email,Day,Sum,E-mail\nL-9,a@example.com,2024-02-01,5,b@example.com\n',
        mapping: { 'Order ID': 'Ref', Email: 'Email', Date: 'Day', Amount: 'Sum' },
      }),
    ).toThrow('The file has two columns named "Email" (columns B and E)');
    expect(workbook.values('Log')).toHaveLength(log);
    expect(workbook.values('Orders')).toHaveLength(orders);
  });
});
