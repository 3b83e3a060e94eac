import { describe, expect, it } from 'vitest';
import {
  clearSnapshot,
  loadSnapshot,
  type Snapshot,
  saveSnapshot,
  snapshotSummary,
} from '../../src/app/snapshot';
import { MemoryWorkbook } from './memory-ports';

function big(): Snapshot {
  // About 150,000 characters of JSON: several cells of 32,000 characters.
  const values = Array.from({ length: 3000 }, (_, i) => [
    `=row ${i}`,
    i,
    new Date(Date.UTC(2024, 0, 1 + (i % 28))),
    i % 2 === 0,
  ]);
  return {
    operation: 'refresh',
    takenAt: '2024-06-01T12:00:00.000Z',
    parts: [{ kind: 'tab', tab: 'Dashboard', values }],
  };
}

describe('undo snapshots in the hidden tab', () => {
  it('round-trips a snapshot cut into cells, with Dates and formula-looking text intact', () => {
    const workbook = new MemoryWorkbook();
    const snapshot = big();
    saveSnapshot(workbook, snapshot);
    const cells = workbook.values('CRM Undo');
    expect(cells.length).toBeGreaterThan(4);
    // Every chunk starts with "s", so none can be taken for a formula, a number or a date.
    for (const [chunk] of cells.slice(1)) expect(String(chunk).startsWith('s')).toBe(true);
    // An .xlsx cell holds at most 32,767 characters (Excel's specifications and limits), so the
    // snapshot survives the CLI's save as well as Google Sheets' 50,000.
    for (const [chunk] of cells.slice(1)) expect(String(chunk).length).toBeLessThanOrEqual(32_767);
    expect(workbook.tab('CRM Undo').hidden).toBe(true);
    expect(workbook.tab('CRM Undo').formats.get(1)).toBe('@');
    expect(loadSnapshot(workbook)).toEqual(snapshot);
    expect(snapshotSummary(workbook)).toEqual({ operation: 'refresh', takenAt: '2024-06-01T12:00:00.000Z' });
  });

  it('replaces the previous snapshot and is gone once cleared', () => {
    const workbook = new MemoryWorkbook();
    saveSnapshot(workbook, big());
    const small: Snapshot = { operation: 'forget', takenAt: 'now', parts: [] };
    saveSnapshot(workbook, small);
    expect(loadSnapshot(workbook)).toEqual(small);
    expect(workbook.values('CRM Undo')).toHaveLength(2);
    clearSnapshot(workbook);
    expect(loadSnapshot(workbook)).toBeNull();
    expect(snapshotSummary(workbook)).toBeNull();
  });

  it('refuses a snapshot whose cells were edited or cut', () => {
    const workbook = new MemoryWorkbook();
    saveSnapshot(workbook, big());
    workbook.tab('CRM Undo').rows.pop();
    expect(() => loadSnapshot(workbook)).toThrow(
      'The undo snapshot in the hidden "CRM Undo" tab is damaged; it cannot be restored.',
    );
  });

  it('has nothing to load in a workbook that never saved one', () => {
    expect(loadSnapshot(new MemoryWorkbook())).toBeNull();
  });
});
