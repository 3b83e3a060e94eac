// The ports of the use cases wired to Apps Script services: what every entry point hands to src/app.
/// <reference types="google-apps-script" />
import type { Ports } from '../app/ports';
import { consoleProgress } from './console-progress';
import { DocumentLock } from './document-lock';
import { PropertiesKeyValueStore } from './properties-key-value-store';
import { ScriptAppTriggers } from './script-app-triggers';
import { SpreadsheetWorkbook } from './spreadsheet-workbook';
import { SystemClock } from './system-clock';

/**
 * Ports over the bound spreadsheet, its document properties and lock, the user's installable
 * triggers, the execution's clock and log.
 */
export function gasPorts(): Ports {
  return {
    workbook: SpreadsheetWorkbook.active(),
    clock: new SystemClock(),
    store: new PropertiesKeyValueStore(),
    lock: new DocumentLock(),
    triggers: new ScriptAppTriggers(),
    progress: consoleProgress,
  };
}
