import { describe, expect, it } from 'vitest';
import { rfc5322Date } from '../../../src/local/outbox/rfc5322-date';

describe('rfc5322Date', () => {
  it('writes day, date, time and a +0000 zone (2025-03-01 was a Saturday)', () => {
    expect(rfc5322Date(new Date('2025-03-01T09:05:07.800Z'))).toBe('Sat, 01 Mar 2025 09:05:07 +0000');
    expect(rfc5322Date(new Date('2024-12-31T23:59:59Z'))).toBe('Tue, 31 Dec 2024 23:59:59 +0000');
  });
});
