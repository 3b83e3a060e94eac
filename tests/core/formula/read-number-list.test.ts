import { describe, expect, it } from 'vitest';
import { readNumberList } from '../../../src/core/formula/read-number-list';

const score = (n: number) =>
  Number.isInteger(n) && n >= 0 && n <= 10 ? null : 'is not a whole number from 0 to 10';

describe('readNumberList', () => {
  it('reads every non-blank cell, row by row', () => {
    expect(
      readNumberList(
        [
          [9, ''],
          ['7', 10],
        ],
        'scores',
        'score',
        score,
      ),
    ).toEqual([9, 7, 10]);
    expect(readNumberList(6, 'scores', 'score', score)).toEqual([6]);
  });
  it('names the position of a bad cell, or just the reason for a single value', () => {
    expect(() => readNumberList([[9], [11]], 'scores', 'score', score)).toThrow(
      'row 2: score 11 is not a whole number from 0 to 10',
    );
    expect(() => readNumberList([[9, 'x']], 'scores', 'score', score)).toThrow(
      'row 1, column 2: score is not a number: "x"',
    );
    expect(() => readNumberList(11, 'scores', 'score', score)).toThrow(
      /^score 11 is not a whole number from 0 to 10$/,
    );
  });
  it('requires at least one number', () => {
    expect(() => readNumberList([[''], ['']], 'scores', 'score', score)).toThrow('scores is required');
  });
});
