// The seam between every emulated service and the execution model: each service call goes through it.

/** Where an execution was started from; it decides what the script may use. */
export type ExecutionKind =
  | 'editor'
  | 'simple-trigger'
  | 'menu'
  | 'sidebar'
  | 'trigger'
  | 'web-app'
  | 'custom-function';

export interface ServiceMeter {
  /** What started the running execution. */
  readonly kind: ExecutionKind;
  /**
   * Records one call of `service.method` (e.g. 'Range', 'getValues'): counts it, advances the
   * virtual clock by its cost, runs any fault injected at that call, and throws
   * "Exceeded maximum execution time" once the execution's time limit has passed.
   * Throws the Apps Script permission error when `kind` may not use the service.
   * `cells` is how many cells a call reads or writes (Range.getValues/setValues and the like):
   * their cost grows a little with it; leave it out for other calls.
   */
  call(service: string, method: string, cells?: number): void;
  /** The virtual clock's current time. */
  now(): Date;
  /** Advances the virtual clock without counting a call (Utilities.sleep, lock waits). */
  advance(ms: number): void;
}
