// A follow-up rule's subject and body filled in for one customer: subject, plain text and HTML with an unsubscribe footer.
import { escapeHtml } from '../clean/escape-html';
import type { Cell } from '../table/cell';
import type { CompiledTemplate } from './merge-fields';

/** One email ready to hand to the mailer. */
export interface RenderedEmail {
  subject: string;
  textBody: string;
  htmlBody: string;
}

/** A subject's longest length: Gmail shows far less, and a longer header gets folded by some servers. */
const SUBJECT_LIMIT = 250;

/** Whether a character code is a C0 control (line breaks among them), DEL, or a Unicode line or paragraph separator. */
function isControl(code: number): boolean {
  return code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029;
}

/**
 * The subject as one line: every line break and control character becomes a space (a subject holding
 * "\r\nBcc: …" cannot add a header), runs of spaces one, at most 250 characters.
 */
export function oneLineSubject(text: string): string {
  let spaced = '';
  for (const character of text) spaced += isControl(character.charCodeAt(0)) ? ' ' : character;
  const line = spaced.replace(/\s+/g, ' ').trim();
  return line.length > SUBJECT_LIMIT ? `${line.slice(0, SUBJECT_LIMIT - 1)}…` : line;
}

/** Plain text as HTML paragraphs: blank lines separate paragraphs, single line breaks stay. */
function paragraphs(escapedText: string): string {
  return escapedText
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => `<p>${block.replace(/\r?\n/g, '<br>')}</p>`)
    .join('\n');
}

/** What the footer says and links to. */
export interface EmailFooter {
  senderName: string;
  /** The customer's signed unsubscribe link; '' for a transactional email (an acknowledgement), which has none. */
  unsubscribeUrl: string;
}

/**
 * Renders `template` (compiled from the rule's subject and body) for one Customers row. The body is
 * plain text written in a cell: the text part is it with the values as they are; the HTML part
 * escapes the author's text and every value alike (a customer named `<img src=x onerror=…>` shows
 * as that text), so no sheet value is markup. Both end with the unsubscribe link.
 */
export function renderEmail(
  template: CompiledTemplate,
  texts: { subject: string; body: string },
  row: readonly Cell[],
  footer: EmailFooter,
): RenderedEmail {
  const subject = oneLineSubject(template.fill(texts.subject, row, (value) => value));
  const text = template.fill(texts.body, row, (value) => value).trim();
  const html = template.fill(escapeHtml(texts.body), row, escapeHtml);
  const from = footer.senderName ? ` from ${footer.senderName}` : '';
  const link = escapeHtml(footer.unsubscribeUrl);
  const unsubscribe = footer.unsubscribeUrl !== '';
  return {
    subject,
    textBody: unsubscribe
      ? `${text}\n\n--\nTo stop receiving these emails${from}, open ${footer.unsubscribeUrl}\n`
      : `${text}\n`,
    htmlBody: [
      '<div style="font-family:sans-serif;font-size:14px;line-height:1.5">',
      paragraphs(html),
      unsubscribe
        ? `<p style="margin-top:2em;font-size:12px;color:#666">You receive this email as a customer${escapeHtml(from)}. <a href="${link}">Unsubscribe</a></p>`
        : '',
      '</div>',
    ]
      .filter(Boolean)
      .join('\n'),
  };
}
