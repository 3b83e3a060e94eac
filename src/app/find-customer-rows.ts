// Finds every row about one person, in every tab: by Customer ID, email or phone, with or without a Customers row.

import { escapeRegExp } from '../core/clean/escape-reg-exp';
import { normalizeEmail } from '../core/clean/normalize-email';
import { normalizePhone } from '../core/clean/normalize-phone';
import { COLUMNS } from '../core/table/columns';
import { cellOf, columnOf, type SheetTable } from '../core/table/sheet-table';
import type { Cell, Workbook } from './ports';
import { readTable } from './read-table';
import { TAB } from './tab-layouts';

/** The person as the workbook knows them: from their Customers row, or from the other tabs when they have none. */
export interface CustomerIdentity {
  /** '' for a person no tab gives a Customer ID (e.g. one who only answered a survey). */
  customerId: string;
  /** Normalised; '' when no tab gives one. */
  email: string;
  phone: string;
}

/** One tab's rows about the person (data-row indexes into `table.rows`, ascending). */
export interface CustomerRows {
  table: SheetTable;
  rows: number[];
  /**
   * Those of `rows` that are about somebody else, or about nobody, and only name the person in
   * their text (a Log row, another customer's note): their text names the person, the rest is not theirs.
   */
  mentions: Set<number>;
}

function text(value: unknown): string {
  return String(value ?? '').trim();
}

/** The columns that say whom a row is about. */
function identityColumns(table: SheetTable): { id: number; emails: number[]; phone: number } {
  return {
    id: columnOf(table, COLUMNS.customers.customerId),
    emails: [columnOf(table, COLUMNS.customers.email), columnOf(table, 'Email address')].filter(
      (c) => c >= 0,
    ),
    phone: columnOf(table, COLUMNS.customers.phone),
  };
}

/** The one value `pick` gives for the rows `keep` selects across the tables, or '' when none or several. */
function onlyValue(
  tables: readonly SheetTable[],
  keep: (table: SheetTable, row: readonly Cell[]) => boolean,
  pick: (table: SheetTable, row: readonly Cell[]) => string,
): string {
  const values = new Set<string>();
  for (const table of tables)
    for (const row of table.rows) {
      if (!keep(table, row)) continue;
      const value = pick(table, row);
      if (value) values.add(value);
    }
  return values.size === 1 ? [...values][0] : '';
}

/**
 * Looks the person up by Customer ID or email (compared normalised): in Customers first, else in
 * every other tab, so a person without a Customers row (who only answered a survey, wrote in,
 * or whose customer row was deleted) can still be exported and forgotten. Without a Customers
 * row their email is the one the rows with their Customer ID give, and their Customer ID the one
 * the rows with their email give (when exactly one). Then collects, from every tab but the hidden
 * undo tab, the rows whose Customer ID, Email or Phone column names them, and the rows whose text
 * names their Customer ID (IDs of 5 characters or more) or their email, such as a Log row (these
 * are listed in `mentions` too). Each tab is read once. Throws when no tab knows the person, or
 * when an email matches several customers (the Customer ID must then be given).
 */
export function findCustomerRows(
  workbook: Workbook,
  query: string,
): { identity: CustomerIdentity; tabs: CustomerRows[]; tables: SheetTable[] } {
  const names = workbook.tabNames().filter((name) => name !== TAB.undo);
  const tables = names.map((name) => readTable(workbook, name));
  const customers = tables.find((table) => table.tab === TAB.customers);
  if (!customers || customers.header.length === 0)
    throw new Error('The Customers tab is missing; run Set up first.');
  const wanted = text(query);
  const wantedEmail = normalizeEmail(wanted);
  // A blank query names nobody: without the check it would match the first row without a Customer ID.
  const hits = customers.rows.filter(
    (row) =>
      (wanted !== '' && text(cellOf(customers, row, COLUMNS.customers.customerId)) === wanted) ||
      (wantedEmail !== '' && normalizeEmail(cellOf(customers, row, COLUMNS.customers.email)) === wantedEmail),
  );
  const ids = new Set(hits.map((row) => text(cellOf(customers, row, COLUMNS.customers.customerId))));
  if (ids.size > 1)
    throw new Error(`Several customers have the email "${wanted}": give the Customer ID instead.`);
  const columns = new Map(tables.map((table) => [table, identityColumns(table)]));
  const idOf = (table: SheetTable, row: readonly Cell[]) => {
    const column = columns.get(table)!.id;
    return column < 0 ? '' : text(row[column]);
  };
  const emailOf = (table: SheetTable, row: readonly Cell[]) =>
    columns
      .get(table)!
      .emails.map((c) => normalizeEmail(row[c]))
      .find(Boolean) ?? '';
  let identity: CustomerIdentity;
  if (hits.length > 0) {
    identity = {
      customerId: text(cellOf(customers, hits[0], COLUMNS.customers.customerId)),
      email: normalizeEmail(cellOf(customers, hits[0], COLUMNS.customers.email)),
      phone: normalizePhone(cellOf(customers, hits[0], COLUMNS.customers.phone)),
    };
  } else if (wantedEmail !== '') {
    const withEmail = (table: SheetTable, row: readonly Cell[]) => emailOf(table, row) === wantedEmail;
    identity = { customerId: onlyValue(tables, withEmail, idOf), email: wantedEmail, phone: '' };
  } else {
    const withId = (table: SheetTable, row: readonly Cell[]) => wanted !== '' && idOf(table, row) === wanted;
    const known = tables.some((table) => table.rows.some((row) => withId(table, row)));
    identity = {
      customerId: known ? wanted : '',
      email: known ? onlyValue(tables, withId, emailOf) : '',
      phone: '',
    };
  }
  const tabs: CustomerRows[] = [];
  // Short IDs ("42") would be found inside unrelated text, so only IDs of 5 characters or more are searched for.
  const named = [
    ...(identity.customerId.length >= 5 ? [escapeRegExp(identity.customerId)] : []),
    ...(identity.email ? [escapeRegExp(identity.email)] : []),
  ];
  const mention = named.length
    ? new RegExp(`(^|[^\\p{L}\\p{N}._%+-])(${named.join('|')})(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])`, 'iu')
    : null;
  for (const table of tables) {
    const { id, emails, phone } = columns.get(table)!;
    const rows: number[] = [];
    const mentions = new Set<number>();
    table.rows.forEach((cells, i) => {
      const byId = id >= 0 && identity.customerId !== '' && text(cells[id]) === identity.customerId;
      const byEmail =
        identity.email !== '' && emails.some((c) => normalizeEmail(cells[c]) === identity.email);
      const byPhone = phone >= 0 && identity.phone !== '' && normalizePhone(cells[phone]) === identity.phone;
      if (byId || byEmail || byPhone) {
        rows.push(i);
        return;
      }
      // Text that names the person elsewhere (a merge's Log row, a Log row naming their email, a user's own column).
      if (mention !== null && cells.some((cell) => typeof cell === 'string' && mention.test(cell))) {
        rows.push(i);
        mentions.add(i);
      }
    });
    if (rows.length) tabs.push({ table, rows, mentions });
  }
  if (tabs.length === 0) throw new Error(`No customer has the Customer ID or email "${wanted}".`);
  return { identity, tabs, tables };
}
