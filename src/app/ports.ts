// The ports the use cases depend on; src/gas implements them over Apps Script services.
import type { ChartSpec, TabRange } from '../core/model/chart-spec';
import type { ColumnValidation } from '../core/model/tab-spec';
import type { Cell } from '../core/table/cell';

export type { Cell, ChartSpec, ColumnValidation, TabRange };

/**
 * The spreadsheet. Rows and columns are 1-based like Apps Script's. Every read is one
 * `getValues` and every write one `setValues`, whatever the number of rows, so the number of
 * spreadsheet calls of an operation does not grow with the data.
 */
export interface Workbook {
  /** IANA time zone of the spreadsheet. */
  timeZone(): string;
  /** Names of the tabs, in order. */
  tabNames(): string[];
  /** Every value of a tab (header row first), trailing empty rows left out; [] for an empty or missing tab. */
  readTab(tab: string): Cell[][];
  /** The header row of a tab (one getValues over row 1); [] for an empty or missing tab. */
  readHeader(tab: string): Cell[];
  /** A rectangular block of values (one getValues); cells past the last row come back ''. */
  readBlock(tab: string, row: number, column: number, rows: number, columns: number): Cell[][];
  /** The values of one column from `fromRow` to the last row of the tab; [] when there are none. */
  readColumn(tab: string, column: number, fromRow: number): Cell[];
  /** Writes a rectangular block whose top-left cell is (row, column), growing the grid when needed. */
  writeBlock(tab: string, row: number, column: number, values: Cell[][]): void;
  /** Writes rows below the last row that holds data; returns the row number of the first one written. */
  appendRows(tab: string, rows: Cell[][]): number;
  /** Deletes `count` rows from `row` on; the rows below move up (their formulas follow, as in Sheets). */
  deleteRows(tab: string, row: number, count: number): void;
  /** Empties rows `fromRow`…last of a tab (values only; formats and validation stay). */
  clearRows(tab: string, fromRow: number): void;
  /** Creates an empty tab at the end; throws when it exists. */
  createTab(tab: string): void;
  /** Hides a tab from the tab bar (the data stays readable). */
  hideTab(tab: string): void;
  /** Freezes the first `rows` rows. */
  freezeRows(tab: string, rows: number): void;
  /** Sets the number or date format of a column from row 2 down to the end of the grid. */
  formatColumn(tab: string, column: number, numberFormat: string): void;
  /** Sets the data validation of a column from row 2 down to the end of the grid. */
  validateColumn(tab: string, column: number, rule: ColumnValidation): void;
  /** Sets the data validation of one cell: the dropdown of a Settings value with a closed list. */
  validateCell(tab: string, row: number, column: number, rule: ColumnValidation): void;
  /** Sets the number formats of a block cell by cell (one setNumberFormats); cells past a short row get plain text. */
  formatBlock(tab: string, row: number, column: number, numberFormats: string[][]): void;
  /** Makes `count` header cells bold, from column `first` on. */
  boldHeader(tab: string, first: number, count: number): void;
  /** Sets the width in pixels of columns `first`…, one width each. */
  setColumnWidths(tab: string, first: number, widths: readonly number[]): void;
  /** Puts a filter on columns 1…`columns` from the header row to the end of the grid, unless the tab has one. */
  addFilter(tab: string, columns: number): void;
  /** Sets the note of the header cells from column `first` on, one each; '' leaves a cell without a note. */
  setHeaderNotes(tab: string, first: number, notes: readonly string[]): void;
  /** Replaces every chart of a tab by these. */
  replaceCharts(tab: string, charts: readonly ChartSpec[]): void;
  /** Makes a tab the one the workbook opens on. */
  activateTab(tab: string): void;
  /** Deletes a tab and everything in it. */
  deleteTab(tab: string): void;
  /** Applies every pending change (SpreadsheetApp.flush) so it is visible before a lock is released. */
  flush(): void;
}

/** The time source; in the emulator it is the virtual clock. */
export interface Clock {
  now(): Date;
}

/** A small persistent string store (document properties): values ≤ 9 KB, 500 KB in all. */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
}

