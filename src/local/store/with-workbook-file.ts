// One command's read-modify-write of a workbook file: locked from the read to the write, checked before it.
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import type { WorkbookData } from '../emulator/workbook-data';
import { removeStaleTempFiles } from './atomic-write';
import { noProperties, type StoredProperties } from './property-tab';
import { readWorkbookFile } from './read-workbook';
import { lockWorkbook } from './workbook-lock';
import type { WorkbookSource } from './workbook-source';
import { WorkbookStoreError } from './workbook-store-error';
import { type WriteResult, writeWorkbook } from './write-workbook';

export interface WorkbookFileOptions {
  /** Whether the command writes the workbook back: then it is locked and must be writable. */
  writes: boolean;
  /** The workbook to start from when the file does not exist; without it a missing file is an error. */
  create?: () => WorkbookData;
  /** Told when another command holds the workbook and this one waits for it. */
  onWait?: (lockPath: string) => void;
}

/** The workbook of a running command. */
export interface OpenWorkbookFile {
  workbook: WorkbookData;
  /** The document and script properties the file carries (none for a new file). */
  properties: StoredProperties;
  /**
   * Writes `workbook` back over the file (see writeWorkbook), keeping what the file held besides, with
   * `properties` in its property tab (without them, the file's stay as they were).
   */
  save(workbook: WorkbookData, properties?: StoredProperties): Promise<WriteResult>;
}

/** Refuses a workbook whose permissions allow no writing (checked by its bits: root may write anything). */
async function checkWritable(path: string): Promise<void> {
  const stats = await stat(path).catch(() => null);
  if (!stats) return;
  const refused =
    (stats.mode & 0o222) === 0 ||
    (await access(path, constants.W_OK).then(
      () => false,
      () => true,
    ));
  if (refused) {
    throw new WorkbookStoreError(
      path,
      'the workbook is read-only; nothing was changed (make it writable, e.g. chmod u+w, to run this command)',
    );
  }
}

/**
 * Runs `work` on the workbook at `path`. A command that writes holds the workbook's exclusive lock
 * (lockWorkbook) from before the read until after the write, so two commands on one workbook run one
 * after the other and both land; temp files of killed writers are removed; a read-only file is refused
 * before anything runs. `save` writes into the file as read (the user's formatting stays) and fails,
 * keeping the other version, when another program changed the file after it was read.
 * Rejects with WorkbookStoreError for a missing (unless `create`), unreadable, read-only or changed file.
 */
export async function withWorkbookFile<T>(
  path: string,
  options: WorkbookFileOptions,
  work: (file: OpenWorkbookFile) => Promise<T>,
): Promise<T> {
  const lock = options.writes ? await lockWorkbook(path, { onWait: options.onWait }) : null;
  try {
    if (options.writes) {
      await removeStaleTempFiles(path);
      await checkWritable(path);
    }
    let workbook: WorkbookData;
    let source: WorkbookSource;
    let properties: StoredProperties;
    const exists = await stat(path).then(
      () => true,
      () => false,
    );
    if (!exists && options.create) {
      workbook = options.create();
      source = { fingerprint: null };
      properties = noProperties();
    } else {
      ({ workbook, source, properties } = await readWorkbookFile(path));
    }
    return await work({
      workbook,
      properties,
      async save(changed, changedProperties) {
        if (!lock) throw new WorkbookStoreError(path, 'opened for reading only; nothing was written');
        lock.assertHeld();
        return await writeWorkbook(path, changed, { source, properties: changedProperties });
      },
    });
  } finally {
    await lock?.release();
  }
}
