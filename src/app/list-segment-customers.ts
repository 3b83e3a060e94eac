// One segment's customers for the sidebar: the most valuable first, a page at a time, with the count of all.
import { parseSegmentRule } from '../core/segments/parse-segment-rule';
import { ruleHeaders } from '../core/segments/rule-headers';
import { segmentMembers } from '../core/segments/segment-members';
import { cellNumber } from '../core/segments/segment-view';
import { COLUMNS, type TabTable } from '../core/table/columns';
import { cellOf } from '../core/table/sheet-table';
import type { Clock, Workbook } from './ports';
import { readCustomerColumns } from './read-customer-columns';
import { TAB } from './tab-layouts';

/** One listed customer; CLV and churn risk are null where the cell is blank or text. */
export interface SegmentCustomer {
  customerId: string;
  name: string;
  email: string;
  clv: number | null;
  churnRisk: number | null;
}

/** The listed page of a segment. */
export interface SegmentCustomerList {
  definition: string;
  /** Every customer the definition matches. */
  total: number;
  customers: SegmentCustomer[];
}

/** Most customers listed at once: a 300 px sidebar shows a screenful, and the rest is a count. */
export const SEGMENT_LIST_LIMIT = 50;

const C = COLUMNS.customers;

/**
 * The customers `definition` matches (reading only the Customers columns listed and those the
 * definition names: a few reads whatever the rows), highest Predicted CLV 12m first
 * (blank last, then by sheet order), at most `limit` of them, with the total. Throws with the
 * definition's mistake and its position when it cannot be read.
 */
export function listSegmentCustomers(
  workbook: Workbook,
  clock: Clock,
  definition: string,
  limit = SEGMENT_LIST_LIMIT,
): SegmentCustomerList {
  const header = workbook.readHeader(TAB.customers);
  const parsed = parseSegmentRule(definition, header);
  const table = readCustomerColumns(
    workbook,
    [C.name, C.email, C.predictedClv12m, C.churnRisk, ...('rule' in parsed ? ruleHeaders(parsed.rule) : [])],
    header,
  ) as TabTable<'customers'>;
  if (table.header.length === 0) throw new Error('The Customers tab is missing: run Set up first.');
  const members = segmentMembers(table, definition, { timeZone: workbook.timeZone(), now: clock.now() });
  if ('error' in members) throw new Error(`The segment's definition cannot be read: ${members.error}`);
  const customers = members.rows.map((i): SegmentCustomer => {
    const row = table.rows[i]!;
    return {
      customerId: String(cellOf(table, row, C.customerId)).trim(),
      name: String(cellOf(table, row, C.name) ?? ''),
      email: String(cellOf(table, row, C.email) ?? ''),
      clv: cellNumber(cellOf(table, row, C.predictedClv12m)),
      churnRisk: cellNumber(cellOf(table, row, C.churnRisk)),
    };
  });
  // A stable sort keeps sheet order among equal and blank values.
  customers.sort((a, b) => (b.clv ?? Number.NEGATIVE_INFINITY) - (a.clv ?? Number.NEGATIVE_INFINITY) || 0);
  return { definition, total: customers.length, customers: customers.slice(0, Math.max(0, limit)) };
}
