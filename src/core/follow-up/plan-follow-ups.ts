// The pure follow-up planner: who gets which email now, who is held out, and why every other due customer waits.
import { dayNumber } from '../clean/day-number';
import { zoneOffsetMs } from '../clean/zone-offset';
import type { Cell } from '../table/cell';
import { isValidDate } from '../table/is-valid-date';
import { normalizeHeader } from '../table/normalize-header';
import { compileAudience } from './follow-up-audience';
import { followUpKey, stableShare } from './follow-up-key';
import type { FollowUpSequence, FollowUpStep, RuleProblem } from './follow-up-rules';
import { type CellFormatter, type CompiledTemplate, compileTemplate } from './merge-fields';
import type { OutboxRecord } from './outbox-records';
import { sendAddress } from './send-address';

/** Why a due customer gets no email in this run. */
export type SkipReason =
  | 'no consent'
  | 'unsubscribed'
  | 'invalid email'
  | 'blank merge field'
  | 'sequence stopped'
  | 'outside send hours'
  | 'too soon since the last email'
  | 'max per run'
  | 'quota';

/** One email to send in this run. */
export interface PlannedEmail {
  key: string;
  rule: string;
  step: number;
  /** Sheet row of the rule's step in Follow-ups. */
  ruleRow: number;
  customerId: string;
  /** The bare address to send to. */
  email: string;
  /** Index of the customer in the Customers rows given (row - 2). */
  customerIndex: number;
  predictedClv: number | null;
  occurrence: string;
  /** The Outbox row already holding it as planned (an earlier run's, or set back to planned by the user). */
  outboxRow?: number;
}

/** A customer due for step 1 whom the holdout keeps from the email; recorded so uplift can be measured. */
export interface HeldOutEmail {
  key: string;
  rule: string;
  step: number;
  customerId: string;
  email: string;
  occurrence: string;
}

/** A due customer who gets no email now, and why. */
export interface FollowUpSkip {
  rule: string;
  step: number;
  customerId: string;
  email: string;
  reason: SkipReason;
  detail: string;
  /** The key the email would have; an Outbox row already planned is named by it. */
  key: string;
  /** When the skip is final for this key (a stopped sequence), the Outbox records it so it is not planned again. */
  final?: boolean;
  outboxRow?: number;
}

/** A new_segment_member rule seen for the first time: its current members are the baseline, not new. */
export interface MemberBaseline {
  rule: string;
  customerIds: string[];
}

/** What a run does. */
export interface FollowUpPlan {
  planned: PlannedEmail[];
  heldOut: HeldOutEmail[];
  skipped: FollowUpSkip[];
  problems: RuleProblem[];
  /** Members to remember for each new_segment_member rule (all members now, the baseline included). */
  members: MemberBaseline[];
  /** Rules whose baseline was taken in this run (nobody emailed for being a member already). */
  baselined: string[];
}

/** The customers, keyed by the Customers header row; rows are the tab's data rows. */
export interface PlannerCustomers {
  header: Cell[];
  rows: Cell[][];
}

/** One paid order of a customer. */
export interface CustomerOrder {
  customerId: string;
  date: Date;
}

/** One survey answer matched to a customer. */
export interface SurveyAnswer {
  customerId: string;
  date: Date;
  nps: number | null;
}

/** Everything the planner looks at. */
export interface FollowUpInput {
  now: Date;
  timeZone: string;
  sequences: FollowUpSequence[];
  /** Rule problems already found reading Follow-ups; passed through to the plan. */
  ruleProblems: RuleProblem[];
  customers: PlannerCustomers;
  /** Paid orders (refunds and cancellations left out). */
  orders: CustomerOrder[];
  /** Answers by form (Interactions of channel form, direction in; Surveys), by customer. */
  formReplies: CustomerOrder[];
  surveys: SurveyAnswer[];
  /** Last contact known besides the Outbox (Last contacted, Interactions). */
  lastContact: ReadonlyMap<string, Date>;
  outbox: OutboxRecord[];
  /** The unsubscribe test (sheet and the web app's queue): unsubscribedCheck. */
  unsubscribed: (customerId: Cell, unsubscribedAt: Cell) => boolean;
  /** Saved segments: name → rule text (the Segments tab). */
  segments: ReadonlyMap<string, string>;
  /** Members remembered per new_segment_member rule (lower-case rule name); absent: never run. */
  members: ReadonlyMap<string, ReadonlySet<string>>;
  remainingQuota: number;
  /** How a cell reads in an email (dates in the sheet's zone). */
  format: CellFormatter;
}

