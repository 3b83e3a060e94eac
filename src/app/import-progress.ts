// Where an import that ran out of time stopped, kept in the document properties for its next execution.
import type { KeyValueStore } from './ports';

/** The document property that holds the progress of the import under way. */
export const PROGRESS_KEY = 'crm.import.progress';

/** An import under way: the file (its key, see ParsedImport.fileKey) and the first record not yet imported. */
export interface ImportProgress {
  fileKey: string;
  next: number;
}

/** Why a stored value is not an ImportProgress, or '' when it is one. */
function problem(value: unknown): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'not an object';
  const { fileKey, next } = value as Record<string, unknown>;
  if (typeof fileKey !== 'string' || fileKey === '') return 'its fileKey is not a file key';
  if (!Number.isInteger(next) || (next as number) < 0) return 'its next is not a record number';
  return '';
}

/**
 * The import progress as saved, or null when no import is under way. A value that is not one
 * (edited by hand, or written by something else) is deleted and reported: resuming from a wrong
 * place would skip records without a word, and starting over is safe (a record imported before is
 * not added again).
 * @throws {Error} naming the property and what is wrong with it, once it is cleared.
 */
export function readImportProgress(store: KeyValueStore): ImportProgress | null {
  const saved = store.get(PROGRESS_KEY);
  if (saved === null || saved === '') return null;
  let value: unknown;
  let why: string;
  try {
    value = JSON.parse(saved);
    why = problem(value);
  } catch {
    why = 'not JSON';
  }
  if (!why) {
    const { fileKey, next } = value as ImportProgress;
    return { fileKey, next };
  }
  store.delete(PROGRESS_KEY);
  throw new Error(
    `The saved progress of the last import (document property ${PROGRESS_KEY}) was damaged (${why}) and has been cleared: run the import again to start the file from its first record; records imported before are not added twice.`,
  );
}

/** Saves where the import stopped, or clears it when the import is complete (`progress` null). */
export function saveImportProgress(store: KeyValueStore, progress: ImportProgress | null): void {
  if (progress === null) store.delete(PROGRESS_KEY);
  else store.set(PROGRESS_KEY, JSON.stringify({ fileKey: progress.fileKey, next: progress.next }));
}

/** The record the import of this file continues from: where a run of the same file stopped, else 0. */
export function importResumesAt(store: KeyValueStore, fileKey: string): number {
  const progress = readImportProgress(store);
  return progress && progress.fileKey === fileKey ? progress.next : 0;
}
