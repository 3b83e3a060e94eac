// Undo snapshots: what a bulk operation will change, saved before it runs, in a hidden owned tab.
//
// Where: a hidden tab ("CRM Undo"), one JSON text cut into cells of 32,000 characters in column A,
// with a small index (operation, time, number of cells, length) in cell B1 to check it against.
// Document properties cap values at 9 KB and the whole store at 500 KB, which a refresh of a few
// thousand customers already exceeds; a tab holds megabytes, is written with one setValues, and
// travels with the data it protects (a copy of the spreadsheet, or the .xlsx the CLI works on,
// carries its undo along), so nothing about it lives in properties.
import { isValidDate } from '../core/table/is-valid-date';
import { checkStoredIndex, checkStoredSnapshot, StoredSnapshotError } from './check-stored-snapshot';
import type { Cell, Workbook } from './ports';
import { TAB } from './tab-layouts';
import type { UndoOperation } from './undo-operation';

/** Rows of a tab identified by key columns: the cells before the operation and the rows it added. */
export interface RowsSnapshot {
  kind: 'rows';
  tab: string;
  /** Headers whose values, joined, identify a row (e.g. Channel + Order ID). */
  keyHeaders: readonly string[];
  /** The headers the saved cells belong to (all of the row, or only the owned columns). */
  headers: readonly string[];
  /** Saved cells per row key; a key missing from the tab at undo time is appended back. */
  before: Array<[string, Cell[]]>;
  /**
   * The same cells as the operation left them, per row key: undo restores only a cell the
   * operation changed (before and after differ) that still holds what it wrote, so an edit the
   * user made since, in that cell or any other, stays. Without it (snapshots of earlier versions)
   * every saved cell is restored.
   */
  after?: Array<[string, Cell[]]>;
  /**
   * Instead of `after`, where the operation writes many cells (a refresh): per row key, the
   * fingerprint (fingerprintRow over `headers`) of the cells as the operation left them. A row that
   * still holds them all gets its saved cells back; a row whose cells the user changed since is
   * left as it is, its changed cells counted.
   */
  afterPrints?: Array<[string, string]>;
  /** Keys of rows the operation appended; undo removes them. */
  added: string[];
  /**
   * Fingerprints (fingerprintRow over `addedHeaders`) of the appended rows as written, in the
   * order of `added`; '' where unknown. Undo keeps, and counts, an appended row edited since.
   */
  addedPrints?: string[];
  addedHeaders?: string[];
}

/** A whole small tab (Dashboard, Surveys): undo writes it back as it was. */
export interface TabSnapshot {
  kind: 'tab';
  tab: string;
  values: Cell[][];
}

/** Single cells changed in place (forget): [sheet row, column, value before], 1-based. */
export interface CellsSnapshot {
  kind: 'cells';
  tab: string;
  cells: Array<[number, number, Cell]>;
  /**
   * Each changed row as the operation left it, by its sheet row then: undo finds the row again by
   * these cells when the user has sorted the tab since, and leaves alone a row edited since.
   */
  rows?: Array<[number, Cell[]]>;
}

/** Everything one operation changed. */
export interface Snapshot {
  operation: UndoOperation;
  takenAt: string;
  parts: Array<RowsSnapshot | TabSnapshot | CellsSnapshot>;
}

/** The index kept in cell B1. */
interface SnapshotIndex {
  operation: UndoOperation;
  takenAt: string;
  cells: number;
  length: number;
}

const TITLE = 'Undo snapshot of the last bulk operation (Solo CRM): do not edit';
/** Under both Google Sheets' 50,000 characters a cell and the .xlsx format's 32,767, so the CLI's workbooks keep their undo. */
const CELL_CHARS = 32_000;
/**
 * Every chunk starts with this letter so Sheets stores it as text: a chunk that happened to begin
 * with "=" or look like a number or a date would otherwise be converted.
 */
const CHUNK_PREFIX = 's';

/**
 * The snapshot as JSON, each valid Date as {"$date": milliseconds}. The dates are replaced in a copy
 * first (only the containers that hold one are copied) rather than by a replacer function, which
 * would be called for every one of the hundreds of thousands of values of a large refresh and keep
 * JSON.stringify off its fast path; the text is the same.
 */
function encode(snapshot: Snapshot): string {
  return JSON.stringify(markDates(snapshot));
}

