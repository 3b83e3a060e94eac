// Refuses an export-customer --out path that would overwrite the workbook or another workbook with JSON.
import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { startsLikeZip, ZIP_SIGNATURE_LENGTH } from '../store/zip-signature';
import { UsageError } from './parse-args';

/** Whether the file at `path` opens as a zip archive (as every .xlsx does); false when it cannot be read. */
function fileStartsLikeZip(path: string): boolean {
  const head = Buffer.alloc(ZIP_SIGNATURE_LENGTH);
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    return readSync(fd, head, 0, head.length, 0) === head.length && startsLikeZip(head);
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
  if (/\.xlsx$/i.test(out) || (target?.isFile() && fileStartsLikeZip(out))) {
    throw new UsageError(
      `--out ${out} is ${target ? 'an existing' : 'named as an'} .xlsx workbook; JSON is not written over a workbook. Choose a .json file.`,
    );
  }
  if (target?.isDirectory()) throw new UsageError(`--out ${out} is a directory; name a file in it.`);
  if (!target && !statSync(dirname(resolve(out)), { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(`--out: the folder ${dirname(resolve(out))} does not exist.`);
  }
}
