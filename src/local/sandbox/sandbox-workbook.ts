// The workbook the sandbox serves: the bundle on it in memory, every change saved to the .xlsx, one at a time.
import { BundleSession } from '../cli/bundle-session';
import { playClock, type TriggerRun } from '../cli/play-clock';
import type { SentMessage } from '../emulator/mail-app';
import type { UiEvent } from '../emulator/ui-log';
import type { WorkbookData } from '../emulator/workbook-data';
import type { RunResult } from '../runtime/local-runtime';
import { fileFingerprint } from '../store/file-fingerprint';
import type { StoredProperties } from '../store/property-tab';
import { readWorkbookFile } from '../store/read-workbook';
import { lockWorkbook } from '../store/workbook-lock';
import type { WorkbookSource } from '../store/workbook-source';
import { writeWorkbook } from '../store/write-workbook';
import { changedAnything } from './changed-anything';
import { FormulaValues } from './formula-values';
import { SerialQueue } from './serial-queue';

const DAY_MS = 86_400_000;

/** What the bundle's state was before a run, to go back to when the run must wait for a person. */
interface Snapshot {
  workbook: WorkbookData;
  properties: StoredProperties;
  now: Date;
  /** How many Ui events had been shown. */
  shown: number;
}

/** One run of a function of the bundle and what it showed. */
export interface SandboxRun {
  result: RunResult;
  /** What the Ui showed during the run (toasts, alerts and prompts with their answers, sidebars). */
  shown: UiEvent[];
  /** Emails the run sent. */
  sent: SentMessage[];
}

/**
 * The .xlsx at `path` loaded once, with the bundle (dist/Code.js) running on it through the local
 * runtime. Every request goes through one queue, so runs and saves never overlap; every change is
 * written back through the store (the workbook's lock, then an atomic replace of the file), so other
 * commands on the same file wait for it and a crash leaves the previous version whole.
 */
export class SandboxWorkbook {
  readonly formulas: FormulaValues;
  /** Every email sent since the sandbox started, oldest first. */
  readonly outbox: SentMessage[] = [];
  private readonly queue = new SerialQueue();

  private constructor(
    readonly path: string,
    private readonly bundlePath: string,
    private readonly sidebarHtml: string,
    private session: BundleSession,
    private readonly source: WorkbookSource,
  ) {
    this.formulas = new FormulaValues((name, args) => {
      const { value, error } = this.session.runtime.runCustomFunction(name, ...args);
      if (error) throw error;
      return value;
    });
    this.formulas.recalculate(this.workbook);
  }

  /** Reads the workbook at `path` and runs its onOpen (the menu) as Sheets does when it opens. */
  static async open(
    path: string,
    bundlePath: string,
    sidebarHtml: string,
    now = new Date(),
  ): Promise<SandboxWorkbook> {
    const { workbook, source, properties } = await readWorkbookFile(path);
    const session = new BundleSession(workbook, bundlePath, now, undefined, properties);
    session.environment.files.set('Sidebar', sidebarHtml);
    const sandbox = new SandboxWorkbook(path, bundlePath, sidebarHtml, session, source);
    session.open();
    return sandbox;
  }

  get workbook(): WorkbookData {
    return this.session.environment.workbook;
  }

  get environment(): BundleSession['environment'] {
    return this.session.environment;
  }

  get bundleSession(): BundleSession {
    return this.session;
  }

  /** Runs `work` alone (no run or save at the same time): for reads that must not see a half-done change. */
  read<T>(work: () => T): Promise<T> {
    return this.queue.run(work);
  }

  /**
   * Runs `work` alone, then computes the formulas again and saves the file when `work` says it
   * changed something (returns `changed: true`).
   */
  change<T>(work: (session: BundleSession) => { value: T; changed: boolean }): Promise<T> {
    return this.queue.run(async () => {
      const { value, changed } = work(this.session);
      if (changed) {
        this.formulas.recalculate(this.workbook);
        await this.save();
      }
      return value;
    });
  }

  /**
   * Runs global `name` of the bundle as an execution of `kind`, and saves what it changed. What it
   * showed and sent comes back with its result.
   */
  run(name: string, args: unknown[], kind: 'menu' | 'sidebar'): Promise<SandboxRun> {
    return this.change((session) => {
      const run = this.runOnce(session, name, args, kind);
      return { value: run, changed: changedAnything(run.result.execution) };
    });
  }

