// Replace a file atomically: write a unique temp file beside it, fsync, rename over the target.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

/**
 * Runs `write` on a stream into a new temp file in the target's directory (so the rename cannot cross file
 * systems), waits for the stream to finish, fsyncs the file, renames it over `path` and fsyncs the
 * directory. Readers see the old file or the new one, never a part. When anything fails the temp file is
 * removed, the target is left as it was, and the original error is rethrown.
 */
export async function writeFileAtomically(
  path: string,
  write: (stream: Writable) => Promise<void>,
): Promise<void> {
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
    await handle.sync();
    await handle.close();
    closed = true;
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
