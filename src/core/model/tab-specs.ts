// Every tab of the workbook as product.md section 2 defines it: headers in order, required, owned, formats, validation.
import {
  DIRECTIONS,
  FOLLOW_UP_TRIGGER_LABELS,
  INTERACTION_CHANNELS,
  ORDER_STATUSES,
  OUTBOX_STATUSES,
} from './choices';
import { FORMATS } from './formats';
import { defineColumns, type TabSpec } from './tab-spec';

const { date, dateTime, money, integer, decimal, percent } = FORMATS;

/**
 * Plain text, Sheets' "@" format. Sheets reads a string a script writes as if typed ("00042" becomes
 * 42, a 19-digit ID loses its last digits, "TRUE" a boolean, "1/2/2024" a date) unless the cell is
 * plain text, so every ID and free-text column gets it: IDs and names stay exactly as imported.
 */
const TEXT = '@';

const CHECKBOX = { kind: 'checkbox' } as const;
const DATE_RULE = { kind: 'date' } as const;

/** The Customers tab: the user's columns, then the columns refresh computes. */
const CUSTOMERS = defineColumns([
  { header: 'Customer ID', field: 'customerId', kind: 'id', numberFormat: TEXT, required: true },
  { header: 'Name', field: 'name', kind: 'text', numberFormat: TEXT },
  { header: 'Email', field: 'email', kind: 'email', numberFormat: TEXT, required: true },
  { header: 'Phone', field: 'phone', kind: 'phone', numberFormat: TEXT },
  { header: 'Company', field: 'company', kind: 'text', numberFormat: TEXT },
  { header: 'Channel', field: 'channel', kind: 'text', numberFormat: TEXT },
  { header: 'Tags', field: 'tags', kind: 'text', numberFormat: TEXT },
  { header: 'Consent', field: 'consent', kind: 'boolean', validation: CHECKBOX },
  { header: 'Unsubscribed at', field: 'unsubscribedAt', kind: 'datetime', numberFormat: dateTime },
  { header: 'Created at', field: 'createdAt', kind: 'datetime', numberFormat: dateTime },
  { header: 'Notes', field: 'notes', kind: 'text', numberFormat: TEXT },
  {
    header: 'Orders',
    field: 'orders',
    kind: 'integer',
    owned: true,
    numberFormat: integer,
    note: 'Paid orders of this customer (refunded, cancelled and pending ones are not counted).',
  },
  {
    header: 'First order',
    field: 'firstOrder',
    kind: 'date',
    owned: true,
    numberFormat: date,
    note: 'Day of the first paid order. Blank: no orders yet.',
  },
  {
    header: 'Last order',
    field: 'lastOrder',
    kind: 'date',
    owned: true,
    numberFormat: date,
    note: 'Day of the most recent paid order. Blank: no orders yet.',
  },
  {
    header: 'Revenue',
    field: 'revenue',
    kind: 'money',
    owned: true,
    numberFormat: money,
    note: 'Total of the paid orders, in the base currency of Settings.',
  },
  {
    header: 'Frequency',
    field: 'frequency',
    kind: 'integer',
    owned: true,
    numberFormat: integer,
    note: 'Repeat purchases: days (or weeks) with an order after the first one. Blank: no orders yet.',
  },
  {
    header: 'Recency',
    field: 'recency',
    kind: 'number',
    owned: true,
    numberFormat: decimal,
    note: 'Time from the first to the last order, in the analytics unit of Settings. Blank: no orders yet.',
  },
  {
    header: 'T',
    field: 't',
    kind: 'number',
    owned: true,
    numberFormat: decimal,
    note: 'Time from the first order to today, in the analytics unit of Settings. Blank: no orders yet.',
  },
  {
    header: 'Avg order value',
    field: 'avgOrderValue',
    kind: 'money',
    owned: true,
    numberFormat: money,
    note: 'Revenue divided by Orders. Blank: no orders yet.',
  },
  {
    header: 'P(alive)',
    field: 'pAlive',
    kind: 'percent',
    owned: true,
    numberFormat: percent,
    note: 'Chance the customer still buys from you, from their order rhythm (BG/NBD model). Blank: see Why blank.',
  },
  {
    header: 'Churn risk',
    field: 'churnRisk',
    kind: 'percent',
    owned: true,
    numberFormat: percent,
    note: 'Chance the customer has stopped buying: 100 % minus P(alive). Blank: see Why blank.',
  },
  {
    header: 'Expected orders 90d',
    field: 'expectedOrders90d',
    kind: 'number',
    owned: true,
    numberFormat: decimal,
    note: 'Orders the customer is likely to place in the next 90 days. Blank: see Why blank.',
  },
  {
    header: 'Predicted CLV 12m',
    field: 'predictedClv12m',
    kind: 'money',
    owned: true,
    numberFormat: money,
    note: 'What the customer is likely to spend in the next 12 months, discounted (BG/NBD + Gamma-Gamma). Blank: see Why blank.',
  },
  {
    header: 'RFM',
    field: 'rfm',
    kind: 'text',
    numberFormat: TEXT,
    owned: true,
    note: 'Recency, frequency and money scores from 1 to 5 (555 = bought recently, often and a lot).',
  },
  {
    header: 'RFM segment',
    field: 'rfmSegment',
    kind: 'text',
    numberFormat: TEXT,
    owned: true,
    note: 'The group the RFM score puts the customer in (Champions, At risk, Lost, …).',
  },
  {
    header: 'Cluster',
    field: 'cluster',
    kind: 'integer',
    owned: true,
    numberFormat: integer,
    note: 'Group of customers who buy alike (k-means on revenue, orders and days since the last order). Blank: see Why blank.',
  },
  {
    header: 'Lead score',
    field: 'leadScore',
    kind: 'number',
    owned: true,
    numberFormat: integer,
    note: '0 to 100 from the RFM scores: 100 for the best customers. Blank: no orders yet.',
  },
  {
    header: 'Last NPS',
    field: 'lastNps',
    kind: 'integer',
    owned: true,
    numberFormat: integer,
    note: 'The customer\'s latest 0-10 answer to "would you recommend us?". Blank: no survey answer.',
  },
  {
    header: 'Recommended',
    field: 'recommended',
    kind: 'text',
    numberFormat: TEXT,
    owned: true,
    note: 'Up to 3 products bought by customers who bought what this customer bought.',
  },
  {
    header: 'Last contacted',
    field: 'lastContacted',
    kind: 'datetime',
    owned: true,
    numberFormat: dateTime,
    note: 'Latest interaction or sent email. Blank: never contacted.',
  },
  {
    header: 'Segments',
    field: 'segments',
    kind: 'text',
    numberFormat: TEXT,
    owned: true,
    note: 'The saved segments (Segments tab) this customer belongs to.',
  },
  {
    header: 'Updated at',
    field: 'updatedAt',
    kind: 'datetime',
    owned: true,
    numberFormat: dateTime,
    note: 'When Refresh analytics last wrote this row.',
  },
  // Number columns hold numbers only: why a computed cell is blank is said here, beside them.
  {
    header: 'Why blank',
    field: 'whyBlank',
    kind: 'text',
    numberFormat: TEXT,
    owned: true,
    note: 'Why a computed column of this row is blank (no orders yet, not enough repeat buyers, …).',
  },
]);

