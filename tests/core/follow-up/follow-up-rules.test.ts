import { describe, expect, it } from 'vitest';
import { readFollowUpRules } from '../../../src/core/follow-up/follow-up-rules';
import { TAB_SPECS } from '../../../src/core/model/tab-specs';
import type { Cell } from '../../../src/core/table/cell';
import { toSheetTable } from '../../../src/core/table/sheet-table';

const HEADER = TAB_SPECS.followUps.columns.map((c) => c.header);
const SETTINGS = { sendHours: { from: 9, to: 18 }, minDaysBetween: 7 };

function table(rows: Array<Record<string, Cell>>) {
  return toSheetTable<(typeof HEADER)[number]>('Follow-ups', [
    HEADER,
    ...rows.map((r) => HEADER.map((h) => r[h] ?? '')),
  ]);
}

const base = {
  Rule: 'welcome',
  Active: true,
  Audience: 'All',
  Trigger: 'days_after_first_order',
  Subject: 'Hi',
  Body: 'Hello',
};

describe('readFollowUpRules', () => {
  it('groups numbered rows into sequences in sheet order, with Settings defaults and step 1 settings', () => {
    const { sequences, problems } = readFollowUpRules(
      table([
        { ...base, Step: 2, Value: 3, Trigger: '', Audience: '', 'Min days between': 3 },
        {
          ...base,
          Rule: 'winback',
          Trigger: 'churn_risk_above',
          Value: '70%',
          'Send hours': '10-12',
          'Holdout %': 10,
        },
        { ...base, Step: 1, 'Stop when': 'order', 'Min days between': 2 },
      ]),
      SETTINGS,
    );
    expect(problems).toEqual([]);
    expect(sequences.map((s) => [s.rule, s.steps.map((x) => x.step)])).toEqual([
      ['welcome', [1, 2]],
      ['winback', [1]],
    ]);
    const [welcome, winback] = sequences;
    expect(welcome.steps[1]).toMatchObject({
      trigger: 'days_after_first_order',
      audience: 'All',
      value: 3,
      stopWhen: { order: true, formReply: false },
    });
    expect(welcome.steps[0]).toMatchObject({ value: 0, minDaysBetween: 2, sendHours: { from: 9, to: 18 } });
    expect(winback.steps[0]).toMatchObject({
      value: 0.7,
      sendHours: { from: 10, to: 12 },
      holdout: 0.1,
      minDaysBetween: 7,
    });
  });

  it('reads the trigger in the words of the dropdown as well as by its code name', () => {
    const { sequences, problems } = readFollowUpRules(
      table([
        { ...base, Rule: 'a', Trigger: 'Days after first order', Value: 3 },
        { ...base, Rule: 'b', Trigger: 'Churn risk above', Value: 0.6 },
        { ...base, Rule: 'c', Trigger: 'NPS detractor' },
        { ...base, Rule: 'd', Trigger: 'days_after_last_order', Value: 30 },
      ]),
      SETTINGS,
    );
    expect(problems).toEqual([]);
    expect(sequences.map((s) => s.steps[0].trigger)).toEqual([
      'days_after_first_order',
      'churn_risk_above',
      'nps_detractor',
      'days_after_last_order',
    ]);
  });

  it('names the row and the reason of every row it cannot use, and leaves inactive rows out', () => {
    const { sequences, problems } = readFollowUpRules(
      table([
        { ...base, Trigger: 'on_birthday' },
        { ...base, Rule: 'b', Trigger: 'days_since_last_contact' },
        { ...base, Rule: 'c', 'Send hours': '18-9' },
        { ...base, Rule: 'd', Active: false },
        { ...base, Rule: 'e', Step: 2, Value: 1 },
        { ...base, Rule: 'f', 'Stop when': 'rain' },
        { ...base, Rule: 'g' },
        { ...base, Rule: 'g' },
      ]),
      SETTINGS,
    );
    expect(sequences.map((s) => s.rule)).toEqual(['g']);
    expect(problems.map((p) => [p.row, p.message])).toEqual([
      [
        2,
        'Trigger "on_birthday" is not one of Days after first order, Days after last order, Days since last contact, Churn risk above, CLV above, NPS detractor, New segment member',
      ],
      [3, 'Value "" is not a number the days_since_last_contact trigger can use'],
      [4, 'Send hours "18-9": start must be before end (write it as 9-18)'],
      [7, 'Stop when "rain" is not "order", "form reply" or "none"'],
      [9, 'step 1 of rule "g" appears twice; only the first row is used'],
      [6, 'rule "e" has no active step 1, so none of its steps is sent'],
    ]);
  });

  it('warns when a step comes sooner after the previous one than Min days between allows', () => {
    const { sequences, problems } = readFollowUpRules(
      table([
        { ...base, Step: 1 },
        { ...base, Step: 2, Value: 3 },
        { ...base, Step: 3, Value: 10 },
      ]),
      SETTINGS,
    );
    expect(sequences[0].steps.map((s) => s.step)).toEqual([1, 2, 3]);
    expect(problems).toEqual([
      {
        rule: 'welcome',
        row: 3,
        message:
          "step 2 comes 3 days after step 1, less than Min days between (7): it waits until 7 days have passed; write a smaller Min days between on its row to keep the sequence's days",
      },
    ]);
  });
});
