// Replace a file atomically: write a unique temp file beside it, fsync, rename over the target.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, readdir, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { type FileFingerprint, fileFingerprint, sameFingerprint } from './file-fingerprint';
import { WorkbookStoreError } from './workbook-store-error';

/** Why a write was refused when another program changed the file after it was read. */
export const CHANGED_SINCE_READ =
  'the file was changed by another program since it was read; that version is kept and nothing was written (run the command again on it)';

export interface AtomicWriteOptions {
  /**
   * The version of the target the new content was made from (null: there was no file). When given, the
   * target is checked just before the rename and the write fails, leaving the target as it is, if another
   * program changed, replaced, created or removed it meanwhile.
   */
  expected?: FileFingerprint | null;
}

/** The temp files of `target`: `.NAME.PID.UUID.tmp` beside it. */
function tempPattern(target: string): RegExp {
  const name = basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\.${name}\\.(\\d+)\\.[0-9a-f-]{36}\\.tmp$`);
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temp files a writer of `target` left behind when it was killed mid-write (its process no
 * longer runs). Temp files of running processes are left alone: they may still be renamed into place.
 */
export async function removeStaleTempFiles(target: string): Promise<void> {
  const pattern = tempPattern(target);
  let names: string[];
  try {
    names = await readdir(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1] ?? Number.NaN);
    if (!Number.isInteger(pid) || pid === process.pid || processIsAlive(pid)) continue;
    await unlink(join(dirname(target), name)).catch(() => {});
  }
}

/**
 * Runs `write` on a stream into a new temp file in the target's directory (so the rename cannot cross file
 * systems), waits for the stream to finish, gives the temp file the target's permissions (and owner, when
 * allowed), fsyncs it, checks the target is still the version expected (see AtomicWriteOptions), renames
 * the temp file over `path` and fsyncs the directory. Readers see the old file or the new one, never a
 * part. A symlink at `path` is kept and the file it points to replaced. Temp files left by killed writers
 * are removed first. When anything fails the temp file is removed,
 * the target is left as it was, and the error is rethrown (a WorkbookStoreError when the target changed).
 */
export async function writeFileAtomically(
  given: string,
  write: (stream: Writable) => Promise<void>,
  options: AtomicWriteOptions = {},
): Promise<void> {
  // A symlink stays a symlink: the file it points to is the one replaced.
  const path = await realpath(given).catch(() => given);
  await removeStaleTempFiles(path);
  const current = await stat(path).catch(() => null);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomUUID()}.tmp`);
  // 'wx' fails rather than reuse a path some other writer holds.
  const handle = await open(temp, 'wx');
  let closed = false;
  try {
    const stream = createWriteStream('', { fd: handle.fd, autoClose: false });
    const finished = new Promise<void>((resolve, reject) => {
      stream.once('finish', resolve);
      stream.once('error', reject);
    });
    // Awaited below; this keeps an early stream error from counting as unhandled meanwhile.
    finished.catch(() => {});
    try {
      await write(stream);
      if (!stream.writableEnded) stream.end();
      await finished;
    } catch (error) {
      stream.destroy();
      throw error;
    }
    if (current) {
      // The replacement is the same file to its user: same permissions, and same owner when root writes.
      await handle.chmod(current.mode & 0o7777);
      if (current.uid !== process.getuid?.() || current.gid !== process.getgid?.()) {
        await handle.chown(current.uid, current.gid).catch(() => {});
      }
    }
    await handle.sync();
    await handle.close();
    closed = true;
    if (options.expected !== undefined && !sameFingerprint(await fileFingerprint(path), options.expected)) {
      throw new WorkbookStoreError(given, CHANGED_SINCE_READ);
    }
    await rename(temp, path);
  } catch (error) {
    if (!closed) await handle.close().catch(() => {});
    await unlink(temp).catch(() => {});
    throw error;
  }
  await syncDirectory(dirname(path));
}

/** Makes the rename itself durable; some platforms cannot open a directory, which only costs durability. */
async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: the data is already on disk under its final name.
  }
}
