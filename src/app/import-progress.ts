// Where an import that ran out of time stopped, kept in document properties so the next run of the same file continues.
import type { KeyValueStore } from './ports';

const PROGRESS_KEY = 'crm.import.progress';

/** The record the import of this file continues from: where a run of the same file stopped, else 0. */
export function importResumesAt(store: KeyValueStore, fileKey: string): number {
  const saved = store.get(PROGRESS_KEY);
  const progress = saved ? (JSON.parse(saved) as { fileKey: string; next: number }) : null;
  return progress && progress.fileKey === fileKey ? progress.next : 0;
}

/** Saves where the import of a file stopped (`next`), or forgets it when the import is complete (null). */
export function saveImportProgress(store: KeyValueStore, fileKey: string, next: number | null): void {
  if (next === null) store.delete(PROGRESS_KEY);
  else store.set(PROGRESS_KEY, JSON.stringify({ fileKey, next }));
}
