// How Set up lays out each tab of product.md section 2: headers, formats, validation, owned columns.
import type { ColumnValidation } from './ports';

/** One column as Set up creates it. */
export interface ColumnLayout {
  header: string;
  /** Written by the add-on (refresh, import); any other column belongs to the user. */
  owned?: boolean;
  numberFormat?: string;
  validation?: ColumnValidation;
}

/** One tab as Set up creates it. */
export interface TabLayout {
  name: string;
  columns: ColumnLayout[];
  /** Internal tabs (the undo snapshot) are hidden from the tab bar. */
  hidden?: boolean;
}

const DATE = 'yyyy-mm-dd';
const DATE_TIME = 'yyyy-mm-dd hh:mm';
const MONEY = '#,##0.00';
const INTEGER = '0';
const DECIMAL = '0.00';
const PERCENT = '0.0%';

const CHANNELS = ['email', 'phone', 'social', 'web', 'form', 'meeting', 'chat'];
const FOLLOW_UP_TRIGGERS = [
  'days_after_first_order',
  'days_after_last_order',
  'days_since_last_contact',
  'churn_risk_above',
  'clv_above',
  'nps_detractor',
  'new_segment_member',
];
const OUTBOX_STATUSES = ['planned', 'sending', 'sent', 'failed', 'skipped', 'uncertain'];

/** The tab names, so no use case spells them twice. */
export const TAB = {
  customers: 'Customers',
  orders: 'Orders',
  interactions: 'Interactions',
  surveys: 'Surveys',
  followUps: 'Follow-ups',
  outbox: 'Outbox',
  segments: 'Segments',
  dashboard: 'Dashboard',
  settings: 'Settings',
  log: 'Log',
  undo: 'CRM Undo',
} as const;

/** The computed columns of Customers, in product.md order; only refresh writes them. */
export const CUSTOMER_COMPUTED_COLUMNS: ColumnLayout[] = [
  { header: 'Orders', owned: true, numberFormat: INTEGER },
  { header: 'First order', owned: true, numberFormat: DATE },
  { header: 'Last order', owned: true, numberFormat: DATE },
  { header: 'Revenue', owned: true, numberFormat: MONEY },
  { header: 'Frequency', owned: true, numberFormat: INTEGER },
  { header: 'Recency', owned: true, numberFormat: INTEGER },
  { header: 'T', owned: true, numberFormat: INTEGER },
  { header: 'Avg order value', owned: true, numberFormat: MONEY },
  { header: 'P(alive)', owned: true, numberFormat: DECIMAL },
  { header: 'Churn risk', owned: true, numberFormat: DECIMAL },
  { header: 'Expected orders 90d', owned: true, numberFormat: DECIMAL },
  { header: 'Predicted CLV 12m', owned: true, numberFormat: MONEY },
  { header: 'RFM', owned: true, numberFormat: '@' },
  { header: 'RFM segment', owned: true },
  { header: 'Cluster', owned: true },
  { header: 'Lead score', owned: true, numberFormat: INTEGER },
  { header: 'Last NPS', owned: true, numberFormat: INTEGER },
  { header: 'Recommended', owned: true },
  { header: 'Last contacted', owned: true, numberFormat: DATE },
  { header: 'Segments', owned: true },
  { header: 'Updated at', owned: true, numberFormat: DATE_TIME },
];

