import { describe, expect, it } from 'vitest';
import { readFollowUpRules } from '../../../src/core/follow-up/follow-up-rules';
import { mergeText } from '../../../src/core/follow-up/merge-fields';
import type { OutboxRecord } from '../../../src/core/follow-up/outbox-records';
import {
  CATCH_UP_DAYS,
  type FollowUpInput,
  planFollowUps,
} from '../../../src/core/follow-up/plan-follow-ups';
import { TAB_SPECS } from '../../../src/core/model/tab-specs';
import type { Cell } from '../../../src/core/table/cell';
import { toSheetTable } from '../../../src/core/table/sheet-table';

const DAY = 86_400_000;
const NOW = new Date('2024-06-10T10:00:00Z');
const FOLLOW_UPS = TAB_SPECS.followUps.columns.map((c) => c.header);
const CUSTOMERS = [
  'Customer ID',
  'Name',
  'Email',
  'Consent',
  'Unsubscribed at',
  'Tags',
  'Predicted CLV 12m',
  'Churn risk',
];

function input(
  rule: Record<string, Cell>,
  customers: Cell[][],
  extra: Partial<FollowUpInput> = {},
): FollowUpInput {
  const row: Record<string, Cell> = {
    Active: true,
    Audience: 'All',
    Subject: 'Hi {{Name}}',
    Body: 'Hello',
    Rule: 'r',
    ...rule,
  };
  const { sequences, problems } = readFollowUpRules(
    toSheetTable('Follow-ups', [FOLLOW_UPS, FOLLOW_UPS.map((h) => row[h] ?? '')]),
    { sendHours: { from: 0, to: 24 }, minDaysBetween: 0 },
  );
  return {
    now: NOW,
    timeZone: 'Etc/UTC',
    sequences,
    ruleProblems: problems,
    customers: { header: CUSTOMERS, rows: customers },
    orders: [],
    formReplies: [],
    surveys: [],
    lastContact: new Map(),
    outbox: [],
    unsubscribed: (_id, at) => at !== '',
    segments: new Map(),
    members: new Map(),
    remainingQuota: 100,
    format: (cell) => mergeText(cell, (d) => d.toISOString().slice(0, 10)),
    ...extra,
  };
}

const person = (id: string, values: Partial<Record<string, Cell>> = {}): Cell[] =>
  CUSTOMERS.map(
    (h) =>
      values[h] ??
      ({ 'Customer ID': id, Name: id, Email: `${id}@example.com`, Consent: true } as Record<string, Cell>)[
        h
      ] ??
      '',
  );
const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY);

