// Faults a test schedules at the n-th call of a service method: a concurrent edit or a crash.
import type { WorkbookData } from './workbook-data';

/** The n-th call (1-based `occurrence`) of `service.method` in one execution, e.g. the first Range.setValues. */
export interface FaultPoint {
  service: string;
  method: string;
  occurrence: number;
}

/** What happens at a fault point: it may edit the workbook (a user typing meanwhile) or throw (a crash). */
export type FaultAction = (workbook: WorkbookData) => void;

/** The faults scheduled for one execution, run by the execution's meter just before the call takes effect. */
export class FaultSchedule {
  private readonly faults = new Map<string, FaultAction[]>();

  /** Schedules `action` at `point`; several actions at one point run in the order they were added. */
  add(point: FaultPoint, action: FaultAction): void {
    if (!Number.isInteger(point.occurrence) || point.occurrence < 1) {
      throw new RangeError(`occurrence must be a positive integer, got ${point.occurrence}`);
    }
    const key = `${point.service}.${point.method}#${point.occurrence}`;
    const list = this.faults.get(key) ?? [];
    list.push(action);
    this.faults.set(key, list);
  }

  /** Runs the actions scheduled at the `occurrence`-th call of `name` ('Range.setValues'); rethrows what they throw. */
  fire(name: string, occurrence: number, workbook: WorkbookData): void {
    if (this.faults.size === 0) return;
    const actions = this.faults.get(`${name}#${occurrence}`);
    if (!actions) return;
    for (const action of actions) action(workbook);
  }
}
