import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createLockService, LOCK_TIMEOUT_MESSAGE, LockTable } from '../../../src/local/emulator/lock-service';
import { TestMeter } from './test-meter';

// Behaviour: developers.google.com/apps-script/reference/lock/lock (tryLock returns a boolean, waitLock
// throws "Lock timeout: another process was holding the lock for too long.", getDocumentLock is null
// outside a bound document, locks are released when the execution ends).

describe('createLockService', () => {
  it('takes, reports and releases a lock', () => {
    const table = new LockTable();
    const lock = createLockService(table, new TestMeter(), {
      executionId: 'e1',
      hasDocument: true,
    }).getScriptLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(lock.tryLock(1000)).toBe(true); // holding it already counts as success
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect(table.isHeld('script')).toBe(false);
  });

  it('returns null for the document lock without a document', () => {
    const service = createLockService(new LockTable(), new TestMeter(), {
      executionId: 'e1',
      hasDocument: false,
    });
    expect(service.getDocumentLock()).toBeNull();
    expect(service.getUserLock()).not.toBeNull();
  });

  it('excludes an execution started from inside another one on the same thread', () => {
    const table = new LockTable();
    const outerMeter = new TestMeter();
    const outer = createLockService(table, outerMeter, { executionId: 'outer', hasDocument: true });
    outer.getScriptLock().waitLock(10_000);

    // The inner execution runs while the outer one holds the lock (as a fault injection would start it).
    const innerMeter = new TestMeter();
    const inner = createLockService(table, innerMeter, { executionId: 'inner', hasDocument: true });
    const start = innerMeter.now().getTime();
    expect(inner.getScriptLock().tryLock(5_000)).toBe(false);
    expect(innerMeter.now().getTime() - start).toBe(5_000); // the wait is charged to the virtual clock
    expect(() => inner.getScriptLock().waitLock(3_000)).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(innerMeter.now().getTime() - start).toBe(8_000);
    expect(inner.getScriptLock().hasLock()).toBe(false);

    // Different scopes are independent.
    expect(inner.getUserLock().tryLock(0)).toBe(true);
    expect(outer.getUserLock().tryLock(0)).toBe(false);

    table.releaseAllHeldBy('inner');
    expect(outer.getUserLock().tryLock(0)).toBe(true);
  });

  it('frees the locks of an execution that ended without releasing them', () => {
    const table = new LockTable();
    const first = createLockService(table, new TestMeter(), { executionId: 'first', hasDocument: true });
    first.getScriptLock().waitLock(100);
    first.getDocumentLock()!.waitLock(100);
    table.releaseAllHeldBy('first');
    const second = createLockService(table, new TestMeter(), { executionId: 'second', hasDocument: true });
    expect(second.getScriptLock().tryLock(0)).toBe(true);
    expect(second.getDocumentLock()!.tryLock(0)).toBe(true);
  });

  it('throws an Apps Script exception on timeout', () => {
    const table = new LockTable();
    createLockService(table, new TestMeter(), { executionId: 'a', hasDocument: true })
      .getScriptLock()
      .waitLock(0);
    const lock = createLockService(table, new TestMeter(), {
      executionId: 'b',
      hasDocument: true,
    }).getScriptLock();
    try {
      lock.waitLock(10);
      expect.unreachable();
    } catch (error) {
      expect(String(error)).toBe(
        'Exception: Lock timeout: another process was holding the lock for too long.',
      );
    }
  });

  it('can be rebuilt over an existing buffer', () => {
    const table = new LockTable();
    createLockService(table, new TestMeter(), { executionId: 'a', hasDocument: true })
      .getScriptLock()
      .waitLock(0);
    expect(new LockTable(table.buffer).isHeld('script')).toBe(true);
    expect(() => new LockTable(new SharedArrayBuffer(4))).toThrow(RangeError);
  });

  it('meters every call', () => {
    const meter = new TestMeter();
    const lock = createLockService(new LockTable(), meter, {
      executionId: 'a',
      hasDocument: true,
    }).getScriptLock();
    lock.tryLock(0);
    lock.releaseLock();
    expect(meter.calls).toEqual(['LockService.getScriptLock', 'Lock.tryLock', 'Lock.releaseLock']);
  });
});

// Each worker builds its own LockTable over the shared buffer and runs `rounds` read-modify-write
// increments of a plain shared Int32 cell (cell 0) inside the script lock, with some work between the
// read and the write so that an unprotected section loses updates. Cell 1 counts workers inside the
// section at once; cell 2 is a start barrier.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { tsImport } = await import(workerData.tsxApi);
  const lockModule = await tsImport(workerData.lockModule, workerData.base);
  const { LockTable, createLockService } = lockModule;
  const table = new LockTable(workerData.locks);
  const counter = new Int32Array(workerData.counter);
  const meter = { kind: 'trigger', call() {}, now: () => new Date(0), advance() {} };
  let overlaps = 0;
  // Start barrier: both workers must be loaded before either enters the loop, so that they contend.
  Atomics.add(counter, 2, 1);
  Atomics.notify(counter, 2);
  for (let seen = Atomics.load(counter, 2); seen < 2; seen = Atomics.load(counter, 2)) Atomics.wait(counter, 2, seen, 1000);
  for (let i = 0; i < workerData.rounds; i++) {
    const executionId = workerData.name + '-' + i;
    const lock = createLockService(table, meter, { executionId, hasDocument: true }).getScriptLock();
    lock.waitLock(30000);
    if (Atomics.add(counter, 1, 1) !== 0) overlaps++;
    const seen = counter[0];
    for (let spin = 0; spin < 200; spin++) Math.sqrt(spin);
    counter[0] = seen + 1;
    Atomics.sub(counter, 1, 1);
    table.releaseAllHeldBy(executionId);
  }
  parentPort.postMessage({ overlaps });
})().catch((error) => parentPort.postMessage({ error: String(error && error.stack || error) }));
`;

/** tsx's ESM API entry, resolved here (through its exports map) so the worker finds it from any directory. */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8'));
  return pathToFileURL(join(dirname(manifest), exports['./esm/api'].import.default)).href;
}

function runWorker(
  name: string,
  locks: SharedArrayBuffer,
  counter: SharedArrayBuffer,
  rounds: number,
): Promise<{ overlaps: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        name,
        locks,
        counter,
        rounds,
        lockModule: new URL('../../../src/local/emulator/lock-service.ts', import.meta.url).href,
        base: import.meta.url,
        tsxApi: tsxEsmApi(),
      },
    });
    worker.once('message', (message: { overlaps: number; error?: string }) => {
      void worker.terminate();
      if (message.error) reject(new Error(message.error));
      else resolve(message);
    });
    worker.once('error', reject);
  });
}

describe('LockTable across worker threads', () => {
  it('never lets two workers hold the script lock together: no lost update', async () => {
    const table = new LockTable();
    const counter = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
    const rounds = 2000;
    const results = await Promise.all([
      runWorker('a', table.buffer, counter, rounds),
      runWorker('b', table.buffer, counter, rounds),
    ]);
    // computed by hand: 2 workers × 2000 increments = 4000 when no update is lost
    expect(new Int32Array(counter)[0]).toBe(4000);
    expect(results.map((r) => r.overlaps)).toEqual([0, 0]);
    expect(table.isHeld('script')).toBe(false);
  });
});
