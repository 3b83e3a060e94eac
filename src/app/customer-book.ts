// The Customers tab while an import runs: incoming people matched (core matchCustomers), merged (core planMerge) or added.

import { type MatchableCustomer, matchCustomers } from '../core/clean/match-customers';
import { nameKey } from '../core/clean/name-key';
import { neutralizeFormula } from '../core/clean/neutralize-formula';
import { normalizeEmail } from '../core/clean/normalize-email';
import { normalizePhone } from '../core/clean/normalize-phone';
import { planMerge } from '../core/clean/plan-merge';
import { COLUMNS, type Header, isHeaderOf, type TabTable } from '../core/table/columns';
import { cellOf, columnOf, keyText, padRow } from '../core/table/sheet-table';
import type { LogEntry } from './log';
import type { Cell, KeyValueStore } from './ports';

/** Who an incoming record is about, as the presets read it. */
export interface IncomingCustomer {
  name: string;
  email: string;
  phone: string;
  company: string;
  /** Accepts marketing: 'yes', 'no', or '' when the channel does not say. */
  consent: '' | 'yes' | 'no';
  tags: string;
}

/** One incoming customer with where it comes from. */
export interface IncomingContext {
  who: IncomingCustomer;
  channel: string;
  /** When the record happened: the new customer's "Created at", and the date beside values kept in Notes. */
  date: Date;
  /** The record, as the merge Log row names it ("stripe order ch_1"): never personal data. */
  source: string;
}

/** A possible duplicate that matching by email and phone did not join: only suggested. */
export interface MergeSuggestion {
  customerId: string;
  similarTo: string;
  reason: string;
}

export interface MatchingOptions {
  /** Settings "Gmail dots": Gmail addresses match without dots and +tags. */
  gmailDots?: boolean;
  /** Settings "Default country" of phone numbers without a country code. */
  defaultCountry?: string;
}

/** Document property holding the number of the last Customer ID issued, so no ID is issued twice. */
export const LAST_CUSTOMER_ID_KEY = 'crm.customers.lastIssuedId';

/**
 * Where IDs issued earlier are remembered: the high-water mark in document properties, and
 * anything else that may still name an issued ID (the Orders' Customer ID column, the undo
 * snapshot holding a forgotten customer's cells).
 */
export interface IssuedIds {
  store: KeyValueStore;
  /** Cells, arrays or records searched for "C000123" text (the Orders' Customer ID column). */
  seen?: readonly unknown[];
  /**
   * More records to search, read only when the store has no mark yet (a workbook from before it
   * was kept): the undo snapshot, which may hold a forgotten customer's ID. Once the mark is set it
   * covers them, since it is set only after they were searched or by the forget that replaced them.
   */
  unmarked?: () => unknown;
}

/** The highest number of a "C000123" Customer ID found anywhere in `value` (arrays and records walked), or 0. */
function highestIdNumber(value: unknown): number {
  let highest = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === 'string') {
      const id = /^C(\d+)$/.exec(item.trim());
      if (id) highest = Math.max(highest, Number(id[1]));
    } else if (Array.isArray(item)) {
      // One by one: spreading half a million Orders cells into push() would overflow the call stack.
      for (const element of item) stack.push(element);
    } else if (item !== null && typeof item === 'object' && !(item instanceof Date)) {
      for (const element of Object.values(item)) stack.push(element);
    }
  }
  return highest;
}

/** Fields planMerge merges, by Customers header. */
const MERGED = [
  COLUMNS.customers.name,
  COLUMNS.customers.email,
  COLUMNS.customers.phone,
  COLUMNS.customers.company,
  COLUMNS.customers.tags,
  COLUMNS.customers.consent,
  COLUMNS.customers.notes,
] as const;

/** Every Customers column a merge may change: planMerge's fields and the Channel list. */
export const MERGE_HEADERS: readonly Header<'customers'>[] = [...MERGED, COLUMNS.customers.channel];

function text(value: unknown): string {
  return String(value ?? '').trim();
}