/**
 * Days after its trigger day a customer stays due for a days_after_* or nps_detractor step: runs
 * missed for a week (a trigger off, the quota spent) still reach them, but a rule added today does
 * not email every customer of past years.
 */
export const CATCH_UP_DAYS = 14;

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

function text(cell: Cell | undefined): string {
  if (isValidDate(cell)) return cell.toISOString();
  return String(cell ?? '').trim();
}

function numberOf(cell: Cell | undefined): number | null {
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  const t = text(cell);
  return /^[-+]?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

function consentGiven(cell: Cell | undefined): boolean {
  return cell === true || /^(true|yes|y|1|x|✓|opt[- ]?in|subscribed)$/i.test(text(cell));
}

/** The hour (0–23) the wall clock of `timeZone` shows at `now`: send hours follow daylight saving. */
function localHour(now: Date, timeZone: string): number {
  const ms = now.getTime();
  const wall = ms + zoneOffsetMs(ms, timeZone);
  return Math.floor((((wall % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS);
}

/** A local calendar day as YYYY-MM-DD (occurrences of dated triggers). */
function dayText(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Latest date per customer. */
function latestBy(items: readonly CustomerOrder[]): Map<string, Date> {
  const latest = new Map<string, Date>();
  for (const item of items) {
    const known = latest.get(item.customerId);
    if (!known || item.date > known) latest.set(item.customerId, item.date);
  }
  return latest;
}

/** Dates per customer, for "did they order after the email" questions. */
function datesBy(items: readonly CustomerOrder[]): Map<string, Date[]> {
  const dates = new Map<string, Date[]>();
  for (const item of items) {
    const list = dates.get(item.customerId);
    if (list) list.push(item.date);
    else dates.set(item.customerId, [item.date]);
  }
  return dates;
}

/** One customer due for one step, before the checks that may keep the email back. */
interface Candidate {
  index: number;
  customerId: string;
  occurrence: string;
  key: string;
  clv: number | null;
  /** Step 1's send time, for later steps (the sequence's start). */
  startedAt?: Date;
  outboxRow?: number;
}

/**
 * Plans the follow-ups of one run at `input.now`. Pure: reads only its input, returns every email to
 * send with its deterministic key, every held-out customer and every skipped one with its reason.
 *
 * - Step 1 is due when the customer is in the audience and the trigger holds; its key carries the
 *   occurrence (the day of the last order, contact or detractor answer; "1" for once-per-customer
 *   triggers), so one occurrence is emailed once. Step n > 1 is due `value` days after step 1 was
 *   sent, once step n − 1 is sent, unless the customer ordered or answered by form since step 1.
 * - Checks, in order: consent, unsubscribed (sheet or the web app's queue), a valid single address,
 *   blank merge fields, a stopped sequence, the holdout (step 1, by stable hash), the send hours in
 *   the sheet's zone, min days since the last email to that customer (any rule, this run's too).
 * - Priority: rules in sheet order; within a rule, highest predicted CLV first. Max per run and the
 *   remaining quota cut the list; the rest are skipped as 'quota' and wait for the next day.
 * - Outbox rows already `planned` go first (they were chosen before) and are checked again.
 */
export function planFollowUps(input: FollowUpInput): FollowUpPlan {
  const { now, timeZone, customers, outbox } = input;
  const today = dayNumber(now, timeZone);
  const hour = localHour(now, timeZone);
  const col = (header: string) => {
    const key = normalizeHeader(header);
    return customers.header.findIndex((cell) => normalizeHeader(cell) === key);
  };
  const C = {
    id: col('Customer ID'),
    email: col('Email'),
    consent: col('Consent'),
    unsubscribedAt: col('Unsubscribed at'),
    clv: col('Predicted CLV 12m'),
    churn: col('Churn risk'),
  };
  const cellAt = (row: readonly Cell[], column: number): Cell => (column < 0 ? '' : (row[column] ?? ''));
  const problems: RuleProblem[] = [...input.ruleProblems];
  const plan: FollowUpPlan = { planned: [], heldOut: [], skipped: [], problems, members: [], baselined: [] };

  // Customers by ID (the first row of an ID counts), read once.
  const indexById = new Map<string, number>();
  customers.rows.forEach((row, index) => {
    const id = text(cellAt(row, C.id));
    if (id && !indexById.has(id)) indexById.set(id, index);
  });
  // Orders and answers dated after now (a typo, a clock behind the data) have not happened yet.
  const orders = input.orders.filter((order) => order.date <= now);
  const firstOrder = new Map<string, Date>();
  for (const order of orders) {
    const known = firstOrder.get(order.customerId);
    if (!known || order.date < known) firstOrder.set(order.customerId, order.date);
  }
  const lastOrder = latestBy(orders);
  const orderDates = datesBy(orders);
  const replyDates = datesBy(input.formReplies.filter((reply) => reply.date <= now));

  // The Outbox: which keys exist, when each customer was last emailed, which steps were sent.
  const byKey = new Map<string, OutboxRecord>();
  const lastEmailed = new Map<string, Date>();
  for (const record of outbox) {
    if (!byKey.has(record.key)) byKey.set(record.key, record);
    const emailed = record.status === 'sent' || record.status === 'sending' || record.status === 'uncertain';
    const at = record.sentAt ?? record.plannedAt;
    if (emailed && at) {
      const known = lastEmailed.get(record.customerId);
      if (!known || at > known) lastEmailed.set(record.customerId, at);
    }
  }
  const lastContact = new Map(input.lastContact);
  for (const [id, at] of lastEmailed) {
    const known = lastContact.get(id);
    if (!known || at > known) lastContact.set(id, at);
  }

  let surveyIndex: Map<string, SurveyAnswer[]> | undefined;
  let quota = Math.max(0, Math.floor(input.remainingQuota));
  /** Customers emailed in this run: the next rule's check sees them as emailed now. */
  const emailedNow = new Set<string>();

  for (const sequence of input.sequences) {
    const first = sequence.steps[0];
    const audience = audienceTest(first);
    if (!audience) continue;
    const templates = new Map<number, CompiledTemplate>();
    let usable = true;
    for (const step of sequence.steps) {
      const template = compileTemplate([step.subject, step.body], customers.header, input.format);
      if (template.unknown.length) {
        problems.push({
          rule: step.rule,
          row: step.row,
          message: `the template uses ${template.unknown.map((f) => `{{${f}}}`).join(', ')}, which is no column of Customers`,
        });
        if (step.step === 1) usable = false;
      } else templates.set(step.step, template);
    }
    if (!usable) continue;
    const ruleCandidates: Array<{ step: FollowUpStep; candidate: Candidate }> = [];
    for (const step of sequence.steps) {
      if (!templates.has(step.step)) continue;
      const found = plannedBefore(sequence, step).concat(
        step.step === 1 ? dueForFirstStep(step, audience) : dueForLaterStep(sequence, step),
      );
      for (const candidate of found) ruleCandidates.push({ step, candidate });
    }
    // Planned rows of an earlier run first, then highest predicted CLV, then the Customer ID for a stable order.
    ruleCandidates.sort(
      (a, b) =>
        Number(b.candidate.outboxRow !== undefined) - Number(a.candidate.outboxRow !== undefined) ||
        (b.candidate.clv ?? Number.NEGATIVE_INFINITY) - (a.candidate.clv ?? Number.NEGATIVE_INFINITY) ||
        a.step.step - b.step.step ||
        (a.candidate.customerId < b.candidate.customerId
          ? -1
          : a.candidate.customerId > b.candidate.customerId
            ? 1
            : 0),
    );
    const perStep = new Map<number, number>();
    for (const { step, candidate } of ruleCandidates) {
      decide(step, candidate, templates.get(step.step)!, perStep);
    }
  }
  return plan;

  /** The audience test of a rule, or null (with a problem) when it is no segment and no valid rule. */
  function audienceTest(step: FollowUpStep): ((index: number) => boolean) | null {
    const audience = compileAudience(step.audience, input.segments, customers.header, { timeZone, now });
    if ('error' in audience) {
      problems.push({ rule: step.rule, row: step.row, message: audience.error });
      return null;
    }
    return (index) => audience.matches(customers.rows[index]);
  }

  function candidateFor(step: FollowUpStep, index: number, occurrence: string): Candidate | null {
    const row = customers.rows[index];
    const customerId = text(cellAt(row, C.id));
    const key = followUpKey(step.rule, step.step, customerId, occurrence);
    if (byKey.has(key)) return null;
    return { index, customerId, occurrence, key, clv: numberOf(cellAt(row, C.clv)) };
  }

  /** Outbox rows of this step still `planned`: chosen by an earlier run (or set back by the user), sent first. */
  function plannedBefore(sequence: FollowUpSequence, step: FollowUpStep): Candidate[] {
    const due: Candidate[] = [];
    for (const record of outbox) {
      if (record.status !== 'planned' || record.step !== step.step) continue;
      if (record.rule.toLowerCase() !== sequence.rule.toLowerCase() || byKey.get(record.key) !== record)
        continue;
      const index = indexById.get(record.customerId);
      if (index === undefined) continue;
      const occurrence = record.key.split('|').pop() ?? '1';
      const start = byKey.get(followUpKey(sequence.rule, 1, record.customerId, occurrence));
      due.push({
        index,
        customerId: record.customerId,
        occurrence,
        key: record.key,
        clv: numberOf(cellAt(customers.rows[index], C.clv)),
        startedAt: step.step > 1 ? (start?.sentAt ?? undefined) : undefined,
        outboxRow: record.row,
      });
    }
    return due;
  }

  function dueForFirstStep(step: FollowUpStep, audience: (index: number) => boolean): Candidate[] {
    const due: Candidate[] = [];
    const memberKey = step.rule.toLowerCase();
    const known = input.members.get(memberKey);
    const members: string[] = [];
    for (const [customerId, index] of indexById) {
      if (!audience(index)) continue;
      const occurrence = occurrenceOf(step, customerId, index);
      if (step.trigger === 'new_segment_member') {
        members.push(customerId);
        if (!known || known.has(customerId)) continue;
      }
      if (occurrence === null) continue;
      const candidate = candidateFor(step, index, occurrence);
      if (candidate) due.push(candidate);
    }
    if (step.trigger === 'new_segment_member') {
      plan.members.push({
        rule: step.rule,
        customerIds: known ? [...new Set([...known, ...members])] : members,
      });
      if (!known) plan.baselined.push(step.rule);
    }
    return due;
  }

  /** The occurrence the trigger names for this customer now, or null when it does not hold. */
  function occurrenceOf(step: FollowUpStep, customerId: string, index: number): string | null {
    const row = customers.rows[index];
    const within = (date: Date | undefined): number | null => {
      if (!date) return null;
      const day = dayNumber(date, timeZone);
      const since = today - day;
      return since >= step.value && since < step.value + CATCH_UP_DAYS ? day : null;
    };
    switch (step.trigger) {
      case 'days_after_first_order':
        return within(firstOrder.get(customerId)) === null ? null : '1';
      case 'days_after_last_order': {
        const day = within(lastOrder.get(customerId));
        return day === null ? null : dayText(day);
      }
      case 'days_since_last_contact': {
        const contact = lastContact.get(customerId) ?? firstOrder.get(customerId);
        if (!contact) return null;
        const day = dayNumber(contact, timeZone);
        return today - day >= step.value ? dayText(day) : null;
      }
      case 'churn_risk_above': {
        const risk = numberOf(cellAt(row, C.churn));
        const threshold = step.value > 1 ? step.value / 100 : step.value;
        return risk !== null && risk > threshold ? '1' : null;
      }
      case 'clv_above': {
        const clv = numberOf(cellAt(row, C.clv));
        return clv !== null && clv > step.value ? '1' : null;
      }
      case 'nps_detractor': {
        let latest: SurveyAnswer | undefined;
        for (const answer of surveysOf(customerId)) if (!latest || answer.date > latest.date) latest = answer;
        if (!latest || latest.nps === null || latest.nps > step.value) return null;
        const since = today - dayNumber(latest.date, timeZone);
        return since >= 0 && since < CATCH_UP_DAYS ? dayText(dayNumber(latest.date, timeZone)) : null;
      }
      case 'new_segment_member':
        return '1';
    }
  }

  function surveysOf(customerId: string): SurveyAnswer[] {
    surveyIndex ??= (() => {
      const map = new Map<string, SurveyAnswer[]>();
      for (const answer of input.surveys) {
        const list = map.get(answer.customerId);
        if (list) list.push(answer);
        else map.set(answer.customerId, [answer]);
      }
      return map;
    })();
    return surveyIndex.get(customerId) ?? [];
  }

  function dueForLaterStep(sequence: FollowUpSequence, step: FollowUpStep): Candidate[] {
    const due: Candidate[] = [];
    const previous = sequence.steps[sequence.steps.indexOf(step) - 1];
    for (const record of outbox) {
      if (record.status !== 'sent' || record.step !== previous.step) continue;
      if (record.rule.toLowerCase() !== sequence.rule.toLowerCase()) continue;
      const parts = record.key.split('|');
      const occurrence = parts[parts.length - 1];
      const startKey = followUpKey(sequence.rule, 1, record.customerId, occurrence);
      const start = previous.step === 1 ? record : byKey.get(startKey);
      const startedAt = start?.sentAt;
      if (!startedAt) continue;
      if (today - dayNumber(startedAt, timeZone) < step.value) continue;
      const index = indexById.get(record.customerId);
      if (index === undefined) continue;
      const candidate = candidateFor(step, index, occurrence);
      if (candidate && !due.some((d) => d.key === candidate.key)) due.push({ ...candidate, startedAt });
    }
    return due;
  }

  function stoppedBy(step: FollowUpStep, candidate: Candidate): string {
    const since = candidate.startedAt;
    if (!since) return '';
    const after = (dates: Date[] | undefined) => dates?.find((date) => isAfterEmail(date, since));
    const ordered = step.stopWhen.order ? after(orderDates.get(candidate.customerId)) : undefined;
    if (ordered) return `ordered on ${dayText(dayNumber(ordered, timeZone))}, after step 1`;
    const replied = step.stopWhen.formReply ? after(replyDates.get(candidate.customerId)) : undefined;
    if (replied) return `answered by form on ${dayText(dayNumber(replied, timeZone))}, after step 1`;
    return '';
  }

  /**
   * Whether an order or answer dated `date` came after an email sent at `sentAt`. A date without a
   * time (midnight in the sheet's zone) counts from the next day on: it may have been placed before
   * the email that day.
   */
  function isAfterEmail(date: Date, sentAt: Date): boolean {
    const day = dayNumber(date, timeZone);
    const sentDay = dayNumber(sentAt, timeZone);
    if (day !== sentDay) return day > sentDay;
    const wall = date.getTime() + zoneOffsetMs(date.getTime(), timeZone);
    return wall % DAY_MS !== 0 && date > sentAt;
  }

  function decide(
    step: FollowUpStep,
    candidate: Candidate,
    template: CompiledTemplate,
    perStep: Map<number, number>,
  ): boolean {
    const row = customers.rows[candidate.index];
    const emailCell = text(cellAt(row, C.email));
    const skip = (reason: SkipReason, detail: string, final = false): false => {
      plan.skipped.push({
        rule: step.rule,
        step: step.step,
        customerId: candidate.customerId,
        email: emailCell,
        reason,
        detail,
        key: candidate.key,
        final: final || undefined,
        outboxRow: candidate.outboxRow,
      });
      return false;
    };
    if (!consentGiven(cellAt(row, C.consent))) return skip('no consent', 'Consent is not ticked');
    if (input.unsubscribed(candidate.customerId, cellAt(row, C.unsubscribedAt)))
      return skip('unsubscribed', 'the customer unsubscribed');
    const address = sendAddress(emailCell);
    if (!address.ok) return skip('invalid email', address.reason);
    const blank = template.blank(row);
    if (blank.length) return skip('blank merge field', `${blank.join(', ')} blank, no fallback`);
    const stopped = stoppedBy(step, candidate);
    if (stopped) return skip('sequence stopped', stopped, true);
    if (step.step === 1 && step.holdout > 0 && candidate.outboxRow === undefined) {
      const share = stableShare(`holdout|${step.rule}|${candidate.customerId}|${candidate.occurrence}`);
      if (share < step.holdout) {
        plan.heldOut.push({
          key: candidate.key,
          rule: step.rule,
          step: step.step,
          customerId: candidate.customerId,
          email: address.address,
          occurrence: candidate.occurrence,
        });
        return false;
      }
    }
    if (hour < step.sendHours.from || hour >= step.sendHours.to)
      return skip(
        'outside send hours',
        `sends ${step.sendHours.from}:00–${step.sendHours.to}:00 ${timeZone}`,
      );
    const last = emailedNow.has(candidate.customerId) ? now : lastEmailed.get(candidate.customerId);
    if (last && today - dayNumber(last, timeZone) < step.minDaysBetween)
      return skip(
        'too soon since the last email',
        `last emailed ${dayText(dayNumber(last, timeZone))}; min ${step.minDaysBetween} days between`,
      );
    const count = perStep.get(step.step) ?? 0;
    if (step.maxPerRun !== undefined && count >= step.maxPerRun)
      return skip('max per run', `at most ${step.maxPerRun} per run`);
    if (quota <= 0) return skip('quota', 'the daily email quota is spent; waits for the next day');
    quota--;
    perStep.set(step.step, count + 1);
    emailedNow.add(candidate.customerId);
    plan.planned.push({
      key: candidate.key,
      rule: step.rule,
      step: step.step,
      ruleRow: step.row,
      customerId: candidate.customerId,
      email: address.address,
      customerIndex: candidate.index,
      predictedClv: candidate.clv,
      occurrence: candidate.occurrence,
      outboxRow: candidate.outboxRow,
    });
    return true;
  }
}
