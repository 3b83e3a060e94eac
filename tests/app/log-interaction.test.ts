// logInteraction: one Interactions row from the sidebar, text kept as text.
import { describe, expect, it } from 'vitest';
import { logInteraction } from '../../src/app/log-interaction';
import { rowsOf, shop } from './customer-fixture';

describe('logInteraction', () => {
  it('appends one row dated now, with the customer, Source sidebar and formula-looking notes as text', () => {
    const { ports, workbook } = shop();
    expect(
      logInteraction(ports, {
        customerId: 'C1',
        channel: 'Phone',
        direction: 'out',
        notes: '=IMPORTXML("http://x")',
      }),
    ).toEqual({ row: 3, at: '2024-06-01T12:00:00.000Z' });
    expect(rowsOf(workbook, 'Interactions')[1]).toEqual({
      Date: new Date('2024-06-01T12:00:00Z'),
      'Customer ID': 'C1',
      Email: 'ana@example.com',
      Channel: 'phone',
      Direction: 'out',
      Subject: '',
      Notes: `'=IMPORTXML("http://x")`,
      Source: 'sidebar',
    });
    expect(workbook.callCount('appendRows')).toBe(1);
    expect(workbook.callCount('readTab')).toBe(1);
  });

  it('writes by header name into a tab whose columns were reordered', () => {
    const { ports, workbook } = shop();
    workbook.put('Interactions', [['Notes', 'Channel', 'My own', 'Date', 'Customer ID']]);
    logInteraction(ports, { customerId: 'C3', channel: 'meeting', notes: 'Market stall' });
    expect(workbook.tab('Interactions').rows[1]).toEqual([
      'Market stall',
      'meeting',
      '',
      new Date('2024-06-01T12:00:00Z'),
      'C3',
    ]);
  });

  it('refuses an unknown channel, direction or customer, writing nothing', () => {
    const { ports, workbook } = shop();
    expect(() => logInteraction(ports, { customerId: 'C1', channel: 'fax' })).toThrow(
      /^Channel must be one of email, phone/,
    );
    expect(() => logInteraction(ports, { customerId: 'C1', channel: 'phone', direction: 'up' })).toThrow(
      'Direction must be in, out or empty; "up" is not.',
    );
    expect(() => logInteraction(ports, { customerId: 'C9', channel: 'phone' })).toThrow(
      'No customer has the Customer ID "C9".',
    );
    expect(workbook.callCount('appendRows')).toBe(0);
  });
});
