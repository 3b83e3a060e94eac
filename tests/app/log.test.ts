import { describe, expect, it } from 'vitest';
import { appendLog, formatCounts, formatDetails, logRow } from '../../src/app/log';
import { MemoryWorkbook, SteppingClock } from './memory-ports';

describe('Log', () => {
  it('formats counts in their order and rejected rows with their row numbers', () => {
    expect(formatCounts({ 'orders added': 3, rejected: 2 })).toBe('orders added 3, rejected 2');
    expect(
      formatDetails(
        [
          { row: 5, reason: 'Amount: not an amount "abc"' },
          { row: 9, reason: 'missing Order ID' },
        ],
        'stopped early',
      ),
    ).toBe('row 5: Amount: not an amount "abc"; row 9: missing Order ID; stopped early');
  });

  it('cuts a list that would not fit in one cell (32,767 characters in .xlsx) and says how many are left out', () => {
    const rejected = Array.from({ length: 5000 }, (_, i) => ({
      row: i + 2,
      reason: 'Date: impossible date "2024-02-30"',
    }));
    const text = formatDetails(rejected);
    expect(text.length).toBeLessThanOrEqual(32_767);
    const shown = text.split('; ').length - 1;
    expect(text.endsWith(`… and ${5000 - shown} more rejected rows`)).toBe(true);
  });

  it('cuts free text too long for a cell instead of failing the write', () => {
    const text = formatDetails([{ row: 3, reason: 'missing Order ID' }], 'x'.repeat(40_000));
    expect(text.length).toBeLessThanOrEqual(32_767);
    expect(text.startsWith('row 3: missing Order ID; xxx')).toBe(true);
    expect(text.endsWith('x …')).toBe(true);
  });

  it('creates the Log tab when missing and appends one row per entry with one write', () => {
    const workbook = new MemoryWorkbook();
    const clock = new SteppingClock(Date.UTC(2024, 0, 1));
    appendLog(workbook, clock, { action: 'merge', result: 'ok', counts: { 'fields filled': 1 } });
    const writes = workbook.callCount('appendRows');
    appendLog(
      workbook,
      clock,
      { action: 'merge', result: 'ok', counts: {} },
      {
        action: 'import shopify',
        result: 'partial',
        counts: { rejected: 1 },
        rejected: [{ row: 3, reason: 'bad' }],
      },
    );
    expect(workbook.callCount('appendRows')).toBe(writes + 1);
    expect(workbook.values('Log')).toEqual([
      ['Time', 'Action', 'Result', 'Counts', 'Details'],
      [new Date(Date.UTC(2024, 0, 1)), 'merge', 'ok', 'fields filled 1', ''],
      [new Date(Date.UTC(2024, 0, 1)), 'merge', 'ok', '', ''],
      [new Date(Date.UTC(2024, 0, 1)), 'import shopify', 'partial', 'rejected 1', 'row 3: bad'],
    ]);
    expect(workbook.tab('Log').frozen).toBe(1);
  });

  it('builds the row of an entry', () => {
    const time = new Date(0);
    expect(
      logRow({ action: 'undo', result: 'ok', counts: { restored: 2 }, details: 'undid refresh' }, time),
    ).toEqual([time, 'undo', 'ok', 'restored 2', 'undid refresh']);
  });
});
