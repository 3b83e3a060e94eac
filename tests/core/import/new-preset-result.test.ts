import { describe, expect, it } from 'vitest';
import { newPresetResult } from '../../../src/core/import/new-preset-result';

describe('newPresetResult', () => {
  it('starts a channel with nothing read, and a fresh result each time', () => {
    const a = newPresetResult('stripe');
    expect(a).toEqual({
      channel: 'stripe',
      orders: [],
      surveys: [],
      rejected: [],
      skipped: [],
      warnings: [],
    });
    a.rejected.push({ row: 2, column: 'id', reason: 'x' });
    expect(newPresetResult('stripe').rejected).toEqual([]);
  });
});
