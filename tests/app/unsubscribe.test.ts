import { createHmac } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Signer } from '../../src/app/ports';
import { recordUnsubscribe, unsubscribeLink } from '../../src/app/unsubscribe';
import { SteppingClock } from './memory-ports';
import { MemoryUnsubscribeQueue } from './memory-unsubscribe-queue';

/** HMAC-SHA256 (RFC 2104) with Node's crypto, URL-safe base64 without padding. */
const signer = (secret: string): Signer => ({
  sign: (message) => createHmac('sha256', secret).update(message).digest('base64url'),
});
const real = signer('the script secret');

describe('unsubscribe links', () => {
  let queue: MemoryUnsubscribeQueue;
  let clock: SteppingClock;

  beforeEach(() => {
    queue = new MemoryUnsubscribeQueue();
    clock = new SteppingClock(Date.UTC(2024, 5, 1, 12), 60_000);
  });

  it('builds a link that carries the Customer ID and its HMAC', () => {
    const token = createHmac('sha256', 'the script secret').update('unsubscribe:C000001').digest('base64url');
    expect(unsubscribeLink('https://script.google.com/macros/s/X/exec', 'C000001', real)).toBe(
      `https://script.google.com/macros/s/X/exec?c=C000001&t=${encodeURIComponent(token)}`,
    );
  });

  it('queues the Customer ID of a valid link with the time it was opened', () => {
    const link = new URL(unsubscribeLink('https://x.test/exec', 'C000001', real));
    const result = recordUnsubscribe(
      queue,
      real,
      clock,
      link.searchParams.get('c'),
      link.searchParams.get('t'),
    );
    expect(result).toEqual({ outcome: 'unsubscribed', at: '2024-06-01T12:00:00.000Z' });
    expect([...queue.stored.values()]).toEqual([{ customerId: 'C000001', at: '2024-06-01T12:00:00.000Z' }]);
  });

  it('keeps the first time when the link is opened again', () => {
    recordUnsubscribe(queue, real, clock, 'C000002', real.sign('unsubscribe:C000002'));
    const again = recordUnsubscribe(queue, real, clock, 'C000002', real.sign('unsubscribe:C000002'));
    expect(again).toEqual({ outcome: 'already', at: '2024-06-01T12:00:00.000Z' });
    expect(queue.stored.get('C000002')?.at).toBe('2024-06-01T12:00:00.000Z');
    expect(queue.stored.size).toBe(1);
  });

  it('refuses forged, missing and replayed tokens, queueing nothing', () => {
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
      expect(recordUnsubscribe(queue, real, clock, id, token)).toEqual({ outcome: 'invalid' });
    }
    expect(queue.stored.size).toBe(0);
  });
});
