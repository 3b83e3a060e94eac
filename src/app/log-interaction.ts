// Logs a call, meeting or note from the sidebar: one Interactions row, written as text, never as a formula.
import { cellText } from '../core/analytics/cell-text';
import { neutralizeFormula } from '../core/clean/neutralize-formula';
import { DIRECTIONS, INTERACTION_CHANNELS } from '../core/model/choices';
import { COLUMNS } from '../core/table/columns';
import { headerIndex } from '../core/table/header-index';
import { normalizeHeader } from '../core/table/normalize-header';
import { cellOf } from '../core/table/sheet-table';
import { customerRow } from './customer-row';
import type { Cell, Ports } from './ports';
import { TAB } from './tab-layouts';

/** What the sidebar sends to log one interaction. */
export interface InteractionRequest {
  customerId: string;
  /** One of the Interactions channels: email, phone, social, web, form, meeting, chat. */
  channel: string;
  /** 'in' (they reached out), 'out' (you did) or '' (a note). */
  direction?: string;
  subject?: string;
  notes?: string;
}

/** The row written. */
export interface LoggedInteraction {
  /** Sheet row of the new Interactions row. */
  row: number;
  /** ISO instant written in Date. */
  at: string;
}

const MAX_TEXT = 5_000;

function checked(value: unknown, name: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length > MAX_TEXT) throw new Error(`${name} is longer than ${MAX_TEXT} characters.`);
  return text;
}

/**
 * Appends one Interactions row for a customer of the Customers tab: Date now, their Customer ID and
 * Email, the channel and direction (checked against the tab's lists), subject and notes, Source
 * "sidebar". Text that Sheets would take for a formula is kept as text (neutralizeFormula). Columns
 * are found by header name, so a user's own columns and order are kept. Reads Customers and the
 * Interactions header once and appends once. Throws on an unknown channel or direction, an unknown
 * customer, or a missing Interactions tab.
 */
export function logInteraction(
  ports: Pick<Ports, 'workbook' | 'clock'>,
  request: InteractionRequest,
): LoggedInteraction {
  const channel = checked(request.channel, 'Channel').toLowerCase();
  if (!(INTERACTION_CHANNELS as readonly string[]).includes(channel))
    throw new Error(`Channel must be one of ${INTERACTION_CHANNELS.join(', ')}; "${channel}" is not.`);
  const direction = checked(request.direction ?? '', 'Direction').toLowerCase();
  if (direction && !(DIRECTIONS as readonly string[]).includes(direction))
    throw new Error(`Direction must be in, out or empty; "${direction}" is not.`);
  const subject = checked(request.subject, 'Subject');
  const notes = checked(request.notes, 'Notes');
  const { workbook, clock } = ports;
  const { table, row } = customerRow(workbook, checked(request.customerId, 'Customer ID'));
  const header = workbook.readHeader(TAB.interactions);
  if (header.length === 0) throw new Error('The Interactions tab is missing; run Set up first.');
  const at = clock.now();
  const c = COLUMNS.interactions;
  const values: Record<string, Cell> = {
    [c.date]: at,
    [c.customerId]: cellText(cellOf(table, table.rows[row], COLUMNS.customers.customerId)),
    [c.email]: cellText(cellOf(table, table.rows[row], COLUMNS.customers.email)),
    [c.channel]: channel,
    [c.direction]: direction,
    [c.subject]: subject,
    [c.notes]: notes,
    [c.source]: 'sidebar',
  };
  const index = headerIndex(header);
  const cells: Cell[] = header.map(() => '');
  for (const [name, value] of Object.entries(values)) {
    const column = index.get(normalizeHeader(name));
    if (column !== undefined) cells[column] = neutralizeFormula(value) as Cell;
  }
  if (index.get(normalizeHeader(c.date)) === undefined || index.get(normalizeHeader(c.channel)) === undefined)
    throw new Error('The Interactions tab needs a Date and a Channel column; run Set up to add them.');
  const written = workbook.appendRows(TAB.interactions, [cells]);
  return { row: written, at: at.toISOString() };
}
