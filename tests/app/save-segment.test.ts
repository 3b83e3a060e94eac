import { beforeEach, describe, expect, it } from 'vitest';
import type { Ports } from '../../src/app/ports';
import { saveSegment } from '../../src/app/save-segment';
import { undoLastOperation } from '../../src/app/undo';
import type { MemoryWorkbook } from './memory-ports';
import { column, segmentShop } from './segment-fixture';

let ports: Ports;
let workbook: MemoryWorkbook;

beforeEach(() => {
  ({ ports, workbook } = segmentShop());
  workbook.calls.clear();
});

describe('saveSegment', () => {
  it('writes the Segments row and adds the name to each member’s Segments cell, keeping other names', () => {
    const report = saveSegment(ports, { name: ' Big  spenders ', definition: 'Revenue >= 100' });
    expect(report).toMatchObject({ segment: 'Big spenders', replaced: false, added: 3, removed: 0 });
    // 900 of the 900 the customers with an ID spent; CLV (300 + 100 + 20) / 3; churn (0.1 + 0.3 + 0.9) / 3.
    expect(workbook.values('Segments')).toEqual([
      ['Segment', 'Definition', 'Customers', 'Revenue share', 'Avg CLV', 'Avg churn risk', 'Updated at'],
      ['Big spenders', 'Revenue >= 100', 3, 1, 140, 0.4333, new Date(Date.UTC(2024, 5, 1, 12))],
    ]);
    expect(column(workbook, 'Customers', 'Segments')).toEqual([
      'Big spenders',
      'Big spenders',
      'Old friends, Big spenders',
      '',
      '',
    ]);
    // One read of Customers and of Segments; one write of each block.
    expect(workbook.callCount('readTab')).toBeLessThanOrEqual(4);
    const writes = [...workbook.calls.entries()].filter(([method]) => method === 'writeBlock');
    expect(writes).toEqual([['writeBlock', 4]]); // undo chunks, undo index, Segments, Customers column
  });

  it('replaces a row of the same name and takes the name off customers who left the segment', () => {
    saveSegment(ports, { name: 'Big spenders', definition: 'Revenue >= 100' });
    const report = saveSegment(ports, { name: 'big SPENDERS', definition: 'Revenue > 150' });
    expect(report).toMatchObject({ replaced: true, added: 0, removed: 1 });
    const segments = workbook.values('Segments');
    expect(segments).toHaveLength(2);
    expect(segments[1]!.slice(0, 3)).toEqual(['big SPENDERS', 'Revenue > 150', 2]);
    expect(column(workbook, 'Customers', 'Segments')).toEqual([
      'Big spenders',
      'Big spenders',
      'Old friends',
      '',
      '',
    ]);
  });

  it('is undone: the Segments tab and the Segments cells go back as they were', () => {
    saveSegment(ports, { name: 'Big spenders', definition: 'Revenue >= 100' });
    const undo = undoLastOperation(ports);
    expect(undo.description).toBe('the save of segment "Big spenders" of 2024-06-01 12:00');
    expect(workbook.values('Segments')).toEqual([
      ['Segment', 'Definition', 'Customers', 'Revenue share', 'Avg CLV', 'Avg churn risk', 'Updated at'],
    ]);
    expect(column(workbook, 'Customers', 'Segments')).toEqual(['', '', 'Old friends', '', '']);
  });

  it('refuses a definition it cannot read, naming the position, and writes nothing', () => {
    expect(() => saveSegment(ports, { name: 'X', definition: 'Revenue >> 3' })).toThrow(
      "The definition cannot be read: at 10: expected a value after '>', found '>'",
    );
    expect(workbook.callCount('writeBlock')).toBe(0);
  });

  it('refuses names a Segments cell or an Audience could not hold', () => {
    for (const [name, message] of [
      ['', 'Give the segment a name.'],
      ['VIP, new', 'A segment name cannot hold a comma or a semicolon.'],
      ['=1+1', 'A segment name cannot start with =, +, - or @.'],
      ['Everyone', '"Everyone" already means every customer.'],
    ])
      expect(() => saveSegment(ports, { name, definition: 'Revenue > 1' })).toThrow(message);
    expect(workbook.callCount('writeBlock')).toBe(0);
  });
});
