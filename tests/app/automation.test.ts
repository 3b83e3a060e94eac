import { describe, expect, it } from 'vitest';
import { installAutomation, listAutomation, MAX_TRIGGERS, removeAutomation } from '../../src/app/automation';
import { setup } from '../../src/app/setup';
import { setSettings } from './follow-up-fixture';
import { MemoryWorkbook, memoryPorts } from './memory-ports';

function world(zone = 'Europe/Lisbon') {
  const parts = memoryPorts();
  const workbook = new MemoryWorkbook(zone);
  const ports = { ...parts.ports, workbook };
  setup(ports);
  return { ports, workbook, triggers: parts.triggers };
}

describe('automation triggers', () => {
  it('installs follow-ups hourly, the refresh nightly and the form trigger, once however often asked', () => {
    const { ports, triggers } = world();
    expect(installAutomation(ports, 'all').changed).toEqual(['followups', 'refresh', 'form']);
    const again = installAutomation(ports, 'all');
    expect(again.changed).toEqual([]);
    expect(again.unchanged).toEqual(['followups', 'refresh', 'form']);
    expect(triggers.list()).toEqual([
      { handler: 'onFollowUpsTimer', kind: 'hourly', everyHours: 1 },
      { handler: 'onNightlyRefresh', kind: 'daily', hour: 7, timeZone: 'Europe/Lisbon' },
      { handler: 'onServiceFormSubmit', kind: 'form-submit' },
    ]);
    expect(listAutomation(ports).map((s) => s.schedule)).toEqual([
      'every hour',
      'daily at 7:00 (Europe/Lisbon)',
      'on each form answer',
    ]);
  });

  it("runs follow-ups daily at Settings' Follow-up hour, reinstalling when the hour changes", () => {
    const { ports, workbook, triggers } = world('Asia/Tokyo');
    setSettings(workbook, { 'Follow-up hour': 9 });
    installAutomation(ports, 'followups');
    setSettings(workbook, { 'Follow-up hour': 15 });
    expect(installAutomation(ports, 'followups').changed).toEqual(['followups']);
    expect(triggers.list()).toEqual([
      { handler: 'onFollowUpsTimer', kind: 'daily', hour: 15, timeZone: 'Asia/Tokyo' },
    ]);
  });

  it('removes what is on and says what was not', () => {
    const { ports, triggers } = world();
    installAutomation(ports, 'form');
    const report = removeAutomation(ports, 'all');
    expect(report.changed).toEqual(['form']);
    expect(report.unchanged).toEqual(['followups', 'refresh']);
    expect(triggers.list()).toEqual([]);
    expect(() => removeAutomation(ports, 'nightly' as never)).toThrow(
      '"nightly" is not one of all, followups, refresh, form.',
    );
  });

  it('refuses, before installing any, what would pass the 20-trigger limit', () => {
    const { ports, triggers } = world();
    for (let i = 0; i < MAX_TRIGGERS - 1; i++)
      triggers.install(`other${i}`, { kind: 'hourly', everyHours: 1 });
    expect(() => installAutomation(ports, 'all')).toThrow(
      /^Google allows 20 triggers per user for this script and 19 are installed \(other0, other1, .*other18\); remove some in Extensions > Apps Script > Triggers/,
    );
    expect(triggers.list()).toHaveLength(19);
    expect(installAutomation(ports, 'followups').changed).toEqual(['followups']);
    expect(triggers.list()).toHaveLength(20);
  });
});
