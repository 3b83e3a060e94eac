// The global objects a script sees during one execution, assembled from the environment's stores.
import { createCacheService } from './cache-service';
import { createContentService } from './content-service';
import type { EmulatorEnvironment } from './emulator-environment';
import type { Execution } from './execution';
import { createHtmlService } from './html-service';
import { createLockService } from './lock-service';
import { createConsole, createLogger } from './logger';
import { createMailApp } from './mail-app';
import { createPropertiesService } from './properties-service';
import { createScriptApp } from './script-app';
import { createSession } from './session';
import { createSpreadsheetApp } from './spreadsheet-app';
import { createUtilities } from './utilities';
import { hostRealm, type ValueRealm } from './value-realm';

export interface AppsScriptGlobalsOptions {
  /** Realm of arrays and Dates handed to the script; Node's own unless told (the runtime passes its vm's). */
  realm?: ValueRealm;
  /** The script's global object, where HtmlService templates look up the script's functions. */
  scriptGlobals?: object;
}

/**
 * The services of one execution, every call metered by `execution`, over the stores of `environment`:
 * SpreadsheetApp, PropertiesService, CacheService, LockService, MailApp, ScriptApp, HtmlService,
 * ContentService, Session, Utilities, Logger and console. A web app or custom function runs for an anonymous user, so
 * Session.getActiveUser() is empty there.
 */
export function createAppsScriptGlobals(
  environment: EmulatorEnvironment,
  execution: Execution,
  options: AppsScriptGlobalsOptions = {},
) {
  const { config } = environment;
  const anonymous = execution.kind === 'web-app' || execution.kind === 'custom-function';
  return {
    SpreadsheetApp: createSpreadsheetApp(environment.workbook, execution, {
      uiLog: environment.uiLog,
      realm: options.realm ?? hostRealm,
    }),
    PropertiesService: createPropertiesService(environment.properties, execution),
    CacheService: createCacheService(environment.caches, execution, { hasDocument: config.hasDocument }),
    LockService: createLockService(environment.locks, execution, {
      executionId: execution.id,
      hasDocument: config.hasDocument,
    }),
    MailApp: createMailApp(environment.mailbox, execution),
    ScriptApp: createScriptApp(environment.triggers, execution, { webAppUrl: config.webAppUrl }),
    HtmlService: createHtmlService(environment.files, execution, { globals: options.scriptGlobals }),
    ContentService: createContentService(execution),
    Session: createSession(
      {
        timeZone: config.scriptTimeZone,
        effectiveUser: config.userEmail,
        activeUser: anonymous ? '' : config.userEmail,
      },
      execution,
    ),
    Utilities: createUtilities(execution),
    Logger: createLogger(environment.logBook, execution),
    console: createConsole(environment.logBook),
  };
}

/** The globals object createAppsScriptGlobals returns. */
export type AppsScriptGlobals = ReturnType<typeof createAppsScriptGlobals>;
