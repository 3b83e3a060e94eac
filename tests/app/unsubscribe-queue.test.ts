import { beforeEach, describe, expect, it } from 'vitest';
import type { Ports } from '../../src/app/ports';
import { setup } from '../../src/app/setup';
import { applyUnsubscribeQueue } from '../../src/app/unsubscribe-queue';
import { type MemoryWorkbook, memoryPorts } from './memory-ports';
import { MemoryUnsubscribeQueue } from './memory-unsubscribe-queue';

describe('applyUnsubscribeQueue', () => {
  let ports: Ports;
  let workbook: MemoryWorkbook;
  let queue: MemoryUnsubscribeQueue;

  beforeEach(() => {
    ({ ports, workbook } = memoryPorts(Date.UTC(2024, 5, 2, 9)));
    setup(ports);
    const header = workbook.tab('Customers').rows[0].map(String);
    const row = (values: Record<string, unknown>) => header.map((h) => (values[h] ?? '') as never);
    workbook.tab('Customers').rows.push(
      row({ 'Customer ID': 'C000001', Name: 'Ana Silva', Email: 'ana@example.com' }),
      row({
        'Customer ID': 'C000002',
        Name: 'Ben Okafor',
        Email: 'ben@example.com',
        'Unsubscribed at': new Date(Date.UTC(2024, 0, 2)),
      }),
      row({ 'Customer ID': 'C000003', Name: 'Cleo Park', Email: 'cleo@example.com' }),
    );
    queue = new MemoryUnsubscribeQueue();
  });

  const unsubscribedAt = (id: string) => {
    const rows = workbook.tab('Customers').rows;
    const header = rows[0].map(String);
    return rows.find((r) => r[header.indexOf('Customer ID')] === id)?.[header.indexOf('Unsubscribed at')];
  };
  const logRows = () => workbook.values('Log').slice(1);

  it('writes the queued time into Unsubscribed at, found by Customer ID, and empties the queue', () => {
    queue.add('C000003', new Date('2024-06-01T20:15:00Z'));
    const before = workbook.tab('Customers').rows.map((r) => [...r]);
    const result = applyUnsubscribeQueue(ports, queue);
    expect(result).toEqual({ written: 1, kept: 0, missing: [], waiting: 0 });
    expect(unsubscribedAt('C000003')).toEqual(new Date('2024-06-01T20:15:00Z'));
    expect(unsubscribedAt('C000001')).toBe('');
    const changed = workbook
      .tab('Customers')
      .rows.flatMap((r, i) => r.map((v, j) => (String(v) === String(before[i][j]) ? null : [i, j])))
      .filter(Boolean);
    expect(changed).toHaveLength(1);
    expect(queue.stored.size).toBe(0);
    const log = logRows().at(-1)!.map(String);
    expect(log).toContain('unsubscribe');
    expect(log.join(' ')).toContain('C000003');
    expect(log.join(' ')).not.toContain('cleo@');
  });

  it('keeps the first time when the cell is filled already', () => {
    queue.add('C000002', new Date('2024-06-01T20:15:00Z'));
    expect(applyUnsubscribeQueue(ports, queue)).toEqual({ written: 0, kept: 1, missing: [], waiting: 0 });
    expect(unsubscribedAt('C000002')).toEqual(new Date(Date.UTC(2024, 0, 2)));
    expect(queue.stored.size).toBe(0);
  });

  it('finds the customer where the row is now, after the user sorted the tab', () => {
    const rows = workbook.tab('Customers').rows;
    rows.splice(1, 3, rows[3], rows[2], rows[1]);
    queue.add('C000001', new Date('2024-06-01T20:15:00Z'));
    applyUnsubscribeQueue(ports, queue);
    expect(unsubscribedAt('C000001')).toEqual(new Date('2024-06-01T20:15:00Z'));
    expect(unsubscribedAt('C000003')).toBe('');
    expect(unsubscribedAt('C000002')).toEqual(new Date(Date.UTC(2024, 0, 2)));
  });

  it('keeps a customer no longer in the tab queued and logs it once', () => {
    queue.add('C000099', new Date('2024-06-01T20:15:00Z'));
    queue.add('C000001', new Date('2024-06-01T21:00:00Z'));
    const first = applyUnsubscribeQueue(ports, queue);
    expect(first).toEqual({ written: 1, kept: 0, missing: ['C000099'], waiting: 0 });
    expect([...queue.stored.keys()]).toEqual(['C000099']);
    expect(queue.stored.get('C000099')).toEqual({
      customerId: 'C000099',
      at: '2024-06-01T20:15:00.000Z',
      missingLogged: true,
    });
    expect(logRows().map(String).join('\n')).toContain('No row has Customer ID C000099');
    const logged = logRows().length;
    expect(applyUnsubscribeQueue(ports, queue).missing).toEqual(['C000099']);
    expect(logRows().length).toBe(logged);
    // The row comes back (an undo of a forget): the next execution applies the entry.
    const header = workbook.tab('Customers').rows[0].map(String);
    workbook.tab('Customers').rows.push(header.map((h) => (h === 'Customer ID' ? 'C000099' : '')));
    expect(applyUnsubscribeQueue(ports, queue).written).toBe(1);
    expect(unsubscribedAt('C000099')).toEqual(new Date('2024-06-01T20:15:00Z'));
    expect(queue.stored.size).toBe(0);
  });

  it('still unsubscribes a customer whose queued entry is damaged, at the time it is applied, and says so', () => {
    // ports' clock reads 2024-06-02 09:00 UTC.
    queue.stored.set('C000001', { customerId: 'C000001', at: '', damaged: 'not JSON' });
    queue.stored.set('C000099', { customerId: 'C000099', at: '', damaged: 'its time is not an instant' });
    expect(applyUnsubscribeQueue(ports, queue)).toEqual({
      written: 1,
      kept: 0,
      missing: ['C000099'],
      waiting: 0,
    });
    expect(unsubscribedAt('C000001')).toEqual(new Date(Date.UTC(2024, 5, 2, 9)));
    const details = logRows().map(String).join('\n');
    expect(details).toContain(
      'The queued unsubscribe of C000001 was damaged (not JSON): the time it was applied is written.',
    );
    expect(details).toContain(
      'The queued unsubscribe of C000099 was damaged (its time is not an instant): kept as unsubscribed.',
    );
    // The missing customer's entry is stored readable again, so later runs neither lose it nor log it again.
    expect(queue.stored.get('C000099')).toEqual({
      customerId: 'C000099',
      at: '2024-06-02T09:00:00.000Z',
      missingLogged: true,
    });
    const logged = logRows().length;
    expect(applyUnsubscribeQueue(ports, queue).missing).toEqual(['C000099']);
    expect(logRows().length).toBe(logged);
  });

  it('keeps the entries queued when writing them fails part-way', () => {
    queue.add('C000001', new Date('2024-06-01T20:15:00Z'));
    workbook.beforeCall = (method) => {
      if (method === 'writeBlock') throw new Error('Service Spreadsheets failed');
    };
    expect(() => applyUnsubscribeQueue(ports, queue)).toThrow('Service Spreadsheets failed');
    workbook.beforeCall = null;
    expect(queue.stored.has('C000001')).toBe(true);
    applyUnsubscribeQueue(ports, queue);
    expect(unsubscribedAt('C000001')).toEqual(new Date('2024-06-01T20:15:00Z'));
    expect(queue.stored.size).toBe(0);
  });

  it('reads only the queue when it is empty, and waits for Set up when the columns are missing', () => {
    const calls = [...workbook.calls.values()].reduce((a, b) => a + b, 0);
    expect(applyUnsubscribeQueue(ports, queue)).toEqual({ written: 0, kept: 0, missing: [], waiting: 0 });
    expect([...workbook.calls.values()].reduce((a, b) => a + b, 0)).toBe(calls);
    const header = workbook.tab('Customers').rows[0];
    header[header.map(String).indexOf('Unsubscribed at')] = 'Opted out';
    queue.add('C000001', new Date('2024-06-01T20:15:00Z'));
    expect(applyUnsubscribeQueue(ports, queue).waiting).toBe(1);
    expect(queue.stored.size).toBe(1);
  });

  it('writes many queued customers with one block and one Log row', () => {
    const header = workbook.tab('Customers').rows[0].map(String);
    for (let i = 10; i < 210; i++) {
      workbook
        .tab('Customers')
        .rows.push(header.map((h) => (h === 'Customer ID' ? `C${String(i).padStart(6, '0')}` : '')));
      if (i % 2 === 0) queue.add(`C${String(i).padStart(6, '0')}`, new Date(Date.UTC(2024, 5, 1, 0, i)));
    }
    const writes = workbook.callCount('writeBlock');
    const appends = workbook.callCount('appendRows');
    expect(applyUnsubscribeQueue(ports, queue).written).toBe(100);
    expect(workbook.callCount('writeBlock') - writes).toBe(1);
    expect(workbook.callCount('appendRows') - appends).toBe(1);
    expect(unsubscribedAt('C000150')).toEqual(new Date(Date.UTC(2024, 5, 1, 0, 150)));
    expect(unsubscribedAt('C000151')).toBe('');
  });
});
