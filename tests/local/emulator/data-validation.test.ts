import { describe, expect, it } from 'vitest';
import { EmulatedDataValidationBuilder } from '../../../src/local/emulator/data-validation';
import { TestMeter } from './test-meter';

describe('DataValidationBuilder', () => {
  it('builds each criterion, allowing invalid input by default as Google does', () => {
    const b = () => new EmulatedDataValidationBuilder(new TestMeter());
    expect(b().requireValueInList(['a', 'b'], true).build().rule).toEqual({
      kind: 'list',
      values: ['a', 'b'],
      allowInvalid: true,
    });
    expect(b().requireNumberBetween(0, 10).build().rule).toEqual({
      kind: 'number-between',
      min: 0,
      max: 10,
      allowInvalid: true,
    });
    expect(b().requireDate().build().rule).toEqual({ kind: 'date', allowInvalid: true });
    expect(b().requireCheckbox().build().rule).toEqual({ kind: 'checkbox', allowInvalid: true });
  });

  it('setAllowInvalid(false) rejects invalid input, in any order with the criterion', () => {
    const rule = new EmulatedDataValidationBuilder(new TestMeter())
      .setAllowInvalid(false)
      .requireCheckbox()
      .build();
    expect(rule.getAllowInvalid()).toBe(false);
    expect(rule.rule).toEqual({ kind: 'checkbox', allowInvalid: false });
  });

  it('reports criteria values like Apps Script', () => {
    const meter = new TestMeter();
    expect(
      new EmulatedDataValidationBuilder(meter).requireNumberBetween(1, 5).build().getCriteriaValues(),
    ).toEqual([1, 5]);
    expect(new EmulatedDataValidationBuilder(meter).requireDate().build().getCriteriaValues()).toEqual([]);
  });

  it('build without a criterion throws', () => {
    expect(() => new EmulatedDataValidationBuilder(new TestMeter()).build()).toThrow(
      'You must specify a criteria type.',
    );
  });

  it('counts each builder call', () => {
    const meter = new TestMeter();
    new EmulatedDataValidationBuilder(meter).requireValueInList(['x']).setAllowInvalid(false).build();
    expect(meter.calls).toEqual([
      'DataValidationBuilder.requireValueInList',
      'DataValidationBuilder.setAllowInvalid',
      'DataValidationBuilder.build',
    ]);
  });
});
