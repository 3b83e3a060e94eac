import { describe, expect, it } from 'vitest';
import { addImportReports } from '../../src/app/add-import-reports';
import type { CsvImportReport } from '../../src/app/import';

const part = (n: number, complete: boolean): CsvImportReport =>
  Object.freeze({
    preset: 'shopify',
    channel: 'shopify',
    complete,
    processed: 10 * n,
    total: 30,
    customersAdded: n,
    customersMerged: 2 * n,
    ordersAdded: 3 * n,
    ordersAlreadyThere: 4 * n,
    ordersUpdated: 7 * n,
    updated: [{ row: 300 + n, reason: `#${n}: Status pending → paid` }],
    conflicts: [{ row: 400 + n, reason: `order #${n} conflicts` }],
    surveysAdded: 5 * n,
    surveysAlreadyThere: 6 * n,
    rejected: [{ row: n, reason: `bad ${n}` }],
    suggestions: [{ customerId: `C${n}`, similarTo: 'C0', reason: 'similar name (0.95)' }],
    skipped: [{ row: 100 + n, reason: 'refund' }],
    warnings: [{ row: 200 + n, reason: 'no phone' }],
  }) as CsvImportReport;

describe('addImportReports', () => {
  it('takes the first part as it is', () => {
    const first = part(1, false);
    expect(addImportReports(null, first)).toBe(first);
  });

  it('adds counts and joins rows over the parts; the file-wide lists come from the first part', () => {
    const total = addImportReports(addImportReports(null, part(1, false)), part(2, true));
    expect(total).toEqual({
      preset: 'shopify',
      channel: 'shopify',
      complete: true,
      processed: 30,
      total: 30,
      customersAdded: 3,
      customersMerged: 6,
      ordersAdded: 9,
      ordersAlreadyThere: 12,
      ordersUpdated: 21,
      updated: [
        { row: 301, reason: '#1: Status pending → paid' },
        { row: 302, reason: '#2: Status pending → paid' },
      ],
      conflicts: [
        { row: 401, reason: 'order #1 conflicts' },
        { row: 402, reason: 'order #2 conflicts' },
      ],
      surveysAdded: 15,
      surveysAlreadyThere: 18,
      rejected: [
        { row: 1, reason: 'bad 1' },
        { row: 2, reason: 'bad 2' },
      ],
      suggestions: [
        { customerId: 'C1', similarTo: 'C0', reason: 'similar name (0.95)' },
        { customerId: 'C2', similarTo: 'C0', reason: 'similar name (0.95)' },
      ],
      skipped: [{ row: 101, reason: 'refund' }],
      warnings: [{ row: 201, reason: 'no phone' }],
    });
  });
});
