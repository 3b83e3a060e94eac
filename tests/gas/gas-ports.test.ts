import { describe, expect, it } from 'vitest';
import { gasPorts } from '../../src/gas/gas-ports';
import { environment, inExecution } from './gas-globals';

describe('gasPorts', () => {
  it('wires the use-case ports to the bound spreadsheet, its properties, its lock, the triggers and the clock', () => {
    const env = environment();
    inExecution(env, () => {
      const ports = gasPorts();
      ports.workbook.createTab('Log');
      ports.lock.withLock(1000, () => ports.workbook.writeBlock('Log', 1, 1, [['Time']]));
      ports.store.set('k', 'v');
      expect(ports.workbook.readHeader('Log')).toEqual(['Time']);
      expect(ports.clock.now()).toBeInstanceOf(Date);
      ports.triggers.install('onNightlyRefresh', {
        kind: 'daily',
        hour: 2,
        timeZone: ports.workbook.timeZone(),
      });
    });
    expect(env.properties.document.get('k')).toBe('v');
    expect(env.triggers.triggers[0].schedule).toMatchObject({ atHour: 2, timeZone: 'Etc/UTC' });
  });
});
