// setConsent and undoUnsubscribe: one cell of one customer's row, and a Log row.
import { describe, expect, it } from 'vitest';
import { setConsent } from '../../src/app/set-consent';
import { undoUnsubscribe } from '../../src/app/undo-unsubscribe';
import { rowsOf, shop } from './customer-fixture';

describe('setConsent', () => {
  it("writes only that customer's Consent cell, under the lock, and logs it", () => {
    const { ports, workbook, lock } = shop();
    const writes: string[] = [];
    workbook.beforeCall = (method, tab) => {
      if (method === 'writeBlock' || method === 'appendRows') writes.push(`${method} ${tab}`);
    };
    expect(setConsent(ports, 'C2', true)).toEqual({ customerId: 'C2', consent: true });
    expect(rowsOf(workbook, 'Customers').map((r) => r.Consent)).toEqual([true, true, false]);
    expect(writes).toEqual(['writeBlock Customers', 'appendRows Log']);
    expect(lock.taken).toBe(1);
    expect(rowsOf(workbook, 'Log').at(-1)).toMatchObject({
      Action: 'consent',
      Details: 'C2: consent given in the sidebar',
    });
  });

  it('refuses a Customer ID two rows share', () => {
    const { ports, workbook } = shop();
    workbook.tab('Customers').rows[2][0] = 'C1';
    expect(() => setConsent(ports, 'C1', false)).toThrow(
      '2 rows of Customers have the Customer ID "C1": keep one, then try again.',
    );
  });
});

describe('undoUnsubscribe', () => {
  it('clears "Unsubscribed at", keeps Consent as it is, and logs when they had unsubscribed', () => {
    const { ports, workbook } = shop();
    expect(undoUnsubscribe(ports, 'C3')).toEqual({ customerId: 'C3', was: '2024-03-01T10:00:00.000Z' });
    expect(rowsOf(workbook, 'Customers')[2]).toMatchObject({ 'Unsubscribed at': '', Consent: false });
    expect(rowsOf(workbook, 'Log').at(-1)).toMatchObject({
      Action: 'unsubscribe undone',
      Details: 'C3: "Unsubscribed at" 2024-03-01 10:00 cleared in the sidebar',
    });
  });

  it('refuses a customer who has not unsubscribed', () => {
    const { ports } = shop();
    expect(() => undoUnsubscribe(ports, 'C1')).toThrow('C1 has not unsubscribed.');
  });
});
