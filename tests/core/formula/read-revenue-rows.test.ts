import { describe, expect, it } from 'vitest';
import { readRevenueRows } from '../../../src/core/formula/read-revenue-rows';

describe('readRevenueRows', () => {
  it('spans as many periods as revenue has columns', () => {
    const table = readRevenueRows(
      [
        [100, 200],
        ['', ''],
      ],
      '',
    );
    expect(table).toMatchObject({
      rows: [
        [100, 200],
        ['', ''],
      ],
      periods: 2,
      single: false,
    });
  });
  it('repeats one column for `periods` periods; one value gives one value back', () => {
    expect(readRevenueRows(1000, 3)).toMatchObject({ rows: [[1000, 1000, 1000]], periods: 3, single: true });
    expect(readRevenueRows([[5], [6]], [[2]]).rows).toEqual([
      [5, 5],
      [6, 6],
    ]);
  });
  it('reads a row with blank periods as 0 and names a bad period', () => {
    const table = readRevenueRows([[100, '', '50']], '');
    expect(table.readRow(table.rows[0])).toEqual([100, 0, 50]);
    expect(() => table.readRow(['x'])).toThrow('revenue in period 1 is not a number: "x"');
  });
  it('refuses a missing revenue and periods that do not fit', () => {
    expect(() => readRevenueRows('', 3)).toThrow('revenue is required');
    expect(() => readRevenueRows(1000, 0)).toThrow('periods must be a whole number, 1 or more');
    expect(() => readRevenueRows([[1, 2]], 3)).toThrow(
      'periods (3) repeats a single column of revenue, but revenue has 2 columns',
    );
  });
});
