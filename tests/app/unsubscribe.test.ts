import { createHmac } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Ports, Signer } from '../../src/app/ports';
import { setup } from '../../src/app/setup';
import { unsubscribe, unsubscribeLink } from '../../src/app/unsubscribe';
import { type MemoryWorkbook, memoryPorts } from './memory-ports';

/** HMAC-SHA256 (RFC 2104) with Node's crypto, URL-safe base64 without padding. */
const signer = (secret: string): Signer => ({
  sign: (message) => createHmac('sha256', secret).update(message).digest('base64url'),
});
const real = signer('the script secret');

describe('unsubscribe links', () => {
  let ports: Ports;
  let workbook: MemoryWorkbook;

  beforeEach(() => {
    ({ ports, workbook } = memoryPorts(Date.UTC(2024, 5, 1, 12)));
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
    );
  });

  const unsubscribedAt = (id: string) => {
    const rows = workbook.tab('Customers').rows;
    const header = rows[0].map(String);
    return rows.find((r) => r[header.indexOf('Customer ID')] === id)?.[header.indexOf('Unsubscribed at')];
  };

  it('builds a link that carries the Customer ID and its HMAC', () => {
    const token = createHmac('sha256', 'the script secret').update('unsubscribe:C000001').digest('base64url');
    expect(unsubscribeLink('https://script.google.com/macros/s/X/exec', 'C000001', real)).toBe(
      `https://script.google.com/macros/s/X/exec?c=C000001&t=${encodeURIComponent(token)}`,
    );
  });

  it('sets Unsubscribed at for a valid token, writing that one cell, and logs the Customer ID only', () => {
    const link = new URL(unsubscribeLink('https://x.test/exec', 'C000001', real));
    const before = workbook.tab('Customers').rows.map((r) => [...r]);
    const blocksBefore = workbook.callCount('writeBlock');
    const result = unsubscribe(ports, real, link.searchParams.get('c'), link.searchParams.get('t'));
    expect(result).toEqual({ outcome: 'unsubscribed', at: '2024-06-01T12:00:00.000Z', senderName: '' });
    expect(unsubscribedAt('C000001')).toEqual(new Date('2024-06-01T12:00:00Z'));
    const after = workbook.tab('Customers').rows;
    const changed = after
      .flatMap((r, i) => r.map((v, j) => (String(v) === String(before[i][j]) ? null : [i, j])))
      .filter(Boolean);
    expect(changed).toHaveLength(1);
    expect(workbook.callCount('writeBlock') - blocksBefore).toBeLessThanOrEqual(2); // the cell, and at most the Log row
    const log = workbook.tab('Log').rows.at(-1)!.map(String);
    expect(log).toContain('unsubscribe');
    expect(log.join(' ')).toContain('C000001');
    expect(log.join(' ')).not.toContain('ana@example.com');
    expect(log.join(' ')).not.toContain('Ana');
  });

  it('keeps the first time when the link is opened again', () => {
    const result = unsubscribe(ports, real, 'C000002', real.sign('unsubscribe:C000002'));
    expect(result).toEqual({ outcome: 'already', at: '2024-01-02T00:00:00.000Z', senderName: '' });
    expect(unsubscribedAt('C000002')).toEqual(new Date(Date.UTC(2024, 0, 2)));
  });

  it('refuses forged, missing and replayed tokens, changing nothing', () => {
    const writes = workbook.callCount('writeBlock') + workbook.callCount('appendRows');
    const forged = signer('a guess').sign('unsubscribe:C000001');
    const bens = real.sign('unsubscribe:C000002');
    for (const [id, token] of [
      ['C000001', forged],
      ['C000001', bens],
      ['C000001', ''],
      ['C000001', undefined],
      ['', real.sign('unsubscribe:C000001')],
      [undefined, undefined],
      ['C000001', `${real.sign('unsubscribe:C000001')}x`],
    ]) {
      expect(unsubscribe(ports, real, id, token).outcome).toBe('invalid');
    }
    expect(unsubscribedAt('C000001')).toBe('');
    expect(workbook.callCount('writeBlock') + workbook.callCount('appendRows')).toBe(writes);
  });

  it('answers "unknown" for a valid token of a customer no longer in the tab', () => {
    const writes = workbook.callCount('writeBlock') + workbook.callCount('appendRows');
    expect(unsubscribe(ports, real, 'C000099', real.sign('unsubscribe:C000099')).outcome).toBe('unknown');
    expect(workbook.callCount('writeBlock') + workbook.callCount('appendRows')).toBe(writes);
  });

  it('finds the customer where the row is now, after the user sorted the tab', () => {
    const rows = workbook.tab('Customers').rows;
    rows.splice(1, 2, rows[2], rows[1]);
    unsubscribe(ports, real, 'C000001', real.sign('unsubscribe:C000001'));
    expect(unsubscribedAt('C000001')).toEqual(new Date('2024-06-01T12:00:00Z'));
    expect(unsubscribedAt('C000002')).toEqual(new Date(Date.UTC(2024, 0, 2)));
  });
});
