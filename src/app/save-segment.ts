// Saves a segment: its row of the Segments tab, and its name in each member's Customers "Segments" cell, undoably.
import { roundTo } from '../core/analytics/round-to';
import { TAB_SPECS } from '../core/model/tab-specs';
import { segmentMembers } from '../core/segments/segment-members';
import {
  addSegmentMember,
  emptySegmentTotals,
  type SegmentSummary,
  summarizeSegment,
} from '../core/segments/segment-summary';
import { segmentFigures } from '../core/segments/segment-view';
import { COLUMNS } from '../core/table/columns';
import { normalizeHeader } from '../core/table/normalize-header';
import { columnOf, keyText, toSheetTable } from '../core/table/sheet-table';
import { appendLog } from './log';
import type { Cell, Ports } from './ports';
import { readTable } from './read-table';
import { saveSnapshot } from './snapshot';
import { TAB } from './tab-layouts';

/** What the sidebar sends: the segment's name and its definition in the segment language. */
export interface SaveSegmentRequest {
  name: string;
  definition: string;
}

/** What a save did. */
export interface SaveSegmentReport {
  segment: string;
  definition: string;
  /** True when a row of that name was replaced rather than added. */
  replaced: boolean;
  /** Customers whose Segments cell gained the name, and lost it (members no longer). */
  added: number;
  removed: number;
  summary: SegmentSummary;
  updatedAt: string;
}

const LOCK_MS = 30_000;
const C = COLUMNS.customers;
const S = COLUMNS.segments;
const SEGMENT_HEADERS = TAB_SPECS.segments.columns.map((column) => column.header);
/** Audience words that already mean every customer in a Follow-ups rule. */
const RESERVED = new Set(['all', 'everyone', 'allcustomers']);

/** The name, trimmed, or an error saying what a name may not be. */
function segmentName(name: unknown): string {
  const text = typeof name === 'string' ? name.trim().replace(/\s+/g, ' ') : '';
  if (!text) throw new Error('Give the segment a name.');
  if (text.length > 100) throw new Error('A segment name has at most 100 characters.');
  // The Segments cell lists names separated by commas or semicolons (the rule language's CONTAINS).
  if (/[,;]/.test(text)) throw new Error('A segment name cannot hold a comma or a semicolon.');
  if (/^[=+\-@]/.test(text)) throw new Error('A segment name cannot start with =, +, - or @.');
  if (RESERVED.has(normalizeHeader(text))) throw new Error(`"${text}" already means every customer.`);
  return text;
}

