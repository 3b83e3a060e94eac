import { describe, expect, it } from 'vitest';
import { importCsv } from '../../src/app/import';
import { PROGRESS_KEY, readImportProgress, saveImportProgress } from '../../src/app/import-progress';
import { setup } from '../../src/app/setup';
import { MemoryStore, memoryPorts } from './memory-ports';

const damaged = (why: string) =>
  `The saved progress of the last import (document property crm.import.progress) was damaged (${why}) and has been cleared: run the import again to start the file from its first record; records imported before are not added twice.`;

describe('import progress in the document properties', () => {
  it('round-trips where an import stopped, and is gone once the import is complete', () => {
    const store = new MemoryStore();
    expect(readImportProgress(store)).toBeNull();
    saveImportProgress(store, { fileKey: 'shopify:9a-10:0-2', next: 500 });
    expect(store.get(PROGRESS_KEY)).toBe('{"fileKey":"shopify:9a-10:0-2","next":500}');
    expect(readImportProgress(store)).toEqual({ fileKey: 'shopify:9a-10:0-2', next: 500 });
    saveImportProgress(store, null);
    expect(store.get(PROGRESS_KEY)).toBeNull();
  });

  it.each([
    ['{"fileKey":"shopify:9a', 'not JSON'],
    ['{"offset":500,"file":"a.csv"}', 'its fileKey is not a file key'],
    ['{"fileKey":"shopify:9a-10:0-2","next":-3}', 'its next is not a record number'],
    ['{"fileKey":"shopify:9a-10:0-2","next":"500"}', 'its next is not a record number'],
    ['[500]', 'not an object'],
  ])('refuses %s in words and clears it', (stored, why) => {
    const store = new MemoryStore();
    store.set(PROGRESS_KEY, stored);
    expect(() => readImportProgress(store)).toThrow(damaged(why));
    expect(store.get(PROGRESS_KEY)).toBeNull();
    expect(readImportProgress(store)).toBeNull();
  });

  it('stops an import before it writes anything; run again, it imports the whole file', () => {
    const { ports, workbook, store } = memoryPorts();
    setup(ports);
    store.set(PROGRESS_KEY, '{"fileKey":');
    const request = {
      preset: 'generic',
      csv: 'Invoice,Mail,Day,Sum\nA-1,ana@example.com,2024-03-05,12.50',
      mapping: { 'Order ID': 'Invoice', Email: 'Mail', Date: 'Day', Amount: 'Sum' },
    };
    expect(() => importCsv(ports, request)).toThrow(damaged('not JSON'));
    expect(workbook.values('Orders')).toHaveLength(1);
    expect(importCsv(ports, request)).toMatchObject({ complete: true, processed: 1, ordersAdded: 1 });
    expect(workbook.values('Orders')).toHaveLength(2);
  });
});
