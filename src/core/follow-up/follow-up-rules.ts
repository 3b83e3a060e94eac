// The Follow-ups tab read into sequences of steps: one rule name, numbered rows, each checked with its row named.
import { FOLLOW_UP_TRIGGER_LABELS, FOLLOW_UP_TRIGGERS } from '../model/choices';
import { readSetting, type Settings } from '../model/settings';
import type { Cell } from '../table/cell';
import { COLUMNS, type Header, type TabTable } from '../table/columns';
import { cellOf } from '../table/sheet-table';

/** One of the follow-up triggers of product.md section 5. */
export type FollowUpTrigger = (typeof FOLLOW_UP_TRIGGERS)[number];

/** What ends a sequence for a customer besides unsubscribing or losing consent (both by default). */
export interface StopWhen {
  order: boolean;
  formReply: boolean;
}

/** One row of the Follow-ups tab, checked and defaulted from Settings. */
export interface FollowUpStep {
  rule: string;
  /** 1 for a single email (Step blank) or the first of a sequence. */
  step: number;
  /** Sheet row of the step (header = 1). */
  row: number;
  audience: string;
  trigger: FollowUpTrigger;
  /**
   * Step 1: the trigger's parameter (days, churn risk as a share 0–1, CLV, highest detractor score).
   * Later steps: days after step 1 was sent (day 0, day 3, day 10 …).
   */
  value: number;
  subject: string;
  body: string;
  sendHours: { from: number; to: number };
  minDaysBetween: number;
  /** Most emails of this step in one run; undefined: no limit but the quota. */
  maxPerRun: number | undefined;
  stopWhen: StopWhen;
  /** Share (0–1) of the rule's audience never emailed, to measure uplift; step 1's applies to the whole sequence. */
  holdout: number;
}

/** A rule: its steps in order (one for a single email). */
export interface FollowUpSequence {
  rule: string;
  steps: FollowUpStep[];
}

/** A row of Follow-ups that cannot be used, and why. */
export interface RuleProblem {
  rule: string;
  row: number;
  message: string;
}

/** Value used when a rule leaves it blank; undefined: the trigger needs one. */
const DEFAULT_VALUE: Readonly<Record<FollowUpTrigger, number | undefined>> = {
  days_after_first_order: 0,
  days_after_last_order: undefined,
  days_since_last_contact: undefined,
  churn_risk_above: undefined,
  clv_above: undefined,
  nps_detractor: 6,
  new_segment_member: 0,
};

function text(cell: Cell): string {
  return typeof cell === 'string' ? cell.trim() : cell instanceof Date ? '' : String(cell ?? '').trim();
}

function isBlank(cell: Cell): boolean {
  return text(cell) === '';
}

