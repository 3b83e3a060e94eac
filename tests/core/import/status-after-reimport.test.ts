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
    expect(statusAfterReimport('pending', 'paid')).toBeNull();
  });
});
