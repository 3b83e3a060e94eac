// How an undoable operation is named to the user: "the shopify import of 2024-06-01 14:00".
import { formatLocalTime } from '../core/clean/format-local-time';
import type { UndoOperation } from './undo-operation';

/**
 * The operation of an undo snapshot in words, with its time in the spreadsheet's zone. People are
 * told an import's channel, whole, not its file key.
 * @example describeOperation({ operation: { kind: 'import', channel: 'my shop', fileKey: 'generic:9a…' }, takenAt: '2024-06-01T12:00:00Z' }, 'Etc/UTC')
 * // => 'the my shop import of 2024-06-01 12:00'
 */
export function describeOperation(
  snapshot: { operation: UndoOperation; takenAt: string },
  timeZone: string,
): string {
  const { operation } = snapshot;
  const what =
    operation.kind === 'import'
      ? `${operation.channel} import`
      : operation.kind === 'segment'
        ? `save of segment "${operation.segment}"`
        : operation.kind;
  return `the ${what} of ${formatLocalTime(snapshot.takenAt, timeZone)}`;
}
