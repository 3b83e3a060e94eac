import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { harness } from './bundle-harness';

type TextOutput = { getContent(): string; getMimeType(): string };

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
  const idOf = (email: string) => String(customer(email)['Customer ID']);
  const open = (parameter: Record<string, string>) => {
    const result = h.run('doGet', [{ parameter, queryString: '' }], { kind: 'web-app' });
    return { output: result.value as TextOutput, execution: result.execution };
  };
  const queued = () =>
    [...h.environment.properties.script.entries()].filter(([key]) => key.startsWith('crm.unsubscribe.'));

  it('answers in plain text with ContentService, calls no HtmlService and touches no spreadsheet', () => {
    const ana = idOf('ana@example.com');
    open({ c: ana, t: 'x' }); // the first request makes the secret
    const secret = h.environment.properties.script.get('crm.signing-secret')!;
    expect(secret).toMatch(/^[0-9a-f-]{72}$/);
    const { output, execution } = open({ c: ana, t: token(secret, ana) });
    expect(output.getMimeType()).toBe('TEXT');
    expect(output.getContent()).toBe('You are unsubscribed.\n\nYou will get no more emails from us.');
    expect(execution.count('ContentService.createTextOutput')).toBe(1);
    expect(execution.count('HtmlService')).toBe(0);
    expect(execution.count('HtmlOutput')).toBe(0);
    expect(execution.count('Range')).toBe(0);
    expect(execution.count('Spreadsheet')).toBe(0);
    expect(execution.count('SpreadsheetApp')).toBe(0);
    expect(execution.count('LockService.getScriptLock')).toBeGreaterThan(0);
    expect(execution.error).toBeUndefined();
  });

  it('queues a valid link in the script properties; the next bound execution writes Unsubscribed at', () => {
    h.environment.properties.script.set('crm.signing-secret', 'test-secret');
    const ana = idOf('ana@example.com');
    const before = h.environment.now.getTime();
    open({ c: ana, t: token('test-secret', ana) });
    const after = h.environment.now.getTime();
    expect(queued().map(([key]) => key)).toEqual([`crm.unsubscribe.${ana}`]);
    const opened = JSON.parse(queued()[0][1]).at as string;
    expect(new Date(opened).getTime()).toBeGreaterThanOrEqual(before);
    expect(new Date(opened).getTime()).toBeLessThanOrEqual(after);
    expect(customer('ana@example.com')['Unsubscribed at']).toBe('');
    // Opening it again keeps the first time.
    expect(open({ c: ana, t: token('test-secret', ana) }).output.getContent()).toContain(
      'You had already unsubscribed',
    );
    expect(queued()).toEqual([[`crm.unsubscribe.${ana}`, JSON.stringify({ at: opened })]]);

    h.call('refreshNow');
    expect(customer('ana@example.com')['Unsubscribed at']).toEqual(new Date(opened));
    expect(customer('ben@example.com')['Unsubscribed at']).toBe('');
    expect(queued()).toEqual([]);
    const log = h.records('Log').find((row) => row.Action === 'unsubscribe')!;
    expect(String(log.Details)).toContain(ana);
    expect(String(log.Details)).not.toContain('ana@');
  });

  it('applies the queue before an import and from the menu', () => {
    h.environment.properties.script.set('crm.signing-secret', 'test-secret');
    const ben = idOf('ben@example.com');
    open({ c: ben, t: token('test-secret', ben) });
    h.call('runImport', {
      preset: 'generic',
      csv: 'Order ID,Email,Name,Date,Amount\nA-3,cleo@example.com,Cleo Park,2024-05-04,8\n',
      mapping: { 'Order ID': 'Order ID', Email: 'Email', Name: 'Name', Date: 'Date', Amount: 'Amount' },
    });
    expect(customer('ben@example.com')['Unsubscribed at']).toBeInstanceOf(Date);
    const cleo = idOf('cleo@example.com');
    open({ c: cleo, t: token('test-secret', cleo) });
    h.environment.uiLog.answer('OK', cleo);
    h.run('menuExportCustomer', [], { kind: 'menu' });
    expect(customer('cleo@example.com')['Unsubscribed at']).toBeInstanceOf(Date);
    expect(queued()).toEqual([]);
  });

  it('queues nothing for a forged token or another customer’s, and says the link is not valid', () => {
    h.environment.properties.script.set('crm.signing-secret', 'test-secret');
    const ana = idOf('ana@example.com');
    const ben = idOf('ben@example.com');
    for (const t of [token('test-secret', ben), token('guess', ana), '']) {
      const { output } = open({ c: ana, t });
      expect(output.getContent()).toBe(
        'This link is not valid.\n\nOpen the unsubscribe link exactly as it is in the email, or reply to the email and ask to be removed.',
      );
    }
    expect(queued()).toEqual([]);
    h.call('refreshNow');
    expect(customer('ana@example.com')['Unsubscribed at']).toBe('');
  });

  it('needs no scope beyond the four of the manifest (no full spreadsheets scope)', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../appsscript.json', import.meta.url), 'utf8'));
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/script.send_mail',
    ]);
  });
});
