// One run of a script: counts every service call and charges a virtual clock, with Apps Script's time limits.
import { callCostUs } from './call-costs';
import { customFunctionDenial } from './custom-function-access';
import { type FaultAction, type FaultPoint, FaultSchedule } from './fault-injection';
import type { ExecutionKind, ServiceMeter } from './service-meter';
import { simpleTriggerDenial } from './simple-trigger-access';
import { uiUnavailable } from './ui-availability';
import type { WorkbookData } from './workbook-data';

/** Apps Script's execution time limits [developers.google.com/apps-script/guides/services/quotas]. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
export const CUSTOM_FUNCTION_LIMIT_MS = 30 * 1000;
/** Simple triggers (onOpen, onEdit) "cannot run for longer than 30 seconds" [developers.google.com/apps-script/guides/triggers]. */
export const SIMPLE_TRIGGER_LIMIT_MS = 30 * 1000;

/** The time limit of an execution of `kind`. */
export function executionLimitMs(kind: ExecutionKind): number {
  if (kind === 'custom-function') return CUSTOM_FUNCTION_LIMIT_MS;
  if (kind === 'simple-trigger') return SIMPLE_TRIGGER_LIMIT_MS;
  return EXECUTION_LIMIT_MS;
}
/** The message Apps Script stops a script with once its time is up. */
export const TIME_LIMIT_MESSAGE = 'Exceeded maximum execution time';

export interface ExecutionOptions {
  kind: ExecutionKind;
  /** The workbook the execution works on; injected faults receive it. */
  workbook: WorkbookData;
  /** Virtual time at which the execution starts; the wall clock unless told. */
  start?: Date;
  /** Time limit; 6 minutes, or 30 s for a custom function or a simple trigger, unless told. */
  limitMs?: number;
  /** Identifies the execution (LockService tells lock holders apart by it); generated unless told. */
  id?: string;
}

let executionCounter = 0;

/**
 * An execution with a virtual clock. Each service call is counted under `Service.method` and advances
 * the clock by its cost from call-costs.ts. Once the elapsed virtual time reaches the limit, every
 * further call throws "Exceeded maximum execution time". In a 'custom-function' execution, calls a
 * custom function may not make throw Apps Script's permission error and are not counted, and so do calls
 * that need authorization in a 'simple-trigger' execution (AuthMode.LIMITED); in a 'trigger'
 * or 'web-app' execution getUi() throws "Cannot call SpreadsheetApp.getUi() from this context." (not counted).
 */
export class Execution implements ServiceMeter {
  readonly kind: ExecutionKind;
  readonly id: string;
  readonly limitMs: number;
  readonly startedAt: Date;
  readonly workbook: WorkbookData;
  /** Calls per `Service.method`, e.g. 'Range.getValues' -> 2. */
  readonly calls = new Map<string, number>();
  /** Calls per service, e.g. 'Range' -> 4. */
  readonly callsByService = new Map<string, number>();
  /** What the script threw, when it did (set by the runtime that ran it). */
  error: Error | undefined;
  /**
   * Whether a call hit the time limit. Apps Script ends such an execution there and then, so a script
   * that catches the error cannot carry on; the runtime reports the limit even when it did.
   */
  timedOut = false;
  private elapsedUs = 0;
  private readonly faults = new FaultSchedule();

  constructor(options: ExecutionOptions) {
    this.kind = options.kind;
    this.workbook = options.workbook;
    this.startedAt = new Date((options.start ?? new Date()).getTime());
    this.limitMs = options.limitMs ?? executionLimitMs(options.kind);
    executionCounter += 1;
    this.id = options.id ?? `execution-${executionCounter}`;
  }

  /**
   * Counts one call and charges its cost. Throws "Exceeded maximum execution time" when the limit has
   * been reached, the permission error for a call a custom function may not make, or whatever an
   * injected fault at this call throws (the call is counted and charged before its faults run).
   */
  call(service: string, method: string, cells?: number): void {
    if (this.elapsedUs >= this.limitMs * 1000) {
      this.timedOut = true;
      throw new Error(TIME_LIMIT_MESSAGE);
    }
    if (this.kind === 'custom-function') {
      const denial = customFunctionDenial(service, method);
      if (denial) throw new Error(denial);
    }
    if (this.kind === 'simple-trigger') {
      const denial = simpleTriggerDenial(service, method);
      if (denial) throw new Error(denial);
    }
    const noUi = uiUnavailable(this.kind, service, method);
    if (noUi) throw new Error(noUi);
    const name = `${service}.${method}`;
    const count = (this.calls.get(name) ?? 0) + 1;
    this.calls.set(name, count);
    this.callsByService.set(service, (this.callsByService.get(service) ?? 0) + 1);
    this.elapsedUs += callCostUs(service, method, cells);
    this.faults.fire(name, count, this.workbook);
  }

  /** The virtual clock: start plus the virtual time spent so far. */
  now(): Date {
    return new Date(this.startedAt.getTime() + Math.floor(this.elapsedUs / 1000));
  }

  /** Advances the virtual clock by `ms` without counting a call; throws RangeError for a negative `ms`. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`Cannot advance the clock by ${ms} ms`);
    this.elapsedUs += Math.round(ms * 1000);
  }

  /** Virtual milliseconds spent so far (fractions are kept: a local call costs 0.05 ms). */
  get elapsedMs(): number {
    return this.elapsedUs / 1000;
  }

  /** All calls counted so far. */
  get totalCalls(): number {
    let total = 0;
    for (const n of this.callsByService.values()) total += n;
    return total;
  }

  /** Calls of `name`: a 'Service.method' or a whole 'Service'; 0 when none. */
  count(name: string): number {
    return name.includes('.') ? (this.calls.get(name) ?? 0) : (this.callsByService.get(name) ?? 0);
  }

  /** Runs `action` on the workbook at `point`, just before that call takes effect (a concurrent edit). */
  injectAt(point: FaultPoint, action: FaultAction): void {
    this.faults.add(point, action);
  }

  /** Makes the call at `point` throw `message` before it takes effect (a crash mid-execution). */
  crashAt(
    point: FaultPoint,
    message = `Injected crash at ${point.service}.${point.method} #${point.occurrence}`,
  ): void {
    this.faults.add(point, () => {
      throw new Error(message);
    });
  }
}
