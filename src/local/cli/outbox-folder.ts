// Where tick writes the emails it sent: --outbox, or a folder named after the workbook beside it.
import { statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { type ParsedArgs, UsageError } from './parse-args';

/**
 * The folder of `--outbox`, else `<workbook name>-outbox` beside the workbook (shop.xlsx →
 * shop-outbox). Throws UsageError when it names an existing file that is not a folder.
 */
export function outboxFolder(args: ParsedArgs, workbook: string): string {
  const given = args.options.get('outbox');
  const folder =
    given ?? join(dirname(resolve(workbook)), `${basename(workbook).replace(/\.xlsx$/i, '')}-outbox`);
  const existing = statSync(folder, { throwIfNoEntry: false });
  if (existing && !existing.isDirectory()) {
    throw new UsageError(
      `--outbox ${folder} is a file, not a folder: the emails are written as files into a folder.`,
    );
  }
  return folder;
}
