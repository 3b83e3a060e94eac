import { beforeAll, describe, expect, it } from 'vitest';
import { emptyWorkbook } from '../../src/local/emulator/workbook-data';
import { bundle, harness } from './bundle-harness';

describe('nightly refresh trigger in the bundle', () => {
  beforeAll(() => {
    bundle();
  });

  it('is installed once at the Settings hour, however often it is turned on, and removed', () => {
    const h = harness();
    h.call('setUpWorkbook');
    h.run('installNightlyRefresh', [], { kind: 'menu' });
    h.run('installNightlyRefresh', [], { kind: 'menu' });
    const triggers = h.environment.triggers.triggers;
    expect(triggers).toHaveLength(1);
    // Settings "Trigger hour" defaults to 7 (core/model/settings.ts).
    expect(triggers[0]).toMatchObject({ handler: 'onNightlyRefresh', eventType: 'CLOCK' });
    expect(triggers[0].schedule).toMatchObject({ everyDays: 1, atHour: 7 });
    const alerts = h.environment.uiLog.ofKind('alert').map((a) => a.prompt);
    expect(alerts).toEqual([
      'Analytics will refresh every night at 7:00 (Settings, "Trigger hour").',
      'The nightly refresh is already on.',
    ]);
    h.run('removeNightlyRefresh', [], { kind: 'menu' });
    expect(h.environment.triggers.triggers).toHaveLength(0);
    h.run('removeNightlyRefresh', [], { kind: 'menu' });
    expect(
      h.environment.uiLog
        .ofKind('alert')
        .map((a) => a.prompt)
        .slice(2),
    ).toEqual(['The nightly refresh is off.', 'The nightly refresh was not on.']);
  });

  it('the handler refreshes analytics and logs it', () => {
    const h = harness();
    h.call('setUpWorkbook');
    h.run('onNightlyRefresh', [{}], { kind: 'trigger' });
    expect(h.records('Log').map((l) => l.Action)).toEqual(['setup', 'refresh']);
    expect(h.records('Dashboard')[0]).toMatchObject({ KPI: 'Customers', Value: 0 });
  });

  it('a failing run leaves a Log row, since nobody sees a trigger’s errors', () => {
    const h = harness();
    h.call('setUpWorkbook');
    // The owner deletes Customers: the refresh cannot run.
    h.environment.workbook.sheets = h.environment.workbook.sheets.filter((s) => s.name !== 'Customers');
    const result = h.runtime.run('onNightlyRefresh', [{}], { kind: 'trigger' });
    expect(result.error?.message).toBe('The Customers tab is missing; run Set up first.');
    const log = h.records('Log');
    expect(log[log.length - 1]).toMatchObject({
      Action: 'refresh (nightly)',
      Result: 'failed',
      Details: 'The Customers tab is missing; run Set up first.',
    });
  });

  it("runs every night at the Settings hour on the spreadsheet's wall clock, its schedule kept with the user", () => {
    const h = harness(emptyWorkbook('Tokyo shop', 'Asia/Tokyo'));
    h.call('setUpWorkbook');
    h.run('installNightlyRefresh', [], { kind: 'menu' });
    const [trigger] = h.environment.triggers.triggers;
    expect(trigger.schedule).toMatchObject({ everyDays: 1, atHour: 7, timeZone: 'Asia/Tokyo' });
    expect(Object.fromEntries(h.environment.properties.user)).toEqual({
      [`crm.trigger.${trigger.id}`]: '{"kind":"daily","hour":7,"timeZone":"Asia/Tokyo"}',
    });
    // 7:00 in Tokyo is 22:00 UTC the day before.
    const runs = h.environment.triggers.dueTriggers(
      new Date('2024-06-01T12:00:00Z'),
      new Date('2024-06-03T12:00:00Z'),
    );
    expect(runs.map((run) => run.at.toISOString())).toEqual([
      '2024-06-01T22:00:00.000Z',
      '2024-06-02T22:00:00.000Z',
    ]);
    h.run('removeNightlyRefresh', [], { kind: 'menu' });
    expect(h.environment.properties.user.size).toBe(0);
  });
});
