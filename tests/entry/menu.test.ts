import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { MENU_ITEMS, MENU_TITLE } from '../../src/entry/menu';
import { bundle, harness } from './bundle-harness';

const SHOPIFY = readFileSync(`${__dirname}/../fixtures/imports/shopify_orders_export.csv`, 'utf8');

describe('the Solo CRM menu in the bundle', () => {
  let code = '';
  beforeAll(() => {
    code = readFileSync(bundle(), 'utf8');
  });

  it('onOpen adds the menu with every item of product.md and each item is a top-level function', () => {
    const h = harness();
    h.run('onOpen', [{}], { kind: 'simple-trigger' });
    const [menu] = h.environment.uiLog.ofKind('menu');
    expect(menu.title).toBe(MENU_TITLE);
    const captions = menu.entries.flatMap((e) => (e.kind === 'item' ? [e.caption] : []));
    expect(captions).toEqual([
      'Open sidebar',
      'Set up',
      'Import…',
      'Refresh analytics',
      'Undo last operation',
      'Export customer…',
      'Forget customer…',
      'Preview follow-ups',
      'Check follow-up fields',
      'Send me a test follow-up…',
      'Send follow-ups now',
      'Turn on automation',
      'Turn off automation',
      'Turn on nightly refresh',
      'Turn off nightly refresh',
    ]);
    for (const item of MENU_ITEMS) {
      if (item) expect(code).toMatch(new RegExp(`^function ${item.functionName}\\(`, 'm'));
    }
  });

  it('Set up creates the tabs and says so; a second run says nothing changed', () => {
    const h = harness();
    h.run('menuSetUp', [], { kind: 'menu' });
    h.run('menuSetUp', [], { kind: 'menu' });
    const alerts = h.environment.uiLog.ofKind('alert');
    expect(alerts[0].prompt).toMatch(/^Created: Customers, Orders, Deals, Tasks, Interactions/);
    expect(alerts[1].prompt).toBe('Every tab and column is already there; nothing was changed.');
  });

  it('Import… opens the sidebar', () => {
    const h = harness();
    h.run('menuImport', [], { kind: 'menu' });
    expect(h.environment.uiLog.ofKind('sidebar')).toHaveLength(1);
  });

  it('Refresh analytics reports what it did', () => {
    const h = harness();
    h.call('setUpWorkbook');
    h.call('runImport', { preset: 'shopify', csv: SHOPIFY });
    h.run('menuRefreshAnalytics', [], { kind: 'menu' });
    const [alert] = h.environment.uiLog.ofKind('alert');
    expect(alert.prompt).toMatch(/^23 customers updated from 2\d orders \(EUR\)\./);
    expect(alert.prompt).toContain('Little data yet: the estimates are rough.');
  });

  it('Export customer… asks who and shows their data escaped in a dialog', () => {
    const h = harness();
    h.call('setUpWorkbook');
    h.call('runImport', { preset: 'shopify', csv: SHOPIFY });
    h.environment.uiLog.answer('OK', 'nina@example.com');
    h.run('menuExportCustomer', [], { kind: 'menu' });
    const [dialog] = h.environment.uiLog.events.flatMap((e) => (e.kind === 'modal-dialog' ? [e] : []));
    expect(dialog.title).toBe('Customer data');
    // Her name in the fixture is a formula-looking text, held as text (getValues returns it without the
    // apostrophe that kept it text): shown escaped, never as markup.
    expect(dialog.html).toContain(
      '"Name": "=HYPERLINK(\\&#34;http://evil.example\\&#34;'.replace(/"/g, '&#34;'),
    );
    expect(dialog.html).not.toContain('<a ');
  });

  it('Forget customer… asks, confirms, and does nothing when the user says No', () => {
    const h = harness();
    h.call('setUpWorkbook');
    h.call('runImport', { preset: 'shopify', csv: SHOPIFY });
    h.environment.uiLog.answer('OK', 'ana.silva@gmail.com').answer('NO');
    h.run('menuForgetCustomer', [], { kind: 'menu' });
    expect(h.records('Customers')[0].Email).toBe('ana.silva@gmail.com');
    h.environment.uiLog.answer('OK', 'ana.silva@gmail.com').answer('YES');
    h.run('menuForgetCustomer', [], { kind: 'menu' });
    expect(h.records('Customers')[0]).toMatchObject({ 'Customer ID': 'ANON-1', Email: '', Name: '' });
    const alerts = h.environment.uiLog.ofKind('alert');
    expect(alerts[alerts.length - 1].prompt).toBe(
      'Done: their rows now refer to ANON-1. Undo can restore them.',
    );
  });

  it('Undo last operation asks first, then restores', () => {
    const h = harness();
    h.call('setUpWorkbook');
    h.run('menuUndoLastOperation', [], { kind: 'menu' });
    expect(h.environment.uiLog.ofKind('alert')[0].prompt).toBe('There is no operation to undo.');
    h.call('runImport', { preset: 'shopify', csv: SHOPIFY });
    h.environment.uiLog.answer('YES');
    h.run('menuUndoLastOperation', [], { kind: 'menu' });
    expect(h.records('Orders')).toHaveLength(0);
    const alerts = h.environment.uiLog.ofKind('alert');
    expect(alerts[1].prompt).toMatch(/^Undo the shopify import of 2024-06-01 12:00\?$/);
    expect(alerts[2].prompt).toBe(
      'Undone: Customers (restored 0, removed 23, put back 0); Orders (restored 0, removed 24, put back 0)',
    );
  });

  it('a failing action shows an alert instead of failing the execution', () => {
    const h = harness();
    // No Customers tab yet: refresh cannot run.
    h.run('menuRefreshAnalytics', [], { kind: 'menu' });
    expect(h.environment.uiLog.ofKind('alert')[0].prompt).toBe(
      'Nothing was changed by the part that failed: The Customers tab is missing; run Set up first.',
    );
  });
});