  /**
   * Runs menu item `name` with `answers` for its alerts and prompts, in order. A run that shows more
   * dialogs than it was given answers cannot wait for the person (an execution cannot pause), so it is
   * undone, workbook and properties as they were, and the first unanswered dialog is returned: the page
   * asks it, and runs the item again with one more answer. Otherwise its changes are saved.
   */
  runWithAnswers(
    name: string,
    answers: ReadonlyArray<{ button: string; text?: string }>,
  ): Promise<{ run: SandboxRun; unanswered: Extract<UiEvent, { kind: 'alert' | 'prompt' }> | null }> {
    return this.queue.run(async () => {
      const before = this.snapshot();
      const uiLog = this.session.environment.uiLog;
      for (const answer of answers) uiLog.answer(answer.button as never, answer.text ?? '');
      const run = this.runOnce(this.session, name, [], 'menu');
      // Answers the run did not use must not reach the next one.
      while (uiLog.pendingAnswers > 0) {
        try {
          uiLog.takeAnswer('YES_NO_CANCEL');
        } catch {
          // takeAnswer drops the answer before it checks it.
        }
      }
      const dialogs = run.shown.filter(
        (e): e is Extract<UiEvent, { kind: 'alert' | 'prompt' }> => e.kind === 'alert' || e.kind === 'prompt',
      );
      if (dialogs.length > answers.length) {
        this.restore(before);
        // The undone run's emails were never sent.
        this.outbox.splice(this.outbox.length - run.sent.length, run.sent.length);
        return { run, unanswered: dialogs[answers.length] };
      }
      if (changedAnything(run.result.execution)) {
        this.formulas.recalculate(this.workbook);
        await this.save();
      }
      return { run, unanswered: null };
    });
  }

  /**
   * Moves the emulated clock `days` on, firing every trigger that falls due (playClock), one day at a
   * time with a pause between days so the server still answers the page meanwhile; then saves.
   */
  advanceClock(
    days: number,
  ): Promise<{ from: string; until: string; runs: TriggerRun[]; sent: SentMessage[] }> {
    return this.queue.run(async () => {
      const from = new Date(this.session.environment.now.getTime());
      const runs: TriggerRun[] = [];
      const sent: SentMessage[] = [];
      for (let day = 0; day < days; day++) {
        const start = new Date(from.getTime() + day * DAY_MS);
        const played = playClock(this.session, start, new Date(start.getTime() + DAY_MS));
        runs.push(...played.runs);
        sent.push(...played.sent);
        this.outbox.push(...played.sent);
        await new Promise((resolve) => setImmediate(resolve));
      }
      this.formulas.forget();
      this.formulas.recalculate(this.workbook);
      await this.save();
      return { from: from.toISOString(), until: this.session.environment.now.toISOString(), runs, sent };
    });
  }

  private runOnce(
    session: BundleSession,
    name: string,
    args: unknown[],
    kind: 'menu' | 'sidebar',
  ): SandboxRun {
    const { uiLog, mailbox } = session.environment;
    const shownBefore = uiLog.events.length;
    const sentBefore = mailbox.sent.length;
    const result = session.runtime.run(name, args, { kind });
    const sent = mailbox.sent.slice(sentBefore);
    this.outbox.push(...sent);
    return { result, shown: uiLog.events.slice(shownBefore), sent };
  }

  private snapshot(): Snapshot {
    return {
      workbook: structuredClone(this.workbook),
      properties: this.session.properties(),
      now: new Date(this.session.environment.now.getTime()),
      shown: this.session.environment.uiLog.events.length,
    };
  }

  /** Goes back to `snapshot`: a new session on it, so nothing the undone run did remains (mail included). */
  private restore(snapshot: Snapshot): void {
    const session = new BundleSession(
      snapshot.workbook,
      this.bundlePath,
      snapshot.now,
      undefined,
      snapshot.properties,
    );
    session.environment.files.set('Sidebar', this.sidebarHtml);
    session.environment.now = snapshot.now;
    // What the Ui showed before the undone run stays shown (the menu onOpen built among it).
    for (const event of this.session.environment.uiLog.events.slice(0, snapshot.shown))
      session.environment.uiLog.record(event);
    this.session = session;
  }

  /** Writes the workbook and properties back under the file's lock; the next save checks against this version. */
  private async save(): Promise<void> {
    const lock = await lockWorkbook(this.path);
    try {
      lock.assertHeld();
      await writeWorkbook(this.path, this.workbook, {
        source: this.source,
        properties: this.session.properties(),
      });
      this.source.fingerprint = await fileFingerprint(this.path);
    } finally {
      await lock.release();
    }
  }
}
