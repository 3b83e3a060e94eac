// Refuses an export-customer --out path that would overwrite the workbook or another workbook with JSON.
import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from './parse-args';

/** Every .xlsx is a zip archive, which starts with a local file header [PKWARE APPNOTE.TXT 4.3.7]. */
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function startsLikeZip(path: string): boolean {
  const head = Buffer.alloc(ZIP_SIGNATURE.length);
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(ZIP_SIGNATURE);
  } catch {
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function realPath(path: string): string {
  try {
    return realpathSync(resolve(path));
  } catch {
    return resolve(path);
  }
}

/**
 * Throws UsageError when `out` names the workbook at `workbook` (under any spelling, through a symlink,
 * or as a hard link to the same file: same real path, or same device and inode), names an .xlsx file or
 * an existing zip archive (a workbook JSON would replace), is a directory, or sits in a missing folder.
 */
export function checkOutputPath(out: string, workbook: string): void {
  const target = statSync(out, { throwIfNoEntry: false });
  const book = statSync(workbook, { throwIfNoEntry: false });
  const sameFile =
    realPath(out) === realPath(workbook) ||
    (target !== undefined && book !== undefined && target.dev === book.dev && target.ino === book.ino);
  if (sameFile) {
    throw new UsageError(
      `--out ${out} is the workbook itself (${workbook}); the JSON would replace it. Choose another file, e.g. customer.json.`,
    );
  }
  if (/\.xlsx$/i.test(out) || (target?.isFile() && startsLikeZip(out))) {
    throw new UsageError(
      `--out ${out} is ${target ? 'an existing' : 'named as an'} .xlsx workbook; JSON is not written over a workbook. Choose a .json file.`,
    );
  }
  if (target?.isDirectory()) throw new UsageError(`--out ${out} is a directory; name a file in it.`);
  if (!target && !statSync(dirname(resolve(out)), { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(`--out: the folder ${dirname(resolve(out))} does not exist.`);
  }
}
