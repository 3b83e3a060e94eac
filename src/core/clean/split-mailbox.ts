// Splits an email cell written as a mailbox ("Ana Silva <ana@example.com>") into display name and address.

/** The parts of a mailbox: the display name ('' when none) and the address as written. */
export interface Mailbox {
  name: string;
  address: string;
}

/**
 * Reads RFC 5322's name-addr form, which mail clients and some exports write in email columns:
 * a display name (plain, or a quoted string where `\"` is a quote, as in `"Silva, Ana" <…>`)
 * followed by the address in angle brackets. Text without angle brackets is all address. A display
 * name that is itself an address ("ana@example.com" <ana@example.com>) is no name.
 * @example splitMailbox('"Name, Jr." <name@example.com>') // => { name: 'Name, Jr.', address: 'name@example.com' }
 */
export function splitMailbox(value: string): Mailbox {
  const text = value.trim();
  const match = /^([^<>]*?)\s*<([^<>]*)>$/s.exec(text);
  if (!match) return { name: '', address: text };
  let name = match[1].trim();
  if (name.length >= 2 && name.startsWith('"') && name.endsWith('"'))
    name = name.slice(1, -1).replace(/\\(.)/g, '$1');
  name = name.replace(/\s+/g, ' ').trim();
  return { name: name.includes('@') ? '' : name, address: match[2].trim() };
}
