// Each customer's last NPS answer and last outgoing contact, from Surveys, Interactions and the Outbox.
import { normalizeEmail } from '../clean/normalize-email';
import type { Cell } from '../table/cell';
import { COLUMNS, type TabTable } from '../table/columns';
import { isValidDate } from '../table/is-valid-date';
import { cellOf } from '../table/sheet-table';
import { cellText } from './cell-text';

/** The tabs engagement is read from. */
export interface EngagementSource {
  surveys: TabTable<'surveys'>;
  interactions: TabTable<'interactions'>;
  outbox: TabTable<'outbox'>;
}

/** What a customer last answered and when they were last contacted; undefined when never. */
export interface Engagement {
  /** The NPS of the customer's latest survey answer that has one, by normalised email. */
  lastNps(email: string): Cell | undefined;
  /** The latest outgoing interaction by email, or by Customer ID, or sent Outbox email. */
  lastContacted(customerId: string, email: string): Date | undefined;
}

/** Keeps, per key, the latest date offered. */
function latestDates(): { offer(key: string, at: Date): void; get(key: string): Date | undefined } {
  const latest = new Map<string, Date>();
  return {
    offer(key, at) {
      const current = latest.get(key);
      if (!current || current < at) latest.set(key, at);
    },
    get: (key) => latest.get(key),
  };
}

/** The NPS of each email's latest dated answer; answers without an NPS do not count. */
function lastNpsByEmail(
  surveys: TabTable<'surveys'>,
  gmailDots: boolean,
): Map<string, { date: Date; value: Cell }> {
  const latest = new Map<string, { date: Date; value: Cell }>();
  for (const row of surveys.rows) {
    const value = cellOf(surveys, row, COLUMNS.surveys.nps);
    if (cellText(value) === '') continue;
    const date = cellOf(surveys, row, COLUMNS.surveys.date);
    const email = normalizeEmail(cellOf(surveys, row, COLUMNS.surveys.email), { gmailDots });
    if (!email || !isValidDate(date)) continue;
    const current = latest.get(email);
    if (!current || current.date.getTime() < date.getTime()) latest.set(email, { date, value });
  }
  return latest;
}

/**
 * Reads the engagement of every customer once. Last NPS is by email (survey forms collect emails);
 * last contacted is the later of an outgoing interaction with the customer's email and one logged
 * with their Customer ID or an Outbox email sent to them. Rows without a valid date are ignored.
 * Emails are compared normalised (normalizeEmail, with the Gmail dots setting).
 */
export function readEngagement(source: EngagementSource, gmailDots: boolean): Engagement {
  const { surveys, interactions, outbox } = source;
  const nps = lastNpsByEmail(surveys, gmailDots);
  const byEmail = latestDates();
  const byId = latestDates();
  for (const row of interactions.rows) {
    if (cellText(cellOf(interactions, row, COLUMNS.interactions.direction)).toLowerCase() !== 'out') continue;
    const date = cellOf(interactions, row, COLUMNS.interactions.date);
    if (!isValidDate(date)) continue;
    const email = normalizeEmail(cellOf(interactions, row, COLUMNS.interactions.email), { gmailDots });
    if (email) byEmail.offer(email, date);
    const id = cellText(cellOf(interactions, row, COLUMNS.interactions.customerId));
    if (id) byId.offer(id, date);
  }
  for (const row of outbox.rows) {
    if (cellText(cellOf(outbox, row, COLUMNS.outbox.status)).toLowerCase() !== 'sent') continue;
    const sentAt = cellOf(outbox, row, COLUMNS.outbox.sentAt);
    const id = cellText(cellOf(outbox, row, COLUMNS.outbox.customerId));
    if (id && isValidDate(sentAt)) byId.offer(id, sentAt);
  }
  return {
    lastNps: (email) => (email ? nps.get(email)?.value : undefined),
    lastContacted(customerId, email) {
      const contact = email ? byEmail.get(email) : undefined;
      const sent = byId.get(customerId);
      return contact && sent ? new Date(Math.max(contact.getTime(), sent.getTime())) : (contact ?? sent);
    },
  };
}
