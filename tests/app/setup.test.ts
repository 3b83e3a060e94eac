import { describe, expect, it } from 'vitest';
import { setup } from '../../src/app/setup';
import { TAB_LAYOUTS } from '../../src/app/tab-layouts';
import { SETTING_KEYS } from '../../src/core/model/settings';
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
    // product.md section 2 lists ten tabs: Customers … Log; Problems lists each problem of an import or
    // refresh; Deals, Tasks and Deal history hold the sales pipeline.
    expect(report.createdTabs).toEqual([
      'Customers',
      'Orders',
      'Deals',
      'Tasks',
      'Interactions',
      'Surveys',
      'Follow-ups',
      'Outbox',
      'Segments',
      'Dashboard',
      'Settings',
      'Log',
      'Problems',
      'Deal history',
    ]);
    const customers = workbook.tab('Customers');
    // 11 user columns + 21 computed columns in product.md, then Why blank.
    expect(customers.rows[0]).toHaveLength(33);
    expect(customers.rows[0].slice(0, 3)).toEqual(['Customer ID', 'Name', 'Email']);
    expect(customers.rows[0].slice(31)).toEqual(['Updated at', 'Why blank']);
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
    // The trigger dropdown reads as words (FOLLOW_UP_TRIGGER_LABELS).
    expect(workbook.tab('Follow-ups').validations.get(4)).toEqual({
      kind: 'list',
      values: [
        'Days after first order',
        'Days after last order',
        'Days since last contact',
        'Churn risk above',
        'CLV above',
        'NPS detractor',
        'New segment member',
      ],
    });
    // A new Settings tab lists every key of SETTING_KEYS with the schema's default and a description.
    const settings = workbook.values('Settings');
    expect(settings[0]).toEqual(['Key', 'Value', 'Description']);
    expect(settings[10][2]).toBe(
      'Yes: follow-ups are planned and listed in Outbox but not sent. Accepts yes or no.',
    );
    expect(settings[8][2]).toBe(
      'The hour the nightly Refresh analytics runs. Accepts a whole hour from 0 to 23.',
    );
    expect(settings.slice(1).every((row) => String(row[2]).includes(' Accepts '))).toBe(true);
    expect(settings.map((row) => row.slice(0, 2))).toEqual([
      ['Key', 'Value'],
      ['Owner email', ''],
      ['Sender name', ''],
      ['Base currency', ''],
      ['Currency rates', ''],
      ['Discount rate', 0.01],
      ['Analytics unit', 'days'],
      ['Model', 'auto'],
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
    // Analytics unit (row 7) and Model (row 8) offer their values as a dropdown on the Value cell.
    expect([...(workbook.tab('Settings').cellValidations ?? [])]).toEqual([
      ['7:2', { kind: 'list', values: ['days', 'weeks'] }],
      ['8:2', { kind: 'list', values: ['auto', 'bgnbd', 'mbgnbd', 'paretonbd'] }],
    ]);
    // One Log row records what was created.
    const log = workbook.values('Log');
    expect(log).toHaveLength(2);
    expect(log[1].slice(1, 4)).toEqual(['setup', 'ok', 'tabs created 14, columns added 0']);
  });

  it('leaves the workbook finished: Dashboard active, Sheet1 gone, bold headers, widths, filters and notes', () => {
    const { ports, workbook } = memoryPorts();
    workbook.put('Sheet1', []);
    const report = setup(ports);
    expect(report.removedTabs).toEqual(['Sheet1']);
    expect(workbook.tabs.has('Sheet1')).toBe(false);
    expect(workbook.active).toBe('Dashboard');
    const customers = workbook.tab('Customers');
    expect(customers.boldColumns).toBe(33);
    expect(customers.filterColumns).toBe(33);
    // columnWidth: max(header, value) characters x 8 px + 28 px.
    expect(customers.widths?.[0]).toBe(14 * 8 + 28); // Customer ID: ids are 14 characters
    expect(customers.widths?.[2]).toBe(26 * 8 + 28); // Email
    expect(customers.widths?.[8]).toBe(16 * 8 + 28); // Unsubscribed at: yyyy-mm-dd hh:mm
    expect(customers.widths?.[12]).toBe(11 * 8 + 28); // First order: yyyy-mm-dd is shorter than the header
    // Computed headers say what they mean; the user's columns have no note.
    expect(customers.notes?.[0]).toBe('');
    expect(customers.notes?.[20]).toBe(
      'Chance the customer has stopped buying: 100 % minus P(alive). Blank: see Why blank.',
    );
    expect(customers.notes?.slice(11).every(Boolean)).toBe(true);
    // Filters on the tabs of records, not on Dashboard and Settings.
    expect(workbook.tab('Orders').filterColumns).toBe(10);
    expect(workbook.tab('Dashboard').filterColumns).toBeUndefined();
    expect(workbook.tab('Settings').filterColumns).toBeUndefined();
    expect(workbook.tab('Problems').rows[0]).toEqual([
      'Time',
      'Operation',
      'File',
      'Row',
      'Field',
      'Value',
      'Reason',
    ]);
  });

  it('keeps a Sheet1 that holds anything', () => {
    const { ports, workbook } = memoryPorts();
    workbook.put('Sheet1', [['my notes']]);
    expect(setup(ports).removedTabs).toEqual([]);
    expect(workbook.values('Sheet1')).toEqual([['my notes']]);
  });

  it('describes the settings of an existing Settings tab when it adds the Description column', () => {
    const { ports, workbook } = memoryPorts();
    workbook.put('Settings', [
      ['Key', 'Value'],
      ['My own key', 'x'],
      ['dry run', false],
    ]);
    const report = setup(ports);
    const rows = workbook.values('Settings');
    expect(rows.slice(0, 3)).toEqual([
      ['Key', 'Value', 'Description'],
      ['My own key', 'x', ''],
      ['dry run', false, 'Yes: follow-ups are planned and listed in Outbox but not sent. Accepts yes or no.'],
    ]);
    // Every other setting is added below, with its default and what it does; Dry run is not repeated.
    const others = Object.values(SETTING_KEYS).filter((key) => key !== 'Dry run');
    expect(rows.slice(3).map((row) => row[0])).toEqual(others);
    expect(report.addedSettings).toEqual(others);
    expect(rows.slice(3).every((row) => String(row[2]).length > 10)).toBe(true);
  });

  it('adds a setting a newer version knows to an existing Settings tab, once, with its default and dropdown', () => {
    const { ports, workbook } = memoryPorts();
    setup(ports);
    const settings = workbook.values('Settings');
    const modelRow = settings.findIndex((row) => row[0] === 'Model');
    // A workbook set up before the Model setting existed, with one value of the owner's changed.
    const older = settings.filter((_, i) => i !== modelRow).map((row) => [...row]);
    older[1]![1] = 'owner@example.com';
    workbook.put('Settings', older);
    const report = setup(ports);
    expect(report.addedSettings).toEqual(['Model']);
    const after = workbook.values('Settings');
    expect(after.slice(0, older.length)).toEqual(older);
    expect(after[older.length]).toEqual(['Model', 'auto', expect.stringContaining('auto')]);
    expect(workbook.tab('Settings').cellValidations?.get(`${older.length + 1}:2`)).toEqual({
      kind: 'list',
      values: ['auto', 'bgnbd', 'mbgnbd', 'paretonbd'],
    });
    expect(setup(ports).addedSettings).toEqual([]);
  });

  it('is idempotent: a second run changes nothing and reports nothing', () => {
    const { ports, workbook } = memoryPorts();
    setup(ports);
    const before = JSON.stringify([...workbook.tabs.entries()].map(([n, t]) => [n, t.rows]));
    const writes = workbook.callCount('writeBlock');
    const report = setup(ports);
    expect(report).toEqual({ createdTabs: [], addedColumns: [], removedTabs: [], addedSettings: [] });
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
    // 33 layout columns, of which Email, Customer ID and Name exist under other spellings.
    expect(added).toHaveLength(30);
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
