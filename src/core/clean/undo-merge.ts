// Reverses a merge from its recorded changes, without overwriting what the user edited since.
import type { FieldChange } from './plan-merge';

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b || String(a ?? '') === String(b ?? '');
}

/**
 * The values that undo `changes` on `current`: each field still holding the merge's `after`
 * value gets its `before` value back. A field changed again since (by the user or a later
 * import) is left as it is and listed in `kept`, so undo never destroys newer work.
 */
export function undoMerge(
  current: Readonly<Record<string, unknown>>,
  changes: readonly FieldChange[],
): { restore: Record<string, unknown>; kept: string[] } {
  const restore: Record<string, unknown> = {};
  const kept: string[] = [];
  for (const change of changes) {
    if (same(current[change.field], change.after)) restore[change.field] = change.before;
    else kept.push(change.field);
  }
  return { restore, kept };
}
