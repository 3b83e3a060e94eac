// CRM_MODEL_CHECK on the CDNOW sample, called as Sheets calls it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { customFunctionEntryPoints as crm } from '../../../src/entry/custom-functions';
import { HOST_TIME_ZONE, stubSpreadsheetTimeZone } from '../stub-spreadsheet-time-zone';

// The Date cells below are built with this process's local calendar, i.e. a sheet in its zone.
stubSpreadsheetTimeZone(HOST_TIME_ZONE);

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/cdnow');
// CDNOW_sample.txt: master id, sample id, YYYYMMDD, CDs, dollars (fixture README).
const sample = readFileSync(join(fixtures, 'CDNOW_sample.txt'), 'utf8')
  .trim()
  .split(/\r?\n/)
  .map((line) => line.trim().split(/\s+/));
const ids = sample.map((r) => [Number(r[1])]);
const dates = sample.map((r) => [
  new Date(Number(r[2].slice(0, 4)), Number(r[2].slice(4, 6)) - 1, Number(r[2].slice(6, 8))),
]);
const amounts = sample.map((r) => [Number(r[4])]);
const modelCheck = (...args: unknown[]) => (crm.CRM_MODEL_CHECK.run as (...a: unknown[]) => unknown)(...args);

describe('CRM_MODEL_CHECK', () => {
  const table = modelCheck(ids, dates, amounts, new Date(1997, 8, 30), '1998-06-30') as unknown[][];

  it('spills a rectangle: summary, the per-frequency block, then the weekly block', () => {
    expect(table.every((row) => row.length === 6)).toBe(true);
    expect(table).toHaveLength(17 + 1 + 78);
    expect(table[0]).toEqual([
      'Model',
      'Calibration end',
      'Holdout end',
      'Holdout weeks',
      'Customers',
      'Parameters',
    ]);
    expect(table[1]).toEqual([
      'BG/NBD',
      '1997-09-30',
      '1998-06-30',
      39,
      2357,
      'r 0.2426, alpha 4.414, a 0.7929, b 2.426',
    ]);
    expect(table[2].slice(0, 2)).toEqual(['MAE', expect.closeTo(0.78545, 5)]);
    expect(table[3].slice(0, 2)).toEqual(['Bias', expect.closeTo(-0.12146, 5)]);
    expect(table[4].slice(0, 3)).toEqual(['Transactions left out', 0, '']);
    expect(table[5]).toEqual(['', '', '', '', '', '']);
    expect(table[6][0]).toBe('Calibration frequency');
    expect(table.slice(7, 16).map((row) => row[0])).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7+',
      'Total',
    ]);
    expect(table.slice(7, 16).map((row) => row[1])).toEqual([1411, 439, 214, 100, 62, 38, 29, 64, 2357]);
    expect(table.slice(7, 16).map((row) => row[3])).toEqual([334, 306, 298, 156, 157, 112, 112, 407, 1882]);
    expect(table[7][2]).toBeCloseTo(317.6, 1);
    expect(table[7][4]).toBeCloseTo(317.6 / 1411, 4);
    expect(table[15][2]).toBeCloseTo(1653.41, 2);
    expect(table[16]).toEqual(['', '', '', '', '', '']);
    expect(table[17]).toEqual([
      'Week',
      'Week ending',
      'Predicted cumulative',
      'Actual cumulative',
      'Period',
      '',
    ]);
    expect(table[18]).toEqual([1, '1997-01-07', expect.any(Number), 0, 'calibration', '']);
    expect(table[18 + 38].slice(0, 5)).toEqual([
      39,
      '1997-09-30',
      expect.closeTo(2493.96, 2),
      2457,
      'calibration',
    ]);
    expect(table[18 + 39].slice(0, 5)).toEqual([
      40,
      '1997-10-07',
      expect.any(Number),
      expect.any(Number),
      'holdout',
    ]);
    expect(table[18 + 77].slice(0, 5)).toEqual([
      78,
      '1998-06-30',
      expect.closeTo(4160.61, 2),
      4339,
      'holdout',
    ]);
  });

  it('fits the model it is given, by its short or published name', () => {
    const mbg = modelCheck(ids, dates, amounts, '1997-09-30', '1998-06-30', 'mbgnbd') as unknown[][];
    expect(mbg[1][0]).toBe('MBG/NBD');
    expect(mbg[2][1]).toBeCloseTo(0.76478, 5);
    const pareto = modelCheck(ids, dates, amounts, '1997-09-30', '1998-06-30', ' Pareto/NBD ') as unknown[][];
    expect(pareto[1]).toEqual([
      'Pareto/NBD',
      '1997-09-30',
      '1998-06-30',
      39,
      2357,
      'r 0.5533, alpha 10.58, s 0.6062, beta 11.67',
    ]);
    expect(pareto[3][1]).toBeCloseTo(-0.11503, 5);
  });

  it('counts the transactions it could not read and names the first', () => {
    const badDates = [...dates.slice(0, -1), ['not a date']];
    const out = modelCheck(ids, badDates, amounts, '1997-09-30', '1998-06-30') as unknown[][];
    expect(out[4].slice(0, 2)).toEqual(['Transactions left out', 1]);
    expect(out[4][2]).toMatch(/^row 6919: /);
  });

  it('names the argument that is wrong', () => {
    const call = (...args: unknown[]) => modelCheck(ids, dates, amounts, ...args);
    expect(call('', '1998-06-30')).toBe('CRM_MODEL_CHECK: calibration_end is missing');
    expect(call('1997-09-30', 'soon')).toMatch(/^CRM_MODEL_CHECK: holdout_end is not a date/);
    expect(call('1997-09-30', '1997-09-30')).toBe(
      'CRM_MODEL_CHECK: holdout_end (1997-09-30) must be after calibration_end (1997-09-30)',
    );
    expect(call('1996-12-31', '1998-06-30')).toBe(
      'CRM_MODEL_CHECK: calibration_end (1996-12-31) is before every transaction',
    );
    expect(call('1997-09-30', '1998-06-30', 'lifetimes')).toBe(
      'CRM_MODEL_CHECK: model must be "bgnbd", "mbgnbd" or "paretonbd", not "lifetimes"',
    );
    expect(call([['1997-09-30', '1997-10-30']], '1998-06-30')).toBe(
      'CRM_MODEL_CHECK: calibration_end must be a single value',
    );
    expect(
      modelCheck([['A'], ['B']], [['1997-01-01'], ['1997-02-01']], [[1], [2]], '1997-03-01', '1997-04-01'),
    ).toBe(
      'CRM_MODEL_CHECK: on the orders up to calibration_end (1997-03-01): cannot fit BG/NBD: no customer has a repeat purchase',
    );
    expect(modelCheck()).toMatch(/^CRM_MODEL_CHECK: .*required/);
  });
});