describe('planFollowUps triggers', () => {
  it('days_after_last_order: the occurrence is the order day, so a new order makes a new email; past the catch-up window nobody is due', () => {
    const plan = planFollowUps(
      input({ Trigger: 'days_after_last_order', Value: 7 }, [person('A'), person('B'), person('C')], {
        orders: [
          { customerId: 'A', date: daysAgo(30) },
          { customerId: 'A', date: daysAgo(7) },
          { customerId: 'B', date: daysAgo(3) },
          { customerId: 'C', date: daysAgo(7 + CATCH_UP_DAYS) },
        ],
      }),
    );
    expect(plan.planned.map((p) => p.key)).toEqual(['r|1|A|2024-06-03']);
  });

  it('takes no order dated after now into account: it has not happened yet', () => {
    const plan = planFollowUps(
      input({ Trigger: 'days_after_first_order', Value: 0 }, [person('A')], {
        orders: [
          { customerId: 'A', date: new Date(NOW.getTime() + 40 * DAY) },
          { customerId: 'A', date: daysAgo(1) },
        ],
      }),
    );
    expect(plan.planned.map((p) => p.key)).toEqual(['r|1|A|1']);
    const sent: OutboxRecord = {
      row: 2,
      key: 'r|1|A|1',
      rule: 'r',
      step: 1,
      customerId: 'A',
      email: '',
      status: 'sent',
      reason: '',
      plannedAt: daysAgo(4),
      sentAt: daysAgo(4),
    };
    const cells = (row: Record<string, Cell>) => FOLLOW_UPS.map((h) => row[h] ?? '');
    const later = readFollowUpRules(
      toSheetTable('Follow-ups', [
        FOLLOW_UPS,
        cells({
          Rule: 'r',
          Active: true,
          Audience: 'All',
          Trigger: 'days_after_first_order',
          Value: 0,
          Subject: 'a',
          Body: 'b',
          Step: 1,
        }),
        cells({ Rule: 'r', Active: true, Subject: 'c', Body: 'd', Step: 2, Value: 3 }),
      ]),
      { sendHours: { from: 0, to: 24 }, minDaysBetween: 0 },
    );
    const step2 = planFollowUps({
      ...input({}, [person('A')], {
        orders: [{ customerId: 'A', date: new Date(NOW.getTime() + DAY) }],
        outbox: [sent],
      }),
      sequences: later.sequences,
    });
    expect(step2.skipped).toEqual([]);
    expect(step2.planned.map((p) => p.key)).toEqual(['r|2|A|1']);
  });

  it('days_since_last_contact counts the Outbox and other contacts; churn_risk_above reads 70 as 70 %', () => {
    const sent: OutboxRecord = {
      row: 2,
      key: 'x|1|B|1',
      rule: 'x',
      step: 1,
      customerId: 'B',
      email: '',
      status: 'sent',
      reason: '',
      plannedAt: daysAgo(10),
      sentAt: daysAgo(10),
    };
    const quiet = planFollowUps(
      input({ Trigger: 'days_since_last_contact', Value: 60 }, [person('A'), person('B')], {
        lastContact: new Map([
          ['A', daysAgo(61)],
          ['B', daysAgo(90)],
        ]),
        outbox: [sent],
      }),
    );
    expect(quiet.planned.map((p) => p.key)).toEqual(['r|1|A|2024-04-10']);
    const churn = planFollowUps(
      input({ Trigger: 'churn_risk_above', Value: 70 }, [
        person('A', { 'Churn risk': 0.71 }),
        person('B', { 'Churn risk': 0.69 }),
      ]),
    );
    expect(churn.planned.map((p) => p.customerId)).toEqual(['A']);
  });

  it('nps_detractor: the latest answer decides, one email per answer day', () => {
    const plan = planFollowUps(
      input({ Trigger: 'nps_detractor' }, [person('A'), person('B'), person('C')], {
        surveys: [
          { customerId: 'A', date: daysAgo(2), nps: 4 },
          { customerId: 'B', date: daysAgo(5), nps: 3 },
          { customerId: 'B', date: daysAgo(1), nps: 9 },
          { customerId: 'C', date: daysAgo(1), nps: 7 },
        ],
      }),
    );
    expect(plan.planned.map((p) => p.key)).toEqual(['r|1|A|2024-06-08']);
  });

  it('new_segment_member: the first run takes the members as they are, later runs email only who joined', () => {
    const rule = { Trigger: 'new_segment_member', Audience: 'Tags CONTAINS vip' };
    const first = planFollowUps(input(rule, [person('A', { Tags: 'vip' }), person('B')]));
    expect(first.planned).toEqual([]);
    expect(first.baselined).toEqual(['r']);
    expect(first.members).toEqual([{ rule: 'r', customerIds: ['A'] }]);
    const later = planFollowUps(
      input(rule, [person('A', { Tags: 'vip' }), person('B', { Tags: 'vip' })], {
        members: new Map([['r', new Set(['A'])]]),
      }),
    );
    expect(later.planned.map((p) => p.customerId)).toEqual(['B']);
    expect(later.members).toEqual([{ rule: 'r', customerIds: ['A', 'B'] }]);
  });

  it('an audience that is neither a segment nor a rule is a problem of its row, and a saved segment is used by name', () => {
    const bad = planFollowUps(
      input({ Trigger: 'clv_above', Value: 1, Audience: 'Tags CONTAINS' }, [person('A')]),
    );
    expect(bad.problems[0]).toMatchObject({ rule: 'r', row: 2 });
    expect(bad.problems[0].message).toMatch(
      /^Audience "Tags CONTAINS" is no saved segment and no valid rule: /,
    );
    const saved = planFollowUps(
      input(
        { Trigger: 'clv_above', Value: 100, Audience: 'Big spenders' },
        [person('A', { 'Predicted CLV 12m': 500, Tags: 'vip' }), person('B', { 'Predicted CLV 12m': 500 })],
        { segments: new Map([['big spenders', 'Tags CONTAINS vip']]) },
      ),
    );
    expect(saved.planned.map((p) => p.customerId)).toEqual(['A']);
  });

  it('gives the planner nothing to do twice: a key already in the Outbox is not planned again', () => {
    const first = planFollowUps(
      input({ Trigger: 'clv_above', Value: 1 }, [person('A', { 'Predicted CLV 12m': 5 })]),
    );
    const record: OutboxRecord = {
      row: 2,
      key: first.planned[0].key,
      rule: 'r',
      step: 1,
      customerId: 'A',
      email: '',
      status: 'failed',
      reason: 'x',
      plannedAt: NOW,
      sentAt: null,
    };
    expect(
      planFollowUps(
        input({ Trigger: 'clv_above', Value: 1 }, [person('A', { 'Predicted CLV 12m': 5 })], {
          outbox: [record],
        }),
      ).planned,
    ).toEqual([]);
  });
});
