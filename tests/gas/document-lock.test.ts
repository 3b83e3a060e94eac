import { describe, expect, it } from 'vitest';
import { DocumentLock } from '../../src/gas/document-lock';
import { createLockService } from '../../src/local/emulator/lock-service';
import { environment, inExecution } from './gas-globals';

describe('DocumentLock over the emulated LockService', () => {
  it('holds the document lock while the work runs and releases it, also when the work throws', () => {
    const env = environment();
    const execution = inExecution(env, () => {
      const lock = new DocumentLock();
      expect(lock.withLock(1000, () => LockService.getDocumentLock()!.hasLock())).toBe(true);
      expect(LockService.getDocumentLock()!.hasLock()).toBe(false);
      expect(() =>
        lock.withLock(1000, () => {
          throw new Error('boom');
        }),
      ).toThrow('boom');
      expect(LockService.getDocumentLock()!.hasLock()).toBe(false);
    });
    // Pending writes are flushed before each release.
    expect(execution.count('SpreadsheetApp.flush')).toBe(2);
  });

  it('throws LockService’s timeout when another execution holds the lock', () => {
    const env = environment();
    const holder = env.startExecution('editor');
    const held = createLockService(env.locks, holder, {
      executionId: holder.id,
      hasDocument: true,
    }).getDocumentLock()!;
    held.waitLock(1000);
    inExecution(env, () => {
      expect(() => new DocumentLock().withLock(500, () => 'never')).toThrow(
        'Lock timeout: another process was holding the lock for too long.',
      );
    });
    held.releaseLock();
  });
});
