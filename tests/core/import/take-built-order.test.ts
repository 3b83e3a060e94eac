import { describe, expect, it } from 'vitest';
import type { BuiltOrder } from '../../../src/core/import/build-order';
import { newPresetResult } from '../../../src/core/import/new-preset-result';
import { takeBuiltOrder } from '../../../src/core/import/take-built-order';

describe('takeBuiltOrder', () => {
  it('files the problems and warnings and hands back the order, or null for a rejected row', () => {
    const result = newPresetResult('shopify');
    const warning = { row: 3, column: 'Email', reason: 'not an email address' };
    const problem = { row: 4, column: 'Total', reason: 'not a number' };
    const order = { orderId: '1001' } as unknown as NonNullable<BuiltOrder['order']>;
    expect(takeBuiltOrder(result, { order, problems: [], warnings: [warning] })).toBe(order);
    expect(takeBuiltOrder(result, { order: null, problems: [problem], warnings: [] })).toBeNull();
    expect(result.rejected).toEqual([problem]);
    expect(result.warnings).toEqual([warning]);
    expect(result.orders).toEqual([]);
  });
});
