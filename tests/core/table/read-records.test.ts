import { describe, expect, it } from 'vitest';
import { CustomerSchema } from '../../../src/core/model/customer';
import { OrderSchema } from '../../../src/core/model/order';
import { SurveySchema } from '../../../src/core/model/survey';
import { TAB_SPECS } from '../../../src/core/model/tab-specs';
import { readRecords } from '../../../src/core/table/read-records';

const options = { timeZone: 'Europe/Lisbon' };

describe('readRecords', () => {
  it('reads good rows and reports every bad one with its sheet row and reason', () => {
    const cells = Object.freeze([
      ['Order ID', 'Email', 'Date', 'Amount', 'Quantity', 'Channel', 'Status', 'My column'],
      ['1001', 'ana@example.com', new Date('2024-01-05T10:00:00Z'), 46.9, 2, 'shopify', 'paid', 'x'],
      ['1002', 'ben@example.com', '2024-01-07', 'twelve', 1, 'shopify', '', ''],
      ['1003', 'ben@example.com', '2024-02-30', 10, 1, 'shopify', '', ''],
      ['1004', 'ben@example.com', '2024-01-08', '#N/A', 1, 'shopify', '', ''],
      ['1005', 'ben@example.com', '2024-01-08', 10, -1, 'shopify', '', ''],
      ['', 'ben@example.com', '2024-01-08', 10, 1, 'shopify', '', ''],
      ['1006', 'ben@example.com', '2024-01-08', 5e12, 1, 'shopify', '', ''],
      ['', '', '', '', '', '', '', ''],
      ['1001', 'ana@example.com', '2024-01-09', 3, 1, 'shopify', '', ''],
      ['1001', 'ana@example.com', '2024-01-09', 3, 1, 'stripe', '', ''],
      [1007, '', '2024-01-10', '$1,234.50', '', 'stripe', '', ''],
    ]);
    const { records, problems } = readRecords(cells, TAB_SPECS.orders, OrderSchema, options);
    expect(records.map((r) => [r.row, r.record.orderId])).toEqual([
      [2, '1001'],
      [11, '1001'],
    ]);
    expect(problems).toEqual([
      { row: 3, column: 'Amount', reason: 'not a number "twelve"' },
      { row: 4, column: 'Date', reason: 'impossible date "2024-02-30"' },
      { row: 5, column: 'Amount', reason: 'error value #N/A' },
      { row: 6, column: 'Quantity', reason: 'negative quantity' },
      { row: 7, column: 'Order ID', reason: 'missing Order ID' },
      { row: 8, column: 'Amount', reason: 'huge number 5000000000000 (more than 1000000000000)' },
      { row: 10, column: 'Order ID', reason: 'duplicate Order ID "1001" (first at row 2)' },
      { row: 12, column: 'Customer ID', reason: 'missing Customer ID and Email' },
    ]);
  });

  it('converts cells by column kind', () => {
    const cells = [
      ['Order ID', 'Customer ID', 'Date', 'Amount', 'Quantity', 'Currency'],
      [1041, 'C-1', 45292.5, '(12.00)', '3', ' eur '],
    ];
    const { records, problems } = readRecords(cells, TAB_SPECS.orders, OrderSchema, { timeZone: 'UTC' });
    expect(problems).toEqual([]);
    // Serial 45292.5 = 2024-01-01 12:00 (45292 days after 1899-12-30, computed with Date.UTC).
    expect(records[0].record).toEqual({
      orderId: '1041',
      customerId: 'C-1',
      email: '',
      date: new Date('2024-01-01T12:00:00Z'),
      amount: -12,
      currency: 'eur',
      product: '',
      quantity: 3,
      channel: '',
      status: '',
    });
  });

  it('gives no records and one problem per missing required column', () => {
    const { records, problems } = readRecords(
      [['Name'], ['Ana']],
      TAB_SPECS.customers,
      CustomerSchema,
      options,
    );
    expect(records).toEqual([]);
    expect(problems).toEqual([
      { row: 1, column: 'Customer ID', reason: 'missing required column Customer ID' },
      { row: 1, column: 'Email', reason: 'missing required column Email' },
    ]);
  });

  it('checks NPS and CSAT ranges and reads checkboxes and percentages', () => {
    const surveys = readRecords(
      [
        ['Date', 'Email', 'NPS', 'CSAT'],
        ['2024-03-05', 'a@example.com', 11, ''],
        ['2024-03-05', 'b@example.com', 9, 0],
        ['2024-03-05', 'c@example.com', 9.5, ''],
        ['2024-03-05', 'd@example.com', 10, 5],
      ],
      TAB_SPECS.surveys,
      SurveySchema,
      options,
    );
    expect(surveys.problems).toEqual([
      { row: 2, column: 'NPS', reason: 'NPS must be 0 to 10' },
      { row: 3, column: 'CSAT', reason: 'CSAT must be 1 to 5' },
      { row: 4, column: 'NPS', reason: 'not a whole number (9.5)' },
    ]);
    expect(surveys.records.map((r) => r.row)).toEqual([5]);
    const customers = readRecords(
      [
        ['Customer ID', 'Email', 'Consent', 'P(alive)'],
        ['C-1', 'a@example.com', true, '45%'],
        ['C-2', 'b@example.com', 'no', 0.2],
        ['C-3', 'c@example.com', 'maybe', ''],
      ],
      TAB_SPECS.customers,
      CustomerSchema,
      options,
    );
    expect(customers.records.map((r) => [r.record.consent, r.record.pAlive])).toEqual([
      [true, 0.45],
      [false, 0.2],
    ]);
    expect(customers.problems).toEqual([{ row: 4, column: 'Consent', reason: 'not yes/no (maybe)' }]);
  });
});
