// An exclusive lock on one workbook file, shared by every process, held for a whole read-modify-write.
import { realpath } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { WorkbookStoreError } from './workbook-store-error';

/**
 * A lock whose holder stops refreshing it for this long is taken to be left by a killed process. The holder
 * refreshes it every half of this from its own thread, so a long synchronous command does not lose it.
 */
const STALE_MS = 10_000;

/** How long to wait for another command on the same workbook before giving up. */
const DEFAULT_WAIT_MS = 10 * 60_000;

/** How often a waiting process tries again. */
const RETRY_MS = 100;

/** After this long waiting, the caller is told (so a terminal user knows why nothing happens). */
const WAIT_NOTICE_MS = 1_000;

/**
 * The lock runs in a worker thread: proper-lockfile keeps a held lock fresh by touching it on a timer,
 * which the main thread cannot run while the bundle executes synchronously for seconds on end.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const lockfile = require(workerData.module);
const retries = Math.ceil(workerData.waitMs / workerData.retryMs);
lockfile
  .lock(workerData.target, {
    realpath: false,
    lockfilePath: workerData.lockPath,
    stale: workerData.staleMs,
    retries: { retries, factor: 1, minTimeout: workerData.retryMs, maxTimeout: workerData.retryMs },
    onCompromised: (error) => parentPort.postMessage({ kind: 'compromised', message: error.message }),
  })
  .then(
    (release) => {
      parentPort.postMessage({ kind: 'locked' });
      parentPort.once('message', () => {
        release().then(
          () => parentPort.postMessage({ kind: 'released' }),
          (error) => parentPort.postMessage({ kind: 'released', message: error.message }),
        );
      });
    },
    (error) => parentPort.postMessage({ kind: 'failed', code: error.code, message: error.message }),
  );
`;

interface WorkerMessage {
  kind: 'locked' | 'failed' | 'compromised' | 'released';
  code?: string;
  message?: string;
}

export interface WorkbookLockOptions {
  /** Called once when the lock is held by another process for more than a second. */
  onWait?: (lockPath: string) => void;
  /** How long to wait for the other process; default ten minutes. */
  waitMs?: number;
}

/** One held lock. */
export interface WorkbookLock {
  /** The lock directory beside the workbook (`W.xlsx.lock`). */
  readonly lockPath: string;
  /** Throws WorkbookStoreError when the lock was lost (taken over as stale), so nothing may be written. */
  assertHeld(): void;
  /** Releases the lock; safe to call more than once. */
  release(): Promise<void>;
}

/** The real path of the workbook, or of its folder when it does not exist yet, so every spelling agrees. */
async function canonicalPath(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return join(await realpath(dirname(resolve(path))).catch(() => dirname(resolve(path))), basename(path));
  }
}

/**
 * Takes the exclusive lock of the workbook at `path` (which need not exist yet): a directory
 * `W.xlsx.lock` beside its real path, made with mkdir, which is atomic on local and network file systems
 * (proper-lockfile). Waits while another process holds it; a lock not refreshed for 10 seconds (its
 * holder was killed) is taken over. Rejects with WorkbookStoreError when the wait times out or the lock
 * cannot be made (a read-only folder).
 */
export async function lockWorkbook(path: string, options: WorkbookLockOptions = {}): Promise<WorkbookLock> {
  const target = await canonicalPath(path);
  const lockPath = `${target}.lock`;
  const waitMs = options.waitMs ?? DEFAULT_WAIT_MS;
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      module: createRequire(import.meta.url).resolve('proper-lockfile'),
      target,
      lockPath,
      staleMs: STALE_MS,
      retryMs: RETRY_MS,
      waitMs,
    },
  });
  let compromised: string | null = null;
  const notice = setTimeout(() => options.onWait?.(lockPath), WAIT_NOTICE_MS);
  try {
    await new Promise<void>((resolveLock, rejectLock) => {
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'locked') resolveLock();
        else if (message.kind === 'compromised') compromised = message.message ?? 'lost';
        else if (message.kind === 'failed') {
          const reason =
            message.code === 'ELOCKED'
              ? `another command has been working on this workbook for over ${Math.round(waitMs / 1000)} s (its lock is ${lockPath}); try again when it is done`
              : `cannot lock the workbook (${lockPath}): ${message.message}`;
          rejectLock(new WorkbookStoreError(path, reason));
        }
      });
      worker.once('error', (error) =>
        rejectLock(
          new WorkbookStoreError(path, `cannot lock the workbook: ${error.message}`, { cause: error }),
        ),
      );
    });
  } catch (error) {
    await worker.terminate();
    throw error;
  } finally {
    clearTimeout(notice);
  }
  let released: Promise<void> | null = null;
  return {
    lockPath,
    assertHeld() {
      if (compromised !== null) {
        throw new WorkbookStoreError(
          path,
          `another process took over the workbook's lock (${compromised}); nothing was written`,
        );
      }
    },
    release() {
      released ??= new Promise<void>((done) => {
        worker.once('message', () => done());
        worker.once('exit', () => done());
        worker.postMessage('release');
      }).then(async () => {
        await worker.terminate();
      });
      return released;
    },
  };
}