function markDates(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (isValidDate(value)) return { $date: value.getTime() };
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (typeof item !== 'object' || item === null) continue;
      const marked = markDates(item);
      if (marked !== item) {
        copy ??= value.slice();
        copy[i] = marked;
      }
    }
    return copy ?? value;
  }
  // An invalid Date stays as it is: JSON writes it as null either way.
  if (Object.prototype.toString.call(value) === '[object Date]') return value;
  let copy: Record<string, unknown> | null = null;
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (typeof item !== 'object' || item === null) continue;
    const marked = markDates(item);
    if (marked !== item) {
      copy ??= { ...(value as Record<string, unknown>) };
      copy[key] = marked;
    }
  }
  return copy ?? value;
}

/** The error for a snapshot that is not as it was saved: undo refuses it rather than restore half of it. */
function damaged(why?: string): Error {
  return new Error(
    `The undo snapshot in the hidden "${TAB.undo}" tab is damaged${why ? ` (${why})` : ''}; it cannot be restored.`,
  );
}

/**
 * `text` parsed and checked (checkStoredSnapshot, checkStoredIndex) by `check`; throws `damaged`
 * naming what is wrong when it is not JSON or not what was saved.
 */
function parseStored<T>(
  text: string,
  check: (value: unknown) => T,
  reviver?: (key: string, value: unknown) => unknown,
): T {
  let value: unknown;
  try {
    value = JSON.parse(text, reviver);
  } catch {
    throw damaged('its text is not JSON');
  }
  try {
    return check(value);
  } catch (error) {
    if (error instanceof StoredSnapshotError) throw damaged(error.message);
    throw error;
  }
}

function decode(text: string): Snapshot {
  return parseStored(text, checkStoredSnapshot, (_key, value) =>
    value !== null && typeof value === 'object' && typeof (value as { $date?: unknown }).$date === 'number'
      ? new Date((value as { $date: number }).$date)
      : value,
  );
}

/** The index in B1, or null when there is no snapshot; throws when B1 holds an index that is not one. */
function readIndex(workbook: Workbook): SnapshotIndex | null {
  const raw = String(workbook.readHeader(TAB.undo)[1] ?? '');
  if (!raw.startsWith(CHUNK_PREFIX)) return null;
  return parseStored(raw.slice(CHUNK_PREFIX.length), checkStoredIndex);
}

/**
 * Saves the snapshot of the operation about to run, replacing the previous one (undo goes back one
 * operation only). Costs one read of the header, one clear and two writes, whatever its size.
 */
export function saveSnapshot(workbook: Workbook, snapshot: Snapshot): void {
  const text = encode(snapshot);
  const chunks: Cell[][] = [];
  for (let at = 0; at < text.length; at += CELL_CHARS)
    chunks.push([CHUNK_PREFIX + text.slice(at, at + CELL_CHARS)]);
  if (workbook.readHeader(TAB.undo).length === 0) {
    if (!workbook.tabNames().includes(TAB.undo)) workbook.createTab(TAB.undo);
    workbook.formatColumn(TAB.undo, 1, '@');
    workbook.hideTab(TAB.undo);
  } else {
    workbook.clearRows(TAB.undo, 2);
  }
  workbook.writeBlock(TAB.undo, 2, 1, chunks);
  const index: SnapshotIndex = {
    operation: snapshot.operation,
    takenAt: snapshot.takenAt,
    cells: chunks.length,
    length: text.length,
  };
  // The index is written last: a run that dies before it leaves no index, so no half snapshot is trusted.
  workbook.writeBlock(TAB.undo, 1, 1, [[TITLE, CHUNK_PREFIX + JSON.stringify(index)]]);
}

/** The operation the saved snapshot belongs to, without reading the snapshot; null when there is none. */
export function snapshotSummary(workbook: Workbook): { operation: UndoOperation; takenAt: string } | null {
  const index = readIndex(workbook);
  return index && { operation: index.operation, takenAt: index.takenAt };
}

/**
 * Reads the saved snapshot back. Returns null when there is none; throws when the hidden tab no
 * longer matches its index (edited or truncated) or holds something other than a snapshot, rather
 * than restoring half a snapshot. A snapshot saved by an earlier version, whose operation is a line
 * of text, reads back as the same operation (checkStoredOperation).
 */
export function loadSnapshot(workbook: Workbook): Snapshot | null {
  const index = readIndex(workbook);
  if (!index) return null;
  const cells = workbook.readColumn(TAB.undo, 1, 2);
  const text = cells
    .slice(0, index.cells)
    .map((cell) => String(cell).slice(CHUNK_PREFIX.length))
    .join('');
  if (cells.length < index.cells || text.length !== index.length) {
    throw damaged();
  }
  return decode(text);
}

/** Forgets the saved snapshot (after an undo, so the same operation is not undone twice). */
export function clearSnapshot(workbook: Workbook): void {
  if (!workbook.tabNames().includes(TAB.undo)) return;
  workbook.clearRows(TAB.undo, 1);
}
