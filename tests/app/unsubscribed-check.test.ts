import { describe, expect, it } from 'vitest';
import { unsubscribedCheck } from '../../src/app/unsubscribed-check';
import { MemoryUnsubscribeQueue } from './memory-unsubscribe-queue';

describe('unsubscribedCheck', () => {
  it('counts a filled Unsubscribed at and a queued link, and nobody else', () => {
    const queue = new MemoryUnsubscribeQueue();
    queue.add('C000003', new Date('2024-06-01T20:15:00Z'));
    const isUnsubscribed = unsubscribedCheck(queue);
    expect(isUnsubscribed('C000001', '')).toBe(false);
    expect(isUnsubscribed('C000002', new Date(Date.UTC(2024, 0, 2)))).toBe(true);
    expect(isUnsubscribed('C000004', 'asked by phone')).toBe(true);
    expect(isUnsubscribed('C000003', '')).toBe(true);
    expect(isUnsubscribed(' C000003 ', '')).toBe(true);
    expect(isUnsubscribed('C000004', '  ')).toBe(false);
  });

  it('reads the queue once for all the customers it is asked about', () => {
    const queue = new MemoryUnsubscribeQueue();
    const isUnsubscribed = unsubscribedCheck(queue);
    for (let i = 0; i < 1000; i++) isUnsubscribed(`C${i}`, '');
    expect(queue.reads).toBe(1);
  });
});
