import { createHmac } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { harness } from './bundle-harness';

type Page = { getContent(): string; getTitle(): string };

const token = (secret: string, id: string) =>
  createHmac('sha256', secret).update(`unsubscribe:${id}`).digest('base64url');

describe('doGet (the unsubscribe web app) on the bundle', () => {
  let h: ReturnType<typeof harness>;

  beforeEach(() => {
    h = harness();
    h.call('setUpWorkbook');
    h.call('runImport', {
      preset: 'generic',
      csv: 'Order ID,Email,Name,Date,Amount\nA-1,ana@example.com,Ana Silva,2024-05-02,12.50\nA-2,ben@example.com,Ben Okafor,2024-05-03,20\n',
      mapping: { 'Order ID': 'Order ID', Email: 'Email', Name: 'Name', Date: 'Date', Amount: 'Amount' },
    });
  });

  const customer = (email: string) => h.records('Customers').find((c) => c.Email === email)!;
  const open = (parameter: Record<string, string>) =>
    h.run('doGet', [{ parameter, queryString: '' }], { kind: 'web-app' }).value as Page;

  it('unsubscribes the customer named by a valid link, with the secret the script made itself', () => {
    const ana = String(customer('ana@example.com')['Customer ID']);
    // The first request makes the secret; the link of the next one is signed with it.
    expect(open({ c: ana, t: 'x' }).getContent()).toContain('This link is not valid');
    const secret = h.environment.properties.script.get('crm.signing-secret');
    expect(secret).toMatch(/^[0-9a-f-]{72}$/);
    const page = open({ c: ana, t: token(secret!, ana) });
    expect(page.getTitle()).toBe('You are unsubscribed');
    expect(page.getContent()).toContain('You will get no more emails.');
    expect(customer('ana@example.com')['Unsubscribed at']).toBeInstanceOf(Date);
    expect(customer('ben@example.com')['Unsubscribed at']).toBe('');
    const log = h.records('Log').at(-1)!;
    expect(log.Action).toBe('unsubscribe');
    expect(String(log.Details)).not.toContain('ana@');
  });

  it('refuses another customer’s token and a forged one, and names the sender escaped', () => {
    h.environment.properties.script.set('crm.signing-secret', 'test-secret');
    const settings = h.environment.workbook.sheets.find((s) => s.name === 'Settings')!;
    const row = settings.values.findIndex((r) => r[0] === 'Sender name');
    settings.values[row][1] = '<b>Lumen</b> & Co';
    const ana = String(customer('ana@example.com')['Customer ID']);
    const ben = String(customer('ben@example.com')['Customer ID']);
    for (const t of [token('test-secret', ben), token('guess', ana), '']) {
      expect(open({ c: ana, t }).getContent()).toContain('This link is not valid');
    }
    expect(customer('ana@example.com')['Unsubscribed at']).toBe('');
    const page = open({ c: ben, t: token('test-secret', ben) }).getContent();
    expect(page).toContain('You will get no more emails from &#60;b&#62;Lumen&#60;/b&#62; &#38; Co.');
    expect(page).not.toContain('<b>Lumen');
    const again = open({ c: ben, t: token('test-secret', ben) });
    expect(again.getContent()).toContain('You had already unsubscribed');
  });

  it('says when a signed link names nobody (a forgotten customer)', () => {
    h.environment.properties.script.set('crm.signing-secret', 'test-secret');
    expect(open({ c: 'C999999', t: token('test-secret', 'C999999') }).getTitle()).toBe(
      'You are not on the list',
    );
  });
});