/** Every tab Set up creates, in tab-bar order. */
export const TAB_LAYOUTS: TabLayout[] = [
  {
    name: TAB.customers,
    columns: [
      { header: 'Customer ID', numberFormat: '@' },
      { header: 'Name' },
      { header: 'Email' },
      { header: 'Phone', numberFormat: '@' },
      { header: 'Company' },
      { header: 'Channel' },
      { header: 'Tags' },
      { header: 'Consent', validation: { kind: 'list', values: ['yes', 'no'] } },
      { header: 'Unsubscribed at', numberFormat: DATE_TIME, validation: { kind: 'date' } },
      { header: 'Created at', numberFormat: DATE_TIME, validation: { kind: 'date' } },
      { header: 'Notes' },
      ...CUSTOMER_COMPUTED_COLUMNS,
    ],
  },
  {
    name: TAB.orders,
    columns: [
      { header: 'Order ID', numberFormat: '@' },
      { header: 'Customer ID', numberFormat: '@' },
      { header: 'Email' },
      { header: 'Date', numberFormat: DATE_TIME, validation: { kind: 'date' } },
      { header: 'Amount', numberFormat: MONEY, validation: { kind: 'number-between', min: -1e9, max: 1e9 } },
      { header: 'Currency' },
      { header: 'Product' },
      { header: 'Quantity', numberFormat: INTEGER, validation: { kind: 'number-between', min: 0, max: 1e6 } },
      { header: 'Channel' },
      {
        header: 'Status',
        validation: {
          kind: 'list',
          values: ['paid', 'pending', 'partially_refunded', 'refunded', 'cancelled'],
        },
      },
    ],
  },
  {
    name: TAB.interactions,
    columns: [
      { header: 'Date', numberFormat: DATE_TIME, validation: { kind: 'date' } },
      { header: 'Customer ID', numberFormat: '@' },
      { header: 'Email' },
      { header: 'Channel', validation: { kind: 'list', values: CHANNELS } },
      { header: 'Direction', validation: { kind: 'list', values: ['in', 'out'] } },
      { header: 'Subject' },
      { header: 'Notes' },
      { header: 'Source' },
    ],
  },
  {
    name: TAB.surveys,
    columns: [
      { header: 'Date', numberFormat: DATE_TIME, validation: { kind: 'date' } },
      { header: 'Email' },
      { header: 'NPS', numberFormat: INTEGER, validation: { kind: 'number-between', min: 0, max: 10 } },
      { header: 'CSAT', numberFormat: INTEGER, validation: { kind: 'number-between', min: 1, max: 5 } },
      { header: 'Comment' },
    ],
  },
  {
    name: TAB.followUps,
    columns: [
      { header: 'Rule' },
      { header: 'Active', validation: { kind: 'checkbox' } },
      { header: 'Audience' },
      { header: 'Trigger', validation: { kind: 'list', values: FOLLOW_UP_TRIGGERS } },
      { header: 'Value' },
      { header: 'Subject' },
      { header: 'Body' },
      { header: 'Send hours' },
      {
        header: 'Min days between',
        numberFormat: INTEGER,
        validation: { kind: 'number-between', min: 0, max: 3650 },
      },
      {
        header: 'Max per run',
        numberFormat: INTEGER,
        validation: { kind: 'number-between', min: 0, max: 1500 },
      },
    ],
  },
  {
    name: TAB.outbox,
    columns: [
      { header: 'Key', owned: true },
      { header: 'Rule', owned: true },
      { header: 'Customer ID', owned: true, numberFormat: '@' },
      { header: 'Email', owned: true },
      { header: 'Subject', owned: true },
      { header: 'Status', owned: true, validation: { kind: 'list', values: OUTBOX_STATUSES } },
      { header: 'Reason', owned: true },
      { header: 'Planned at', owned: true, numberFormat: DATE_TIME },
      { header: 'Sent at', owned: true, numberFormat: DATE_TIME },
    ],
  },
  {
    name: TAB.segments,
    columns: [
      { header: 'Segment' },
      { header: 'Definition' },
      { header: 'Customers', owned: true, numberFormat: INTEGER },
      { header: 'Revenue share', owned: true, numberFormat: PERCENT },
      { header: 'Avg CLV', owned: true, numberFormat: MONEY },
      { header: 'Avg churn risk', owned: true, numberFormat: DECIMAL },
      { header: 'Updated at', owned: true, numberFormat: DATE_TIME },
    ],
  },
  {
    name: TAB.dashboard,
    columns: [
      { header: 'KPI', owned: true },
      { header: 'Value', owned: true },
      { header: 'Note', owned: true },
    ],
  },
  {
    name: TAB.settings,
    columns: [{ header: 'Key' }, { header: 'Value' }],
  },
  {
    name: TAB.log,
    columns: [
      { header: 'Time', owned: true, numberFormat: DATE_TIME },
      { header: 'Action', owned: true },
      { header: 'Result', owned: true },
      { header: 'Counts', owned: true },
      { header: 'Details', owned: true },
    ],
  },
];
