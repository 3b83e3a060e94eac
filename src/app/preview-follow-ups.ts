// What the next follow-up run would send now, without writing anything: the sidebar's preview and the CLI's dry run.
import type { RuleProblem } from '../core/follow-up/follow-up-rules';
import {
  type FollowUpSkip,
  type HeldOutEmail,
  type PlannedEmail,
  planFollowUps,
} from '../core/follow-up/plan-follow-ups';
import { type ComposeServices, emailComposer } from './compose-follow-up';
import type { Ports, UnsubscribeQueue } from './ports';
import { readFollowUpContext } from './read-follow-up-input';

/** The preview of one run at `now`. */
export interface FollowUpPreview {
  now: string;
  timeZone: string;
  remainingQuota: number;
  /** Settings' Dry run: while on, a run plans and logs but sends nothing. */
  dryRun: boolean;
  planned: Array<
    Pick<PlannedEmail, 'key' | 'rule' | 'step' | 'customerId' | 'email' | 'predictedClv'> & {
      subject: string;
    }
  >;
  heldOut: Array<Pick<HeldOutEmail, 'key' | 'rule' | 'step' | 'customerId'>>;
  skipped: Array<Omit<FollowUpSkip, 'key' | 'final' | 'outboxRow'>>;
  problems: RuleProblem[];
}

/**
 * Plans the follow-ups as a run at `now` would, with `remainingQuota` emails left today, and renders
 * each subject. Reads each tab once and writes nothing (no Outbox row, no Log, no baseline).
 */
export function previewFollowUps(
  ports: Ports,
  services: ComposeServices & { queue: UnsubscribeQueue },
  options: { now: Date; remainingQuota: number },
): FollowUpPreview {
  const context = readFollowUpContext(ports.workbook, services.queue, options.now, options.remainingQuota);
  const plan = planFollowUps(context.input);
  const compose = emailComposer(context, services);
  return {
    now: options.now.toISOString(),
    timeZone: context.input.timeZone,
    remainingQuota: options.remainingQuota,
    dryRun: context.settings.dryRun,
    planned: plan.planned.map((p) => ({
      key: p.key,
      rule: p.rule,
      step: p.step,
      customerId: p.customerId,
      email: p.email,
      subject: compose.subject(p),
      predictedClv: p.predictedClv,
    })),
    heldOut: plan.heldOut.map((h) => ({ key: h.key, rule: h.rule, step: h.step, customerId: h.customerId })),
    skipped: plan.skipped.map((s) => ({
      rule: s.rule,
      step: s.step,
      customerId: s.customerId,
      email: s.email,
      reason: s.reason,
      detail: s.detail,
    })),
    problems: plan.problems.map((p) => ({ rule: p.rule, row: p.row, message: p.message })),
  };
}
