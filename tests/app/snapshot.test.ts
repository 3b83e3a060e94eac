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
    operation: { kind: 'refresh' },
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
    expect(snapshotSummary(workbook)).toEqual({
      operation: { kind: 'refresh' },
      takenAt: '2024-06-01T12:00:00.000Z',
    });
  });

  it('replaces the previous snapshot and is gone once cleared', () => {
    const workbook = new MemoryWorkbook();
    saveSnapshot(workbook, big());
    const small: Snapshot = { operation: { kind: 'forget' }, takenAt: 'now', parts: [] };
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

describe('undo snapshots read back', () => {
  /** Writes `snapshot` (any JSON) into the hidden tab as saveSnapshot lays it out, with its index. */
  function plant(workbook: MemoryWorkbook, snapshot: unknown, index?: unknown): void {
    const text = JSON.stringify(snapshot);
    saveSnapshot(workbook, { operation: { kind: 'refresh' }, takenAt: 'then', parts: [] });
    const rows = workbook.tab('CRM Undo').rows;
    rows.length = 1;
    rows.push([`s${text}`]);
    const stored = index ?? { operation: 'refresh', takenAt: 'then', cells: 1, length: text.length };
    rows[0] = [rows[0][0], `s${JSON.stringify(stored)}`];
  }

  it('reads a snapshot saved with its operation as a line of text, an import channel with spaces included', () => {
    const workbook = new MemoryWorkbook();
    const old = {
      operation: 'import my shop generic:30153247-90:be0a1f2c-40',
      takenAt: '2024-06-01T12:00:00.000Z',
      parts: [
        {
          kind: 'rows',
          tab: 'Orders',
          keyHeaders: ['Channel', 'Order ID'],
          headers: [],
          before: [],
          added: ['my shop\u241fA-1'],
        },
      ],
    };
    plant(workbook, old, {
      operation: old.operation,
      takenAt: old.takenAt,
      cells: 1,
      length: JSON.stringify(old).length,
    });
    const operation = { kind: 'import', channel: 'my shop', fileKey: 'generic:30153247-90:be0a1f2c-40' };
    expect(snapshotSummary(workbook)).toEqual({ operation, takenAt: '2024-06-01T12:00:00.000Z' });
    expect(loadSnapshot(workbook)).toEqual({ ...old, operation });
  });

  it('refuses an index that is not JSON instead of saying there is nothing to undo', () => {
    const workbook = new MemoryWorkbook();
    saveSnapshot(workbook, big());
    const rows = workbook.tab('CRM Undo').rows;
    rows[0] = [rows[0][0], 's{"operation":"refresh","takenAt'];
    const message =
      'The undo snapshot in the hidden "CRM Undo" tab is damaged (its text is not JSON); it cannot be restored.';
    expect(() => snapshotSummary(workbook)).toThrow(message);
    expect(() => loadSnapshot(workbook)).toThrow(message);
  });

  it('names the field of a snapshot that is not one', () => {
    const damaged = (snapshot: unknown) => {
      const workbook = new MemoryWorkbook();
      plant(workbook, snapshot);
      return () => loadSnapshot(workbook);
    };
    const base = { operation: 'refresh', takenAt: 'then' };
    expect(damaged({ ...base, parts: 'all of them' })).toThrow(
      'The undo snapshot in the hidden "CRM Undo" tab is damaged (parts (not a list)); it cannot be restored.',
    );
    expect(
      damaged({
        ...base,
        parts: [
          {
            kind: 'rows',
            tab: 'Orders',
            keyHeaders: ['Order ID'],
            headers: [],
            before: [['k', 5]],
            added: [],
          },
        ],
      }),
    ).toThrow('(parts[0].before[0][1] (not a list))');
    expect(
      damaged({ ...base, parts: [{ kind: 'cells', tab: 'Customers', cells: [[2, 3, { secret: 1 }]] }] }),
    ).toThrow('(parts[0].cells[0][2] (not a cell value))');
    expect(damaged({ ...base, parts: [{ kind: 'sheet', tab: 'Orders' }] })).toThrow(
      '(parts[0].kind (unknown kind "sheet"))',
    );
    expect(damaged({ operation: 'erase everything', takenAt: 'then', parts: [] })).toThrow(
      '(operation (unknown operation "erase everything"))',
    );
    expect(damaged({ operation: { kind: 'import', channel: 7 }, takenAt: 'then', parts: [] })).toThrow(
      '(operation.channel (not text))',
    );
    expect(damaged([1, 2, 3])).toThrow('(the snapshot (not an object))');
  });

  it('names the field of an index that is not one', () => {
    const workbook = new MemoryWorkbook();
    plant(
      workbook,
      { operation: 'refresh', takenAt: 'then', parts: [] },
      { operation: 'refresh', takenAt: 'then', cells: -1, length: 'long' },
    );
    expect(() => snapshotSummary(workbook)).toThrow(
      'The undo snapshot in the hidden "CRM Undo" tab is damaged (cells (not a count)); it cannot be restored.',
    );
  });
});