/** The names of a Segments cell, as written (split on commas and semicolons). */
function namesOf(cell: Cell): string[] {
  return String(cell ?? '')
    .split(/[,;]/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * Saves `request` under the document lock. Reads Customers and Segments once each; checks the
 * definition (an unreadable one throws with its position, before anything is written); saves the
 * undo snapshot (the Segments tab as it was, and the Segments cells it changes, by Customer ID);
 * writes the Segments tab in one block (the row of that name replaced, or added, with the
 * segment's figures and the time) and the Customers "Segments" column in one block over the rows
 * it changes: the name added to each member's cell and removed from former members', other names
 * kept. Appends a Log row. Throws when Customers or its Segments column is missing.
 */
export function saveSegment(ports: Ports, request: SaveSegmentRequest): SaveSegmentReport {
  const { workbook, clock } = ports;
  const name = segmentName(request.name);
  const definition = typeof request.definition === 'string' ? request.definition.trim() : '';
  if (!definition) throw new Error('The segment has no definition.');
  return ports.lock.withLock(LOCK_MS, () => {
    const now = clock.now();
    const customers = readTable(workbook, TAB.customers);
    if (customers.header.length === 0) throw new Error('The Customers tab is missing: run Set up first.');
    const segmentsColumn = columnOf(customers, C.segments);
    const idColumn = columnOf(customers, C.customerId);
    if (segmentsColumn < 0 || idColumn < 0)
      throw new Error(`The Customers tab has no "${C.segments}" column: run Set up first.`);
    const members = segmentMembers(customers, definition, { timeZone: workbook.timeZone(), now });
    if ('error' in members) throw new Error(`The definition cannot be read: ${members.error}`);

    const inSegment = new Set(members.rows);
    const figures = segmentFigures(customers);
    const totals = emptySegmentTotals();
    let revenue = 0;
    const key = normalizeHeader(name);
    const before: Array<[string, Cell[]]> = [];
    const after: Array<[string, Cell[]]> = [];
    const next: Cell[] = [];
    let first = -1;
    let last = -1;
    let added = 0;
    let removed = 0;
    customers.rows.forEach((row, i) => {
      const current = row[segmentsColumn] ?? '';
      next.push(current);
      const id = String(row[idColumn] ?? '').trim();
      if (!id) return;
      const member = figures(row);
      revenue += member.revenue;
      if (inSegment.has(i)) addSegmentMember(totals, member);
      const names = namesOf(current);
      const had = names.some((n) => normalizeHeader(n) === key);
      if (had === inSegment.has(i)) return;
      const kept = names.filter((n) => normalizeHeader(n) !== key);
      const text = (inSegment.has(i) ? [...kept, name] : kept).join(', ');
      next[i] = text;
      before.push([id, [current]]);
      after.push([id, [text]]);
      if (inSegment.has(i)) added++;
      else removed++;
      if (first < 0) first = i;
      last = i;
    });
    const summary = summarizeSegment({ name, definition, description: '' }, totals, revenue);

    const segmentValues = workbook.readTab(TAB.segments);
    const segmentsTab = toSheetTable(TAB.segments, segmentValues);
    const header = segmentsTab.header.length ? segmentsTab.header : SEGMENT_HEADERS;
    const values: Cell[][] = [header.slice(), ...segmentsTab.rows.map((row) => row.slice())];
    const at = columnOf(segmentsTab, S.segment);
    const existing =
      segmentsTab.header.length && at >= 0
        ? segmentsTab.rows.findIndex((row) => normalizeHeader(keyText(row[at] ?? '')) === key)
        : -1;
    const cells: Record<string, Cell> = {
      [S.segment]: name,
      [S.definition]: definition,
      [S.customers]: summary.customers,
      // Rounded as the Customers columns they average are.
      [S.revenueShare]: roundTo(summary.revenueShare, 4),
      [S.avgClv]: summary.avgClv === null ? '' : roundTo(summary.avgClv, 2),
      [S.avgChurnRisk]: summary.avgChurnRisk === null ? '' : roundTo(summary.avgChurnRisk, 4),
      [S.updatedAt]: now,
    };
    const byHeader = new Map(Object.entries(cells).map(([h, v]) => [normalizeHeader(h), v]));
    const row = header.map((h, c) =>
      byHeader.has(normalizeHeader(h))
        ? byHeader.get(normalizeHeader(h))!
        : (values[existing + 1]?.[c] ?? ''),
    );
    if (existing >= 0) values[existing + 1] = row;
    else values.push(row);
    const width = Math.max(...values.map((r) => r.length));
    const block = values.map((r) => [...r, ...new Array<Cell>(width - r.length).fill('')]);

    saveSnapshot(workbook, {
      operation: { kind: 'segment', segment: name },
      takenAt: now.toISOString(),
      parts: [
        // A missing tab comes back as its header row alone, which undo can write.
        { kind: 'tab', tab: TAB.segments, values: segmentValues.length ? segmentValues : [SEGMENT_HEADERS] },
        {
          kind: 'rows',
          tab: TAB.customers,
          keyHeaders: [C.customerId],
          headers: [C.segments],
          before,
          after,
          added: [],
        },
      ],
    });
    if (!workbook.tabNames().includes(TAB.segments)) workbook.createTab(TAB.segments);
    workbook.writeBlock(TAB.segments, 1, 1, block);
    if (first >= 0) {
      workbook.writeBlock(
        TAB.customers,
        first + 2,
        segmentsColumn + 1,
        next.slice(first, last + 1).map((cell) => [cell]),
      );
    }
    appendLog(workbook, clock, {
      action: 'save segment',
      result: 'ok',
      counts: { customers: summary.customers, 'names added': added, 'names removed': removed },
      details: `${name}: ${definition}`,
    });
    return {
      segment: name,
      definition,
      replaced: existing >= 0,
      added,
      removed,
      summary,
      updatedAt: now.toISOString(),
    };
  });
}
