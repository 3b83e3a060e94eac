// Segments use case: the Customers tab read once and grouped by RFM, k-means cluster or a rule, summed up per segment.
import { type SegmentsRequest, type SegmentsView, segmentView } from '../core/segments/segment-view';
import type { Clock, Workbook } from './ports';
import { readTable } from './read-table';
import { TAB } from './tab-layouts';

export type { SegmentsRequest, SegmentsView };

/**
 * The segments of `request.method` with their figures (segmentView), from one read of Customers.
 * Only the per-segment aggregates are returned: the sidebar lists one segment's customers on demand
 * (listSegmentCustomers), so 50,000 customers cross as a dozen rows. Writes nothing.
 */
export function segmentCustomers(workbook: Workbook, clock: Clock, request: SegmentsRequest): SegmentsView {
  return segmentView(readTable(workbook, TAB.customers), request, {
    timeZone: workbook.timeZone(),
    now: clock.now(),
  });
}
