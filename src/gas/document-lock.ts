// Apps Script adapter of the Lock port: the document lock, always released in a finally block.
/// <reference types="google-apps-script" />
import type { Lock } from '../app/ports';

/** The Lock port over LockService's document lock (falls back to the script lock outside a bound document). */
export class DocumentLock implements Lock {
  /**
   * Runs `work` holding the lock; flushes pending spreadsheet writes before releasing it, so the
   * next holder sees them. Throws LockService's timeout error when the lock is busy for `timeoutMs`.
   */
  withLock<T>(timeoutMs: number, work: () => T): T {
    const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
    lock.waitLock(timeoutMs);
    try {
      return work();
    } finally {
      SpreadsheetApp.flush();
      lock.releaseLock();
    }
  }
}
