import { describe, expect, it } from 'vitest';
import { csvColumns, csvTable } from '../../../src/core/import/csv-table';

describe('csvTable and csvColumns', () => {
  it('splits the header from the rows and looks cells up by header name', () => {
    const table = csvTable(
      [
        ['Email Address', 'Billing Zip', 'Created at'],
        [' ana@example.com ', "'1200-001", '2024-01-05'],
      ],
      [1, 2],
    );
    expect(table.lines).toEqual([2]);
    const col = csvColumns(table.header);
    expect(col.get(table.rows[0], 'email address')).toBe('ana@example.com');
    // Shopify's leading apostrophe is not data.
    expect(col.get(table.rows[0], 'Billing Zip')).toBe('1200-001');
    expect(col.get(table.rows[0], 'Email', 'Email address')).toBe('ana@example.com');
    expect(col.get(table.rows[0], 'Phone')).toBe('');
    expect(col.has('created_at')).toBe(true);
    expect(col.label('EMAIL ADDRESS')).toBe('Email Address');
    // Each group is one needed column under any of its names; the first name stands for it.
    expect(
      col.missing(['Timestamp'], ['Email', 'Email Address'], ['Amount', 'Total'], ['created at']),
    ).toEqual(['Timestamp', 'Amount']);
  });

  it('refuses a header with the same column name twice, naming both columns', () => {
    const header = ['Order ID', 'Email', 'Total', 'Notes', 'E-mail '];
    expect(() => csvTable([header, ['1', 'a@example.com', '5', '', 'b@example.com']], [1, 2])).toThrow(
      'The file has two columns named "Email" (columns B and E): rename or remove one so the import knows which to read.',
    );
    // Empty headers (trailing separators) are not names and do not clash.
    expect(
      csvTable(
        [
          ['Order ID', '', ''],
          ['1', '', ''],
        ],
        [1, 2],
      ).header,
    ).toEqual(['Order ID', '', '']);
  });
});
