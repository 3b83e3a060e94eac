// Splits a full name into first and last name for templates ("{{First name|there}}").
import { normalizeName } from './normalize-name';

/**
 * First and last name of a full name, after `normalizeName`. "Silva, Ana" (the comma form of
 * directories and billing exports) gives first "Ana", last "Silva"; otherwise the first word is
 * the first name and the rest the last name ("Ana de Souza" → "Ana" + "de Souza"). A single word
 * is a first name.
 * @example splitName('okafor, BEN') // => { first: 'Ben', last: 'Okafor' }
 */
export function splitName(value: unknown): { first: string; last: string } {
  const text = typeof value === 'string' ? value : '';
  const comma = text.indexOf(',');
  if (comma >= 0) {
    const last = normalizeName(text.slice(0, comma));
    const first = normalizeName(text.slice(comma + 1));
    if (first && last) return { first, last };
  }
  const name = normalizeName(text.replace(/,/g, ' '));
  if (!name) return { first: '', last: '' };
  const space = name.indexOf(' ');
  return space < 0 ? { first: name, last: '' } : { first: name.slice(0, space), last: name.slice(space + 1) };
}
