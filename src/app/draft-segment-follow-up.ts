// "Follow up this segment": a Follow-ups rule drafted for a saved segment, left inactive for the owner to read first.
import type { FOLLOW_UP_TRIGGERS } from '../core/model/choices';
import { TAB_SPECS } from '../core/model/tab-specs';
import { COLUMNS } from '../core/table/columns';
import { normalizeHeader } from '../core/table/normalize-header';
import { columnOf, keyText, toSheetTable } from '../core/table/sheet-table';
import type { Cell, Ports } from './ports';
import { TAB } from './tab-layouts';

/** What the draft did. */
export interface SegmentFollowUpDraft {
  rule: string;
  /** False when a rule of that name existed: nothing was written. */
  created: boolean;
  /** The Follow-ups row of the rule (drafted or found); null when unknown. */
  row: number | null;
  message: string;
}

const LOCK_MS = 30_000;
const F = COLUMNS.followUps;
/** Emails each customer who joins the segment from now on; today's members are the baseline. */
const TRIGGER: (typeof FOLLOW_UP_TRIGGERS)[number] = 'new_segment_member';

/**
 * Appends, under the document lock, one Follow-ups row for the saved segment `segment`: Rule and
 * Audience are the segment's name, Active unticked, the trigger new_segment_member (its members
 * today are the baseline, so only customers who join it later are emailed) and a short template
 * with a fallback merge field. Reads Segments and Follow-ups once each. A rule of that name is
 * never overwritten: the report says where it is. Throws when the segment is not saved.
 */
export function draftSegmentFollowUp(ports: Ports, segment: string): SegmentFollowUpDraft {
  const { workbook } = ports;
  const name = String(segment ?? '').trim();
  if (!name) throw new Error('Choose a segment first.');
  return ports.lock.withLock(LOCK_MS, () => {
    const segments = toSheetTable(TAB.segments, workbook.readTab(TAB.segments));
    const segmentColumn = columnOf(segments, COLUMNS.segments.segment);
    const saved =
      segmentColumn >= 0 &&
      segments.rows.some(
        (row) => normalizeHeader(keyText(row[segmentColumn] ?? '')) === normalizeHeader(name),
      );
    if (!saved) throw new Error(`Save the segment "${name}" first: the rule's Audience names it.`);
    const values = workbook.readTab(TAB.followUps);
    const rules = toSheetTable(TAB.followUps, values);
    const header = rules.header.length ? rules.header : TAB_SPECS.followUps.columns.map((c) => c.header);
    const ruleColumn = columnOf(rules, F.rule);
    const found =
      ruleColumn < 0
        ? -1
        : rules.rows.findIndex(
            (row) => normalizeHeader(keyText(row[ruleColumn] ?? '')) === normalizeHeader(name),
          );
    if (found >= 0) {
      return {
        rule: name,
        created: false,
        row: found + 2,
        message: `Follow-ups already has a rule named "${name}" (row ${found + 2}); it was left as it is.`,
      };
    }
    const cells: Record<string, Cell> = {
      [F.rule]: name,
      [F.active]: false,
      [F.audience]: name,
      [F.trigger]: TRIGGER,
      [F.value]: 0,
      [F.subject]: 'A note for you, {{First name|there}}',
      [F.body]:
        'Hi {{First name|there}},\n\nThank you for being a customer. We picked something you might like: {{Recommended|our newest products}}.\n\nReply to this email if there is anything we can do for you.',
    };
    const byHeader = new Map(Object.entries(cells).map(([h, v]) => [normalizeHeader(h), v]));
    if (rules.header.length === 0) {
      if (!workbook.tabNames().includes(TAB.followUps)) workbook.createTab(TAB.followUps);
      workbook.writeBlock(TAB.followUps, 1, 1, [header.slice()]);
    }
    const row = workbook.appendRows(TAB.followUps, [
      header.map((h) => byHeader.get(normalizeHeader(h)) ?? ''),
    ]);
    return {
      rule: name,
      created: true,
      row,
      message: `Drafted the rule "${name}" in Follow-ups (row ${row}), not active: it emails customers who join the segment from now on. Read its subject and body, then tick Active.`,
    };
  });
}
