// Everything that outlives one execution: the workbook, the service stores, the Ui record and the configuration.
import { CacheStores } from './cache-service';
import { Execution } from './execution';
import { ProjectFiles } from './html-service';
import { LockTable } from './lock-service';
import { LogBook } from './logger';
import { Mailbox } from './mail-app';
import { PropertyStores } from './properties-service';
import { TriggerRegistry } from './script-app';
import type { ExecutionKind } from './service-meter';
import { UiLog } from './ui-log';
import { emptyWorkbook, type WorkbookData } from './workbook-data';

export interface EmulatorConfig {
  /** IANA time zone of the script project (appsscript.json); the spreadsheet's own is workbook.timeZone. */
  scriptTimeZone: string;
  /** The account the script runs as (Session.getEffectiveUser, the owner of the sheet). */
  userEmail: string;
  /** MailApp recipients per day: 100 on consumer accounts, 1,500 on Workspace. */
  mailDailyQuota: number;
  /** URL of the deployed web app (ScriptApp.getService().getUrl()). */
  webAppUrl: string;
  /** False for a standalone script: getDocumentLock/getDocumentCache/getDocumentProperties then see no document. */
  hasDocument: boolean;
}

export interface EmulatorEnvironmentOptions {
  workbook?: WorkbookData;
  config?: Partial<EmulatorConfig>;
  /** The project's HTML files by name without ".html" (HtmlService.createHtmlOutputFromFile). */
  files?: ProjectFiles | Record<string, string>;
  properties?: PropertyStores;
  triggers?: TriggerRegistry;
  /** Recipients used per UTC day by sends of earlier runs (see MailboxOptions.earlierRecipients). */
  mailRecipientsByDay?: Record<string, number>;
  /** Shared with other threads' environments to make their locks contend. */
  locks?: LockTable;
  /** Virtual time at which the next execution starts; the wall clock unless told. */
  now?: Date;
}

export const DEFAULT_CONFIG: EmulatorConfig = {
  scriptTimeZone: 'Etc/UTC',
  userEmail: 'owner@example.com',
  mailDailyQuota: 100,
  webAppUrl: 'https://script.google.com/macros/s/local/exec',
  hasDocument: true,
};

/**
 * The state a bound script sees across executions. Each execution starts at `now` on the virtual
 * clock; when it ends, `now` moves to where the execution's clock stopped, so consecutive executions
 * follow each other in virtual time.
 */
export class EmulatorEnvironment {
  readonly workbook: WorkbookData;
  readonly config: EmulatorConfig;
  readonly properties: PropertyStores;
  readonly caches = new CacheStores();
  readonly locks: LockTable;
  readonly mailbox: Mailbox;
  readonly triggers: TriggerRegistry;
  readonly files: ProjectFiles;
  readonly uiLog = new UiLog();
  /** Logger and console output of every execution; stamped by the running execution's clock. */
  readonly logBook: LogBook;
  /** When the next execution starts. */
  now: Date;
  private current: Execution | null = null;

  constructor(options: EmulatorEnvironmentOptions = {}) {
    this.workbook = options.workbook ?? emptyWorkbook();
    this.config = { ...DEFAULT_CONFIG, ...options.config };
    this.properties = options.properties ?? new PropertyStores();
    this.locks = options.locks ?? new LockTable();
    this.mailbox = new Mailbox({
      dailyQuota: this.config.mailDailyQuota,
      earlierRecipients: options.mailRecipientsByDay,
    });
    this.triggers = options.triggers ?? new TriggerRegistry({ timeZone: this.config.scriptTimeZone });
    this.files =
      options.files instanceof ProjectFiles ? options.files : new ProjectFiles(options.files ?? {});
    this.now = new Date((options.now ?? new Date()).getTime());
    this.logBook = new LogBook({
      now: () => (this.current ? this.current.now() : new Date(this.now.getTime())),
    });
  }

  /** A new execution of `kind` starting at `now` on this environment's workbook; it becomes the current one. */
  startExecution(kind: ExecutionKind, options: { limitMs?: number } = {}): Execution {
    const execution = new Execution({
      kind,
      workbook: this.workbook,
      start: this.now,
      limitMs: options.limitMs,
    });
    this.current = execution;
    return execution;
  }

  /** Ends `execution`: releases the locks it still holds and moves `now` to where its clock stopped. */
  finishExecution(execution: Execution): void {
    this.locks.releaseAllHeldBy(execution.id);
    if (execution.now().getTime() > this.now.getTime()) this.now = execution.now();
    if (this.current === execution) this.current = null;
  }
}
