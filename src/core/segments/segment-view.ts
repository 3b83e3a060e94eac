// The segments of the Customers tab by one method (RFM, k-means clusters or a rule), each summed up for the sidebar.
import { dayNumber } from '../clean/day-number';
import { RFM_SEGMENTS } from '../metrics/rfm-segment';
import type { Cell } from '../table/cell';
import { COLUMNS, type TabTable } from '../table/columns';
import { isValidDate } from '../table/is-valid-date';
import { columnOf } from '../table/sheet-table';
import { clusterSilhouette } from './cluster-silhouette';
import { compileSegmentRowMatcher } from './compile-segment-row-matcher';
import { describeClusters } from './describe-clusters';
import { describeSegmentRule } from './describe-segment-rule';
import { parseSegmentRule } from './parse-segment-rule';
import { ruleHeaders } from './rule-headers';
import {
  addSegmentMember,
  emptySegmentTotals,
  type SegmentMemberFigures,
  type SegmentSummary,
  type SegmentTotals,
  summarizeSegment,
} from './segment-summary';

/** How customers are grouped: their RFM segment, their k-means cluster, or a rule in the segment language. */
export type SegmentMethod = 'rfm' | 'kmeans' | 'rule';

/** What the sidebar asks for. */
export interface SegmentsRequest {
  method: SegmentMethod;
  /** The rule's text, for the rule method. */
  rule?: string;
}

/** The segments of one method, summed up (no customer rows: those are listed one segment at a time). */
export interface SegmentsView {
  method: SegmentMethod;
  /** Customers rows with a Customer ID. */
  customers: number;
  /** Their revenue, the denominator of every revenue share. */
  revenue: number;
  segments: SegmentSummary[];
  /** k-means: the number of clusters and their mean silhouette width (−1…1); null otherwise. */
  k: number | null;
  silhouette: number | null;
  /** The rule: its mistake and 0-based position, or null. */
  ruleError: { message: string; at: number } | null;
  /** The rule in words, when it reads. */
  ruleWords: string;
  /** Why there is nothing to show ("refresh first"), or ''. */
  problem: string;
}

const C = COLUMNS.customers;
const C_NAME_RFM = C.rfmSegment;
const NONE_RFM = 'No RFM segment yet';
const NONE_CLUSTER = 'Not clustered';

function quoted(text: string): string {
  return `"${text}"`;
}

/** A cell as a number, as the rule language reads it (numbers, or text that is one); null otherwise. */
export function cellNumber(cell: Cell | undefined): number | null {
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  if (typeof cell === 'string' && /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(cell.trim())) return Number(cell.trim());
  return null;
}

/** Reads the figures a segment sums from a Customers row: Revenue (blank as 0), Predicted CLV 12m, Churn risk. */
export function segmentFigures(table: TabTable<'customers'>): (row: readonly Cell[]) => SegmentMemberFigures {
  const revenue = columnOf(table, C.revenue);
  const clv = columnOf(table, C.predictedClv12m);
  const churn = columnOf(table, C.churnRisk);
  return (row) => ({
    revenue: revenue < 0 ? 0 : (cellNumber(row[revenue]) ?? 0),
    clv: clv < 0 ? null : cellNumber(row[clv]),
    churnRisk: churn < 0 ? null : cellNumber(row[churn]),
  });
}

/** The data rows that hold a customer (a Customer ID). */
function customerRows(table: TabTable<'customers'>): Cell[][] {
  const id = columnOf(table, C.customerId);
  return id < 0 ? [] : table.rows.filter((row) => String(row[id] ?? '').trim() !== '');
}

function emptyView(
  request: SegmentsRequest,
  problem: string,
  extra: Partial<SegmentsView> = {},
): SegmentsView {
  return {
    method: request.method,
    customers: 0,
    revenue: 0,
    segments: [],
    k: null,
    silhouette: null,
    ruleError: null,
    ruleWords: '',
    problem,
    ...extra,
  };
}