const ORDERS = defineColumns([
  { header: 'Order ID', field: 'orderId', kind: 'id', numberFormat: TEXT, required: true },
  { header: 'Customer ID', field: 'customerId', kind: 'id', numberFormat: TEXT },
  { header: 'Email', field: 'email', kind: 'email', numberFormat: TEXT },
  {
    header: 'Date',
    field: 'date',
    kind: 'datetime',
    required: true,
    numberFormat: date,
    validation: DATE_RULE,
  },
  { header: 'Amount', field: 'amount', kind: 'money', required: true, numberFormat: money },
  { header: 'Currency', field: 'currency', kind: 'text', numberFormat: TEXT },
  { header: 'Product', field: 'product', kind: 'text', numberFormat: TEXT },
  {
    header: 'Quantity',
    field: 'quantity',
    kind: 'integer',
    numberFormat: integer,
    validation: { kind: 'number-between', min: 0, max: 1e9 },
  },
  { header: 'Channel', field: 'channel', kind: 'text', numberFormat: TEXT },
  {
    header: 'Status',
    field: 'status',
    kind: 'text',
    numberFormat: TEXT,
    validation: { kind: 'list', values: ORDER_STATUSES },
  },
]);

// A deal is a sale in progress; its Stage is one of Settings' "Deal stages" (Lead … Won / Lost).
const DEALS = defineColumns([
  { header: 'Deal ID', field: 'dealId', kind: 'id', numberFormat: TEXT, required: true },
  { header: 'Customer ID', field: 'customerId', kind: 'id', numberFormat: TEXT },
  { header: 'Email', field: 'email', kind: 'email', numberFormat: TEXT },
  { header: 'Title', field: 'title', kind: 'text', numberFormat: TEXT, required: true },
  { header: 'Value', field: 'value', kind: 'money', numberFormat: money },
  { header: 'Currency', field: 'currency', kind: 'text', numberFormat: TEXT },
  { header: 'Stage', field: 'stage', kind: 'text', numberFormat: TEXT, required: true },
  {
    header: 'Probability',
    field: 'probability',
    kind: 'percent',
    numberFormat: percent,
    validation: { kind: 'number-between', min: 0, max: 1 },
    note: "Chance the deal is won. Blank: the stage's default probability from Settings.",
  },
  {
    header: 'Expected close',
    field: 'expectedClose',
    kind: 'date',
    numberFormat: date,
    validation: DATE_RULE,
  },
  { header: 'Next step', field: 'nextStep', kind: 'text', numberFormat: TEXT },
  {
    header: 'Next step date',
    field: 'nextStepDate',
    kind: 'date',
    numberFormat: date,
    validation: DATE_RULE,
  },
  { header: 'Notes', field: 'notes', kind: 'text', numberFormat: TEXT },
  { header: 'Created at', field: 'createdAt', kind: 'datetime', numberFormat: dateTime },
  { header: 'Closed at', field: 'closedAt', kind: 'datetime', numberFormat: dateTime },
  { header: 'Lost reason', field: 'lostReason', kind: 'text', numberFormat: TEXT },
]);

