// `followups --dry-run`: what a follow-up run would send at an instant, and who is skipped and why; writes nothing.
import type { CommandAction } from './command-actions';
import { describeFollowUps } from './describe-follow-ups';
import { instantOption } from './instant-option';
import { UsageError } from './parse-args';

/**
 * Refuses to run without --dry-run: the command line never sends (the installed trigger does, played
 * by `tick`). Plans at --now, else at the workbook's clock, reading the mail quota left on that day.
 */
export const followUpsAction: CommandAction = (args) => {
  if (!args.flags.has('dry-run')) {
    throw new UsageError(
      'followups needs --dry-run: it shows what a run would send; emails go out through the installed trigger, played by tick.',
    );
  }
  const now = instantOption(args, 'now');
  return (session) => {
    if (now) session.environment.now = now;
    // Every skip: a dry run on the command line is read to check who gets what, so nothing is cut.
    const preview = session.call('previewFollowUps', now ? now.toISOString() : null, true).value;
    return { result: preview, text: describeFollowUps(preview) };
  };
};
