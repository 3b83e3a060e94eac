// The text `followups --dry-run` prints: the emails a run would send, who is held out or skipped and why, and the rules' problems.
import type { FollowUpPreviewSummary, PreviewSkip } from '../../app/preview-follow-ups';

/**
 * Every planned email (key, rule and step, customer, address, subject), every holdout, every skip
 * with its reason and detail, and every problem of the Follow-ups tab: a dry run is read to check
 * who gets what, so nothing is cut.
 */
export function describeFollowUps(
  preview: FollowUpPreviewSummary & { skipped?: readonly PreviewSkip[] },
): string {
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const lines = [
    `Follow-ups as a run at ${preview.now} would send them (spreadsheet zone ${preview.timeZone}); ${count(preview.remainingQuota, 'email')} left today. Nothing was sent or written.`,
  ];
  if (preview.dryRun) lines.push("Settings' Dry run is on: a real run would log these without sending them.");
  lines.push(
    preview.planned.length ? `Would send (${preview.planned.length}):` : 'Would send nothing.',
    ...preview.planned.map(
      (p) => `  ${p.rule} step ${p.step}  ${p.customerId}  ${p.email}  "${p.subject}"  (key ${p.key})`,
    ),
  );
  if (preview.heldOut.length) {
    lines.push(
      `Held out as the rule's control group (${preview.heldOut.length}):`,
      ...preview.heldOut.map((h) => `  ${h.rule} step ${h.step}  ${h.customerId}  (key ${h.key})`),
    );
  }
  const skipLine = (s: PreviewSkip) =>
    `  ${s.rule} step ${s.step}  ${s.customerId}  ${s.email || '(no email)'}: ${s.reason}${s.detail ? ` (${s.detail})` : ''}`;
  if (preview.skipped?.length) {
    lines.push(`Skipped (${preview.skipped.length}):`, ...preview.skipped.map(skipLine));
  } else if (preview.skippedCount) {
    // Without the full list (the preview of the sidebar): each reason's count and its first skips.
    lines.push(`Skipped (${preview.skippedCount}):`);
    for (const group of preview.skipGroups) {
      lines.push(`  ${group.reason}: ${group.count}`, ...group.examples.map((s) => `  ${skipLine(s)}`));
      if (group.count > group.examples.length)
        lines.push(`    … and ${group.count - group.examples.length} more`);
    }
  }
  if (preview.problems.length) {
    lines.push(
      `Problems in Follow-ups (${preview.problems.length}):`,
      ...preview.problems.map((p) => `  row ${p.row}${p.rule ? ` (${p.rule})` : ''}: ${p.message}`),
    );
  }
  return lines.join('\n');
}
