// Section: follow-up planning for 50,000 customers × 10 rules, and a 1,500-email send across trigger executions.
import { childReport } from './child-process';
import type { FollowUpBenchReport } from './follow-ups-child';
import { formatMs } from './measure';
import type { BenchSection, SectionResult } from './section';

/** Apps Script's execution limit, and the 5 minutes a send run must stay under. */
const LIMIT_MS = 6 * 60 * 1000;
const RUN_TARGET_MS = 5 * 60 * 1000;

/** The follow-ups section: planning cost (Node and virtual time) and how a Workspace day's quota is sent. */
export function followUpsSection(root: string): BenchSection {
  return {
    title: 'Follow-ups (planning and sending, through the bundle)',
    async run(): Promise<SectionResult> {
      const {
        planning: p,
        sending: s,
        maxRssMb,
      } = childReport<FollowUpBenchReport>(root, 'scripts/bench/follow-ups-child.ts');
      const n = (value: number) => value.toLocaleString('en-US');
      return {
        title: this.title,
        intro:
          'previewFollowUps of dist/Code.js on 50,000 customers (1 to 4 orders each over 400 days, seeded) and 10 rules, ' +
          'one of each trigger and more, plans one run within a Workspace quota of 1,500: it reads every tab once and ' +
          'renders each subject. Then 1,500 customers due for one rule are sent by successive onFollowUpsTimer trigger ' +
          'executions, each stopping before its time budget, until none is left. One child process; peak memory is its maxRSS.',
        columns: ['what', 'executions', 'emails', 'getValues', 'all calls', 'virtual time', 'Node time'],
        rows: [
          [
            `plan ${n(p.customers)} customers × ${p.rules} rules`,
            '1',
            `${n(p.planned)} planned, ${n(p.skipped)} skipped`,
            String(p.getValues),
            n(p.calls),
            formatMs(p.virtualMs),
            formatMs(p.nodeMs),
          ],
          [
            `send ${n(s.due)} due`,
            String(s.executions),
            `${n(s.sent)} sent (${s.sentPerExecution.map(n).join(' + ')})`,
            '',
            '',
            `${formatMs(s.longestVirtualMs)} longest run`,
            formatMs(s.nodeMs),
          ],
        ],
        notes: [
          `Planning reads each tab once (${p.getValues} getValues) whatever the number of customers; its virtual time ${formatMs(p.virtualMs)} is ${p.virtualMs < LIMIT_MS ? 'within' : 'PAST'} the 6-minute limit.`,
          `Sending: ${s.distinctRecipients === s.sent ? 'no recipient got two emails' : `DUPLICATES: ${s.sent - s.distinctRecipients}`}; the longest run took ${formatMs(s.longestVirtualMs)} of virtual time (${s.longestVirtualMs < RUN_TARGET_MS ? 'under' : 'PAST'} the 5 minutes a run may take).`,
          'Each MailApp.sendEmail is charged its cost of src/local/emulator/call-costs.ts, so a day of Workspace emails spans several executions, as in Google.',
          `Peak memory ${maxRssMb.toFixed(0)} MB.`,
        ],
      };
    },
  };
}