/** A stored cell without the apostrophe that neutralised it. */
function plain(value: Cell): Cell {
  return typeof value === 'string' ? value.replace(/^'/, '') : value;
}

/** What Sheets must store: text that would start a formula is neutralised, other values kept. */
function stored(value: unknown): Cell {
  if (typeof value === 'string') return String(neutralizeFormula(value));
  return value as Cell;
}

/** Adds comma-separated values to a list cell without repeating one (case ignored). */
function addToList(list: Cell, value: string): string {
  const items = text(list)
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  for (const item of value.split(',').map((v) => v.trim())) {
    if (item && !items.some((existing) => existing.toLowerCase() === item.toLowerCase())) items.push(item);
  }
  return items.join(', ');
}

/**
 * The Customers rows of one import execution, read once. `resolve` gives each incoming record its
 * Customer ID: the customer with the same email, else phone (matchCustomers, also across the
 * records of the same file), merged with planMerge so no value is lost; or a new customer with a
 * fresh ID "C000123": above every ID the Customers tab holds and, given `issued`, above the
 * high-water mark kept in document properties and every ID the Orders tab or the undo snapshot
 * still names, so the ID of a deleted or forgotten customer is never given to somebody else (who
 * would inherit their orders). Rows changed by a merge keep their cells before, for the undo snapshot,
 * and one Log entry (without personal data) each.
 */
export class CustomerBook {
  /** Data-row index → the row's cells before the first merge into it (rows that existed only). */
  readonly merged = new Map<number, Cell[]>();
  readonly mergeLog: LogEntry[] = [];
  readonly suggestions: MergeSuggestion[] = [];
  /** Rows from this index on were added by this execution. */
  readonly firstNew: number;
  added = 0;
  private readonly matchable: MatchableCustomer[];
  /** New customers known by name only (no email, no phone), so one file's POS orders land on one customer. */
  private readonly nameOnly = new Map<string, number>();
  private nextNumber = 1;

  constructor(
    readonly table: TabTable<'customers'>,
    private readonly options: MatchingOptions,
    private readonly issued?: IssuedIds,
  ) {
    this.firstNew = table.rows.length;
    this.matchable = table.rows.map((row) => this.matchableOf(row));
    const column = columnOf(table, COLUMNS.customers.customerId);
    let highest = column < 0 ? 0 : highestIdNumber(table.rows.map((row) => row[column] ?? ''));
    if (issued) {
      const saved = issued.store.get(LAST_CUSTOMER_ID_KEY);
      const mark = Number(saved ?? '');
      if (saved !== null && Number.isSafeInteger(mark)) highest = Math.max(highest, mark);
      else if (issued.unmarked) highest = Math.max(highest, highestIdNumber(issued.unmarked()));
      highest = Math.max(highest, highestIdNumber(issued.seen ?? []));
    }
    this.nextNumber = highest + 1;
  }

  /** The Customer ID of each incoming record, in order, merging or adding customers as needed. */
  resolve(batch: readonly IncomingContext[]): string[] {
    const matches = matchCustomers(
      this.matchable,
      batch.map((b) => b.who),
      this.options,
    );
    const rowOf: number[] = [];
    const addedBefore = this.added;
    const ids = batch.map((incoming, i) => {
      const { match, suggestions } = matches[i];
      let at: number | undefined;
      if (match) at = match.kind === 'existing' ? match.index : rowOf[match.index];
      const name = nameKey(incoming.who.name);
      const reachable =
        normalizeEmail(incoming.who.email, this.options) !== '' ||
        normalizePhone(incoming.who.phone, this.options.defaultCountry) !== '';
      if (at === undefined && !reachable && name) at = this.nameOnly.get(name);
      if (at === undefined) {
        at = this.add(incoming);
        if (!reachable && name) this.nameOnly.set(name, at);
        for (const suggestion of suggestions) {
          const other = suggestion.kind === 'existing' ? suggestion.index : rowOf[suggestion.index];
          if (other === undefined || other === at) continue;
          this.suggestions.push({
            customerId: this.idOf(at),
            similarTo: this.idOf(other),
            reason: suggestion.reason,
          });
        }
      } else {
        this.merge(at, incoming);
      }
      rowOf[i] = at;
      return this.idOf(at);
    });
    // Remembered before any row is written: should the run die after, the IDs stay spent.
    if (this.issued && this.added > addedBefore)
      this.issued.store.set(LAST_CUSTOMER_ID_KEY, String(this.nextNumber - 1));
    return ids;
  }

  private idOf(at: number): string {
    return text(cellOf(this.table, this.table.rows[at], COLUMNS.customers.customerId));
  }

  private matchableOf(row: readonly Cell[]): MatchableCustomer {
    const field = (header: Header<'customers'>) => text(plain(cellOf(this.table, row, header)));
    return {
      name: field(COLUMNS.customers.name),
      email: field(COLUMNS.customers.email),
      phone: field(COLUMNS.customers.phone),
      company: field(COLUMNS.customers.company),
    };
  }

  private set(row: Cell[], header: Header<'customers'>, value: Cell): void {
    const column = columnOf(this.table, header);
    if (column >= 0) row[column] = value;
  }

  /** Values of an incoming customer by Customers header; E.164 phones; consent as a checkbox value. */
  private incomingFields(who: IncomingCustomer): Record<string, unknown> {
    const phone = normalizePhone(who.phone, this.options.defaultCountry);
    return {
      [COLUMNS.customers.name]: text(who.name),
      [COLUMNS.customers.email]: text(who.email),
      [COLUMNS.customers.phone]: phone || text(who.phone),
      [COLUMNS.customers.company]: text(who.company),
      [COLUMNS.customers.tags]: text(who.tags),
      [COLUMNS.customers.consent]: who.consent === '' ? '' : who.consent === 'yes',
    };
  }

  /** Appends a new customer; returns its data-row index. */
  private add(incoming: IncomingContext): number {
    const row = padRow([], this.table.header.length);
    for (const [header, value] of Object.entries(this.incomingFields(incoming.who)))
      if (isHeaderOf('customers', header)) this.set(row, header, stored(value));
    this.set(row, COLUMNS.customers.customerId, `C${String(this.nextNumber++).padStart(6, '0')}`);
    this.set(row, COLUMNS.customers.channel, incoming.channel);
    this.set(row, COLUMNS.customers.createdAt, incoming.date);
    this.table.rows.push(row);
    this.matchable.push(this.matchableOf(row));
    this.added++;
    return this.table.rows.length - 1;
  }

  /** Merges an incoming customer into row `at` (planMerge) and adds the channel to its list. */
  private merge(at: number, incoming: IncomingContext): void {
    const table = this.table;
    const row = padRow(table.rows[at], table.header.length);
    const before = row.slice();
    const existing: Record<string, unknown> = {};
    for (const header of MERGED) existing[header] = plain(cellOf(table, row, header));
    const plan = planMerge(
      existing,
      this.incomingFields(incoming.who),
      { channel: incoming.channel, date: incoming.date.toISOString().slice(0, 10) },
      this.options,
    );
    for (const change of plan.changes)
      if (isHeaderOf('customers', change.field)) this.set(row, change.field, stored(change.after));
    this.set(
      row,
      COLUMNS.customers.channel,
      addToList(cellOf(table, row, COLUMNS.customers.channel), incoming.channel),
    );
    if (!row.some((cell, i) => keyText(cell) !== keyText(before[i] ?? ''))) return;
    table.rows[at] = row;
    this.matchable[at] = this.matchableOf(row);
    if (at >= this.firstNew) return;
    if (!this.merged.has(at)) this.merged.set(at, before);
    const changed = plan.changes.map((c) => c.field).filter((field) => field !== COLUMNS.customers.notes);
    const conflicts = plan.conflicts.map((c) => c.field);
    this.mergeLog.push({
      action: 'merge',
      result: 'ok',
      counts: { 'fields changed': changed.length, 'conflicts kept in Notes': conflicts.length },
      details: [
        `${this.idOf(at)} ← ${incoming.source}`,
        changed.length ? `changed ${changed.join(', ')}` : '',
        conflicts.length ? `conflicting ${conflicts.join(', ')} kept in Notes` : '',
      ]
        .filter(Boolean)
        .join('; '),
    });
  }
}
