// `tick`: plays the emulated clock up to --until, firing due triggers, and writes the emails sent as .eml files.
import { writeOutbox } from '../outbox/write-outbox';
import type { CommandAction } from './command-actions';
import { countOption } from './count-option';
import { describeTick } from './describe-tick';
import { instantOption } from './instant-option';
import { outboxFolder } from './outbox-folder';
import { UsageError } from './parse-args';
import { playClock } from './play-clock';
import { requiredOption } from './required-option';
import type { TickReport } from './tick-report';

/**
 * Checks --until, --from, --mail-quota and --outbox before the workbook is opened; then plays the
 * clock from --from (else the workbook's clock, else now) to --until with playClock and writes what
 * the mailbox received into the outbox folder. An --until before the start is a usage error: going
 * back in time is only done on purpose, with --from.
 */
export const tickAction: CommandAction = (args) => {
  requiredOption(args, 'until');
  const until = instantOption(args, 'until')!;
  const from = instantOption(args, 'from');
  const quota = countOption(args, 'mail-quota');
  const outbox = outboxFolder(args, requiredOption(args, 'workbook'));
  if (from && until < from) {
    throw new UsageError(`--until ${until.toISOString()} is before --from ${from.toISOString()}.`);
  }
  return async (session, note) => {
    const start = from ?? new Date(session.environment.now.getTime());
    if (until < start) {
      throw new UsageError(
        `--until ${until.toISOString()} is before the workbook's clock, ${start.toISOString()}; to play an earlier stretch again, give --from.`,
      );
    }
    if (quota !== undefined) session.environment.mailbox.dailyQuota = quota;
    const played = playClock(session, start, until, (run) =>
      note(
        `  ${run.at} ${run.handler}: ${run.error === null ? `ok, ${run.sent} sent` : `failed: ${run.error}`}`,
      ),
    );
    const files = await writeOutbox(outbox, played.sent, session.environment.config.userEmail);
    const report: TickReport = {
      from: played.from,
      until: played.until,
      runs: played.runs,
      outbox,
      sent: played.sent.map((message, i) => ({
        sentAt: message.sentAt.toISOString(),
        to: message.to,
        subject: message.subject,
        file: files[i],
      })),
    };
    return { result: report, text: describeTick(report) };
  };
};
