import { describe, expect, it } from 'vitest';
import type { CsvImportReport } from '../../../src/app/import';
import { describeImport } from '../../../src/local/cli/describe-result';

function report(fields: Partial<CsvImportReport>): CsvImportReport {
  return {
    preset: 'shopify',
    channel: 'shopify',
    complete: true,
    processed: 3,
    total: 3,
    customersAdded: 2,
    customersMerged: 1,
    ordersAdded: 3,
    ordersAlreadyThere: 0,
    ordersUpdated: 0,
    updated: [],
    conflicts: [],
    surveysAdded: 0,
    surveysAlreadyThere: 0,
    rejected: [],
    suggestions: [],
    orphanOrders: [],
    skipped: [],
    warnings: [],
    reading: { encoding: 'utf-8', delimiter: ',', decimal: '.', notes: [] },
    ...fields,
  };
}

describe('describeImport', () => {
  it('gives the counts, then each rejected row with its reason', () => {
    expect(
      describeImport(report({ rejected: [{ row: 11, reason: 'Total: not an amount "twelve"' }] }), 1),
    ).toBe(
      [
        'Imported shopify (3 records in 1 execution):',
        '  customers added 2, merged 1',
        '  orders added 3, already there 0',
        'Rejected rows (1):',
        '  row 11: Total: not an amount "twelve"',
      ].join('\n'),
    );
  });

  it('lists the first 20 suggested duplicates and says how many more --json has', () => {
    const suggestions = Array.from({ length: 23 }, (_, i) => ({
      customerId: `C${100 + i}`,
      similarTo: 'C000001',
      reason: 'similar name (0.95)',
    }));
    const lines = describeImport(report({ suggestions }), 2).split('\n');
    expect(lines[0]).toBe('Imported shopify (3 records in 2 executions):');
    expect(lines[3]).toBe('Possible duplicates to check, not merged (23):');
    expect(lines[4]).toBe('  C100 ~ C000001: similar name (0.95)');
    expect(lines.slice(4)).toHaveLength(21);
    expect(lines[lines.length - 1]).toBe('  … and 3 more (--json lists them all)');
  });

  it('says how the file was read after the counts, when it was not plainly', () => {
    const reading = {
      encoding: 'windows-1252' as const,
      delimiter: ';',
      decimal: ',' as const,
      dateOrder: 'dmy' as const,
      notes: [
        'decoded as Windows-1252: the file is not valid UTF-8 (byte 41 of 647)',
        'separator: semicolon (found in the file)',
      ],
    };
    expect(describeImport(report({ reading }), 1)).toBe(
      [
        'Imported shopify (3 records in 1 execution):',
        '  customers added 2, merged 1',
        '  orders added 3, already there 0',
        'File read:',
        '  decoded as Windows-1252: the file is not valid UTF-8 (byte 41 of 647)',
        '  separator: semicolon (found in the file)',
      ].join('\n'),
    );
  });
});
