import { describe, expect, it } from 'vitest';
import { FormulaError } from '../../../src/core/formula/formula-error';
import { callParam, rowParam } from '../../../src/core/formula/formula-param';
import { optionalValue } from '../../../src/core/formula/optional-value';
import { parseNumber } from '../../../src/core/formula/parse-number';
import { rowFormula } from '../../../src/core/formula/row-formula';

const column = (values: unknown[]) => values.map((value) => [value]);

describe('rowFormula', () => {
  const ratio = rowFormula(
    'CRM_RATIO',
    [rowParam('top', 'Numerator.', parseNumber), rowParam('bottom', 'Denominator.', parseNumber)],
    { each: (row) => [row.top / row.bottom] },
  );

  it('documents each argument under the one name it was declared with', () => {
    expect(ratio.params).toEqual([
      { name: 'top', description: 'Numerator.' },
      { name: 'bottom', description: 'Denominator.' },
    ]);
  });

  it('returns one value for single values and a column for ranges, bad rows in place', () => {
    expect(ratio.run(6, 3)).toBe(2);
    expect(ratio.run(column([6, '', 'x', 1]), 2)).toEqual([
      [3],
      [''],
      ['row 3: top is not a number: "x"'],
      [0.5],
    ]);
    expect(ratio.run(1, 0)).toBe('the result is not a finite number');
  });

  it('names the missing argument and the formula when the whole call fails', () => {
    expect(ratio.run(6)).toBe('CRM_RATIO: bottom is required');
    expect(ratio.run(column([1, 2]), column([1, 2, 3]))).toBe('CRM_RATIO: bottom has 3 rows but top has 2');
  });

  it('reads call arguments first, in order, and hands them to the body', () => {
    const scaled = rowFormula(
      'CRM_SCALED',
      [
        rowParam('value', 'Value.', parseNumber),
        callParam('factor', 'Optional factor.', optionalValue(parseNumber, 10)),
      ],
      { each: (row, call) => [row.value * call.factor] },
    );
    expect(scaled.run(column([1, 2]))).toEqual([[10], [20]]);
    expect(scaled.run(column([1, 2]), 3)).toEqual([[3], [6]]);
    // The call argument's problem comes before the missing per-row argument's.
    expect(scaled.run(undefined, 'x')).toBe('CRM_SCALED: factor is not a number: "x"');
  });

  it('runs a row check right after its argument, before later arguments are read', () => {
    const ordered = rowFormula(
      'CRM_ORDERED',
      [
        rowParam('low', 'Low.', parseNumber),
        rowParam('high', 'High.', parseNumber, (values) => {
          if ((values.low as number) > (values.high as number)) throw new FormulaError('low is above high');
        }),
        rowParam('extra', 'Extra.', parseNumber),
      ],
      { each: (row) => [row.low + row.high + row.extra] },
    );
    expect(ordered.run(column([1, 5]), column([2, 3]), column([0, 'x']))).toEqual([
      [3],
      ['row 2: low is above high'],
    ]);
  });

  it('computes the good rows together with all, and checks rows first', () => {
    const shares = rowFormula('CRM_SHARES', [rowParam('value', 'Value.', parseNumber)], {
      check: (row) => {
        if (row.value < 0) throw new FormulaError('value is negative');
      },
      all: ({ columns }) => {
        const total = columns.value.reduce((sum, v) => sum + v, 0);
        return columns.value.map((v) => [v / total]);
      },
    });
    expect(shares.run(column([1, '', -1, 3]))).toEqual([[0.25], [''], ['row 3: value is negative'], [0.75]]);
  });

  it('turns the batch into one value with fit, counting bad rows', () => {
    const count = rowFormula('CRM_COUNT', [rowParam('value', 'Value.', parseNumber)], {
      fit: ({ rows, columns, invalid, reads }) => [
        rows.length,
        columns.value.join('+'),
        invalid,
        reads.length,
      ],
    });
    expect(count.run(column([1, 'x', '', 2]))).toEqual([2, '1+2', 1, 4]);
  });

  it('keeps a table for a width above 1 even when every argument is one value', () => {
    const pair = rowFormula('CRM_PAIR', [rowParam('value', 'Value.', parseNumber)], {
      all: ({ rows }) => rows.map((row) => [row.value, -row.value]),
      width: 2,
    });
    expect(pair.run(4)).toEqual([[4, -4]]);
  });
});
