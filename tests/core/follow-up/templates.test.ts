import { describe, expect, it } from 'vitest';
import { compileTemplate, mergeFields } from '../../../src/core/follow-up/merge-fields';
import { oneLineSubject, renderEmail } from '../../../src/core/follow-up/render-email';
import { sendAddress } from '../../../src/core/follow-up/send-address';

const HEADER = ['Customer ID', 'Name', 'Email', 'Recommended', 'Company'];
const plain = (cell: unknown) => String(cell ?? '');

describe('merge fields', () => {
  it('reads columns and fallbacks, matching headers as everywhere (case, spaces, punctuation ignored)', () => {
    expect(mergeFields('Hi {{ First name | there }}, {{recommended}} {{Company|}}')).toEqual([
      { text: '{{ First name | there }}', column: 'First name', fallback: 'there' },
      { text: '{{recommended}}', column: 'recommended', fallback: undefined },
      { text: '{{Company|}}', column: 'Company', fallback: '' },
    ]);
    const template = compileTemplate(['{{First name|there}} {{ RECOMMENDED }} {{Nick}}'], HEADER, plain);
    expect(template.unknown).toEqual(['Nick']);
    const row = ['C1', 'silva, ana', 'a@x.com', 'Fig jam, Honey', ''];
    expect(template.fill('{{First name|there}} likes {{ RECOMMENDED }}', row, (v) => v)).toBe(
      'Ana likes Fig jam, Honey',
    );
    expect(template.fill('{{First name|there}}', ['C2', '', '', '', ''], (v) => v)).toBe('there');
  });

  it('lists the blank fields that have no fallback', () => {
    const template = compileTemplate(['{{Name}} {{Company|}} {{Recommended}}'], HEADER, plain);
    expect(template.blank(['C1', 'Ana', '', '', ''])).toEqual(['Recommended']);
    expect(template.blank(['C1', 'Ana', '', 'Tea', ''])).toEqual([]);
  });
});

describe('rendering', () => {
  const template = compileTemplate(
    ['Hi {{Name}}', 'Dear {{Name|friend}} & co,\n\nSee {{Recommended|our shop}}.'],
    HEADER,
    plain,
  );
  const texts = {
    subject: 'Hi {{Name}}',
    body: 'Dear {{Name|friend}} & co,\n\nSee {{Recommended|our shop}}.',
  };
  const footer = { senderName: 'Lumen', unsubscribeUrl: 'https://x.example/exec?c=C1&t=abc' };

  it('escapes values and the author text in HTML, keeps both in the plain text, and adds the unsubscribe footer', () => {
    const email = renderEmail(template, texts, ['C1', '<b>Ana</b>', '', '', ''], footer);
    expect(email.subject).toBe('Hi <b>Ana</b>');
    expect(email.textBody).toBe(
      'Dear <b>Ana</b> & co,\n\nSee our shop.\n\n--\nTo stop receiving these emails from Lumen, open https://x.example/exec?c=C1&t=abc\n',
    );
    expect(email.htmlBody).toContain(
      '<p>Dear &#60;b&#62;Ana&#60;/b&#62; &#38; co,</p>\n<p>See our shop.</p>',
    );
    expect(email.htmlBody).toContain('<a href="https://x.example/exec?c=C1&#38;t=abc">Unsubscribe</a>');
  });

  it('a subject loses line breaks and control characters, and is cut at 250 characters', () => {
    expect(oneLineSubject('Hello\r\nBcc: x@y.z\u2028\tthere\u0000')).toBe('Hello Bcc: x@y.z there');
    expect(oneLineSubject('a'.repeat(300))).toHaveLength(250);
  });
});

describe('sendAddress', () => {
  it('takes the address out of a display name, and refuses lists and malformed addresses', () => {
    expect(sendAddress('Ana Silva <ana@example.com>')).toEqual({ ok: true, address: 'ana@example.com' });
    expect(sendAddress('"Silva, Ana" <ana@example.com>')).toEqual({ ok: true, address: 'ana@example.com' });
    expect(sendAddress('a@example.com, b@example.com')).toEqual({
      ok: false,
      reason: '"a@example.com, b@example.com" is not one email address',
    });
    expect(sendAddress('ana@example')).toEqual({
      ok: false,
      reason: '"ana@example" is not a valid email address',
    });
    expect(sendAddress('ana..x@example.com').ok).toBe(false);
    expect(sendAddress('')).toEqual({ ok: false, reason: 'no email address' });
  });
});
