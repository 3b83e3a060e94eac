// SystemClock: the Clock port over the execution's own `new Date()`.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SystemClock } from '../../src/gas/system-clock';

afterEach(() => {
  vi.useRealTimers();
});

describe('SystemClock', () => {
  it("reads the execution's clock, which the emulator sets to its virtual time", () => {
    vi.useFakeTimers({ now: new Date('2024-06-01T12:00:00.250Z'), toFake: ['Date'] });
    expect(new SystemClock().now().toISOString()).toBe('2024-06-01T12:00:00.250Z');
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
    expect(new SystemClock().now().toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  it('hands out a new Date at each reading, so a caller changing one does not move the clock', () => {
    vi.useFakeTimers({ now: new Date('2024-06-01T12:00:00Z'), toFake: ['Date'] });
    const clock = new SystemClock();
    const first = clock.now();
    first.setUTCFullYear(1999);
    const second = clock.now();
    expect(second).not.toBe(first);
    expect(second.toISOString()).toBe('2024-06-01T12:00:00.000Z');
  });
});
