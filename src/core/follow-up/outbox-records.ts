// The Outbox tab read into records of the exactly-once send protocol.
import { OUTBOX_STATUSES } from '../model/choices';
import type { Cell } from '../table/cell';
import { COLUMNS, type TabTable } from '../table/columns';
import { isValidDate } from '../table/is-valid-date';
import { columnOf, keyText } from '../table/sheet-table';

/** One of planned, sending, sent, failed, skipped, uncertain. */
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** One Outbox row. */
export interface OutboxRecord {
  /** Sheet row (header = 1). */
  row: number;
  key: string;
  rule: string;
  step: number;
  customerId: string;
  email: string;
  status: OutboxStatus | '';
  reason: string;
  plannedAt: Date | null;
  sentAt: Date | null;
}

function dateOf(cell: Cell | undefined): Date | null {
  if (isValidDate(cell)) return cell;
  if (typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(cell.trim())) {
    const date = new Date(cell.trim());
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}

/** Every Outbox row with a Key, in sheet order; a status typed in another case is read as the protocol's. */
export function readOutbox(table: TabTable<'outbox'>): OutboxRecord[] {
  const O = COLUMNS.outbox;
  const col = {
    key: columnOf(table, O.key),
    rule: columnOf(table, O.rule),
    step: columnOf(table, O.step),
    customerId: columnOf(table, O.customerId),
    email: columnOf(table, O.email),
    status: columnOf(table, O.status),
    reason: columnOf(table, O.reason),
    plannedAt: columnOf(table, O.plannedAt),
    sentAt: columnOf(table, O.sentAt),
  };
  const at = (row: Cell[], column: number): Cell => (column < 0 ? '' : (row[column] ?? ''));
  const records: OutboxRecord[] = [];
  table.rows.forEach((row, i) => {
    const key = keyText(at(row, col.key));
    if (!key) return;
    const statusText = keyText(at(row, col.status)).toLowerCase();
    const step = Number(at(row, col.step));
    records.push({
      row: i + 2,
      key,
      rule: keyText(at(row, col.rule)),
      step: Number.isInteger(step) && step > 0 ? step : 1,
      customerId: keyText(at(row, col.customerId)),
      email: keyText(at(row, col.email)),
      status: OUTBOX_STATUSES.find((s) => s === statusText) ?? '',
      reason: keyText(at(row, col.reason)),
      plannedAt: dateOf(at(row, col.plannedAt)),
      sentAt: dateOf(at(row, col.sentAt)),
    });
  });
  return records;
}