// Every stage change of a deal, made in the sidebar or found on the next run after an edit in Deals.
const DEAL_HISTORY = defineColumns([
  { header: 'Time', field: 'time', kind: 'datetime', required: true, owned: true, numberFormat: dateTime },
  { header: 'Deal ID', field: 'dealId', kind: 'id', numberFormat: TEXT, required: true, owned: true },
  { header: 'From stage', field: 'fromStage', kind: 'text', numberFormat: TEXT, owned: true },
  { header: 'To stage', field: 'toStage', kind: 'text', numberFormat: TEXT, required: true, owned: true },
  { header: 'Value', field: 'value', kind: 'money', numberFormat: money, owned: true },
  { header: 'Source', field: 'source', kind: 'text', numberFormat: TEXT, owned: true },
]);

// Next steps to do: typed in, added from the sidebar, copied from deals' next steps, or made by follow-up rules.
const TASKS = defineColumns([
  { header: 'Due', field: 'due', kind: 'date', required: true, numberFormat: date, validation: DATE_RULE },
  { header: 'What', field: 'what', kind: 'text', numberFormat: TEXT, required: true },
  { header: 'Customer ID', field: 'customerId', kind: 'id', numberFormat: TEXT },
  { header: 'Email', field: 'email', kind: 'email', numberFormat: TEXT },
  { header: 'Deal ID', field: 'dealId', kind: 'id', numberFormat: TEXT },
  { header: 'Done', field: 'done', kind: 'boolean', validation: CHECKBOX },
  { header: 'Done at', field: 'doneAt', kind: 'datetime', numberFormat: dateTime },
  { header: 'Source', field: 'source', kind: 'text', numberFormat: TEXT },
  { header: 'Created at', field: 'createdAt', kind: 'datetime', numberFormat: dateTime },
  {
    header: 'Task ID',
    field: 'taskId',
    kind: 'id',
    numberFormat: TEXT,
    note: 'Filled by the add-on, so a task copied from a deal or a rule is never added twice.',
  },
]);

