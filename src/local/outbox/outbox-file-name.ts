// The name of a sent message's .eml file: sortable by send time, unique within its batch, telling whom it went to.
import type { SentMessage } from '../emulator/mail-app';

/** Longest recipient part of a name: enough to recognise the address. */
const SLUG_LENGTH = 40;

/** The first recipient as lowercase letters, digits and single hyphens, e.g. "ana-silva-example-com". */
function recipientSlug(message: SentMessage): string {
  const address = message.to[0] ?? message.cc[0] ?? message.bcc[0] ?? 'no-recipient';
  return (
    address
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, SLUG_LENGTH)
      .replace(/-+$/, '') || 'recipient'
  );
}

/**
 * `<send time in UTC>-<index>-<recipient>.eml`, e.g. "2025-03-01T09-00-00.800Z-0001-ana-example-com.eml":
 * the time has a fixed width (hyphens for colons, which some file systems refuse) so names sort by
 * send time, and the 1-based index, padded to the width of `count` (at least 4 digits), keeps apart
 * two messages of the same millisecond and keeps their order.
 */
export function outboxFileName(message: SentMessage, index: number, count: number): string {
  const time = message.sentAt.toISOString().replace(/:/g, '-');
  const width = Math.max(4, String(count).length);
  return `${time}-${String(index).padStart(width, '0')}-${recipientSlug(message)}.eml`;
}
