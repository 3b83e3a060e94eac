import { describe, expect, it } from 'vitest';
import { callParam, rowParam } from '../../../src/core/formula/formula-param';
import { parseNumber } from '../../../src/core/formula/parse-number';

describe('rowParam and callParam', () => {
  it('declare an argument once: name, description, scope and reader', () => {
    const cost = rowParam('cost', 'What the investment cost.', parseNumber);
    expect(cost).toMatchObject({ name: 'cost', description: 'What the investment cost.', scope: 'row' });
    expect(cost.read('12', cost.name)).toBe(12);
    expect(() => cost.read('x', cost.name)).toThrow('cost is not a number: "x"');
    const bins = callParam('bins', 'Score levels.', parseNumber);
    expect(bins).toMatchObject({ name: 'bins', scope: 'call' });
    expect(bins.check).toBeUndefined();
  });
  it('keep a row check for a rule across arguments', () => {
    const seen: unknown[] = [];
    const T = rowParam('T', 'Age.', parseNumber, (values) => seen.push({ ...values }));
    T.check?.({ recency: 3, T: 2 });
    expect(seen).toEqual([{ recency: 3, T: 2 }]);
  });
});
