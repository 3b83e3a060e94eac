// A mailbox (display name and address) as the From, To or Reply-To header of a message shows it.
import { encodedHeaderText, isPlainHeaderText } from './encoded-word';

/**
 * A mailbox as a header shows it: `Name <address>`, the name quoted when it has characters that
 * would otherwise be read as syntax, encoded when it is not ASCII; just the address without a name.
 * @example mailboxHeader('Ana, Shop', 'ana@example.com') // => '"Ana, Shop" <ana@example.com>'
 */
export function mailboxHeader(name: string | null, address: string): string {
  if (name === null || name.trim() === '') return address;
  const oneLine = name.replace(/\r\n|\r|\n/g, ' ');
  if (!isPlainHeaderText(oneLine)) return `${encodedHeaderText(oneLine)} <${address}>`;
  if (/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/.test(oneLine)) return `${oneLine} <${address}>`;
  return `"${oneLine.replace(/(["\\])/g, '\\$1')}" <${address}>`;
}