const INTERACTIONS = defineColumns([
  {
    header: 'Date',
    field: 'date',
    kind: 'datetime',
    required: true,
    numberFormat: dateTime,
    validation: DATE_RULE,
  },
  { header: 'Customer ID', field: 'customerId', kind: 'id', numberFormat: TEXT },
  { header: 'Email', field: 'email', kind: 'email', numberFormat: TEXT },
  {
    header: 'Channel',
    field: 'channel',
    kind: 'text',
    numberFormat: TEXT,
    required: true,
    validation: { kind: 'list', values: INTERACTION_CHANNELS },
  },
  {
    header: 'Direction',
    field: 'direction',
    kind: 'text',
    numberFormat: TEXT,
    validation: { kind: 'list', values: DIRECTIONS },
  },
  { header: 'Subject', field: 'subject', kind: 'text', numberFormat: TEXT },
  { header: 'Notes', field: 'notes', kind: 'text', numberFormat: TEXT },
  { header: 'Source', field: 'source', kind: 'text', numberFormat: TEXT },
]);

const SURVEYS = defineColumns([
  {
    header: 'Date',
    field: 'date',
    kind: 'datetime',
    required: true,
    numberFormat: dateTime,
    validation: DATE_RULE,
  },
  { header: 'Email', field: 'email', kind: 'email', numberFormat: TEXT, required: true },
  {
    header: 'NPS',
    field: 'nps',
    kind: 'integer',
    numberFormat: integer,
    validation: { kind: 'number-between', min: 0, max: 10 },
  },
  {
    header: 'CSAT',
    field: 'csat',
    kind: 'integer',
    numberFormat: integer,
    validation: { kind: 'number-between', min: 1, max: 5 },
  },
  { header: 'Comment', field: 'comment', kind: 'text', numberFormat: TEXT },
]);

const FOLLOW_UPS = defineColumns([
  { header: 'Rule', field: 'rule', kind: 'id', numberFormat: TEXT, required: true },
  { header: 'Active', field: 'active', kind: 'boolean', required: true, validation: CHECKBOX },
  { header: 'Audience', field: 'audience', kind: 'text', numberFormat: TEXT, required: true },
  {
    header: 'Trigger',
    field: 'trigger',
    kind: 'text',
    numberFormat: TEXT,
    required: true,
    validation: { kind: 'list', values: Object.values(FOLLOW_UP_TRIGGER_LABELS) },
  },
  { header: 'Value', field: 'value', kind: 'number' },
  { header: 'Subject', field: 'subject', kind: 'text', numberFormat: TEXT, required: true },
  { header: 'Body', field: 'body', kind: 'text', numberFormat: TEXT, required: true },
  { header: 'Send hours', field: 'sendHours', kind: 'text', numberFormat: TEXT },
  {
    header: 'Min days between',
    field: 'minDaysBetween',
    kind: 'integer',
    numberFormat: integer,
    validation: { kind: 'number-between', min: 0, max: 3650 },
  },
  {
    header: 'Max per run',
    field: 'maxPerRun',
    kind: 'integer',
    numberFormat: integer,
    validation: { kind: 'number-between', min: 0, max: 1500 },
  },
  // A sequence is several rows of one Rule, numbered 1, 2, 3 …; a blank Step is a single email.
  {
    header: 'Step',
    field: 'step',
    kind: 'integer',
    numberFormat: integer,
    validation: { kind: 'number-between', min: 1, max: 50 },
  },
  // What ends a sequence for a customer besides unsubscribing or losing consent: "order", "form reply".
  { header: 'Stop when', field: 'stopWhen', kind: 'text', numberFormat: TEXT },
  {
    header: 'Holdout %',
    field: 'holdoutPercent',
    kind: 'percent',
    numberFormat: percent,
    validation: { kind: 'number-between', min: 0, max: 1 },
  },
  // What each rule row earned, written after every send run (orders within 30 days of the email).
  {
    header: 'Sent',
    field: 'sent',
    kind: 'integer',
    owned: true,
    numberFormat: integer,
    note: 'Emails this rule row sent.',
  },
  {
    header: 'Ordered 30d',
    field: 'ordered30d',
    kind: 'integer',
    owned: true,
    numberFormat: integer,
    note: 'Customers who ordered within 30 days of this email.',
  },
  {
    header: 'Revenue 30d',
    field: 'revenue30d',
    kind: 'money',
    owned: true,
    numberFormat: money,
    note: 'What those customers spent within 30 days of the email.',
  },
  {
    header: 'Held out',
    field: 'heldOut',
    kind: 'integer',
    owned: true,
    numberFormat: integer,
    note: 'Customers kept out on purpose (Holdout %), to compare with those who got the email.',
  },
  {
    header: 'Holdout ordered 30d',
    field: 'holdoutOrdered30d',
    kind: 'integer',
    owned: true,
    numberFormat: integer,
  },
  {
    header: 'Holdout revenue 30d',
    field: 'holdoutRevenue30d',
    kind: 'money',
    owned: true,
    numberFormat: money,
  },
  {
    header: 'Results at',
    field: 'resultsAt',
    kind: 'datetime',
    owned: true,
    numberFormat: dateTime,
    note: 'When the results of this row were last counted.',
  },
]);

