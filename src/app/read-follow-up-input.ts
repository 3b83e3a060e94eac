// Reads every tab the follow-ups look at, once each, into the planner's input.
import { analyticsBaseCurrency } from '../core/analytics/analytics-base-currency';
import { readTransactions } from '../core/analytics/read-transactions';
import { dayNumber } from '../core/clean/day-number';
import { normalizeEmail } from '../core/clean/normalize-email';
import type { ResultOrder } from '../core/follow-up/follow-up-results';
import {
  type FollowUpSequence,
  type RuleProblem,
  readFollowUpRules,
} from '../core/follow-up/follow-up-rules';
import { type CellFormatter, mergeText } from '../core/follow-up/merge-fields';
import { type OutboxRecord, readOutbox } from '../core/follow-up/outbox-records';
import type { CustomerOrder, FollowUpInput, SurveyAnswer } from '../core/follow-up/plan-follow-ups';
import { readSettings } from '../core/model/read-settings';
import type { Settings } from '../core/model/settings';
import { COLUMNS, type TabTable } from '../core/table/columns';
import { isValidDate } from '../core/table/is-valid-date';
import { cellOf, columnOf, keyText } from '../core/table/sheet-table';
import type { Cell, UnsubscribeQueue, Workbook } from './ports';
import { readTable } from './read-table';
import { TAB } from './tab-layouts';
import { unsubscribedCheck } from './unsubscribed-check';

/** Hidden tab, owned by the add-on: the members each new_segment_member rule has already seen. */
export const MEMBERS_TAB = 'CRM Members';

/** Everything one follow-up run read, with the planner's input built from it. */
export interface FollowUpContext {
  input: FollowUpInput;
  settings: Settings;
  customers: TabTable<'customers'>;
  followUps: TabTable<'followUps'>;
  sequences: FollowUpSequence[];
  outbox: OutboxRecord[];
  /** Paid orders in the base currency, for the results columns. */
  orders: ResultOrder[];
  /** The Outbox header (its column positions), as read. */
  outboxHeader: Cell[];
}

function dateOf(cell: Cell): Date | null {
  return isValidDate(cell) ? cell : null;
}

