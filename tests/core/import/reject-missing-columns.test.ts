import { describe, expect, it } from 'vitest';
import { newPresetResult } from '../../../src/core/import/new-preset-result';
import { rejectMissingColumns } from '../../../src/core/import/reject-missing-columns';

describe('rejectMissingColumns', () => {
  it('refuses the file on its header row, naming every missing column', () => {
    const result = newPresetResult('stripe');
    expect(rejectMissingColumns(result, Object.freeze(['id', 'Amount']), 'a Stripe payments export')).toBe(
      result,
    );
    expect(result.rejected).toEqual([
      { row: 1, column: 'id, Amount', reason: 'not a Stripe payments export: missing id, Amount' },
    ]);
  });
});
