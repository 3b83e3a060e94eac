import { describe, expect, it } from 'vitest';
import { readSettings } from '../../../src/core/model/read-settings';

describe('readSettings', () => {
  it('gives every default on an empty Settings tab', () => {
    const { settings, problems } = readSettings([['Key', 'Value']]);
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      senderName: '',
      baseCurrency: 'USD',
      currencyRates: {},
      discountRate: 0.01,
      analyticsUnit: 'days',
      model: 'auto',
      triggerHour: 7,
      sendHours: { from: 9, to: 18 },
      dryRun: true,
      gmailDots: false,
      minDaysBetween: 7,
      acknowledgementSubject: 'We received your message',
      acknowledgementBody:
        'Hi {{First name|there}},\n\nThank you for writing to us. We read every message and will answer soon.',
    });
  });

  it('reads keys spelled loosely, checkbox and text values', () => {
    const cells = Object.freeze([
      ['Key', 'Value'],
      ['owner_email', ' me@example.com '],
      ['BASE CURRENCY', 'eur'],
      ['Currency rates', 'USD=0.92; GBP 1.17'],
      ['Discount rate', '2%'],
      ['Analytics unit', 'Weeks'],
      ['Model', 'Pareto/NBD'],
      ['Trigger hour', 6],
      ['Send hours', '8-20'],
      ['Dry run', false],
      ['Gmail dots', 'yes'],
      ['Default country', 'pt'],
      ['My own note', 'kept for the user'],
    ]);
    const { settings, problems } = readSettings(cells);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      ownerEmail: 'me@example.com',
      baseCurrency: 'EUR',
      currencyRates: { USD: 0.92, GBP: 1.17 },
      discountRate: 0.02,
      analyticsUnit: 'weeks',
      model: 'paretonbd',
      triggerHour: 6,
      sendHours: { from: 8, to: 20 },
      dryRun: false,
      gmailDots: true,
      defaultCountry: 'PT',
    });
  });

  it('reports a bad value with its row and keeps the default', () => {
    const { settings, problems } = readSettings([
      ['Key', 'Value'],
      ['Trigger hour', 31],
      ['Base currency', 'euro'],
      ['Send hours', '18-9'],
    ]);
    expect(settings.triggerHour).toBe(7);
    expect(settings.baseCurrency).toBe('USD');
    expect(settings.sendHours).toEqual({ from: 9, to: 18 });
    expect(problems.map((p) => p.row)).toEqual([2, 3, 4]);
    expect(problems[1].reason).toContain('Base currency');
  });

  it('explains each rejected value in plain English', () => {
    const { problems } = readSettings([
      ['Key', 'Value'],
      ['Trigger hour', 31],
      ['Owner email', 'nope'],
      ['Discount rate', 'abc'],
      ['Analytics unit', 'years'],
      ['Min days between', 1.5],
      ['Dry run', 'maybe'],
    ]);
    expect(problems.map((p) => p.reason)).toEqual([
      'Trigger hour: Too big: expected number to be <=23; default used',
      'Owner email: Invalid email address; default used',
      'Discount rate: Invalid input: expected number, received string; default used',
      'Analytics unit: Invalid option: expected one of "days"|"weeks"; default used',
      'Min days between: Invalid input: expected int, received number; default used',
      'Dry run: Invalid input: expected boolean, received string; default used',
    ]);
  });

  it('names the settings the tab sets: valid and not blank, keys matched loosely; unknown keys and defaults are not given', () => {
    const cells = Object.freeze([
      ['Key', 'Value'],
      ['BASE CURRENCY', 'eur'],
      ['Currency rates', ''], // blank: the default applies and is not given
      ['Trigger hour', 31], // invalid: the default applies and is not given
      ['dry_run', false], // a valid value that happens to be falsy
      ['Discount rate', 0],
      ['My own note', 'kept for the user'],
    ]);
    const { settings, given } = readSettings(cells);
    expect([...given].sort()).toEqual(['baseCurrency', 'discountRate', 'dryRun']);
    expect(settings).toMatchObject({ baseCurrency: 'EUR', currencyRates: {}, triggerHour: 7, dryRun: false });
    expect(readSettings([['Key', 'Value']]).given.size).toBe(0);
  });
});

describe('the Model setting', () => {
  it('reads the four choices in any spelling and refuses others', () => {
    const read = (value: unknown) =>
      readSettings([
        ['Key', 'Value'],
        ['Model', value],
      ]);
    expect(read('').settings.model).toBe('auto');
    expect(read('BG/NBD').settings.model).toBe('bgnbd');
    expect(read('MBG-NBD').settings.model).toBe('mbgnbd');
    const bad = read('lifetimes');
    expect(bad.settings.model).toBe('auto');
    expect(bad.problems.map((p) => p.field)).toEqual(['model']);
  });
});
