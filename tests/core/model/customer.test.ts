import { describe, expect, expectTypeOf, it } from 'vitest';
import { type Customer, CustomerSchema } from '../../../src/core/model/customer';
import { TAB_SPECS } from '../../../src/core/model/tab-specs';

describe('CustomerSchema', () => {
  const blank = Object.fromEntries(
    TAB_SPECS.customers.columns.map((c) => [
      c.field,
      ['text', 'id', 'email', 'phone'].includes(c.kind) ? '' : null,
    ]),
  );

  it('accepts a new customer whose computed columns are still empty', () => {
    const result = CustomerSchema.safeParse({ ...blank, customerId: 'C-1', email: 'ana@example.com' });
    expect(result.success).toBe(true);
  });

  it('checks probabilities and NPS of computed columns', () => {
    const result = CustomerSchema.safeParse({ ...blank, customerId: 'C-1', pAlive: 1.2, lastNps: 11 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(['pAlive', 'lastNps']);
    expect(CustomerSchema.safeParse({ ...blank }).error?.issues[0].message).toBe('missing Customer ID');
  });

  it('infers the record type', () => {
    expectTypeOf<Customer['consent']>().toEqualTypeOf<boolean | null>();
    expectTypeOf<Customer['pAlive']>().toEqualTypeOf<number | null>();
  });
});
