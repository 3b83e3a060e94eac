import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupRejections } from '../../../src/core/import/group-rejections';
import { guessMapping } from '../../../src/core/import/guess-mapping';
import { parseCsv } from '../../../src/core/import/parse-csv';
import { suggestPreset } from '../../../src/core/import/suggest-preset';

const FIXTURES = `${__dirname}/../../fixtures/imports`;
const headersOf = (file: string, delimiter?: string) =>
  parseCsv(readFileSync(`${FIXTURES}/${file}`, 'utf8'), { maxRows: 1, ...(delimiter ? { delimiter } : {}) })
    .rows[0];

describe('suggestPreset', () => {
  it('recognises each export by its headers and falls back to choosing the columns', () => {
    expect(suggestPreset(headersOf('shopify_orders_export.csv'))).toEqual({ preset: 'shopify', match: 1 });
    expect(suggestPreset(headersOf('stripe_unified_payments.csv')).preset).toBe('stripe');
    expect(suggestPreset(headersOf('woocommerce_analytics_orders.csv')).preset).toBe('woocommerce');
    expect(suggestPreset(headersOf('woocommerce_advanced_order_export.csv')).preset).toBe('woocommerce');
    expect(suggestPreset(headersOf('google_forms_responses.csv')).preset).toBe('forms');
    expect(suggestPreset(headersOf('generic_invoices_semicolon.csv', ';')).preset).toBe('generic');
  });
});

describe('guessMapping', () => {
  it('maps by header names first, then by the values of the first rows', () => {
    expect(
      guessMapping(
        ['Invoice', 'Paid on', 'Total', 'E-mail', 'Client'],
        [['F-1', '2024-01-02', '12.50', 'a@b.co', 'Ana']],
      ),
    ).toEqual({
      'Order ID': 'Invoice',
      Email: 'E-mail',
      Name: 'Client',
      Date: 'Paid on',
      Amount: 'Total',
    });
    expect(
      guessMapping(
        ['ref', 'when', 'how much', 'who'],
        [
          ['A1', '05/01/2024', '€12,50', 'ana@example.com'],
          ['A2', '06/01/2024', '€8,00', 'ben@example.com'],
        ],
      ),
    ).toEqual({ Email: 'who', Date: 'when', Amount: 'how much' });
  });
});

describe('groupRejections', () => {
  it('groups reasons that differ only in quoted values, largest group first', () => {
    expect(
      groupRejections([
        { row: 3, reason: 'Email: no email, phone or name to find the customer' },
        { row: 4, reason: 'Date: "31/02/2024" is not a date' },
        { row: 9, reason: 'Date: "2024-13-01" is not a date' },
      ]),
    ).toEqual([
      { reason: 'Date: "…" is not a date', count: 2, rows: [4, 9] },
      { reason: 'Email: no email, phone or name to find the customer', count: 1, rows: [3] },
    ]);
  });
});

describe('rejectedRowsCsv', () => {
  it('keeps the header and the rejected rows with their reason, quoting and neutralising as needed', async () => {
    const { rejectedRowsCsv } = await import('../../../src/core/import/rejected-rows-csv');
    const file = 'Invoice;Total;Note\nF1;10;ok\nF2;x;"two\nlines"\nF3;=1+2;fine\n';
    expect(
      rejectedRowsCsv(file, [
        { row: 3, reason: 'Amount: "x" is not a number' },
        { row: 4, reason: 'Amount: "=1+2" is not a number' },
      ]),
    ).toBe(
      'Invoice;Total;Note;Rejected because\r\nF2;x;"two\nlines";"Amount: ""x"" is not a number"\r\nF3;\'=1+2;fine;"Amount: ""=1+2"" is not a number"\r\n',
    );
  });
});
