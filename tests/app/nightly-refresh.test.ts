import { describe, expect, it } from 'vitest';
import { ensureNightlyRefresh, removeNightlyRefresh } from '../../src/app/nightly-refresh';
import { setup } from '../../src/app/setup';
import { MemoryWorkbook, memoryPorts } from './memory-ports';

/** Memory ports on a set-up workbook in `zone`. */
function setUp(zone = 'Etc/UTC') {
  const parts = memoryPorts();
  const workbook = new MemoryWorkbook(zone);
  const ports = { ...parts.ports, workbook };
  setup(ports);
  return { ports, workbook, triggers: parts.triggers };
}

describe('the nightly refresh trigger', () => {
  it("is installed once, daily at Settings' Trigger hour in the spreadsheet's zone", () => {
    const { ports, triggers } = setUp('Asia/Tokyo');
    // Settings "Trigger hour" defaults to 7 (core/model/settings.ts).
    expect(ensureNightlyRefresh(ports)).toEqual({ installed: true, hour: 7 });
    expect(ensureNightlyRefresh(ports)).toEqual({ installed: false, hour: 7 });
    expect(triggers.list()).toEqual([
      { handler: 'onNightlyRefresh', kind: 'daily', hour: 7, timeZone: 'Asia/Tokyo' },
    ]);
  });

  it('takes the hour the Settings tab gives', () => {
    const { ports, workbook, triggers } = setUp();
    const settings = workbook.tab('Settings').rows;
    const row = settings.findIndex((cells) => cells[0] === 'Trigger hour');
    settings[row][1] = 22;
    expect(ensureNightlyRefresh(ports)).toEqual({ installed: true, hour: 22 });
    expect(triggers.list()).toEqual([
      { handler: 'onNightlyRefresh', kind: 'daily', hour: 22, timeZone: 'Etc/UTC' },
    ]);
  });

  it('is not taken for another trigger, and is removed alone', () => {
    const { ports, triggers } = setUp();
    triggers.install('onFormAnswer', { kind: 'form-submit' });
    expect(ensureNightlyRefresh(ports).installed).toBe(true);
    expect(removeNightlyRefresh(ports)).toBe(true);
    expect(removeNightlyRefresh(ports)).toBe(false);
    expect(triggers.list()).toEqual([{ handler: 'onFormAnswer', kind: 'form-submit' }]);
  });
});
