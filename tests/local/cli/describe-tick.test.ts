import { describe, expect, it } from 'vitest';
import { describeTick } from '../../../src/local/cli/describe-tick';
import type { TriggerRun } from '../../../src/local/cli/play-clock';

function run(at: string, handler: string, sent: number, error: string | null = null): TriggerRun {
  return { at, handler, triggerId: '1000001', error, elapsedMs: 2_450, sent };
}

describe('describeTick', () => {
  it('counts the runs per handler, lists those that sent or failed, then each email and its file', () => {
    const text = describeTick({
      from: '2025-03-01T00:00:00.000Z',
      until: '2025-03-01T03:00:00.000Z',
      runs: [
        run('2025-03-01T01:00:00.000Z', 'onFollowUpsTimer', 1),
        run('2025-03-01T02:00:00.000Z', 'onFollowUpsTimer', 0),
        run('2025-03-01T02:00:00.000Z', 'onNightlyRefresh', 0, 'Sheet not found'),
        run('2025-03-01T03:00:00.000Z', 'onFollowUpsTimer', 0),
      ],
      outbox: '/tmp/shop-outbox',
      sent: [
        {
          sentAt: '2025-03-01T01:00:00.800Z',
          to: ['ana@example.com'],
          subject: 'Hi Ana',
          file: '/tmp/shop-outbox/2025-03-01T01-00-00.800Z-0001-ana-example-com.eml',
        },
      ],
    });
    expect(text.split('\n')).toEqual([
      "Played the clock from 2025-03-01T00:00:00.000Z to 2025-03-01T03:00:00.000Z; the workbook's clock is now 2025-03-01T03:00:00.000Z.",
      'Fired 4 times: onFollowUpsTimer 3, onNightlyRefresh 1; 1 failed.',
      '  2025-03-01T01:00:00.000Z  onFollowUpsTimer  ok, 1 email sent (2.5 s)',
      '  2025-03-01T02:00:00.000Z  onNightlyRefresh  failed: Sheet not found (2.5 s)',
      '  The other 2 runs sent nothing and succeeded.',
      'Sent 1 email, written to /tmp/shop-outbox:',
      '  2025-03-01T01:00:00.800Z  ana@example.com  "Hi Ana"  2025-03-01T01-00-00.800Z-0001-ana-example-com.eml',
    ]);
  });

  it('says so when nothing was due', () => {
    expect(
      describeTick({
        from: '2025-03-01T00:00:00.000Z',
        until: '2025-03-01T00:00:00.000Z',
        runs: [],
        outbox: '/o',
        sent: [],
      }),
    ).toBe(
      [
        "Played the clock from 2025-03-01T00:00:00.000Z to 2025-03-01T00:00:00.000Z; the workbook's clock is now 2025-03-01T00:00:00.000Z.",
        'No trigger was due.',
        'No email was sent.',
      ].join('\n'),
    );
  });
});