function numberOf(cell: Cell): number | null {
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  const text = keyText(cell);
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

/**
 * Reads Settings, Customers, Orders, Interactions, Surveys, Follow-ups, Outbox, Segments and the
 * members tab with one getValues each, and builds the planner's input at `now`. Settings that do not
 * validate keep their defaults and are reported as problems of rule "Settings".
 * @throws {Error} when the Customers tab is missing.
 */
export function readFollowUpContext(
  workbook: Workbook,
  queue: UnsubscribeQueue,
  now: Date,
  remainingQuota: number,
): FollowUpContext {
  const timeZone = workbook.timeZone();
  const read = readSettings(workbook.readTab(TAB.settings));
  const settings = read.settings;
  const customers = readTable(workbook, TAB.customers);
  if (customers.header.length === 0) throw new Error('The Customers tab is missing; run Set up first.');
  const ordersTable = readTable(workbook, TAB.orders);
  const interactions = readTable(workbook, TAB.interactions);
  const surveys = readTable(workbook, TAB.surveys);
  const followUps = readTable(workbook, TAB.followUps);
  const outboxTable = readTable(workbook, TAB.outbox);
  const segments = readTable(workbook, TAB.segments);
  const members = workbook.tabNames().includes(MEMBERS_TAB) ? workbook.readTab(MEMBERS_TAB) : [];

  const { sequences, problems } = readFollowUpRules(followUps, settings);
  const ruleProblems: RuleProblem[] = [
    ...read.problems.map((p) => ({ rule: 'Settings', row: p.row, message: p.reason })),
    ...problems,
  ];
  const base = analyticsBaseCurrency(ordersTable, settings, read.given);
  const { transactions } = readTransactions({ orders: ordersTable, customers, settings, timeZone }, base);
  const orders: ResultOrder[] = transactions.map((t) => ({
    customerId: t.customerId,
    date: t.date,
    amount: t.amount,
  }));

  // Customer IDs by normalised email, for tabs that may name a customer by email only.
  const idByEmail = new Map<string, string>();
  const lastContact = new Map<string, Date>();
  const contacted = (id: string, date: Date | null) => {
    if (!id || !date) return;
    const known = lastContact.get(id);
    if (!known || date > known) lastContact.set(id, date);
  };
  for (const row of customers.rows) {
    const id = keyText(cellOf(customers, row, COLUMNS.customers.customerId));
    if (!id) continue;
    const email = normalizeEmail(cellOf(customers, row, COLUMNS.customers.email), {
      gmailDots: settings.gmailDots,
    });
    if (email && !idByEmail.has(email)) idByEmail.set(email, id);
    contacted(id, dateOf(cellOf(customers, row, COLUMNS.customers.lastContacted)));
  }
  const customerOf = (id: Cell, email: Cell): string =>
    keyText(id) || idByEmail.get(normalizeEmail(email, { gmailDots: settings.gmailDots })) || '';

  const formReplies: CustomerOrder[] = [];
  const I = COLUMNS.interactions;
  for (const row of interactions.rows) {
    const id = customerOf(cellOf(interactions, row, I.customerId), cellOf(interactions, row, I.email));
    const date = dateOf(cellOf(interactions, row, I.date));
    if (!id || !date) continue;
    contacted(id, date);
    const channel = keyText(cellOf(interactions, row, I.channel)).toLowerCase();
    const direction = keyText(cellOf(interactions, row, I.direction)).toLowerCase();
    if (channel === 'form' && direction !== 'out') formReplies.push({ customerId: id, date });
  }
  const answers: SurveyAnswer[] = [];
  const S = COLUMNS.surveys;
  for (const row of surveys.rows) {
    const id = customerOf('', cellOf(surveys, row, S.email));
    const date = dateOf(cellOf(surveys, row, S.date));
    if (!id || !date) continue;
    answers.push({ customerId: id, date, nps: numberOf(cellOf(surveys, row, S.nps)) });
    formReplies.push({ customerId: id, date });
  }

  const savedSegments = new Map<string, string>();
  const segmentColumn = columnOf(segments, COLUMNS.segments.segment);
  const definitionColumn = columnOf(segments, COLUMNS.segments.definition);
  if (segmentColumn >= 0 && definitionColumn >= 0) {
    for (const row of segments.rows) {
      const name = keyText(row[segmentColumn] ?? '');
      const definition = keyText(row[definitionColumn] ?? '');
      if (name && definition) savedSegments.set(name, definition);
    }
  }
  const memberSets = new Map<string, Set<string>>();
  for (const row of members.slice(1)) {
    const rule = keyText(row[0] ?? '').toLowerCase();
    const id = keyText(row[1] ?? '');
    if (!rule || !id) continue;
    const set = memberSets.get(rule) ?? new Set<string>();
    set.add(id);
    memberSets.set(rule, set);
  }
  const outbox = readOutbox(outboxTable);
  const format: CellFormatter = (cell) =>
    mergeText(cell, (date) => new Date(dayNumber(date, timeZone) * 86_400_000).toISOString().slice(0, 10));
  const input: FollowUpInput = {
    now,
    timeZone,
    sequences,
    ruleProblems,
    customers: { header: customers.header, rows: customers.rows },
    orders: transactions.map((t) => ({ customerId: t.customerId, date: t.date })),
    formReplies,
    surveys: answers,
    lastContact,
    outbox,
    unsubscribed: unsubscribedCheck(queue),
    segments: savedSegments,
    members: memberSets,
    remainingQuota,
    format,
  };
  return {
    input,
    settings,
    customers,
    followUps,
    sequences,
    outbox,
    orders,
    outboxHeader: outboxTable.header,
  };
}