/** A cell as a number: numbers, or text of a plain number ("70%" is 0.7); NaN otherwise. */
function numberOf(cell: Cell): number {
  if (typeof cell === 'number') return cell;
  const t = text(cell);
  if (/^[-+]?\d+(\.\d+)?%$/.test(t)) return Number(t.slice(0, -1)) / 100;
  return /^[-+]?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

function checkbox(cell: Cell): boolean {
  return cell === true || /^(true|yes|y|1|on|x)$/i.test(text(cell));
}

/** "order, form reply" → both; blank → both; "none" → neither. */
function stopWhen(cell: Cell): StopWhen | string {
  const t = text(cell).toLowerCase();
  if (t === '') return { order: true, formReply: true };
  const stop = { order: false, formReply: false };
  for (const part of t.split(/[,;]+/).map((p) => p.trim())) {
    if (part === 'order') stop.order = true;
    else if (part === 'form reply' || part === 'form' || part === 'reply') stop.formReply = true;
    else if (part !== 'none' && part !== '')
      return `Stop when "${part}" is not "order", "form reply" or "none"`;
  }
  return stop;
}

/**
 * The rules of the Follow-ups tab, in sheet order (a rule's place is that of its first row), and
 * the rows that cannot be used. Rows with Active unticked are left out; a rule whose step 1 is
 * inactive sends nothing. Trigger and Audience of step 1 hold for the whole sequence. A row's
 * Send hours and Min days between override Settings'.
 */
export function readFollowUpRules(
  table: TabTable<'followUps'>,
  settings: Pick<Settings, 'sendHours' | 'minDaysBetween'>,
): { sequences: FollowUpSequence[]; problems: RuleProblem[] } {
  const F = COLUMNS.followUps;
  const problems: RuleProblem[] = [];
  const byRule = new Map<string, FollowUpStep[]>();
  const seen = new Set<string>();
  for (const [i, cells] of table.rows.entries()) {
    const row = i + 2;
    const cell = (header: Header<'followUps'>): Cell => cellOf(table, cells, header);
    if (cells.every(isBlank)) continue;
    const rule = text(cell(F.rule));
    const problem = (message: string) => problems.push({ rule, row, message });
    if (!rule) {
      problem('Rule is blank');
      continue;
    }
    if (!checkbox(cell(F.active))) continue;
    const stepCell = cell(F.step);
    const step = isBlank(stepCell) ? 1 : numberOf(stepCell);
    if (!Number.isInteger(step) || step < 1 || step > 50) {
      problem(`Step "${text(stepCell)}" is not a whole number from 1 to 50`);
      continue;
    }
    const key = `${rule.toLowerCase()}\u241f${step}`;
    if (seen.has(key)) {
      problem(`step ${step} of rule "${rule}" appears twice; only the first row is used`);
      continue;
    }
    seen.add(key);
    // The dropdown's words ("Days after first order") and the code names (days_after_first_order) both count.
    const triggerText = text(cell(F.trigger))
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    const trigger = FOLLOW_UP_TRIGGERS.find((t) => t === triggerText);
    if (step === 1 && !trigger) {
      problem(
        `Trigger "${text(cell(F.trigger))}" is not one of ${Object.values(FOLLOW_UP_TRIGGER_LABELS).join(', ')}`,
      );
      continue;
    }
    const audience = text(cell(F.audience));
    if (step === 1 && !audience) {
      problem('Audience is blank (a saved segment, a rule such as "Orders >= 1", or "All")');
      continue;
    }
    const valueCell = cell(F.value);
    const fallback = step === 1 && trigger ? DEFAULT_VALUE[trigger] : undefined;
    const value = isBlank(valueCell) ? fallback : numberOf(valueCell);
    if (value === undefined || !Number.isFinite(value) || value < 0) {
      problem(
        step === 1
          ? `Value "${text(valueCell)}" is not a number the ${trigger} trigger can use`
          : `Value "${text(valueCell)}" must be the days after step 1 that step ${step} is sent`,
      );
      continue;
    }
    const subject = text(cell(F.subject));
    const body = typeof cell(F.body) === 'string' ? String(cell(F.body)) : text(cell(F.body));
    if (!subject) {
      problem('Subject is blank');
      continue;
    }
    if (!body.trim()) {
      problem('Body is blank');
      continue;
    }
    const hoursCell = cell(F.sendHours);
    let sendHours = settings.sendHours;
    if (!isBlank(hoursCell)) {
      const reading = readSetting('sendHours', hoursCell);
      if (!reading.ok) {
        problem(`Send hours "${text(hoursCell)}": ${reading.reason} (write it as 9-18)`);
        continue;
      }
      sendHours = reading.value;
    }
    const minCell = cell(F.minDaysBetween);
    const minDaysBetween = isBlank(minCell) ? settings.minDaysBetween : numberOf(minCell);
    if (!Number.isInteger(minDaysBetween) || minDaysBetween < 0) {
      problem(`Min days between "${text(minCell)}" is not a whole number of days`);
      continue;
    }
    const maxCell = cell(F.maxPerRun);
    const maxPerRun = isBlank(maxCell) ? undefined : numberOf(maxCell);
    if (maxPerRun !== undefined && (!Number.isInteger(maxPerRun) || maxPerRun < 0)) {
      problem(`Max per run "${text(maxCell)}" is not a whole number`);
      continue;
    }
    const stop = stopWhen(cell(F.stopWhen));
    if (typeof stop === 'string') {
      problem(stop);
      continue;
    }
    const holdoutCell = cell(F.holdoutPercent);
    let holdout = isBlank(holdoutCell) ? 0 : numberOf(holdoutCell);
    // 10 typed in a percent column means 10 %, not 1,000 %.
    if (holdout > 1 && holdout <= 100) holdout /= 100;
    if (!(holdout >= 0 && holdout <= 1)) {
      problem(`Holdout % "${text(holdoutCell)}" is not between 0 and 100 %`);
      continue;
    }
    const steps = byRule.get(rule.toLowerCase()) ?? [];
    steps.push({
      rule,
      step,
      row,
      audience,
      trigger: trigger ?? 'days_after_first_order',
      value,
      subject,
      body,
      sendHours,
      minDaysBetween,
      maxPerRun,
      stopWhen: stop,
      holdout,
    });
    byRule.set(rule.toLowerCase(), steps);
  }
  const sequences: FollowUpSequence[] = [];
  for (const steps of byRule.values()) {
    steps.sort((a, b) => a.step - b.step);
    const first = steps[0];
    if (first.step !== 1) {
      problems.push({
        rule: first.rule,
        row: first.row,
        message: `rule "${first.rule}" has no active step 1, so none of its steps is sent`,
      });
      continue;
    }
    // Later steps follow step 1's trigger, audience, stop conditions and holdout.
    steps.slice(1).forEach((later, i) => {
      const gap = later.value - (i === 0 ? 0 : steps[i].value);
      if (gap < later.minDaysBetween) {
        problems.push({
          rule: later.rule,
          row: later.row,
          message: `step ${later.step} comes ${gap} days after step ${steps[i].step}, less than Min days between (${later.minDaysBetween}): it waits until ${later.minDaysBetween} days have passed; write a smaller Min days between on its row to keep the sequence's days`,
        });
      }
    });
    for (const later of steps.slice(1)) {
      later.trigger = first.trigger;
      later.audience = first.audience;
      later.stopWhen = first.stopWhen;
      later.holdout = first.holdout;
    }
    sequences.push({ rule: first.rule, steps });
  }
  return { sequences, problems };
}
