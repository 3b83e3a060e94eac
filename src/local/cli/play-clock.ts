// Plays the emulated clock from one instant to another: runs every clock trigger that falls due, in time order.
import type { SentMessage } from '../emulator/mail-app';
import type { TriggerRegistry } from '../emulator/script-app';
import type { BundleSession } from './bundle-session';

/** One run of a trigger's function. */
export interface TriggerRun {
  /** When it fired (ISO). */
  at: string;
  handler: string;
  triggerId: string;
  /** The script's error message when it failed. */
  error: string | null;
  /** Virtual time the execution took. */
  elapsedMs: number;
  /** Emails it sent. */
  sent: number;
}

/** What a stretch of emulated time did. */
export interface PlayedClock {
  from: string;
  until: string;
  runs: TriggerRun[];
  /** The messages the mailbox received meanwhile, in order. */
  sent: SentMessage[];
}

/** The registry's triggers as one text: it changes when a run adds or deletes one. */
function triggerSet(registry: TriggerRegistry): string {
  return registry.triggers.map((t) => t.id).join(',');
}

/**
 * Moves `session`'s emulated clock from `from` to `until`, firing each clock trigger due in (from,
 * until] (TriggerRegistry.dueTriggers) as Apps Script would: a 'trigger' execution starting at its
 * due time, one after another in time order (ties in creation order). A run that installs or deletes
 * triggers (a sender scheduling its continuation) changes what is due next, so the due runs are asked
 * again after it. A failed run is recorded and the clock goes on, as Google goes on firing a trigger
 * whose last run failed. The clock ends at `until`, kept by the workbook. `onRun` hears each run.
 */
export function playClock(
  session: BundleSession,
  from: Date,
  until: Date,
  onRun?: (run: TriggerRun) => void,
): PlayedClock {
  const { triggers, mailbox } = session.environment;
  const firstSent = mailbox.sent.length;
  const runs: TriggerRun[] = [];
  let due = triggers.dueTriggers(from, until);
  while (due.length > 0) {
    const next = due.shift()!;
    const before = triggerSet(triggers);
    // A run at the same instant may have deleted this trigger.
    if (!triggers.triggers.some((t) => t.id === next.trigger.id)) continue;
    const sentBefore = mailbox.sent.length;
    const result = session.fireTrigger(next.trigger, next.at);
    const run: TriggerRun = {
      at: next.at.toISOString(),
      handler: next.trigger.handler,
      triggerId: next.trigger.id,
      error: result.error ? result.error.message : null,
      elapsedMs: result.execution.elapsedMs,
      sent: mailbox.sent.length - sentBefore,
    };
    runs.push(run);
    onRun?.(run);
    if (triggerSet(triggers) !== before) {
      // Runs still due at this same instant keep their turn; the new set decides what comes after.
      const sameInstant = due.filter((d) => d.at.getTime() === next.at.getTime());
      due = [...sameInstant, ...triggers.dueTriggers(next.at, until)];
    }
  }
  session.setClock(until);
  return { from: from.toISOString(), until: until.toISOString(), runs, sent: mailbox.sent.slice(firstSent) };
}