const OUTBOX = defineColumns([
  { header: 'Key', field: 'key', kind: 'id', numberFormat: TEXT, required: true, owned: true },
  { header: 'Rule', field: 'rule', kind: 'text', numberFormat: TEXT, owned: true },
  { header: 'Step', field: 'step', kind: 'integer', numberFormat: integer, owned: true },
  { header: 'Customer ID', field: 'customerId', kind: 'id', numberFormat: TEXT, owned: true },
  { header: 'Email', field: 'email', kind: 'email', numberFormat: TEXT, owned: true },
  { header: 'Subject', field: 'subject', kind: 'text', numberFormat: TEXT, owned: true },
  {
    header: 'Status',
    field: 'status',
    kind: 'text',
    numberFormat: TEXT,
    owned: true,
    validation: { kind: 'list', values: OUTBOX_STATUSES },
  },
  { header: 'Reason', field: 'reason', kind: 'text', numberFormat: TEXT, owned: true },
  { header: 'Planned at', field: 'plannedAt', kind: 'datetime', owned: true, numberFormat: dateTime },
  { header: 'Sent at', field: 'sentAt', kind: 'datetime', owned: true, numberFormat: dateTime },
]);

const SEGMENTS = defineColumns([
  { header: 'Segment', field: 'segment', kind: 'id', numberFormat: TEXT, required: true, owned: true },
  { header: 'Definition', field: 'definition', kind: 'text', numberFormat: TEXT, owned: true },
  {
    header: 'Customers',
    field: 'customers',
    kind: 'integer',
    owned: true,
    numberFormat: integer,
    note: 'Customers in the segment.',
  },
  {
    header: 'Revenue share',
    field: 'revenueShare',
    kind: 'percent',
    owned: true,
    numberFormat: percent,
    note: 'Part of all revenue that comes from the segment.',
  },
  {
    header: 'Avg CLV',
    field: 'avgClv',
    kind: 'money',
    owned: true,
    numberFormat: money,
    note: 'Average predicted CLV over the next 12 months of its customers.',
  },
  {
    header: 'Avg churn risk',
    field: 'avgChurnRisk',
    kind: 'percent',
    owned: true,
    numberFormat: percent,
    note: 'Average chance its customers have stopped buying.',
  },
  { header: 'Updated at', field: 'updatedAt', kind: 'datetime', owned: true, numberFormat: dateTime },
]);

