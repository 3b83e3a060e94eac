import { beforeEach, describe, expect, it } from 'vitest';
import { importCsv } from '../../src/app/import';
import type { Ports } from '../../src/app/ports';
import { setup } from '../../src/app/setup';
import { snapshotSummary } from '../../src/app/snapshot';
import { undoLastOperation } from '../../src/app/undo';
import { type MemoryWorkbook, memoryPorts } from './memory-ports';

const CSV = [
  'Invoice,Mail,Day,Sum',
  'A-1,ana@example.com,2024-03-05,12.50',
  'A-2,ben@example.com,2024-03-06,8',
].join('\n');
const MAPPING = { 'Order ID': 'Invoice', Email: 'Mail', Date: 'Day', Amount: 'Sum' };

describe('undoLastOperation', () => {
  let ports: Ports;
  let workbook: MemoryWorkbook;

  beforeEach(() => {
    ({ ports, workbook } = memoryPorts());
    setup(ports);
  });

  it('names an import by its whole channel, spaces and all', () => {
    importCsv(ports, { preset: 'generic', csv: CSV, mapping: MAPPING, channel: 'my shop' });
    const summary = snapshotSummary(workbook);
    const report = undoLastOperation(ports);
    expect(report.description).toBe('the my shop import of 2024-06-01 12:00');
    expect(workbook.values('Orders')).toHaveLength(1);
    expect(summary?.operation).toEqual({
      kind: 'import',
      channel: 'my shop',
      fileKey: expect.stringMatching(/^generic:/),
    });
    const log = workbook.values('Log');
    expect(log[log.length - 1]).toContain('undid the my shop import of 2024-06-01 12:00');
  });
});
