// The follow-up and automation items of the "Solo CRM" menu.
import { type AutomationReport, installAutomation, removeAutomation } from '../app/automation';
import { checkFollowUpFields } from '../app/check-follow-up-fields';
import { previewFollowUps } from '../app/preview-follow-ups';
import { sendFollowUps } from '../app/send-follow-ups';
import { sendTestFollowUp } from '../app/send-test-follow-up';
import { followUpServices } from '../gas/follow-up-services';
import { ScriptPropertiesUnsubscribeQueue } from '../gas/script-properties-unsubscribe-queue';
import { confirm, promptText, showAlert, showTextDialog } from '../gas/ui';
import { boundPorts } from './bound-ports';
import { globalFunction } from './entry-point';
import { guarded } from './guarded';

/** "Follow-ups: every hour. Refresh: daily at 7:00 (Europe/Lisbon). Form: off." */
function describeAutomation(report: AutomationReport): string {
  const names = { followups: 'Follow-ups', refresh: 'Nightly refresh', form: 'Service form' } as const;
  return report.triggers.map((t) => `${names[t.kind]}: ${t.schedule}`).join('\n');
}

/** Skips the menu's preview dialog lists per reason. */
const MENU_SKIP_EXAMPLES = 10;
export const followUpMenuEntryPoints = {
  menuPreviewFollowUps: globalFunction('menu', 'Shows what the next follow-up run would send.', [], () => {
    guarded('Preview follow-ups', () => {
      const ports = boundPorts();
      const services = followUpServices();
      const preview = previewFollowUps(ports, services, {
        now: ports.clock.now(),
        remainingQuota: services.mailer.remainingDailyQuota(),
      });
      const lines = [
        `${preview.planned.length} emails would go now (quota left today: ${preview.remainingQuota})${preview.dryRun ? '; Dry run is on in Settings, so a run only logs them' : ''}.`,
        ...preview.planned.map((p) => `  ${p.rule} step ${p.step} → ${p.email}: ${p.subject}`),
        `${preview.heldOut.length} held out.`,
        `${preview.skipped.length} skipped:`,
        // By reason with the first few of each: a dialog of 77,000 lines would show none of them.
        ...preview.skipGroups.flatMap((group) => [
          `  ${group.reason}: ${group.count}`,
          ...group.examples
            .slice(0, MENU_SKIP_EXAMPLES)
            .map((s) => `    ${s.rule} step ${s.step}, ${s.customerId}${s.detail ? ` (${s.detail})` : ''}`),
          ...(group.count > MENU_SKIP_EXAMPLES ? [`    … and ${group.count - MENU_SKIP_EXAMPLES} more`] : []),
        ]),
        ...preview.problems.map((p) => `Follow-ups row ${p.row} (${p.rule}): ${p.message}`),
      ];
      showTextDialog('Follow-ups preview', lines.join('\n'));
    });
  }),
  menuSendFollowUps: globalFunction('menu', 'Sends the follow-ups due now.', [], () => {
    guarded('Send follow-ups', () => {
      if (!confirm('Send follow-ups', 'Send the follow-up emails due now?')) return;
      const report = sendFollowUps(boundPorts(), followUpServices());
      showAlert(
        'Send follow-ups',
        report.busy
          ? 'Another run is sending follow-ups right now; nothing was done.'
          : report.dryRun
            ? `Dry run is on in Settings: ${report.waiting} emails were planned and logged, none sent.`
            : `Sent ${report.sent}; ${report.failed.length} failed, ${report.uncertain.length} uncertain, ${report.heldOut} held out, ${report.waiting} waiting. Details in the Log and Outbox tabs.`,
      );
    });
  }),
  menuCheckFollowUpFields: globalFunction(
    'menu',
    'Lists the customers whose merge fields are blank.',
    [],
    () => {
      guarded('Check follow-up fields', () => {
        const checks = checkFollowUpFields(boundPorts(), new ScriptPropertiesUnsubscribeQueue());
        const lines = checks.map((c) => {
          const head = `${c.rule} step ${c.step} (Follow-ups row ${c.row})`;
          if (c.audienceError) return `${head}: ${c.audienceError}`;
          if (c.unknownFields.length) return `${head}: unknown fields ${c.unknownFields.join(', ')}`;
          if (!c.blank.length) return `${head}: every field is filled`;
          return `${head}: ${c.blank.length} customers with blanks: ${c.blank
            .slice(0, 20)
            .map((b) => `row ${b.customerRow} (${b.fields.join(', ')})`)
            .join('; ')}${c.blank.length > 20 ? ' …' : ''}`;
        });
        showTextDialog('Follow-up fields', lines.join('\n') || 'No active rule in Follow-ups.');
      });
    },
  ),
  menuSendTestFollowUp: globalFunction('menu', 'Sends one rendered follow-up to the owner.', [], () => {
    guarded('Send me a test', () => {
      const rule = promptText('Send me a test', 'Rule name (from the Follow-ups tab):');
      if (rule === null || !rule.trim()) return;
      const report = sendTestFollowUp(boundPorts(), followUpServices(), rule);
      showAlert(
        'Send me a test',
        `Sent "${report.subject}" to ${report.to}, filled with ${report.customerId}.`,
      );
    });
  }),
  menuInstallAutomation: globalFunction(
    'menu',
    'Turns on follow-ups, the nightly refresh and the form trigger.',
    [],
    () => {
      guarded('Turn on automation', () => {
        showAlert('Automation', describeAutomation(installAutomation(boundPorts(), 'all')));
      });
    },
  ),
  menuRemoveAutomation: globalFunction('menu', 'Turns off every automation trigger.', [], () => {
    guarded('Turn off automation', () => {
      showAlert('Automation', describeAutomation(removeAutomation(boundPorts(), 'all')));
    });
  }),
};
