// The one bare address a follow-up may go to, from an Email cell that may hold a display name.
import { splitMailbox } from '../clean/split-mailbox';

/** The address to send to, or why the cell holds none. */
export type SendAddress = { ok: true; address: string } | { ok: false; reason: string };

const ADDRESS =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/**
 * The bare address of an Email cell: "Ana Silva <ana@example.com>" and `"Silva, Ana" <ana@…>`
 * give ana@example.com. A cell naming two addresses ("a@x.com, b@y.com"), or any comma, semicolon,
 * space or line break in the address, is refused: MailApp would take it for a list of recipients,
 * and a follow-up goes to one customer only.
 * @example sendAddress('"Silva, Ana" <ana@example.com>') // => { ok: true, address: 'ana@example.com' }
 */
export function sendAddress(cell: unknown): SendAddress {
  const text = typeof cell === 'string' ? cell.trim() : '';
  if (text === '') return { ok: false, reason: 'no email address' };
  const { address } = splitMailbox(text);
  if (/[,;\s]/.test(address)) return { ok: false, reason: `"${text}" is not one email address` };
  if (address.length > 254 || !ADDRESS.test(address) || address.includes('..'))
    return { ok: false, reason: `"${text}" is not a valid email address` };
  return { ok: true, address };
}
