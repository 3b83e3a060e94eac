// Segments use case: the Customers tab read once and grouped by RFM, k-means cluster or a rule, summed up per segment.
import {
  type SegmentsRequest,
  type SegmentsView,
  segmentView,
  segmentViewHeaders,
} from '../core/segments/segment-view';
import type { TabTable } from '../core/table/columns';
import type { Clock, Workbook } from './ports';
import { readCustomerColumns } from './read-customer-columns';
import { TAB } from './tab-layouts';

export type { SegmentsRequest, SegmentsView };

const TAB_CUSTOMERS = TAB.customers;

/**
 * The segments of `request.method` with their figures (segmentView), from the Customers columns
 * they use (readCustomerColumns: a few reads whatever the rows). Only the per-segment aggregates
 * are returned: the sidebar lists one segment's customers on demand (listSegmentCustomers), so
 * 50,000 customers cross as a dozen rows. Writes nothing.
 */
export function segmentCustomers(workbook: Workbook, clock: Clock, request: SegmentsRequest): SegmentsView {
  const header = workbook.readHeader(TAB_CUSTOMERS);
  const table = readCustomerColumns(
    workbook,
    segmentViewHeaders(request, header),
    header,
  ) as TabTable<'customers'>;
  return segmentView(table, request, {
    timeZone: workbook.timeZone(),
    now: clock.now(),
  });
}