// The Dashboard is a KPI table (charts sit beside it); each KPI row carries its own format in Format.
const DASHBOARD = defineColumns([
  { header: 'KPI', field: 'kpi', kind: 'id', numberFormat: TEXT, required: true, owned: true },
  { header: 'Value', field: 'value', kind: 'number', owned: true },
  { header: 'Note', field: 'note', kind: 'text', numberFormat: TEXT, owned: true },
  { header: 'Updated at', field: 'updatedAt', kind: 'datetime', owned: true, numberFormat: dateTime },
]);

const SETTINGS = defineColumns([
  { header: 'Key', field: 'key', kind: 'id', numberFormat: TEXT, required: true },
  // Not plain text: the owner types numbers and checkboxes here (discount rate, TRUE/FALSE).
  { header: 'Value', field: 'value', kind: 'text', required: true },
  { header: 'Description', field: 'description', kind: 'text', numberFormat: TEXT },
]);

const LOG = defineColumns([
  {
    header: 'Time',
    field: 'time',
    kind: 'datetime',
    required: true,
    owned: true,
    numberFormat: 'yyyy-mm-dd hh:mm:ss',
  },
  { header: 'Action', field: 'action', kind: 'text', numberFormat: TEXT, required: true, owned: true },
  { header: 'Result', field: 'result', kind: 'text', numberFormat: TEXT, owned: true },
  { header: 'Counts', field: 'counts', kind: 'text', numberFormat: TEXT, owned: true },
  { header: 'Details', field: 'details', kind: 'text', numberFormat: TEXT, owned: true },
]);

// One row per problem of an import or a refresh; the Log row of the operation says how many.
const PROBLEMS = defineColumns([
  {
    header: 'Time',
    field: 'time',
    kind: 'datetime',
    required: true,
    owned: true,
    numberFormat: 'yyyy-mm-dd hh:mm:ss',
  },
  { header: 'Operation', field: 'operation', kind: 'text', numberFormat: TEXT, required: true, owned: true },
  { header: 'File', field: 'file', kind: 'text', numberFormat: TEXT, owned: true },
  { header: 'Row', field: 'row', kind: 'integer', numberFormat: integer, owned: true },
  { header: 'Field', field: 'field', kind: 'text', numberFormat: TEXT, owned: true },
  { header: 'Value', field: 'value', kind: 'text', numberFormat: TEXT, owned: true },
  { header: 'Reason', field: 'reason', kind: 'text', numberFormat: TEXT, owned: true },
]);

/** Every tab of product.md section 2, by a stable code name; `name` is the tab's title in the workbook. */
export const TAB_SPECS = {
  customers: { name: 'Customers', columns: CUSTOMERS, key: ['Customer ID'] },
  orders: {
    name: 'Orders',
    columns: ORDERS,
    requiredAnyOf: [['Customer ID', 'Email']],
    key: ['Channel', 'Order ID'],
  },
  deals: { name: 'Deals', columns: DEALS, requiredAnyOf: [['Customer ID', 'Email']], key: ['Deal ID'] },
  tasks: { name: 'Tasks', columns: TASKS },
  interactions: { name: 'Interactions', columns: INTERACTIONS, requiredAnyOf: [['Customer ID', 'Email']] },
  surveys: { name: 'Surveys', columns: SURVEYS },
  followUps: { name: 'Follow-ups', columns: FOLLOW_UPS, key: ['Rule', 'Step'] },
  outbox: { name: 'Outbox', columns: OUTBOX, key: ['Key'], ownedWholly: true },
  segments: { name: 'Segments', columns: SEGMENTS, key: ['Segment'], ownedWholly: true },
  dashboard: { name: 'Dashboard', columns: DASHBOARD, key: ['KPI'], ownedWholly: true },
  settings: { name: 'Settings', columns: SETTINGS, key: ['Key'] },
  log: { name: 'Log', columns: LOG, ownedWholly: true },
  problems: { name: 'Problems', columns: PROBLEMS, ownedWholly: true },
  dealHistory: { name: 'Deal history', columns: DEAL_HISTORY, ownedWholly: true },
} as const satisfies Record<string, TabSpec>;

/** Code name of a tab (`'customers'`, `'followUps'`, …). */
export type TabCode = keyof typeof TAB_SPECS;
