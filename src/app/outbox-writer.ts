// Writes the Outbox as the send protocol needs: new rows in one append, and status changes row by row as they happen.
import type { OutboxStatus } from '../core/follow-up/outbox-records';
import { COLUMNS } from '../core/table/columns';
import { headerIndex } from '../core/table/header-index';
import { normalizeHeader } from '../core/table/normalize-header';
import type { Cell, Workbook } from './ports';
import { TAB } from './tab-layouts';

/** One new Outbox row. */
export interface NewOutboxRow {
  key: string;
  rule: string;
  step: number;
  customerId: string;
  email: string;
  subject: string;
  status: OutboxStatus;
  reason: string;
  plannedAt: Date;
}

/** A status change of one Outbox row: Status and Reason, its Planned at as it is, and Sent at once sent. */
export interface OutboxChange {
  row: number;
  status: OutboxStatus;
  reason: string;
  plannedAt: Date | null;
  sentAt?: Date;
}

const O = COLUMNS.outbox;

/**
 * The Outbox of one run, by the header as read. Status, Reason and Sent at are written as one
 * block per change, or per run of adjacent rows (Set up lays them out side by side).
 */
export class OutboxWriter {
  private readonly index: Map<string, number>;
  private readonly width: number;

  constructor(
    private readonly workbook: Workbook,
    header: readonly Cell[],
  ) {
    this.index = headerIndex(header);
    this.width = header.length;
    for (const column of [O.key, O.status, O.reason, O.sentAt]) {
      if (!this.index.has(normalizeHeader(column)))
        throw new Error(`The Outbox tab has no "${column}" column; run Set up.`);
    }
  }

  private column(header: string): number {
    return this.index.get(normalizeHeader(header)) ?? -1;
  }

  /** Appends the rows in one call; returns the sheet row of the first (0 when there are none). */
  append(rows: readonly NewOutboxRow[]): number {
    if (rows.length === 0) return 0;
    const cells = rows.map((row) => {
      const out: Cell[] = new Array(this.width).fill('');
      const put = (header: string, value: Cell) => {
        const column = this.column(header);
        if (column >= 0) out[column] = value;
      };
      put(O.key, row.key);
      put(O.rule, row.rule);
      put(O.step, row.step);
      put(O.customerId, row.customerId);
      put(O.email, row.email);
      put(O.subject, row.subject);
      put(O.status, row.status);
      put(O.reason, row.reason);
      put(O.plannedAt, row.plannedAt);
      return out;
    });
    return this.workbook.appendRows(TAB.outbox, cells);
  }

  /**
   * Writes the changes of adjacent rows (ascending, no gaps): one block over Status, Reason, Planned at
   * and Sent at when they sit side by side (Set up's layout), else one block per column.
   */
  write(changes: readonly OutboxChange[]): void {
    if (changes.length === 0) return;
    const first = changes[0].row;
    const fields: Array<[number, (change: OutboxChange) => Cell]> = [
      [this.column(O.status), (change) => change.status],
      [this.column(O.reason), (change) => change.reason],
      [this.column(O.plannedAt), (change) => change.plannedAt ?? ''],
      [this.column(O.sentAt), (change) => change.sentAt ?? ''],
    ];
    const present = fields.filter(([column]) => column >= 0).sort((a, b) => a[0] - b[0]);
    const side = present[present.length - 1][0] - present[0][0] === present.length - 1;
    if (side) {
      const block = changes.map((change) => present.map(([, value]) => value(change)));
      this.workbook.writeBlock(TAB.outbox, first, present[0][0] + 1, block);
      return;
    }
    for (const [column, value] of present) {
      this.workbook.writeBlock(
        TAB.outbox,
        first,
        column + 1,
        changes.map((change) => [value(change)]),
      );
    }
  }
}
