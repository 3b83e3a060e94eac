import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SentMessage } from '../../../src/local/emulator/mail-app';
import { writeOutbox } from '../../../src/local/outbox/write-outbox';
import { parseEml } from './parse-eml';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'outbox-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function sent(to: string, subject: string): SentMessage {
  return {
    to: [to],
    cc: [],
    bcc: [],
    replyTo: null,
    name: 'Shop',
    subject,
    body: `Hello ${to}`,
    htmlBody: `<p>Hello ${to}</p>`,
    attachments: 0,
    noReply: false,
    sentAt: new Date('2025-03-01T09:00:00Z'),
  };
}

describe('writeOutbox', () => {
  it('writes one .eml per message into a folder it creates, in order, and never over an earlier file', async () => {
    const outbox = join(dir, 'shop-outbox');
    const messages = [sent('ana@example.com', 'One'), sent('ben@example.com', 'Two')];
    const first = await writeOutbox(outbox, messages, 'owner@example.com');
    expect(first.map((path) => path.slice(outbox.length + 1))).toEqual([
      '2025-03-01T09-00-00.000Z-0001-ana-example-com.eml',
      '2025-03-01T09-00-00.000Z-0002-ben-example-com.eml',
    ]);
    const again = await writeOutbox(outbox, messages.slice(0, 1), 'owner@example.com');
    expect(again).toEqual([join(outbox, '2025-03-01T09-00-00.000Z-0001-ana-example-com-2.eml')]);
    expect((await readdir(outbox)).sort()).toHaveLength(3);
    const back = parseEml(await readFile(first[1], 'utf8'));
    expect(back.headers.get('to')).toBe('ben@example.com');
    expect(back.headers.get('subject')).toBe('Two');
    expect(back.headers.get('from')).toBe('Shop <owner@example.com>');
  });

  it('writes nothing, and makes no folder, when nothing was sent', async () => {
    expect(await writeOutbox(join(dir, 'none'), [], 'owner@example.com')).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });
});
