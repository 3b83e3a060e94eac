// The text `tick` prints: what fired, what failed and what was sent, and where the emails are.
import { basename } from 'node:path';
import type { TriggerRun } from './play-clock';
import type { TickReport } from './tick-report';

/** How many runs and emails the text shows; --json has them all. */
const SHOWN = 20;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function runLine(run: TriggerRun): string {
  const result =
    run.error === null ? `ok, ${run.sent} email${run.sent === 1 ? '' : 's'} sent` : `failed: ${run.error}`;
  return `  ${run.at}  ${run.handler}  ${result} (${seconds(run.elapsedMs)})`;
}

/**
 * The stretch played, the runs per handler, each run that sent or failed (the quiet ones counted),
 * then each email with its recipient, subject and file; long lists are cut after 20.
 */
export function describeTick(report: TickReport): string {
  const perHandler = new Map<string, number>();
  for (const run of report.runs) perHandler.set(run.handler, (perHandler.get(run.handler) ?? 0) + 1);
  const failed = report.runs.filter((run) => run.error !== null).length;
  const notable = report.runs.filter((run) => run.error !== null || run.sent > 0);
  const quiet = report.runs.length - notable.length;
  const fired =
    report.runs.length === 0
      ? 'No trigger was due.'
      : `Fired ${report.runs.length} time${report.runs.length === 1 ? '' : 's'}: ${[...perHandler]
          .map(([handler, n]) => `${handler} ${n}`)
          .join(', ')}${failed ? `; ${failed} failed` : ''}.`;
  const lines = [
    `Played the clock from ${report.from} to ${report.until}; the workbook's clock is now ${report.until}.`,
    fired,
  ];
  lines.push(...notable.slice(0, SHOWN).map(runLine));
  if (notable.length > SHOWN)
    lines.push(`  … and ${notable.length - SHOWN} more runs that sent or failed (--json lists every run)`);
  if (quiet > 0 && notable.length > 0) lines.push(`  The other ${quiet} runs sent nothing and succeeded.`);
  if (report.sent.length === 0) {
    lines.push('No email was sent.');
    return lines.join('\n');
  }
  lines.push(
    `Sent ${report.sent.length} email${report.sent.length === 1 ? '' : 's'}, written to ${report.outbox}:`,
  );
  for (const email of report.sent.slice(0, SHOWN)) {
    lines.push(`  ${email.sentAt}  ${email.to.join(', ')}  "${email.subject}"  ${basename(email.file)}`);
  }
  if (report.sent.length > SHOWN)
    lines.push(`  … and ${report.sent.length - SHOWN} more in ${report.outbox}`);
  return lines.join('\n');
}