/** Groups rows by `groupOf` (a key per row), sums each group, and summarises them in `order`. */
function grouped(
  rows: readonly Cell[][],
  figures: (row: readonly Cell[]) => SegmentMemberFigures,
  groupOf: (row: readonly Cell[]) => string,
): { totals: Map<string, SegmentTotals>; revenue: number } {
  const totals = new Map<string, SegmentTotals>();
  let revenue = 0;
  for (const row of rows) {
    const member = figures(row);
    revenue += member.revenue;
    const key = groupOf(row);
    let group = totals.get(key);
    if (!group) {
      group = emptySegmentTotals();
      totals.set(key, group);
    }
    addSegmentMember(group, member);
  }
  return { totals, revenue };
}

function rfmView(table: TabTable<'customers'>, rows: Cell[][], request: SegmentsRequest): SegmentsView {
  const column = columnOf(table, C_NAME_RFM);
  const byKey = new Map(RFM_SEGMENTS.map((name) => [name.toLowerCase(), name]));
  const { totals, revenue } = grouped(rows, segmentFigures(table), (row) => {
    const text =
      column < 0
        ? ''
        : String(row[column] ?? '')
            .trim()
            .replace(/\s+/g, ' ')
            .toLowerCase();
    return byKey.get(text) ?? NONE_RFM;
  });
  const names = RFM_SEGMENTS.filter((name) => totals.has(name));
  if (names.length === 0) {
    return emptyView(request, 'No customer has an RFM segment yet: run Refresh analytics first.', {
      customers: rows.length,
      revenue,
    });
  }
  const segments = names.map((name) =>
    summarizeSegment(
      { name, definition: `${C_NAME_RFM} = ${quoted(name)}`, description: '' },
      totals.get(name)!,
      revenue,
    ),
  );
  const rest = totals.get(NONE_RFM);
  if (rest) {
    segments.push(
      summarizeSegment(
        {
          name: NONE_RFM,
          definition: `${C_NAME_RFM} NOT IN (${names.map(quoted).join(', ')})`,
          description: 'no orders, or not refreshed since their first order',
        },
        rest,
        revenue,
      ),
    );
  }
  return { ...emptyView(request, ''), customers: rows.length, revenue, segments };
}

function kMeansView(
  table: TabTable<'customers'>,
  rows: Cell[][],
  request: SegmentsRequest,
  options: { timeZone: string; now: Date },
): SegmentsView {
  const cluster = columnOf(table, C.cluster);
  const orders = columnOf(table, C.orders);
  const last = columnOf(table, C.lastOrder);
  const today = dayNumber(options.now, options.timeZone);
  const figures = segmentFigures(table);
  const labelOf = (row: readonly Cell[]): number | null => {
    const n = cluster < 0 ? null : cellNumber(row[cluster]);
    return n !== null && Number.isInteger(n) && n >= 1 ? n : null;
  };
  const { totals, revenue } = grouped(rows, figures, (row) => {
    const label = labelOf(row);
    return label === null ? NONE_CLUSTER : String(label);
  });
  const labels = [...totals.keys()]
    .filter((key) => key !== NONE_CLUSTER)
    .map(Number)
    .sort((a, b) => a - b);
  if (labels.length === 0) {
    return emptyView(request, 'No customer has a cluster yet: run Refresh analytics first.', {
      customers: rows.length,
      revenue,
    });
  }
  // The same features the refresh clusters on: log(1 + revenue), orders, days since the last order.
  const points: number[][] = [];
  const features: { daysSinceLastOrder: number; orders: number; revenue: number }[] = [];
  const pointLabels: number[] = [];
  for (const row of rows) {
    const label = labelOf(row);
    if (label === null) continue;
    const lastCell = last < 0 ? '' : row[last];
    const days = isValidDate(lastCell) ? Math.max(0, today - dayNumber(lastCell, options.timeZone)) : 0;
    const count = (orders < 0 ? null : cellNumber(row[orders])) ?? 0;
    const spent = figures(row).revenue;
    points.push([Math.log1p(Math.max(0, spent)), count, days]);
    features.push({ daysSinceLastOrder: days, orders: count, revenue: spent });
    pointLabels.push(label);
  }
  const words = describeClusters(features, pointLabels);
  const segments = labels.map((label) =>
    summarizeSegment(
      {
        name: `Cluster ${label}`,
        definition: `${C.cluster} = ${label}`,
        description: words.get(label) ?? '',
      },
      totals.get(String(label))!,
      revenue,
    ),
  );
  const rest = totals.get(NONE_CLUSTER);
  if (rest) {
    segments.push(
      summarizeSegment(
        { name: NONE_CLUSTER, definition: `NOT ${C.cluster} >= 1`, description: 'no orders yet' },
        rest,
        revenue,
      ),
    );
  }
  return {
    ...emptyView(request, ''),
    customers: rows.length,
    revenue,
    segments,
    k: labels.length,
    silhouette: clusterSilhouette(points, pointLabels),
  };
}

