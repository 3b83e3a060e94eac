import { describe, expect, it } from 'vitest';
import { draftSegmentFollowUp } from '../../src/app/draft-segment-follow-up';
import { saveSegment } from '../../src/app/save-segment';
import { column, segmentShop } from './segment-fixture';

describe('draftSegmentFollowUp', () => {
  it('drafts an inactive rule whose Audience is the saved segment, and never overwrites one of that name', () => {
    const { ports, workbook } = segmentShop();
    saveSegment(ports, { name: 'Big spenders', definition: 'Revenue >= 100' });
    const draft = draftSegmentFollowUp(ports, 'big spenders');
    expect(draft).toMatchObject({ rule: 'big spenders', created: true, row: 2 });
    expect(draft.message).toMatch(/^Drafted the rule "big spenders" in Follow-ups \(row 2\), not active/);
    expect(column(workbook, 'Follow-ups', 'Rule')).toEqual(['big spenders']);
    expect(column(workbook, 'Follow-ups', 'Active')).toEqual([false]);
    expect(column(workbook, 'Follow-ups', 'Audience')).toEqual(['big spenders']);
    expect(column(workbook, 'Follow-ups', 'Trigger')).toEqual(['new_segment_member']);
    expect(String(column(workbook, 'Follow-ups', 'Subject')[0])).toContain('{{First name|there}}');

    const [head, row] = workbook.values('Follow-ups');
    row![head!.indexOf('Subject')] = 'My own subject';
    workbook.tab('Follow-ups').rows[1] = row!;
    const again = draftSegmentFollowUp(ports, 'Big spenders');
    expect(again).toMatchObject({ created: false, row: 2 });
    expect(again.message).toBe(
      'Follow-ups already has a rule named "Big spenders" (row 2); it was left as it is.',
    );
    expect(workbook.values('Follow-ups')).toHaveLength(2);
    expect(column(workbook, 'Follow-ups', 'Subject')).toEqual(['My own subject']);
  });

  it('asks for the segment to be saved first, since the Audience names it', () => {
    const { ports, workbook } = segmentShop();
    expect(() => draftSegmentFollowUp(ports, 'Big spenders')).toThrow(
      'Save the segment "Big spenders" first: the rule\'s Audience names it.',
    );
    expect(workbook.values('Follow-ups')).toHaveLength(1);
  });
});
