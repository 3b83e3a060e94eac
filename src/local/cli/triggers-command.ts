// `triggers install|remove|list`: the automations' installable triggers, which the workbook then keeps.
import { AUTOMATION_KINDS, type AutomationChoice } from '../../app/automation';
import type { CommandAction } from './command-actions';
import { describeAutomation } from './describe-automation';
import { UsageError } from './parse-args';

const CHOICES: readonly AutomationChoice[] = ['all', ...AUTOMATION_KINDS];

/** The automations --which names (all unless told); list takes no --which: it shows every one. */
export const triggersAction: CommandAction = (args) => {
  const action = args.positionals[0] as 'install' | 'remove' | 'list';
  const which = (args.options.get('which') ?? 'all') as AutomationChoice;
  if (!CHOICES.includes(which)) {
    throw new UsageError(`--which must be one of ${CHOICES.join(', ')} (got "${which}").`);
  }
  if (action === 'list' && args.options.has('which')) {
    throw new UsageError('--which is for install and remove; list shows every automation.');
  }
  return (session) => {
    const report =
      action === 'install'
        ? session.call('installAutomation', which).value
        : action === 'remove'
          ? session.call('removeAutomation', which).value
          : session.call('listAutomation').value;
    return { result: report, text: describeAutomation(action, report) };
  };
};
