// spreadsheetTimeZone: the bound spreadsheet's zone, or the script's own clock without a spreadsheet.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { spreadsheetTimeZone } from '../../src/gas/spreadsheet-time-zone';
import { EmulatorEnvironment } from '../../src/local/emulator/emulator-environment';
import { emptyWorkbook } from '../../src/local/emulator/workbook-data';
import { inExecution } from './gas-globals';

/** The zone JavaScript's Date uses in this process, the script's own clock. */
const HOST_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

afterEach(() => {
  vi.unstubAllGlobals();
});

function tokyo(): EmulatorEnvironment {
  return new EmulatorEnvironment({
    workbook: emptyWorkbook('Shop', 'Asia/Tokyo'),
    config: { scriptTimeZone: 'Etc/UTC' },
    now: new Date('2024-06-01T12:00:00Z'),
  });
}

describe('spreadsheetTimeZone', () => {
  it("is the spreadsheet's zone (File > Settings), not the script's zone of appsscript.json", () => {
    let zone = '';
    const execution = inExecution(tokyo(), () => {
      zone = spreadsheetTimeZone();
    });
    expect(zone).toBe('Asia/Tokyo');
    expect(execution.count('Spreadsheet.getSpreadsheetTimeZone')).toBe(1);
  });

  it('reads the spreadsheet from a custom function too', () => {
    let zone = '';
    inExecution(
      tokyo(),
      () => {
        zone = spreadsheetTimeZone();
      },
      'custom-function',
    );
    expect(zone).toBe('Asia/Tokyo');
  });

  it('falls back to the clock of the script when there is no active spreadsheet (a web app)', () => {
    let zone = '';
    inExecution(
      tokyo(),
      () => {
        zone = spreadsheetTimeZone();
      },
      'web-app',
    );
    expect(zone).toBe(HOST_ZONE);
  });

  it('falls back to the clock of the script when the loader offers no SpreadsheetApp at all', () => {
    expect(typeof (globalThis as Record<string, unknown>).SpreadsheetApp).toBe('undefined');
    expect(spreadsheetTimeZone()).toBe(HOST_ZONE);
  });

  it('returns whatever zone the spreadsheet gives, unchanged', () => {
    vi.stubGlobal('SpreadsheetApp', {
      getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => 'America/Argentina/Buenos_Aires' }),
    });
    expect(spreadsheetTimeZone()).toBe('America/Argentina/Buenos_Aires');
  });
});
