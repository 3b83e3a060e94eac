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
    // One write to Log and one to Problems.
    expect(workbook.callCount('appendRows')).toBe(writes + 2);
    expect(workbook.values('Log')).toEqual([
      ['Time', 'Action', 'Result', 'Counts', 'Details'],
      [new Date(Date.UTC(2024, 0, 1)), 'merge', 'ok', 'fields filled 1', ''],
      [new Date(Date.UTC(2024, 0, 1)), 'merge', 'ok', '', ''],
      [
        new Date(Date.UTC(2024, 0, 1)),
        'import shopify',
        'partial',
        'rejected 1',
        '1 problems listed in the Problems tab (operation "import shopify"); row 3: bad',
      ],
    ]);
    expect(workbook.tab('Log').frozen).toBe(1);
  });

  it('writes one Problems row per problem, and the Log names the tab instead of listing them all', () => {
    const workbook = new MemoryWorkbook();
    const clock = new SteppingClock(Date.UTC(2024, 0, 1));
    const rejected = Array.from({ length: 5000 }, (_, i) => ({
      row: i + 2,
      reason: 'Amount: not an amount "x"',
      field: 'Amount',
      value: 'x',
    }));
    appendLog(workbook, clock, {
      action: 'import shopify',
      file: 'orders.csv',
      result: 'ok',
      counts: { rejected: 5000 },
      rejected,
      listed: [
        { title: 'updated', rows: [{ row: 9, reason: 'refunded since' }] },
        { title: 'value left out', rows: [{ row: 3, reason: 'Email: not an email' }], problem: true },
      ],
    });
    const problems = workbook.values('Problems');
    expect(problems).toHaveLength(1 + 5000 + 1);
    expect(problems[0]).toEqual(['Time', 'Operation', 'File', 'Row', 'Field', 'Value', 'Reason']);
    const time = new Date(Date.UTC(2024, 0, 1));
    expect(problems[1]).toEqual([
      time,
      'import shopify',
      'orders.csv',
      2,
      'Amount',
      'x',
      'Amount: not an amount "x"',
    ]);
    // Updates are not problems; values left out are.
    expect(problems[5001]).toEqual([
      time,
      'import shopify',
      'orders.csv',
      3,
      '',
      '',
      'value left out: Email: not an email',
    ]);
    const details = String(workbook.values('Log')[1][4]);
    expect(
      details.startsWith('5001 problems listed in the Problems tab (operation "import shopify"); row 2:'),
    ).toBe(true);
    expect(details).toContain('… and 4995 more rejected rows');
    expect(details.length).toBeLessThan(1000);
  });

  it('builds the row of an entry', () => {
    const time = new Date(0);
    expect(
      logRow({ action: 'undo', result: 'ok', counts: { restored: 2 }, details: 'undid refresh' }, time),
    ).toEqual([time, 'undo', 'ok', 'restored 2', 'undid refresh']);
  });
});
