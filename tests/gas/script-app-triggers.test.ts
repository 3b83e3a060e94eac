import { describe, expect, it } from 'vitest';
import { ScriptAppTriggers } from '../../src/gas/script-app-triggers';
import { environment, inExecution } from './gas-globals';

describe('ScriptAppTriggers over the emulated ScriptApp', () => {
  it('installs a daily trigger at an hour in the spreadsheet zone, lists and removes it', () => {
    const env = environment();
    inExecution(env, () => {
      const triggers = new ScriptAppTriggers('Europe/Lisbon');
      triggers.installDaily('onNightlyRefresh', 3);
      triggers.installDaily('other', 5);
      expect(triggers.handlers()).toEqual(['onNightlyRefresh', 'other']);
      expect(triggers.remove('onNightlyRefresh')).toBe(1);
      expect(triggers.remove('onNightlyRefresh')).toBe(0);
      expect(triggers.handlers()).toEqual(['other']);
    });
    // What remains is "other": every day at 5:00 in the spreadsheet's zone.
    expect(env.triggers.triggers).toHaveLength(1);
    expect(env.triggers.triggers[0]).toMatchObject({ handler: 'other', eventType: 'CLOCK' });
    expect(env.triggers.triggers[0].schedule).toMatchObject({
      everyDays: 1,
      atHour: 5,
      timeZone: 'Europe/Lisbon',
    });
  });
});
