import { describe, expect, it } from 'vitest';
import { statusAfterReimport } from '../../../src/core/import/status-after-reimport';

describe('statusAfterReimport', () => {
  it('takes a refund or cancellation the export reports for an order still paid, pending or blank', () => {
    expect(statusAfterReimport('paid', 'refunded')).toBe('refunded');
    expect(statusAfterReimport('Pending', 'cancelled')).toBe('cancelled');
    expect(statusAfterReimport('', 'refunded')).toBe('refunded');
    expect(statusAfterReimport(undefined, 'cancelled')).toBe('cancelled');
  });

  it('keeps the tab as it is otherwise: never back to paid, never one refund over another', () => {
    expect(statusAfterReimport('refunded', 'paid')).toBeNull();
    expect(statusAfterReimport(' Cancelled ', 'refunded')).toBeNull();
    expect(statusAfterReimport('paid', 'paid')).toBeNull();
    expect(statusAfterReimport('paid', 'pending')).toBeNull();
    expect(statusAfterReimport('refunded', 'pending')).toBeNull();
  });

  it('takes a payment captured since: pending becomes paid, whatever the case of the tab', () => {
    expect(statusAfterReimport('pending', 'paid')).toBe('paid');
    expect(statusAfterReimport(' Pending ', 'paid')).toBe('paid');
    expect(statusAfterReimport('', 'paid')).toBeNull();
  });
});

describe('statusAfterReimport of a status typed by hand', () => {
  it('reads the tab through the same words as the import: a chargeback is a refund, authorised is pending', () => {
    expect(statusAfterReimport('Chargeback', 'refunded')).toBeNull();
    expect(statusAfterReimport('void', 'cancelled')).toBeNull();
    expect(statusAfterReimport('Canceled', 'paid')).toBeNull();
    expect(statusAfterReimport('authorized', 'paid')).toBe('paid');
    expect(statusAfterReimport('On hold', 'paid')).toBe('paid');
    expect(statusAfterReimport('completed', 'refunded')).toBe('refunded');
  });
});
