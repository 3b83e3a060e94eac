// A set-up memory workbook with five refreshed customers, for the segment use cases' tests.
import type { Cell, Ports } from '../../src/app/ports';
import { setup } from '../../src/app/setup';
import { type MemoryWorkbook, memoryPorts } from './memory-ports';

/** Rows of the Customers tab by header; other cells blank. */
export function addCustomers(workbook: MemoryWorkbook, rows: ReadonlyArray<Record<string, Cell>>): void {
  const header = workbook.values('Customers')[0]!.map(String);
  workbook.appendRows(
    'Customers',
    rows.map((row) => header.map((h) => row[h] ?? '')),
  );
}

/** The values of one column of a tab, below its header. */
export function column(workbook: MemoryWorkbook, tab: string, header: string): Cell[] {
  const [head, ...rows] = workbook.values(tab);
  const at = head!.indexOf(header);
  return rows.map((row) => row[at] ?? '');
}

/** Ana and Ben spend most; Chloe already belongs to "Old friends"; Dan has not ordered; a row without ID. */
export function segmentShop(): { ports: Ports; workbook: MemoryWorkbook } {
  const { ports, workbook } = memoryPorts();
  setup(ports);
  workbook.calls.clear();
  addCustomers(workbook, [
    {
      'Customer ID': 'C1',
      Name: 'Ana',
      Email: 'ana@example.com',
      Revenue: 600,
      'Predicted CLV 12m': 300,
      'Churn risk': 0.1,
    },
    {
      'Customer ID': 'C2',
      Name: 'Ben',
      Email: 'ben@example.com',
      Revenue: 200,
      'Predicted CLV 12m': 100,
      'Churn risk': 0.3,
    },
    {
      'Customer ID': 'C3',
      Name: 'Chloe',
      Email: 'chloe@example.com',
      Revenue: 100,
      'Predicted CLV 12m': 20,
      'Churn risk': 0.9,
      Segments: 'Old friends',
    },
    { 'Customer ID': 'C4', Name: 'Dan', Email: 'dan@example.com', Revenue: 0 },
    { 'Customer ID': '', Name: 'no id', Revenue: 5000 },
  ]);
  return { ports, workbook };
}
