// One follow-up run under the document lock: plans, records, sends each email exactly once in practice, and writes the results.

import { followUpResults, HOLDOUT_REASON, resultKey } from '../core/follow-up/follow-up-results';
import type { RuleProblem } from '../core/follow-up/follow-up-rules';
import type { OutboxRecord } from '../core/follow-up/outbox-records';
import {
  type FollowUpPlan,
  type PlannedEmail,
  planFollowUps,
  type SkipReason,
} from '../core/follow-up/plan-follow-ups';
import { COLUMNS } from '../core/table/columns';
import { headerIndex } from '../core/table/header-index';
import { normalizeHeader } from '../core/table/normalize-header';
import { keyText } from '../core/table/sheet-table';
import { type ComposeServices, type EmailComposer, emailComposer } from './compose-follow-up';
import { appendLog } from './log';
import { type NewOutboxRow, type OutboxChange, OutboxWriter } from './outbox-writer';
import type { Cell, Mailer, Ports, UnsubscribeQueue } from './ports';
import { type FollowUpContext, MEMBERS_TAB, readFollowUpContext } from './read-follow-up-input';
import { TAB } from './tab-layouts';

/** The services a send run uses besides the ports. */
export interface SendServices extends ComposeServices {
  mailer: Mailer;
  queue: UnsubscribeQueue;
}

export interface SendOptions {
  /**
   * Virtual or real time the run may take before it stops starting new emails: 4.5 minutes, so it
   * ends well before the 5 minutes asked of it and Apps Script's 6-minute limit, results written.
   */
  budgetMs?: number;
  /** How long to wait for the document lock before leaving the work to the next run. */
  lockTimeoutMs?: number;
}

/** What a run did. */
export interface FollowUpSendReport {
  /** Settings' Dry run was on: planned and logged, nothing written to the Outbox, nothing sent. */
  dryRun: boolean;
  /** Another execution held the lock: this run did nothing. */
  busy: boolean;
  sent: number;
  failed: Array<{ key: string; reason: string }>;
  /** Keys found `sending` (a run stopped between its write and its send): never sent again automatically. */
  uncertain: string[];
  heldOut: number;
  skipped: Partial<Record<SkipReason, number>>;
  /** Emails still planned in the Outbox for the next run (time ran out, or the quota did). */
  waiting: number;
  stoppedForTime: boolean;
  /** MailApp failed for a reason of its own (not this email's): the run stopped, the email stays planned. */
  serviceError?: string;
  problems: RuleProblem[];
}

export const SEND_BUDGET_MS = 270_000;
const LOCK_TIMEOUT_MS = 10_000;
/** The reason an uncertain row gives the owner. */
export const UNCERTAIN_REASON =
  'a run stopped while sending it: check Sent mail, then set Status to planned to send it again';
/** MailApp's message once the day's recipients are spent: the rest waits for tomorrow, not "failed". */
const QUOTA_SPENT = /too many times|quota/i;
/** MailApp's refusals of this one email (an address, a size): retrying would fail again, so it is "failed". */
const REFUSED = /invalid email|body size|no recipient|invalid argument/i;

/** Skips that end an already planned row (the customer left or cannot be written to); the others keep it planned. */
const FINAL_FOR_PLANNED: ReadonlySet<SkipReason> = new Set<SkipReason>([
  'no consent',
  'unsubscribed',
  'invalid email',
  'blank merge field',
  'sequence stopped',
]);

/**
 * Sends the follow-ups due now. Holding the document lock for the whole run (a second run waits up
 * to 10 s, then leaves the work to the next trigger):
 * 1. reads every tab once; rows still `sending` from a run that stopped become `uncertain`;
 * 2. plans (planFollowUps) within MailApp's remaining daily quota, and appends the new Outbox rows
 *    at once: planned emails, held-out customers, stopped sequences;
 * 3. for each email: writes its row `sending` (with the previous email's `sent`, one block) and
 *    flushes, sends, and keeps the `sent` time for the next write, stopping before the time budget;
 * 4. writes the last `sent`, the result columns of Follow-ups and the members baseline, and logs.
 * A crash at any point leaves each email `planned` (sent by a later run) or `sending` (marked
 * uncertain by the next run), never sent twice. With Settings' Dry run on, nothing is written but
 * the Log.
 */
