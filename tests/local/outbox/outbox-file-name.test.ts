import { describe, expect, it } from 'vitest';
import type { SentMessage } from '../../../src/local/emulator/mail-app';
import { outboxFileName } from '../../../src/local/outbox/outbox-file-name';

function sent(to: string, at: string): SentMessage {
  return {
    to: [to],
    cc: [],
    bcc: [],
    replyTo: null,
    name: null,
    subject: 's',
    body: 'b',
    htmlBody: null,
    attachments: 0,
    noReply: false,
    sentAt: new Date(at),
  };
}

describe('outboxFileName', () => {
  it('names a message by its send time, its index and its recipient', () => {
    expect(outboxFileName(sent('Ana.Silva+vip@Example.com', '2025-03-01T09:00:00.800Z'), 1, 3)).toBe(
      '2025-03-01T09-00-00.800Z-0001-ana-silva-vip-example-com.eml',
    );
  });

  it('sorts by time, then by index, and pads the index to the width of the count', () => {
    const names = [
      outboxFileName(sent('b@example.com', '2025-03-01T10:00:00.000Z'), 3, 12_000),
      outboxFileName(sent('a@example.com', '2025-03-01T09:00:00.000Z'), 2, 12_000),
      outboxFileName(sent('c@example.com', '2025-03-01T09:00:00.000Z'), 1, 12_000),
    ];
    expect(names[0]).toBe('2025-03-01T10-00-00.000Z-00003-b-example-com.eml');
    expect([...names].sort()).toEqual([names[2], names[1], names[0]]);
  });

  it('cuts a long recipient to 40 characters without a trailing hyphen', () => {
    const name = outboxFileName(sent(`${'a'.repeat(39)}.b@example.com`, '2025-03-01T09:00:00Z'), 1, 1);
    expect(name).toBe(`2025-03-01T09-00-00.000Z-0001-${'a'.repeat(39)}.eml`);
  });
});
