// Checks an undo snapshot read back from its hidden tab, so a damaged or foreign one is refused in words.
import { isValidDate } from '../core/table/is-valid-date';
import type { Cell } from './ports';
import type { CellsSnapshot, RowsSnapshot, Snapshot, TabSnapshot } from './snapshot';
import type { UndoOperation } from './undo-operation';

/** Thrown for a stored value that is not what was saved; `where` says which part of it. */
export class StoredSnapshotError extends Error {
  constructor(readonly where: string) {
    super(where);
  }
}

/** Where a value is in the snapshot, worked out only when it is wrong (a snapshot holds millions of cells). */
type Where = () => string;

type Check<T> = (value: unknown, where: Where) => T;

function fail(where: Where, what: string): never {
  throw new StoredSnapshotError(`${where()} (${what})`);
}

/** `where` of a field of the value at `where`. */
function field(where: Where, name: string): Where {
  return () => `${where()}.${name}`;
}

const text: Check<string> = (value, where) => (typeof value === 'string' ? value : fail(where, 'not text'));

const whole: Check<number> = (value, where) =>
  Number.isInteger(value) && (value as number) >= 0 ? (value as number) : fail(where, 'not a count');

const cell: Check<Cell> = (value, where) =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || isValidDate(value)
    ? value
    : fail(where, 'not a cell value');

function list<T>(item: Check<T>): Check<T[]> {
  return (value, where) =>
    Array.isArray(value)
      ? value.map((entry, i) => item(entry, () => `${where()}[${i}]`))
      : fail(where, 'not a list');
}

function pair<A, B>(first: Check<A>, second: Check<B>): Check<[A, B]> {
  return (value, where) => {
    if (!Array.isArray(value) || value.length !== 2) fail(where, 'not a pair');
    return [first(value[0], () => `${where()}[0]`), second(value[1], () => `${where()}[1]`)];
  };
}

function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value, where) => (value === undefined ? undefined : check(value, where));
}

function record(value: unknown, where: Where): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : fail(where, 'not an object');
}

const cells = list(cell);
const keyedCells = list(pair(text, cells));

function rowsPart(part: Record<string, unknown>, where: Where): RowsSnapshot {
  const checked: RowsSnapshot = {
    kind: 'rows',
    tab: text(part.tab, field(where, 'tab')),
    keyHeaders: list(text)(part.keyHeaders, field(where, 'keyHeaders')),
    headers: list(text)(part.headers, field(where, 'headers')),
    before: keyedCells(part.before, field(where, 'before')),
    added: list(text)(part.added, field(where, 'added')),
  };
  const after = optional(keyedCells)(part.after, field(where, 'after'));
  const afterPrints = optional(list(pair(text, text)))(part.afterPrints, field(where, 'afterPrints'));
  const addedPrints = optional(list(text))(part.addedPrints, field(where, 'addedPrints'));
  const addedHeaders = optional(list(text))(part.addedHeaders, field(where, 'addedHeaders'));
  return {
    ...checked,
    ...(after ? { after } : {}),
    ...(afterPrints ? { afterPrints } : {}),
    ...(addedPrints ? { addedPrints } : {}),
    ...(addedHeaders ? { addedHeaders } : {}),
  };
}

function tabPart(part: Record<string, unknown>, where: Where): TabSnapshot {
  return {
    kind: 'tab',
    tab: text(part.tab, field(where, 'tab')),
    values: list(cells)(part.values, field(where, 'values')),
  };
}

function cellsPart(part: Record<string, unknown>, where: Where): CellsSnapshot {
  const changed = list((value, at): [number, number, Cell] => {
    if (!Array.isArray(value) || value.length !== 3) fail(at, 'not [row, column, value]');
    return [
      whole(value[0], () => `${at()}[0]`),
      whole(value[1], () => `${at()}[1]`),
      cell(value[2], () => `${at()}[2]`),
    ];
  })(part.cells, field(where, 'cells'));
  const rows = optional(list(pair(whole, cells)))(part.rows, field(where, 'rows'));
  return {
    kind: 'cells',
    tab: text(part.tab, field(where, 'tab')),
    cells: changed,
    ...(rows ? { rows } : {}),
  };
}

const PARTS: Record<string, (part: Record<string, unknown>, where: Where) => Snapshot['parts'][number]> = {
  rows: rowsPart,
  tab: tabPart,
  cells: cellsPart,
};

/**
 * The operation of a snapshot. Snapshots saved before operations were kept as data hold a line
 * of text ("refresh", "import <channel> <file key>"): the file key has no spaces, so the channel
 * is whatever lies between the first word and the last.
 */
export function checkStoredOperation(value: unknown, where: Where = () => 'operation'): UndoOperation {
  if (typeof value === 'string') {
    if (value === 'refresh' || value === 'forget' || value === 'merge') return { kind: value };
    const words = value.split(' ');
    if (words[0] === 'import' && words.length >= 3) {
      return { kind: 'import', channel: words.slice(1, -1).join(' '), fileKey: words[words.length - 1] };
    }
    fail(where, `unknown operation "${value}"`);
  }
  const operation = record(value, where);
  if (operation.kind === 'refresh' || operation.kind === 'forget' || operation.kind === 'merge')
    return { kind: operation.kind };
  if (operation.kind === 'import') {
    return {
      kind: 'import',
      channel: text(operation.channel, field(where, 'channel')),
      fileKey: text(operation.fileKey, field(where, 'fileKey')),
    };
  }
  if (operation.kind === 'segment') {
    return { kind: 'segment', segment: text(operation.segment, field(where, 'segment')) };
  }
  return fail(field(where, 'kind'), `unknown operation ${JSON.stringify(operation.kind)}`);
}

/**
 * The snapshot `value` (parsed from its tab, Dates revived) when it has every field a snapshot
 * has, with the types undo relies on. Throws StoredSnapshotError naming the first field that does
 * not, so undo never acts on half a snapshot or fails deep inside.
 */
export function checkStoredSnapshot(value: unknown): Snapshot {
  const snapshot = record(value, () => 'the snapshot');
  const parts = list((entry, where) => {
    const part = record(entry, where);
    const check = typeof part.kind === 'string' ? PARTS[part.kind] : undefined;
    return check
      ? check(part, where)
      : fail(field(where, 'kind'), `unknown kind ${JSON.stringify(part.kind)}`);
  })(snapshot.parts, () => 'parts');
  return {
    operation: checkStoredOperation(snapshot.operation),
    takenAt: text(snapshot.takenAt, () => 'takenAt'),
    parts,
  };
}

/** The index kept beside the snapshot (cell B1): its operation, time and size. */
export function checkStoredIndex(value: unknown): {
  operation: UndoOperation;
  takenAt: string;
  cells: number;
  length: number;
} {
  const index = record(value, () => 'the index');
  return {
    operation: checkStoredOperation(index.operation),
    takenAt: text(index.takenAt, () => 'takenAt'),
    cells: whole(index.cells, () => 'cells'),
    length: whole(index.length, () => 'length'),
  };
}