export function sendFollowUps(
  ports: Ports,
  services: SendServices,
  options: SendOptions = {},
): FollowUpSendReport {
  const { workbook, clock } = ports;
  const started = clock.now().getTime();
  const budget = options.budgetMs ?? SEND_BUDGET_MS;
  const report: FollowUpSendReport = {
    dryRun: false,
    busy: false,
    sent: 0,
    failed: [],
    uncertain: [],
    heldOut: 0,
    skipped: {},
    waiting: 0,
    stoppedForTime: false,
    problems: [],
  };
  let acquired = false;
  try {
    ports.lock.withLock(options.lockTimeoutMs ?? LOCK_TIMEOUT_MS, () => {
      acquired = true;
      run();
    });
  } catch (error) {
    if (acquired) throw error;
    report.busy = true;
    appendLog(workbook, clock, {
      action: 'follow-ups',
      result: 'nothing to do',
      counts: {},
      details: 'another run was sending follow-ups; this one left the work to the next run',
    });
  }
  return report;

  function run(): void {
    const now = clock.now();
    const context = readFollowUpContext(workbook, services.queue, now, services.mailer.remainingDailyQuota());
    const outbox = new OutboxWriter(workbook, context.outboxHeader);
    const records = context.outbox;
    const stale = records.filter((record) => record.status === 'sending');
    for (const record of stale) {
      record.status = 'uncertain';
      record.reason = UNCERTAIN_REASON;
      report.uncertain.push(record.key);
    }
    // The planner must not see them as planned or free: they count as emailed (min days between).
    const plan = planFollowUps({ ...context.input, outbox: records });
    report.problems = plan.problems;
    report.heldOut = plan.heldOut.length;
    for (const skip of plan.skipped) report.skipped[skip.reason] = (report.skipped[skip.reason] ?? 0) + 1;
    if (context.settings.dryRun) {
      report.dryRun = true;
      report.waiting = plan.planned.length;
      logRun(plan, 'dry run: nothing sent (turn Dry run off in Settings to send)');
      return;
    }
    const compose = emailComposer(context, services);
    const changes: OutboxChange[] = stale.map((record) => change(record, 'uncertain', UNCERTAIN_REASON));
    for (const skip of plan.skipped) {
      if (skip.outboxRow === undefined || !FINAL_FOR_PLANNED.has(skip.reason)) continue;
      const record = records.find((r) => r.row === skip.outboxRow)!;
      record.status = 'skipped';
      record.reason = `${skip.reason}: ${skip.detail}`;
      changes.push(change(record, 'skipped', record.reason));
    }
    writeChanges(outbox, changes);

    const fresh: NewOutboxRow[] = [];
    for (const planned of plan.planned) {
      if (planned.outboxRow !== undefined) continue;
      let subject = '';
      try {
        subject = compose.subject(planned);
      } catch {
        // The send step fails it with the reason.
      }
      fresh.push(newRow(planned, 'planned', '', subject, now));
    }
    for (const held of plan.heldOut) {
      fresh.push({ ...held, subject: '', status: 'skipped', reason: HOLDOUT_REASON, plannedAt: now });
    }
    for (const skip of plan.skipped) {
      if (!skip.final || skip.outboxRow !== undefined) continue;
      fresh.push({
        key: skip.key,
        rule: skip.rule,
        step: skip.step,
        customerId: skip.customerId,
        email: skip.email,
        subject: '',
        status: 'skipped',
        reason: `${skip.reason}: ${skip.detail}`,
        plannedAt: now,
      });
    }
    const firstNew = outbox.append(fresh);
    const appended = fresh.map((row, i) => ({ ...row, row: firstNew + i, sentAt: null }) as OutboxRecord);
    records.push(...appended);
    const rowOf = new Map(appended.map((record) => [record.key, record]));
    for (const planned of plan.planned) {
      if (planned.outboxRow !== undefined)
        rowOf.set(planned.key, records.find((r) => r.row === planned.outboxRow)!);
    }

    sendAll(plan.planned, rowOf, outbox, compose);
    report.waiting = records.filter((record) => record.status === 'planned').length;
    writeResults(context, records);
    writeMembers(plan, context.input.members);
    workbook.flush();
    logRun(
      plan,
      report.serviceError
        ? `MailApp failed (${report.serviceError}); the rest waits for the next run`
        : report.stoppedForTime
          ? 'stopped before the time limit; the next run continues'
          : '',
    );
  }

  function sendAll(
    planned: PlannedEmail[],
    rowOf: Map<string, OutboxRecord>,
    outbox: OutboxWriter,
    compose: EmailComposer,
  ): void {
    // The previous email's `sent`, written with the next `sending` when the rows are adjacent.
    let pending: OutboxChange | null = null;
    let slowest = 0;
    for (const email of planned) {
      const record = rowOf.get(email.key);
      if (!record) continue;
      const before = clock.now().getTime();
      if (before - started + Math.max(slowest, 1000) > budget) {
        report.stoppedForTime = true;
        break;
      }
      let message: ReturnType<typeof compose>;
      try {
        message = compose(email);
      } catch (error) {
        pending = flushPending(outbox, pending, fail(record, (error as Error).message));
        continue;
      }
      record.status = 'sending';
      const sending = change(record, 'sending', '');
      const written = pending && pending.row + 1 === sending.row ? [pending, sending] : [sending];
      if (pending && written.length === 1) outbox.write([pending]);
      outbox.write(written);
      pending = null;
      // The `sending` row must be stored before the email leaves: a crash after the send then
      // leaves the row `sending`, which the next run turns into `uncertain` instead of resending.
      workbook.flush();
      try {
        services.mailer.send(message);
      } catch (error) {
        const reason = (error as Error).message;
        if (REFUSED.test(reason)) {
          pending = fail(record, reason);
          continue;
        }
        // Nothing was sent (the Mailer port's promise): the email stays planned for a later run. The
        // quota spent, or the service failing, would fail every next email alike: the run ends here.
        record.status = 'planned';
        const why = QUOTA_SPENT.test(reason)
          ? 'the daily email quota is spent; waits for the next day'
          : `not sent yet: ${reason}`;
        outbox.write([change(record, 'planned', why)]);
        if (!QUOTA_SPENT.test(reason)) report.serviceError = reason;
        break;
      }
      record.status = 'sent';
      record.sentAt = clock.now();
      report.sent++;
      pending = change(record, 'sent', '', record.sentAt);
      slowest = Math.max(slowest, clock.now().getTime() - before);
    }
    if (pending) outbox.write([pending]);
  }

  function fail(record: OutboxRecord, reason: string): OutboxChange {
    record.status = 'failed';
    record.reason = reason;
    report.failed.push({ key: record.key, reason });
    return change(record, 'failed', reason);
  }

  /** Writes `pending` now when `next` cannot share its block; returns what is left pending. */
  function flushPending(
    outbox: OutboxWriter,
    pending: OutboxChange | null,
    next: OutboxChange,
  ): OutboxChange {
    if (pending && pending.row + 1 === next.row) {
      outbox.write([pending, next]);
      return next;
    }
    if (pending) outbox.write([pending]);
    outbox.write([next]);
    return next;
  }

  function logRun(plan: FollowUpPlan, details: string): void {
    const skipped = Object.values(report.skipped).reduce((sum, n) => sum + (n ?? 0), 0);
    appendLog(workbook, clock, {
      action: report.dryRun ? 'follow-ups (dry run)' : 'follow-ups',
      result:
        report.failed.length || plan.problems.length
          ? 'partial'
          : report.sent || plan.planned.length
            ? 'ok'
            : 'nothing to do',
      counts: {
        [report.dryRun ? 'would send' : 'sent']: report.dryRun ? plan.planned.length : report.sent,
        failed: report.failed.length,
        uncertain: report.uncertain.length,
        'held out': plan.heldOut.length,
        skipped,
        waiting: report.dryRun ? 0 : report.waiting,
      },
      rejected: plan.problems.map((p) => ({ row: p.row, reason: `Follow-ups "${p.rule}": ${p.message}` })),
      listed: [
        {
          title: 'failed',
          rows: report.failed.map((f) => ({ row: rowNumber(f.key, plan), reason: `${f.key}: ${f.reason}` })),
        },
      ].filter((group) => group.rows.length > 0),
      details: [details, ...Object.entries(report.skipped).map(([reason, n]) => `${n} skipped: ${reason}`)]
        .filter(Boolean)
        .join('; '),
    });
  }

  function writeResults(context: FollowUpContext, records: OutboxRecord[]): void {
    const results = followUpResults(records, context.orders, clock.now());
    const header = workbook.readHeader(TAB.followUps);
    const index = headerIndex(header);
    const F = COLUMNS.followUps;
    const at = (h: string) => index.get(normalizeHeader(h)) ?? -1;
    const ruleColumn = at(F.rule);
    const owned = [
      F.sent,
      F.ordered30d,
      F.revenue30d,
      F.heldOut,
      F.holdoutOrdered30d,
      F.holdoutRevenue30d,
      F.resultsAt,
    ];
    const columns = owned.map(at);
    if (ruleColumn < 0 || columns.some((c) => c < 0)) return;
    // The key columns are read again under the lock: the owner may have added or moved rules meanwhile.
    const rules = workbook.readColumn(TAB.followUps, ruleColumn + 1, 2);
    const steps = at(F.step) < 0 ? [] : workbook.readColumn(TAB.followUps, at(F.step) + 1, 2);
    const resultsAt = clock.now();
    const rows = rules.map((rule, i) => {
      const name = keyText(rule);
      if (!name) return owned.map(() => '' as Cell);
      const step = Number(keyText(steps[i] ?? '')) || 1;
      const r = results.get(resultKey(name, step));
      return [
        r?.sent ?? 0,
        r?.ordered30d ?? 0,
        r?.revenue30d ?? 0,
        r?.heldOut ?? 0,
        r?.holdoutOrdered30d ?? 0,
        r?.holdoutRevenue30d ?? 0,
        resultsAt,
      ] as Cell[];
    });
    if (rows.length === 0) return;
    const sorted = [...columns].sort((a, b) => a - b);
    if (
      sorted[sorted.length - 1] - sorted[0] === sorted.length - 1 &&
      sorted.every((c, i) => c === columns[0] + i)
    ) {
      workbook.writeBlock(TAB.followUps, 2, columns[0] + 1, rows);
    } else {
      columns.forEach((column, j) => {
        workbook.writeBlock(
          TAB.followUps,
          2,
          column + 1,
          rows.map((row) => [row[j]]),
        );
      });
    }
  }

  /**
   * Writes the members tab when a new_segment_member rule gained members (or ran for the first time),
   * from the sets read at the start of the run: the tab is read once and written once.
   */
  function writeMembers(plan: FollowUpPlan, known: FollowUpContext['input']['members']): void {
    const grown = plan.members.filter((m) => known.get(m.rule.toLowerCase())?.size !== m.customerIds.length);
    if (grown.length === 0) return;
    if (!workbook.tabNames().includes(MEMBERS_TAB)) {
      workbook.createTab(MEMBERS_TAB);
      workbook.hideTab(MEMBERS_TAB);
    }
    const sets = new Map<string, { rule: string; ids: Iterable<string> }>();
    for (const [rule, ids] of known) sets.set(rule, { rule, ids });
    for (const m of plan.members) sets.set(m.rule.toLowerCase(), { rule: m.rule, ids: m.customerIds });
    const rows: Cell[][] = [['Rule', 'Customer ID']];
    for (const { rule, ids } of sets.values()) for (const id of ids) rows.push([rule, id]);
    workbook.writeBlock(MEMBERS_TAB, 1, 1, rows);
  }
}

function change(
  record: OutboxRecord,
  status: OutboxChange['status'],
  reason: string,
  sentAt?: Date,
): OutboxChange {
  return { row: record.row, status, reason, plannedAt: record.plannedAt, sentAt };
}

function newRow(
  planned: PlannedEmail,
  status: NewOutboxRow['status'],
  reason: string,
  subject: string,
  now: Date,
): NewOutboxRow {
  return {
    key: planned.key,
    rule: planned.rule,
    step: planned.step,
    customerId: planned.customerId,
    email: planned.email,
    subject,
    status,
    reason,
    plannedAt: now,
  };
}

function writeChanges(outbox: OutboxWriter, changes: OutboxChange[]): void {
  // Sorted, then written as runs of adjacent rows: one block per run.
  const sorted = [...changes].sort((a, b) => a.row - b.row);
  let run: OutboxChange[] = [];
  for (const c of sorted) {
    if (run.length && run[run.length - 1].row + 1 !== c.row) {
      outbox.write(run);
      run = [];
    }
    run.push(c);
  }
  outbox.write(run);
}

function rowNumber(key: string, plan: FollowUpPlan): number {
  return plan.planned.find((p) => p.key === key)?.outboxRow ?? 0;
}
