// The error every workbook store failure rejects with: which file, and why.

/** A failure to read or write a workbook file; the message names the path and the reason. */
export class WorkbookStoreError extends Error {
  readonly path: string;
  readonly reason: string;

  constructor(path: string, reason: string, options?: { cause?: unknown }) {
    super(`${path}: ${reason}`, options);
    this.name = 'WorkbookStoreError';
    this.path = path;
    this.reason = reason;
  }
}
