// What identifies one version of a file on disk, to notice that another program replaced or changed it.
import { stat } from 'node:fs/promises';

/** The identity and last change of a file as the file system reports them (nanosecond times). */
export interface FileFingerprint {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
}

/**
 * The fingerprint of the file at `path`, or null when there is none. Any write changes the change time
 * (ctime) and any replacement changes the inode, so two equal fingerprints mean the same bytes were there.
 */
export async function fileFingerprint(path: string): Promise<FileFingerprint | null> {
  try {
    const stats = await stat(path, { bigint: true });
    return {
      dev: stats.dev,
      ino: stats.ino,
      size: stats.size,
      mtimeNs: stats.mtimeNs,
      ctimeNs: stats.ctimeNs,
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Whether two fingerprints (null: no file) are of the same version of a file. */
export function sameFingerprint(a: FileFingerprint | null, b: FileFingerprint | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.dev === b.dev &&
    a.ino === b.ino &&
    a.size === b.size &&
    a.mtimeNs === b.mtimeNs &&
    a.ctimeNs === b.ctimeNs
  );
}
