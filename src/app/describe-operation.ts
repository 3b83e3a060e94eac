// How an undoable operation is named to the user: "the shopify import of 2024-06-01 14:00".
import { formatLocalTime } from '../core/clean/format-local-time';

/**
 * The operation of an undo snapshot in words, with its time in the spreadsheet's zone. An import's
 * operation is "import <channel> <file key>" (the key lets a resumed import add to its own
 * snapshot); people are told the channel only.
 * @example describeOperation({ operation: 'import shopify 9a…', takenAt: '2024-06-01T12:00:00Z' }, 'Etc/UTC')
 * // => 'the shopify import of 2024-06-01 12:00'
 */
export function describeOperation(
  snapshot: { operation: string; takenAt: string },
  timeZone: string,
): string {
  const [kind, channel] = snapshot.operation.split(' ');
  const what = kind === 'import' && channel ? `${channel} import` : snapshot.operation;
  return `the ${what} of ${formatLocalTime(snapshot.takenAt, timeZone)}`;
}
