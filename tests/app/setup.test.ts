import { describe, expect, it } from 'vitest';
import { setup } from '../../src/app/setup';
import { TAB_LAYOUTS } from '../../src/app/tab-layouts';
import { memoryPorts } from './memory-ports';

describe('setup', () => {
  it('makes ID and free-text columns plain text ("@"), so Sheets keeps "00042" and long IDs as written', () => {
    const { ports, workbook } = memoryPorts();
    setup(ports);
    const formatOf = (tab: string, header: string) => {
      const column = workbook.tab(tab).rows[0].indexOf(header) + 1;
      expect(column).toBeGreaterThan(0);
      return workbook.tab(tab).formats.get(column);
    };
    const text: Array<[string, string[]]> = [
      ['Customers', ['Customer ID', 'Name', 'Email', 'Phone', 'Company', 'Tags', 'Notes', 'RFM']],
      ['Orders', ['Order ID', 'Customer ID', 'Email', 'Product', 'Channel', 'Currency']],
      ['Interactions', ['Customer ID', 'Subject', 'Notes']],
      ['Surveys', ['Email', 'Comment']],
      ['Follow-ups', ['Rule', 'Subject', 'Body', 'Send hours']],
      ['Outbox', ['Key', 'Customer ID', 'Subject']],
      ['Settings', ['Key']],
    ];
    for (const [tab, headers] of text) for (const header of headers) expect(formatOf(tab, header)).toBe('@');
    // Values, numbers and dates keep their own formats: the owner types numbers and checkboxes in Settings.
    expect(formatOf('Settings', 'Value')).toBeUndefined();
    expect(formatOf('Orders', 'Amount')).toBe('#,##0.00');
    expect(formatOf('Orders', 'Date')).toBe('yyyy-mm-dd');
  });

  it('creates every tab of product.md section 2 with headers, a frozen row, formats and validation', () => {
    const { ports, workbook } = memoryPorts();
    const report = setup(ports);
    // product.md section 2 lists ten tabs: Customers … Log.
    expect(report.createdTabs).toEqual([
      'Customers',
      'Orders',
      'Interactions',
      'Surveys',
      'Follow-ups',
      'Outbox',
      'Segments',
      'Dashboard',
      'Settings',
      'Log',
    ]);
    const customers = workbook.tab('Customers');
    // 11 user columns + 21 computed columns in product.md.
    expect(customers.rows[0]).toHaveLength(32);
    expect(customers.rows[0].slice(0, 3)).toEqual(['Customer ID', 'Name', 'Email']);
    expect(customers.rows[0][31]).toBe('Updated at');
    expect(customers.frozen).toBe(1);
    const orders = workbook.tab('Orders');
    expect(orders.formats.get(5)).toBe('#,##0.00'); // Amount is the 5th Orders column
    // ORDER_STATUSES of core/model/choices.ts.
    expect(orders.validations.get(10)).toEqual({
      kind: 'list',
      values: ['paid', 'pending', 'refunded', 'cancelled'],
    });
    expect(workbook.tab('Surveys').validations.get(3)).toEqual({ kind: 'number-between', min: 0, max: 10 });
    expect(workbook.tab('Follow-ups').validations.get(2)).toEqual({ kind: 'checkbox' });
    // A new Settings tab lists every key of SETTING_KEYS with the schema's default.
    expect(workbook.values('Settings')).toEqual([
      ['Key', 'Value'],
      ['Owner email', ''],
      ['Sender name', ''],
      ['Base currency', ''],
      ['Currency rates', ''],
      ['Discount rate', 0.01],
      ['Analytics unit', 'days'],
      ['Trigger hour', 7],
      ['Send hours', '9-18'],
      ['Dry run', true],
      ['Gmail dots', false],
      ['Default country', ''],
      ['Min days between', 7],
      ['Follow-up hour', ''],
      ['Acknowledgement subject', 'We received your message'],
      [
        'Acknowledgement body',
        'Hi {{First name|there}},\n\nThank you for writing to us. We read every message and will answer soon.',
      ],
    ]);
    // One Log row records what was created.
    const log = workbook.values('Log');
    expect(log).toHaveLength(2);
    expect(log[1].slice(1, 4)).toEqual(['setup', 'ok', 'tabs created 10, columns added 0']);
  });

  it('is idempotent: a second run changes nothing and reports nothing', () => {
    const { ports, workbook } = memoryPorts();
    setup(ports);
    const before = JSON.stringify([...workbook.tabs.entries()].map(([n, t]) => [n, t.rows]));
    const writes = workbook.callCount('writeBlock');
    const report = setup(ports);
    expect(report).toEqual({ createdTabs: [], addedColumns: [] });
    expect(workbook.callCount('writeBlock')).toBe(writes);
    expect(JSON.stringify([...workbook.tabs.entries()].map(([n, t]) => [n, t.rows]))).toBe(before);
  });

  it('adds only the missing owned columns on the right of an existing tab and never touches its data', () => {
    const { ports, workbook } = memoryPorts();
    const userRows = [
      ['email', 'My own column', 'CUSTOMER-ID', 'name'],
      ['ana@example.com', 'keep me', 'C1', 'Ana'],
    ];
    workbook.put('Customers', userRows);
    const report = setup(ports);
    expect(report.createdTabs).not.toContain('Customers');
    const added = report.addedColumns.find((a) => a.tab === 'Customers')!.headers;
    // 32 layout columns, of which Email, Customer ID and Name exist under other spellings.
    expect(added).toHaveLength(29);
    expect(added[0]).toBe('Phone');
    const rows = workbook.tab('Customers').rows;
    expect(rows[1].slice(0, 4)).toEqual(userRows[1]);
    expect(rows[0].slice(0, 4)).toEqual(userRows[0]);
    expect(rows[0][4]).toBe('Phone');
    // No format or validation was set on the user's existing columns 1-4.
    for (const column of [1, 2, 3, 4]) {
      expect(workbook.tab('Customers').formats.has(column)).toBe(false);
      expect(workbook.tab('Customers').validations.has(column)).toBe(false);
    }
  });

  it('lays out exactly the tabs it is given', () => {
    const { ports, workbook } = memoryPorts();
    setup(ports, TAB_LAYOUTS.slice(0, 1));
    expect([...workbook.tabs.keys()]).toEqual(['Customers']);
  });
});
