import { describe, expect, it } from 'vitest';
import type { AutomationReport } from '../../../src/app/automation';
import { describeAutomation } from '../../../src/local/cli/describe-automation';

const REPORT: AutomationReport = {
  changed: ['followups', 'refresh'],
  unchanged: ['form'],
  triggers: [
    { kind: 'followups', handler: 'onFollowUpsTimer', installed: true, schedule: 'every hour' },
    {
      kind: 'refresh',
      handler: 'onNightlyRefresh',
      installed: true,
      schedule: 'daily at 3:00 (Europe/Lisbon)',
    },
    { kind: 'form', handler: 'onServiceFormSubmit', installed: false, schedule: 'off' },
  ],
};

describe('describeAutomation', () => {
  it('words what install changed, then every automation', () => {
    expect(describeAutomation('install', REPORT).split('\n')).toEqual([
      'Installed: followups, refresh.',
      'Already installed: form.',
      'Automations:',
      '  followups  onFollowUpsTimer     on, every hour',
      '  refresh    onNightlyRefresh     on, daily at 3:00 (Europe/Lisbon)',
      '  form       onServiceFormSubmit  off',
    ]);
  });

  it('words remove its own way, and list only lists', () => {
    expect(describeAutomation('remove', REPORT).split('\n').slice(0, 2)).toEqual([
      'Removed: followups, refresh.',
      'Not installed: form.',
    ]);
    expect(describeAutomation('list', REPORT).split('\n')[0]).toBe('Automations:');
  });
});
