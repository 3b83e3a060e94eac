import { describe, expect, it } from 'vitest';
import { unsubscribeMessage } from '../../../src/core/follow-up/unsubscribe-message';

describe('unsubscribeMessage', () => {
  it('names the purpose and the trimmed Customer ID', () => {
    expect(unsubscribeMessage('C000123')).toBe('unsubscribe:C000123');
    expect(unsubscribeMessage('  C000123 ')).toBe('unsubscribe:C000123');
  });

  it('refuses a blank Customer ID', () => {
    expect(() => unsubscribeMessage('  ')).toThrow('needs a Customer ID');
  });
});
