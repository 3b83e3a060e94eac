// What `tick` did, as --json prints it: the stretch of time, each trigger run, and each email with its file.
import type { TriggerRun } from './play-clock';

export interface TickReport {
  from: string;
  until: string;
  runs: TriggerRun[];
  /** The folder the .eml files went to. */
  outbox: string;
  sent: Array<{ sentAt: string; to: string[]; subject: string; file: string }>;
}
