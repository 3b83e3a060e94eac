// What Undo would do, in words, before the user agrees to it.
import { describeOperation } from './describe-operation';
import type { Workbook } from './ports';
import { loadSnapshot } from './snapshot';

/** The operation Undo would undo and, per tab, what it would put back. */
export interface UndoPreview {
  /** "the shopify import of 2024-06-01 14:00". */
  operation: string;
  /** "Orders: removes 12 rows added, puts back 3 rows as they were". */
  tabs: string[];
}

/**
 * Reads the saved snapshot (one read of the hidden undo tab) and says, per tab, what Undo would
 * remove and restore; null when there is nothing to undo. Rows or cells edited since are left as
 * the user made them at undo time, which the preview says.
 */
export function previewUndo(workbook: Workbook): UndoPreview | null {
  const snapshot = loadSnapshot(workbook);
  if (!snapshot) return null;
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const tabs = snapshot.parts.map((part) => {
    if (part.kind === 'tab') return `${part.tab}: puts the whole tab back as it was`;
    if (part.kind === 'cells')
      return `${part.tab}: puts back ${plural(part.cells.length, 'cell')} as they were`;
    const actions = [
      part.added.length ? `removes ${plural(part.added.length, 'row')} it added` : '',
      part.before.length ? `puts back ${plural(part.before.length, 'row')} as they were` : '',
    ].filter(Boolean);
    return `${part.tab}: ${actions.join(', ') || 'nothing to change'}`;
  });
  return { operation: describeOperation(snapshot, workbook.timeZone()), tabs };
}
