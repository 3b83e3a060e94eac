// The matching form of an email address: trimmed, lower-cased, optionally with Gmail's dots and +tags dropped.
import { splitMailbox } from './split-mailbox';

export interface EmailOptions {
  /**
   * Gmail delivers "A.Na+shop@googlemail.com" to ana@gmail.com: drop dots and a "+tag" of the
   * local part for gmail.com and googlemail.com. Off by default because other providers do not.
   */
  gmailDots?: boolean;
}

// Deliberately loose (one @, a dot in the domain, no spaces): the goal is a key, not RFC 5322 validation.
const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The address trimmed, without a leading apostrophe or "mailto:", taken out of a mailbox
 * ("Ana Silva <ana@example.com>", see splitMailbox), lower-cased (providers treat
 * local parts case-insensitively in practice); with `gmailDots`, Gmail dots and +tags dropped and
 * googlemail.com read as gmail.com. Returns '' when the value is not an address.
 * @example normalizeEmail('  Ana.Silva+shop@GoogleMail.com ', { gmailDots: true }) // => 'anasilva@gmail.com'
 */
export function normalizeEmail(value: unknown, options: EmailOptions = {}): string {
  if (typeof value !== 'string') return '';
  const text = splitMailbox(value.trim().replace(/^'/, ''))
    .address.replace(/^mailto:/i, '')
    .trim()
    .toLowerCase();
  if (!ADDRESS.test(text)) return '';
  if (!options.gmailDots) return text;
  const at = text.lastIndexOf('@');
  const domain = text.slice(at + 1);
  if (domain !== 'gmail.com' && domain !== 'googlemail.com') return text;
  const local = text.slice(0, at).replace(/\+.*$/, '').replace(/\./g, '');
  return local ? `${local}@gmail.com` : '';
}