function ruleView(
  table: TabTable<'customers'>,
  rows: Cell[][],
  request: SegmentsRequest,
  options: { timeZone: string; now: Date },
): SegmentsView {
  const text = (request.rule ?? '').trim();
  if (!text) return emptyView(request, 'Write a rule, such as Churn risk > 0.6 AND Revenue > 200.');
  const parsed = parseSegmentRule(text, table.header);
  if ('error' in parsed) {
    return emptyView(request, '', { ruleError: { message: parsed.error, at: parsed.at } });
  }
  const matches = compileSegmentRowMatcher(parsed.rule, table.header, options);
  const words = describeSegmentRule(parsed.rule);
  const { totals, revenue } = grouped(rows, segmentFigures(table), (row) => (matches(row) ? 'in' : 'out'));
  const segments = [
    summarizeSegment(
      { name: 'Matching', definition: text, description: words },
      totals.get('in') ?? emptySegmentTotals(),
      revenue,
    ),
    summarizeSegment(
      { name: 'Everyone else', definition: `NOT (${text})`, description: `not: ${words}` },
      totals.get('out') ?? emptySegmentTotals(),
      revenue,
    ),
  ];
  return { ...emptyView(request, ''), customers: rows.length, revenue, segments, ruleWords: words };
}

/** The figures every method sums. */
export const SEGMENT_FIGURE_HEADERS: readonly string[] = [C.revenue, C.predictedClv12m, C.churnRisk];

/**
 * The Customers columns segmentView reads for `request` (besides Customer ID): the figures, and
 * the RFM segment, the clustering's columns, or the columns the rule names (none more when the
 * rule does not parse: its mistake needs no cells).
 */
export function segmentViewHeaders(request: SegmentsRequest, header: readonly Cell[]): string[] {
  if (request.method === 'rfm') return [...SEGMENT_FIGURE_HEADERS, C.rfmSegment];
  if (request.method === 'kmeans') return [...SEGMENT_FIGURE_HEADERS, C.cluster, C.orders, C.lastOrder];
  const parsed = parseSegmentRule((request.rule ?? '').trim(), header);
  return [...SEGMENT_FIGURE_HEADERS, ...('rule' in parsed ? ruleHeaders(parsed.rule) : [])];
}

/**
 * The segments of the Customers tab (read once) by `request.method`. RFM groups by the RFM segment
 * column in the order of RFM_SEGMENTS; k-means by the Cluster column the refresh wrote (k chosen
 * there by silhouette), each cluster described by what sets it apart and the clustering scored by
 * its mean silhouette on a sample; a rule splits customers into those it matches and the rest, or
 * returns the rule's mistake and position. Each segment carries its definition as a rule, so it
 * can be listed and saved the same way whatever the method. Customers without an RFM segment or a
 * cluster form one last group. O(rows) plus the silhouette's fixed sample.
 * @throws {RangeError} for an unknown time zone.
 */
export function segmentView(
  table: TabTable<'customers'>,
  request: SegmentsRequest,
  options: { timeZone: string; now: Date },
): SegmentsView {
  if (table.header.length === 0) return emptyView(request, 'The Customers tab is missing: run Set up first.');
  const rows = customerRows(table);
  if (rows.length === 0) return emptyView(request, 'There are no customers yet: import some first.');
  if (request.method === 'rfm') return rfmView(table, rows, request);
  if (request.method === 'kmeans') return kMeansView(table, rows, request, options);
  return ruleView(table, rows, request, options);
}
