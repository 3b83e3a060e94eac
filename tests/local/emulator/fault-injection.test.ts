import { describe, expect, it } from 'vitest';
import { FaultSchedule } from '../../../src/local/emulator/fault-injection';
import { emptyWorkbook } from '../../../src/local/emulator/workbook-data';

describe('FaultSchedule', () => {
  it('fires the actions of the exact occurrence only, in the order they were added', () => {
    const schedule = new FaultSchedule();
    const seen: string[] = [];
    schedule.add({ service: 'Range', method: 'setValues', occurrence: 2 }, () => seen.push('first'));
    schedule.add({ service: 'Range', method: 'setValues', occurrence: 2 }, () => seen.push('second'));
    const workbook = emptyWorkbook();
    schedule.fire('Range.setValues', 1, workbook);
    schedule.fire('Range.getValues', 2, workbook);
    expect(seen).toEqual([]);
    schedule.fire('Range.setValues', 2, workbook);
    expect(seen).toEqual(['first', 'second']);
  });

  it('hands the workbook to the action and rethrows what it throws', () => {
    const schedule = new FaultSchedule();
    schedule.add({ service: 'Sheet', method: 'appendRow', occurrence: 1 }, (wb) => {
      wb.name = 'edited';
    });
    schedule.add({ service: 'Sheet', method: 'appendRow', occurrence: 3 }, () => {
      throw new Error('boom');
    });
    const workbook = emptyWorkbook();
    schedule.fire('Sheet.appendRow', 1, workbook);
    expect(workbook.name).toBe('edited');
    expect(() => schedule.fire('Sheet.appendRow', 3, workbook)).toThrow('boom');
  });

  it('rejects occurrences that are not positive integers', () => {
    const schedule = new FaultSchedule();
    expect(() => schedule.add({ service: 'Range', method: 'getValues', occurrence: 1.5 }, () => {})).toThrow(
      RangeError,
    );
    expect(() => schedule.add({ service: 'Range', method: 'getValues', occurrence: -1 }, () => {})).toThrow(
      RangeError,
    );
  });
});
