import { describe, expect, it } from 'vitest';
import type { ValidationRule } from '../../../src/local/emulator/workbook-data';
import { fromXlsxValidation, toXlsxValidation } from '../../../src/local/store/xlsx-validation';

const noRanges = () => null;

describe('toXlsxValidation', () => {
  it('writes a list inline with quotes doubled, stopping invalid entries', () => {
    expect(toXlsxValidation({ kind: 'list', values: ['New', 'Say "hi"'], allowInvalid: false })).toEqual({
      type: 'list',
      allowBlank: true,
      formulae: ['"New,Say ""hi"""'],
      showErrorMessage: true,
      errorStyle: 'stop',
    });
  });

  it('writes a checkbox as the list TRUE,FALSE and allowInvalid as a warning', () => {
    expect(toXlsxValidation({ kind: 'checkbox', allowInvalid: true })).toMatchObject({
      type: 'list',
      formulae: ['"TRUE,FALSE"'],
      errorStyle: 'warning',
    });
  });

  it('writes numbers between bounds as a decimal rule and dates as on or after 1900-01-01', () => {
    expect(toXlsxValidation({ kind: 'number-between', min: 0, max: 10, allowInvalid: false })).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 10],
    });
    // Excel serial 1 is 1900-01-01; in exceljs's 1899-12-30 epoch that is 1899-12-31.
    expect(toXlsxValidation({ kind: 'date', allowInvalid: false })).toMatchObject({
      type: 'date',
      operator: 'greaterThanOrEqual',
      formulae: [new Date(Date.UTC(1899, 11, 31))],
    });
  });

  it('throws for a list item with a comma or a list over 255 characters', () => {
    expect(() => toXlsxValidation({ kind: 'list', values: ['a,b'], allowInvalid: false })).toThrow(/comma/);
    // 26 items of 9 letters and 25 commas plus 2 quotes = 26 * 9 + 25 + 2 = 261 characters.
    const long = Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(9));
    expect(() => toXlsxValidation({ kind: 'list', values: long, allowInvalid: false })).toThrow(/255/);
  });
});

describe('fromXlsxValidation', () => {
  it('reads back every rule toXlsxValidation writes', () => {
    const rules: ValidationRule[] = [
      { kind: 'list', values: ['New', 'Won', 'Say "hi"'], allowInvalid: false },
      { kind: 'list', values: ['A'], allowInvalid: true },
      { kind: 'checkbox', allowInvalid: false },
      { kind: 'number-between', min: -1.5, max: 99, allowInvalid: true },
      { kind: 'date', allowInvalid: false },
    ];
    for (const rule of rules) expect(fromXlsxValidation(toXlsxValidation(rule), noRanges)).toEqual(rule);
  });

  it('resolves a list given as a range and treats a missing error message as allowing invalid entries', () => {
    const seen: string[] = [];
    const rule = fromXlsxValidation({ type: 'list', formulae: ['Lists!$A$1:$A$2'] }, (reference) => {
      seen.push(reference);
      return ['x', 'y'];
    });
    expect(seen).toEqual(['Lists!$A$1:$A$2']);
    expect(rule).toEqual({ kind: 'list', values: ['x', 'y'], allowInvalid: true });
  });

  it('reads a whole-number between rule, and skips kinds Solo CRM does not use', () => {
    expect(
      fromXlsxValidation(
        { type: 'whole', operator: 'between', formulae: [1, 5], showErrorMessage: true, errorStyle: 'stop' },
        noRanges,
      ),
    ).toEqual({ kind: 'number-between', min: 1, max: 5, allowInvalid: false });
    expect(
      fromXlsxValidation({ type: 'decimal', operator: 'greaterThan', formulae: [0] }, noRanges),
    ).toBeNull();
    expect(fromXlsxValidation({ type: 'custom', formulae: ['LEN(A1)>2'] }, noRanges)).toBeNull();
    expect(fromXlsxValidation({ type: 'list', formulae: ['Missing!A1:A3'] }, noRanges)).toBeNull();
  });
});
