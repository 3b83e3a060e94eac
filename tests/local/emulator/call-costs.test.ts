import { describe, expect, it } from 'vitest';
import { callCostUs } from '../../../src/local/emulator/call-costs';

describe('callCostUs', () => {
  it('charges one round trip plus 0.01 ms a cell for data calls (computed by hand: 7,000 + 10,000 * 10 us)', () => {
    expect(callCostUs('Range', 'getValues', 10_000)).toBe(107_000);
    expect(callCostUs('Range', 'setValues', 1)).toBe(7_010);
    expect(callCostUs('Range', 'getValues', 0)).toBe(7_000);
    expect(callCostUs('Range', 'getValues')).toBe(7_000);
  });

  it("reproduces the scale of Google's batching example: 100 x 100 cell by cell vs one call", () => {
    const cellByCell = 10_000 * callCostUs('Range', 'setValue', 1);
    const batched = callCostUs('Range', 'setValues', 10_000);
    // 10,000 * 7,010 us = 70.1 s, about the 70 s Google reports; one call 107 ms.
    expect(cellByCell).toBe(70_100_000);
    expect(batched).toBe(107_000);
  });

  it('charges handle-building calls 0.05 ms and unknown calls one round trip', () => {
    expect(callCostUs('Sheet', 'getRange')).toBe(50);
    expect(callCostUs('Range', 'offset')).toBe(50);
    expect(callCostUs('SpreadsheetApp', 'getActiveSpreadsheet')).toBe(50);
    expect(callCostUs('MailApp', 'sendEmail')).toBe(7_000);
    expect(callCostUs('Properties', 'getProperty')).toBe(7_000);
  });

  it('ignores negative cell counts and rounds fractional ones', () => {
    expect(callCostUs('Range', 'getValues', -5)).toBe(7_000);
    expect(callCostUs('Range', 'getValues', 2.4)).toBe(7_020);
  });
});
