import { describe, expect, it } from 'vitest';
import { callCostUs } from '../../../src/local/emulator/call-costs';
import { EXECUTION_LIMIT_MS } from '../../../src/local/emulator/execution';

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
    expect(callCostUs('MailApp', 'getRemainingDailyQuota')).toBe(7_000);
    expect(callCostUs('Properties', 'getProperty')).toBe(7_000);
  });

  it('charges MailApp.sendEmail 0.8 s, whatever its size, so a Workspace day of 1,500 emails needs four 6-minute executions', () => {
    expect(callCostUs('MailApp', 'sendEmail')).toBe(800_000);
    // 1,500 * 0.8 s = 1,200 s; 1,200 / 360 = 3.33, so the fourth execution finishes the day.
    const day = 1_500 * callCostUs('MailApp', 'sendEmail');
    expect(day).toBe(1_200_000_000);
    expect(Math.ceil(day / (EXECUTION_LIMIT_MS * 1000))).toBe(4);
    expect(callCostUs('MailApp', 'sendEmail', 10_000)).toBe(800_000);
  });

  it('ignores negative cell counts and rounds fractional ones', () => {
    expect(callCostUs('Range', 'getValues', -5)).toBe(7_000);
    expect(callCostUs('Range', 'getValues', 2.4)).toBe(7_020);
  });
});
