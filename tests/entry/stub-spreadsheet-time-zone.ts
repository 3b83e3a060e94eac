// Test helper: a SpreadsheetApp global that answers getSpreadsheetTimeZone, for formulas called directly in Node.
import { afterEach, beforeEach, vi } from 'vitest';

/** The zone of this process, in which `new Date(y, m, d)` builds a date cell's instant. */
export const HOST_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Makes SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone() return `zone` in every test of the file. */
export function stubSpreadsheetTimeZone(zone: string): void {
  beforeEach(() => {
    vi.stubGlobal('SpreadsheetApp', { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => zone }) });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
}
