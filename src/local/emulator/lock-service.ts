// Emulated LockService: document, script and user locks with real mutual exclusion across executions and threads.
import type { ServiceMeter } from './service-meter';

/** Apps Script's text when waitLock gives up [developers.google.com/apps-script/reference/lock/lock]. */
export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

/** Which lock: one per script, one per bound document, one per user (the emulator runs as one user). */
export type LockScope = 'document' | 'script' | 'user';

const SLOT: Record<LockScope, number> = { document: 0, script: 1, user: 2 };
/** Int32 cells: one owner token per lock, then the counter that hands out tokens. */
const TOKEN_COUNTER = 3;
const CELLS = 4;

/**
 * Tokens of the executions that live on this thread. A lock held by one of them cannot be released
 * while this thread blocks, so a contender on the same thread must not block: it charges its wait to
 * the virtual clock and gives up. Module state is per thread, which is exactly the scope needed.
 */
const tokensOnThisThread = new Set<number>();

export type EmulatedLock = GoogleAppsScript.Lock.Lock;

export type EmulatedLockService = {
  getDocumentLock(): EmulatedLock | null;
  getScriptLock(): EmulatedLock;
  getUserLock(): EmulatedLock;
};

/**
 * The lock words, in a SharedArrayBuffer so that executions in other worker threads see them: each lock
 * is one Int32 holding its owner's token (0 when free), acquired with Atomics.compareExchange, waited on
 * with Atomics.wait and handed over with Atomics.notify. Pass `buffer` to a worker and build a second
 * table over it there.
 */
export class LockTable {
  readonly buffer: SharedArrayBuffer;
  private readonly words: Int32Array;
  /** Token per execution id, for the executions that started on this table. */
  private readonly tokens = new Map<string, number>();

  constructor(buffer?: SharedArrayBuffer) {
    this.buffer = buffer ?? new SharedArrayBuffer(CELLS * Int32Array.BYTES_PER_ELEMENT);
    if (this.buffer.byteLength < CELLS * Int32Array.BYTES_PER_ELEMENT) {
      throw new RangeError(`A LockTable needs ${CELLS * Int32Array.BYTES_PER_ELEMENT} bytes`);
    }
    this.words = new Int32Array(this.buffer, 0, CELLS);
  }

  /** The token that marks locks held by `executionId`, created on first use; unique across threads. */
  tokenOf(executionId: string): number {
    let token = this.tokens.get(executionId);
    if (token === undefined) {
      token = Atomics.add(this.words, TOKEN_COUNTER, 1) + 1;
      this.tokens.set(executionId, token);
      tokensOnThisThread.add(token);
    }
    return token;
  }

  /** Whether `executionId` holds the `scope` lock. */
  isHeldBy(scope: LockScope, executionId: string): boolean {
    const token = this.tokens.get(executionId);
    return token !== undefined && Atomics.load(this.words, SLOT[scope]) === token;
  }

  /** Whether anyone holds the `scope` lock. */
  isHeld(scope: LockScope): boolean {
    return Atomics.load(this.words, SLOT[scope]) !== 0;
  }

  /**
   * Tries to take the `scope` lock for `executionId` within `timeoutMs`. Already holding it counts as
   * success. Returns the outcome and the milliseconds spent waiting: when the holder runs on this thread
   * the wait is the whole timeout, charged without blocking; when it runs on another thread the wait is
   * real (Atomics.wait) and its measured length is returned.
   */
  acquire(scope: LockScope, executionId: string, timeoutMs: number): { acquired: boolean; waitedMs: number } {
    const slot = SLOT[scope];
    const token = this.tokenOf(executionId);
    const timeout = Math.max(0, Number(timeoutMs) || 0);
    const start = performance.now();
    for (;;) {
      const holder = Atomics.compareExchange(this.words, slot, 0, token);
      if (holder === 0 || holder === token)
        return { acquired: true, waitedMs: Math.round(performance.now() - start) };
      if (tokensOnThisThread.has(holder)) return { acquired: false, waitedMs: timeout };
      const remaining = timeout - (performance.now() - start);
      if (remaining <= 0) return { acquired: false, waitedMs: timeout };
      Atomics.wait(this.words, slot, holder, remaining);
    }
  }

  /** Releases the `scope` lock if `executionId` holds it and wakes one waiter. */
  release(scope: LockScope, executionId: string): void {
    const token = this.tokens.get(executionId);
    if (token === undefined) return;
    if (Atomics.compareExchange(this.words, SLOT[scope], token, 0) === token) {
      Atomics.notify(this.words, SLOT[scope], 1);
    }
  }

  /**
   * Releases every lock `executionId` holds and forgets it; the runtime calls this when an execution
   * ends, as Apps Script releases a finished execution's locks.
   */
  releaseAllHeldBy(executionId: string): void {
    for (const scope of Object.keys(SLOT) as LockScope[]) this.release(scope, executionId);
    const token = this.tokens.get(executionId);
    if (token !== undefined) tokensOnThisThread.delete(token);
    this.tokens.delete(executionId);
  }
}

function exception(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

function createLock(
  table: LockTable,
  scope: LockScope,
  meter: ServiceMeter,
  executionId: string,
): EmulatedLock {
  const lock: EmulatedLock = {
    tryLock(timeoutInMillis) {
      meter.call('Lock', 'tryLock');
      const { acquired, waitedMs } = table.acquire(scope, executionId, timeoutInMillis);
      meter.advance(waitedMs);
      return acquired;
    },
    waitLock(timeoutInMillis) {
      meter.call('Lock', 'waitLock');
      const { acquired, waitedMs } = table.acquire(scope, executionId, timeoutInMillis);
      meter.advance(waitedMs);
      if (!acquired) throw exception(LOCK_TIMEOUT_MESSAGE);
    },
    releaseLock() {
      meter.call('Lock', 'releaseLock');
      table.release(scope, executionId);
    },
    hasLock() {
      meter.call('Lock', 'hasLock');
      return table.isHeldBy(scope, executionId);
    },
  };
  return lock;
}

/**
 * LockService for the execution `executionId` over `table`. tryLock(ms) returns whether the lock was
 * taken; waitLock(ms) throws "Lock timeout: another process was holding the lock for too long." when it
 * was not. Waiting advances the virtual clock by the time waited (the whole timeout when the holder is
 * an execution on the same thread). getDocumentLock returns null when the script has no document and
 * in a web app execution: Google returns null "if called from a standalone script or web app"
 * [developers.google.com/apps-script/reference/lock/lock-service].
 */
export function createLockService(
  table: LockTable,
  meter: ServiceMeter,
  options: { executionId: string; hasDocument: boolean },
): EmulatedLockService {
  return {
    getDocumentLock() {
      meter.call('LockService', 'getDocumentLock');
      const inDocument = options.hasDocument && meter.kind !== 'web-app';
      return inDocument ? createLock(table, 'document', meter, options.executionId) : null;
    },
    getScriptLock() {
      meter.call('LockService', 'getScriptLock');
      return createLock(table, 'script', meter, options.executionId);
    },
    getUserLock() {
      meter.call('LockService', 'getUserLock');
      return createLock(table, 'user', meter, options.executionId);
    },
  };
}