/** Mutual exclusion between executions on the same document. */
export interface Lock {
  /**
   * Runs `work` holding the lock and always releases it.
   * Throws when the lock cannot be had within `timeoutMs`.
   */
  withLock<T>(timeoutMs: number, work: () => T): T;
}

/**
 * When an installable trigger runs: every `everyHours` hours, every day at `hour` (0–23) on the
 * wall clock of `timeZone`, or on each answer to the form linked to the spreadsheet.
 */
export type TriggerSchedule =
  | { kind: 'hourly'; everyHours: number }
  | { kind: 'daily'; hour: number; timeZone: string }
  | { kind: 'form-submit' };

/**
 * An installed trigger: the function it calls and its schedule. A trigger this port did not install
 * (made by hand in the Apps Script editor) has no known schedule: it is listed by its kind of event
 * only, 'clock' or 'other'.
 */
export type InstalledTrigger = { handler: string } & (TriggerSchedule | { kind: 'clock' | 'other' });

/** Installable triggers of the script, as the user who runs it has them. */
export interface Triggers {
  /** Installs a trigger that calls `handler` on `schedule`. */
  install(handler: string, schedule: TriggerSchedule): void;
  /** Every installed trigger of the script, in the order they were installed. */
  list(): InstalledTrigger[];
  /** Deletes every trigger calling `handler`; returns how many were deleted. */
  remove(handler: string): number;
}

/** Where long work reports how far it got (the CLI shows it on a TTY). */
export type Progress = (done: number, total: number, stage: string) => void;

/** Everything a use case may touch. */
export interface Ports {
  workbook: Workbook;
  clock: Clock;
  store: KeyValueStore;
  lock: Lock;
  triggers: Triggers;
  progress?: Progress;
}

/** One email as the follow-ups send it: to one bare address, with an HTML body and its plain-text alternative. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  htmlBody: string;
  textBody: string;
  /** Sender name shown to the customer (the address is the owner's account). */
  senderName: string;
  /** Where replies go: the owner. */
  replyTo: string;
}

/** Sends email from the owner's account, within the account's daily recipient quota. */
export interface Mailer {
  /**
   * Sends one email. Throws when the service refuses it (quota spent, bad address, body too large);
   * when it throws, nothing was sent.
   */
  send(email: OutgoingEmail): void;
  /** Recipients the account may still send to today. */
  remainingDailyQuota(): number;
}

/** Signs short texts with a secret only the script knows (HMAC-SHA256), for links strangers may open. */
export interface Signer {
  /** The URL-safe base64 signature of `message`. */
  sign(message: string): string;
}

/** An unsubscribe the web app recorded that the Customers tab may not show yet. */
export interface QueuedUnsubscribe {
  customerId: string;
  /** When the link was first opened (ISO 8601). */
  at: string;
  /** Set once a bound execution has logged that no row of Customers has this Customer ID. */
  missingLogged?: boolean;
  /**
   * Why the stored entry could not be read ("not JSON", "its time is not an instant"), when it
   * could not: the customer still counts as unsubscribed (the entry exists only because they
   * asked), `at` is '' and the time it is applied is written instead.
   */
  damaged?: string;
}

/**
 * Unsubscribes waiting to be written to Customers. The web app has no spreadsheet (Google
 * documents getActiveSpreadsheet as unavailable there), so it records them where it can write,
 * the script's properties, and bound executions apply them.
 */
export interface UnsubscribeQueue {
  /** Every queued entry, read at once. */
  entries(): QueuedUnsubscribe[];
  /**
   * Queues `customerId` at `at` unless it is queued already, atomically under the script lock.
   * Returns the entry kept and whether it is new (a second opening keeps the first time).
   */
  add(customerId: string, at: Date): { entry: QueuedUnsubscribe; added: boolean };
  /** Removes the entries of these customers (once they are written to Customers). */
  remove(customerIds: readonly string[]): void;
  /** Marks these entries as logged missing, so the Log names a missing customer once. */
  markMissingLogged(customerIds: readonly string[]): void;
}
