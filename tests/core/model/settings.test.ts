import { describe, expect, it } from 'vitest';
import { readSetting, settingsFrom } from '../../../src/core/model/settings';

describe('readSetting', () => {
  it('reads each value as the Settings tab gives it', () => {
    expect(readSetting('discountRate', '150%')).toEqual({
      ok: false,
      reason: 'Too big: expected number to be <=1',
    });
    expect(readSetting('discountRate', '1%')).toEqual({ ok: true, value: 0.01 });
    expect(readSetting('currencyRates', 'usd=1; usd=2')).toEqual({ ok: true, value: { USD: 2 } });
    expect(readSetting('sendHours', '9:00 – 17:00')).toEqual({ ok: true, value: { from: 9, to: 17 } });
    expect(readSetting('ownerEmail', '')).toEqual({ ok: true, value: undefined });
  });

  it('explains the refusals a cell of any type can get', () => {
    const reasons = [
      readSetting('triggerHour', 1e20),
      readSetting('triggerHour', -2),
      readSetting('minDaysBetween', 'Infinity'),
      readSetting('discountRate', Number.NaN),
      readSetting('sendHours', new Date(2026, 0, 1)),
      readSetting('sendHours', '25-30'),
      readSetting('sendHours', '9-30'),
      readSetting('sendHours', '5-5'),
      readSetting('sendHours', 9),
      readSetting('currencyRates', 'USD=0'),
      readSetting('currencyRates', new Date(2026, 0, 1)),
      readSetting('ownerEmail', 5),
      readSetting('senderName', true),
      readSetting('baseCurrency', 'euro'),
      readSetting('defaultCountry', 'prt'),
      readSetting('analyticsUnit', 7),
      readSetting('gmailDots', 1),
    ].map((reading) => (reading.ok ? 'accepted' : reading.reason));
    expect(reasons).toEqual([
      'Too big: expected int to be <=9007199254740991',
      'Too small: expected number to be >=0',
      'Invalid input: expected number, received Infinity',
      'Invalid input: expected number, received NaN',
      'Invalid input: expected number, received undefined',
      'Too big: expected number to be <=23',
      'Too big: expected number to be <=24',
      'start must be before end',
      'Invalid input: expected object, received number',
      'Too small: expected number to be >0',
      'Invalid input: expected record, received Date',
      'Invalid input: expected string, received number',
      'Invalid input: expected string, received boolean',
      'must be a 3-letter currency code',
      'must be a 2-letter country code',
      'Invalid option: expected one of "days"|"weeks"',
      'Invalid input: expected boolean, received number',
    ]);
  });
});

describe('settingsFrom', () => {
  it('defaults what is not given and keeps a blank optional setting as present but undefined', () => {
    const settings = settingsFrom({ ownerEmail: '', triggerHour: '6' });
    expect(Object.keys(settings)).toEqual([
      'ownerEmail',
      'senderName',
      'baseCurrency',
      'currencyRates',
      'discountRate',
      'analyticsUnit',
      'model',
      'triggerHour',
      'sendHours',
      'dryRun',
      'gmailDots',
      'minDaysBetween',
      'acknowledgementSubject',
      'acknowledgementBody',
    ]);
    expect(settings.ownerEmail).toBeUndefined();
    expect(settings.triggerHour).toBe(6);
    // Each call gets its own default objects, so changing one never changes the next defaults.
    settingsFrom({}).sendHours.from = 0;
    expect(settingsFrom({}).sendHours).toEqual({ from: 9, to: 18 });
  });
});
