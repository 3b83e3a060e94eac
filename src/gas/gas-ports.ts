// The ports of the use cases wired to Apps Script services: what every entry point hands to src/app.
/// <reference types="google-apps-script" />
import type { Ports, Triggers } from '../app/ports';
import { DocumentLock } from './document-lock';
import { PropertiesKeyValueStore } from './properties-key-value-store';
import { ScriptAppTriggers } from './script-app-triggers';
import { SpreadsheetWorkbook } from './spreadsheet-workbook';
import { SystemClock } from './system-clock';

/** Ports over the bound spreadsheet, its document properties and lock, and the execution's clock. */
export function gasPorts(): Ports {
  return {
    workbook: SpreadsheetWorkbook.active(),
    clock: new SystemClock(),
    store: new PropertiesKeyValueStore(),
    lock: new DocumentLock(),
  };
}

/** The Triggers port, in the spreadsheet's time zone. */
export function gasTriggers(): Triggers {
  return new ScriptAppTriggers(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone());
}
