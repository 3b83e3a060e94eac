// What the next follow-up run would send now, without writing anything: the sidebar's preview and the CLI's dry run.

import type { RuleProblem } from '../core/follow-up/follow-up-rules';
import { groupSkips, type SkipGroup } from '../core/follow-up/group-skips';
import {
  type FollowUpSkip,
  type HeldOutEmail,
  type PlannedEmail,
  planFollowUps,
} from '../core/follow-up/plan-follow-ups';
import { COLUMNS } from '../core/table/columns';
import { isValidDate } from '../core/table/is-valid-date';
import { cellOf, keyText } from '../core/table/sheet-table';
import { type ComposeServices, emailComposer } from './compose-follow-up';
import type { Ports, UnsubscribeQueue } from './ports';
import { type FollowUpContext, readFollowUpContext } from './read-follow-up-input';

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
  /** Every skip, for the CLI's full listing; the sidebar gets skipGroups only (see withoutSkipList). */
  skipped: PreviewSkip[];
  /** The skips by reason, largest first, each with its exact count and its first SKIP_EXAMPLES skips. */
  skipGroups: SkipGroup<PreviewSkip>[];
  problems: RuleProblem[];
  /** What each Follow-ups row earned, as the last run wrote it (its owned result columns). */
  results: FollowUpRowResult[];
}

/** One skip as a preview shows it. */
export type PreviewSkip = Omit<FollowUpSkip, 'key' | 'final' | 'outboxRow'>;

/** Skips listed per reason in a preview's groups: enough to see who, few enough for a sidebar. */
export const SKIP_EXAMPLES = 50;

/** A preview without its full skip list, as the sidebar and the menu's dialog receive it. */
export type FollowUpPreviewSummary = Omit<FollowUpPreview, 'skipped'> & { skippedCount: number };

/**
 * `preview` without the list of every skip: 50,000 customers × 10 rules skip 77,000 times, megabytes
 * through google.script.run for a list nobody reads line by line; the groups keep the exact counts.
 */
export function withoutSkipList(preview: FollowUpPreview): FollowUpPreviewSummary {
  const { skipped, ...rest } = preview;
  return { ...rest, skippedCount: skipped.length };
}

/** The result columns of one Follow-ups row. */
export interface FollowUpRowResult {
  rule: string;
  step: number;
  sent: number;
  ordered30d: number;
  revenue30d: number;
  heldOut: number;
  holdoutOrdered30d: number;
  holdoutRevenue30d: number;
  /** When the last run wrote them (ISO), '' before the first. */
  resultsAt: string;
}

/** One planned email as the customer would get it (plain-text part). */
export interface RenderedFollowUp {
  key: string;
  to: string;
  subject: string;
  textBody: string;
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
  const skipped = plan.skipped.map(
    (s): PreviewSkip => ({
      rule: s.rule,
      step: s.step,
      customerId: s.customerId,
      email: s.email,
      reason: s.reason,
      detail: s.detail,
    }),
  );
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
    skipped,
    skipGroups: groupSkips(skipped, SKIP_EXAMPLES),
    problems: plan.problems.map((p) => ({ rule: p.rule, row: p.row, message: p.message })),
    results: rowResults(context.followUps),
  };
}

/** The owned result columns of every Follow-ups row with a Rule, from the table already read. */
function rowResults(table: FollowUpContext['followUps']): FollowUpRowResult[] {
  const F = COLUMNS.followUps;
  const number = (cell: unknown) => (typeof cell === 'number' && Number.isFinite(cell) ? cell : 0);
  return table.rows
    .filter((row) => keyText(cellOf(table, row, F.rule)) !== '')
    .map((row) => {
      const at = cellOf(table, row, F.resultsAt);
      return {
        rule: keyText(cellOf(table, row, F.rule)),
        step: number(cellOf(table, row, F.step)) || 1,
        sent: number(cellOf(table, row, F.sent)),
        ordered30d: number(cellOf(table, row, F.ordered30d)),
        revenue30d: number(cellOf(table, row, F.revenue30d)),
        heldOut: number(cellOf(table, row, F.heldOut)),
        holdoutOrdered30d: number(cellOf(table, row, F.holdoutOrdered30d)),
        holdoutRevenue30d: number(cellOf(table, row, F.holdoutRevenue30d)),
        resultsAt: isValidDate(at) ? at.toISOString() : '',
      };
    });
}

/**
 * The email a run at `now` would send for `key`, rendered for its customer (the plain-text part:
 * the sidebar shows it as text). Reads each tab once and writes nothing.
 * @throws {Error} when a run at `now` would not send that email.
 */
export function renderPlannedFollowUp(
  ports: Ports,
  services: ComposeServices & { queue: UnsubscribeQueue },
  options: { now: Date; remainingQuota: number; key: string },
): RenderedFollowUp {
  const context = readFollowUpContext(ports.workbook, services.queue, options.now, options.remainingQuota);
  const planned = planFollowUps(context.input).planned.find((p) => p.key === options.key);
  if (!planned) throw new Error(`A run now would not send ${options.key}; preview again.`);
  const email = emailComposer(context, services)(planned);
  return { key: planned.key, to: email.to, subject: email.subject, textBody: email.textBody };
}
