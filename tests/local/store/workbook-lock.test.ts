// lockWorkbook: the exclusive lock of one workbook file, a directory beside it, shared by every process.
import { mkdir, mkdtemp, realpath, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockWorkbook } from '../../../src/local/store/workbook-lock';
import { WorkbookStoreError } from '../../../src/local/store/workbook-store-error';

let directory: string;

beforeEach(async () => {
  directory = await realpath(await mkdtemp(join(tmpdir(), 'workbook-lock-')));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

describe('lockWorkbook', () => {
  it('holds a directory W.xlsx.lock beside the workbook until released, even before the workbook exists', async () => {
    const path = join(directory, 'shop.xlsx');
    const lock = await lockWorkbook(path);
    expect(lock.lockPath).toBe(`${path}.lock`);
    expect((await stat(lock.lockPath)).isDirectory()).toBe(true);
    expect(() => lock.assertHeld()).not.toThrow();
    await lock.release();
    expect(await exists(lock.lockPath)).toBe(false);
  });

  it('can be released twice', async () => {
    const lock = await lockWorkbook(join(directory, 'shop.xlsx'));
    const first = lock.release();
    expect(lock.release()).toBe(first);
    await first;
    await lock.release();
    expect(await exists(lock.lockPath)).toBe(false);
  });

  it('locks the real path, so two spellings of one workbook share one lock', async () => {
    await mkdir(join(directory, 'real'));
    await symlink(join(directory, 'real'), join(directory, 'link'));
    const lock = await lockWorkbook(join(directory, 'link', '..', 'link', 'shop.xlsx'));
    expect(lock.lockPath).toBe(join(directory, 'real', 'shop.xlsx.lock'));
    await lock.release();
  });

  it('refuses, naming the lock, when another command holds it past the wait', async () => {
    const path = join(directory, 'shop.xlsx');
    const held = await lockWorkbook(path);
    try {
      const error = await lockWorkbook(path, { waitMs: 400 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkbookStoreError);
      // 400 ms rounds to 0 s.
      expect((error as WorkbookStoreError).message).toBe(
        `${path}: another command has been working on this workbook for over 0 s (its lock is ${path}.lock); try again when it is done`,
      );
      expect((error as WorkbookStoreError).path).toBe(path);
    } finally {
      await held.release();
    }
  });

  it('tells the caller once it has waited, and takes the lock when the holder lets go', async () => {
    const path = join(directory, 'shop.xlsx');
    const held = await lockWorkbook(path);
    const notices: string[] = [];
    const waiting = lockWorkbook(path, {
      onWait: (lockPath) => {
        notices.push(lockPath);
        void held.release();
      },
    });
    const lock = await waiting;
    expect(notices).toEqual([`${path}.lock`]);
    expect(() => lock.assertHeld()).not.toThrow();
    await lock.release();
  });

  it('refuses, with the file system reason, a lock that cannot be made', async () => {
    const path = join(directory, 'no-such-folder', 'shop.xlsx');
    const error = await lockWorkbook(path, { waitMs: 200 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookStoreError);
    expect((error as WorkbookStoreError).reason).toMatch(
      new RegExp(
        `^cannot lock the workbook \\(${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\.lock\\): ENOENT`,
      ),
    );
  });
});
