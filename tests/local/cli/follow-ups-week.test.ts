import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/app/ports';
import { readWorkbookFile } from '../../../src/local/store/read-workbook';
import { writeWorkbook } from '../../../src/local/store/write-workbook';
import { parseEml } from '../outbox/parse-eml';
import { crmInProcess as crm } from './run-crm';
import { tempFolder } from './temp-folder';

// Three customers with a first order in the week before 2025-03-01; Cy gave no consent.
const ORDERS = [
  'Invoice,E-mail,Customer,Paid on,Total,Consent',
  'A-1,ana@example.com,Ana Silva,2025-02-26,40.00,yes',
  'B-1,ben@example.com,Ben Okafor,2025-02-27,25.00,yes',
  'C-1,cy@example.com,Cy Dane,2025-02-28,30.00,no',
].join('\n');
const MAPPING = 'Order ID=Invoice,Email=E-mail,Name=Customer,Date=Paid on,Amount=Total,Consent=Consent';

/** Sets cells of a tab by header, as the owner would type them in the sheet. */
async function edit(path: string, change: (tab: (name: string) => Cell[][]) => void): Promise<void> {
  const { workbook, source, properties } = await readWorkbookFile(path);
  change((name) => workbook.sheets.find((sheet) => sheet.name === name)!.values);
  await writeWorkbook(path, workbook, { source, properties });
}

function ok(run: { status: number | null; out: string; err: string }) {
  expect(run.status, run.err).toBe(0);
  return run;
}

describe('a week of follow-ups on the command line', () => {
  const temp = tempFolder('crm-week-');
  let book: string;
  let outbox: string;

  beforeAll(async () => {
    book = temp.file('shop.xlsx');
    outbox = temp.file('shop-outbox');
    ok(await crm('setup', '--workbook', book));
    // The workbook's clock is set first, so the import, the refresh and the triggers happen then.
    ok(
      await crm(
        'tick',
        '--workbook',
        book,
        '--from',
        '2025-03-01T00:00:00Z',
        '--until',
        '2025-03-01T00:00:00Z',
      ),
    );
    const csv = temp.file('orders.csv');
    writeFileSync(csv, `${ORDERS}\n`);
    ok(await crm('import', '--workbook', book, '--preset', 'generic', '--file', csv, '--map', MAPPING));
    ok(await crm('refresh', '--workbook', book));
    await edit(book, (tab) => {
      const followUps = tab('Follow-ups');
      const header = followUps[0].map(String);
      const row: Cell[] = header.map(() => '');
      const set = (name: string, value: Cell) => {
        row[header.indexOf(name)] = value;
      };
      set('Rule', 'welcome');
      set('Active', true);
      set('Audience', 'Orders >= 1');
      set('Trigger', 'days_after_first_order');
      set('Value', 0);
      set('Subject', 'Hi {{Name|there}}');
      set('Body', 'Thank you for your first order, {{Name|friend}}.');
      followUps.push(row);
      const settings = tab('Settings');
      const setting = (key: string, value: Cell) => {
        settings.find((r) => r[0] === key)![1] = value;
      };
      setting('Dry run', false);
      setting('Owner email', 'owner@example.com');
      setting('Sender name', 'Lumen Shop');
    });
  });

  it('previews the welcome emails without sending, and says why Cy is skipped', async () => {
    const preview = JSON.parse(
      ok(await crm('followups', '--workbook', book, '--dry-run', '--now', '2025-03-01T10:00:00Z', '--json'))
        .out,
    );
    expect(preview.planned.map((p: { email: string; subject: string }) => [p.email, p.subject])).toEqual([
      ['ana@example.com', 'Hi Ana Silva'],
      ['ben@example.com', 'Hi Ben Okafor'],
    ]);
    expect(preview.skipped.map((s: { email: string; reason: string }) => [s.email, s.reason])).toEqual([
      ['cy@example.com', 'no consent'],
    ]);
    expect((await crm('followups', '--workbook', book, '--now', '2025-03-01T10:00:00Z')).status).toBe(2);
  });

  it('installs the triggers, plays a week and writes one email per consenting customer, then a replay sends nothing', async () => {
    const installed = JSON.parse(ok(await crm('triggers', 'install', '--workbook', book, '--json')).out);
    expect(installed.changed).toEqual(['followups', 'refresh', 'form']);
    const listed = ok(await crm('triggers', 'list', '--workbook', book));
    expect(listed.out).toMatch(/followups +onFollowUpsTimer +on, every hour/);

    const week = JSON.parse(
      ok(
        await crm(
          'tick',
          '--workbook',
          book,
          '--until',
          '2025-03-08T00:00:00Z',
          '--mail-quota',
          '1500',
          '--json',
        ),
      ).out,
    );
    // Where the clock was set, plus the virtual time the import, refresh and install took there.
    expect(week.from).toMatch(/^2025-03-01T00:00:\d\d\.\d{3}Z$/);
    const handlers = new Set(week.runs.map((r: { handler: string }) => r.handler));
    expect(handlers).toEqual(new Set(['onFollowUpsTimer', 'onNightlyRefresh']));
    expect(week.runs.filter((r: { error: string | null }) => r.error !== null)).toEqual([]);
    expect(week.sent.map((s: { to: string[] }) => s.to)).toEqual([['ana@example.com'], ['ben@example.com']]);

    const files = readdirSync(outbox).sort();
    expect(files).toHaveLength(2);
    const emails = files.map((file) => parseEml(readFileSync(join(outbox, file), 'utf8')));
    expect(emails.map((e) => [e.headers.get('to'), e.headers.get('subject')])).toEqual([
      ['ana@example.com', 'Hi Ana Silva'],
      ['ben@example.com', 'Hi Ben Okafor'],
    ]);
    for (const email of emails) {
      expect(email.headers.get('from')).toBe('Lumen Shop <owner@example.com>');
      expect(email.parts.map((part) => part.headers.get('content-type'))).toEqual([
        'text/plain; charset=UTF-8',
        'text/html; charset=UTF-8',
      ]);
    }
    expect(emails[0].parts[0].text).toContain('Thank you for your first order, Ana Silva.');

    const replay = JSON.parse(
      ok(
        await crm(
          'tick',
          '--workbook',
          book,
          '--from',
          '2025-03-01T00:00:00Z',
          '--until',
          '2025-03-08T00:00:00Z',
          '--json',
        ),
      ).out,
    );
    expect(replay.runs.length).toBe(week.runs.length);
    expect(replay.sent).toEqual([]);
    expect(readdirSync(outbox)).toHaveLength(2);
  });
});
