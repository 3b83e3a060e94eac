import { describe, expect, it } from 'vitest';
import { describeFollowUps } from '../../../src/local/cli/describe-follow-ups';

describe('describeFollowUps', () => {
  it('lists every planned email, holdout, skip with its reason, and problem', () => {
    const text = describeFollowUps({
      skippedCount: 2,
      skipGroups: [],
      now: '2025-03-08T09:00:00.000Z',
      timeZone: 'Europe/Lisbon',
      remainingQuota: 100,
      dryRun: true,
      planned: [
        {
          key: 'welcome:1:C000001',
          rule: 'welcome',
          step: 1,
          customerId: 'C000001',
          email: 'ana@example.com',
          subject: 'Hi Ana',
          predictedClv: 120,
        },
      ],
      heldOut: [{ key: 'welcome:1:C000004', rule: 'welcome', step: 1, customerId: 'C000004' }],
      skipped: [
        {
          rule: 'welcome',
          step: 1,
          customerId: 'C000002',
          email: 'ben@example.com',
          reason: 'no consent',
          detail: '',
        },
        {
          rule: 'welcome',
          step: 1,
          customerId: 'C000003',
          email: '',
          reason: 'invalid email',
          detail: 'no address',
        },
      ],
      problems: [{ rule: 'winback', row: 3, message: 'Audience: unknown column "Ordrs"' }],
      results: [],
    });
    expect(text.split('\n')).toEqual([
      'Follow-ups as a run at 2025-03-08T09:00:00.000Z would send them (spreadsheet zone Europe/Lisbon); 100 emails left today. Nothing was sent or written.',
      "Settings' Dry run is on: a real run would log these without sending them.",
      'Would send (1):',
      '  welcome step 1  C000001  ana@example.com  "Hi Ana"  (key welcome:1:C000001)',
      "Held out as the rule's control group (1):",
      '  welcome step 1  C000004  (key welcome:1:C000004)',
      'Skipped (2):',
      '  welcome step 1  C000002  ben@example.com: no consent',
      '  welcome step 1  C000003  (no email): invalid email (no address)',
      'Problems in Follow-ups (1):',
      '  row 3 (winback): Audience: unknown column "Ordrs"',
    ]);
  });

  it('without the full list, gives each reason its count and first skips', () => {
    const skip = {
      rule: 'welcome',
      step: 1,
      customerId: 'C000002',
      email: 'ben@example.com',
      reason: 'no consent' as const,
      detail: '',
    };
    const text = describeFollowUps({
      now: '2025-03-08T09:00:00.000Z',
      timeZone: 'UTC',
      remainingQuota: 0,
      dryRun: false,
      planned: [],
      heldOut: [],
      skippedCount: 3,
      skipGroups: [{ reason: 'no consent', count: 3, examples: [skip], rules: ['welcome'] }],
      problems: [],
      results: [],
    });
    expect(text.split('\n').slice(2)).toEqual([
      'Skipped (3):',
      '  no consent: 3',
      '    welcome step 1  C000002  ben@example.com: no consent',
      '    … and 2 more',
    ]);
  });
});
