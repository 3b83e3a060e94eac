// Emulated SpreadsheetApp over a WorkbookData: the bound spreadsheet, flush, the Ui and the validation builder.
import { EmulatedDataValidationBuilder } from './data-validation';
import { EmulatedSpreadsheet } from './emulated-spreadsheet';
import { EmulatedUi } from './emulated-ui';
import type { ExecutionKind, ServiceMeter } from './service-meter';
import type { SpreadsheetContext } from './spreadsheet-context';
import { UiLog } from './ui-log';
import { hostRealm, type ValueRealm } from './value-realm';
import type { WorkbookData } from './workbook-data';

export interface SpreadsheetAppOptions {
  /** Where the Ui records what it shows and takes scripted answers from; a new log unless told. */
  uiLog?: UiLog;
  /** Realm of returned arrays and Dates; Node's own unless told (the local runtime passes the vm's). */
  realm?: ValueRealm;
}

/**
 * Whether an execution of `kind` has an active spreadsheet. A web app request comes from a browser,
 * not from the open spreadsheet: Google documents getActiveSpreadsheet() as unavailable to a bound
 * script run as a web app, and getActive() as returning null "if there is none"
 * [developers.google.com/apps-script/guides/bound, reference/spreadsheet/spreadsheet-app].
 */
export function hasActiveSpreadsheet(kind: ExecutionKind): boolean {
  return kind !== 'web-app';
}

/** The SpreadsheetApp global of one execution. */
export class EmulatedSpreadsheetApp {
  private readonly spreadsheet: EmulatedSpreadsheet;
  private readonly ctx: SpreadsheetContext;

  constructor(workbook: WorkbookData, meter: ServiceMeter, options: SpreadsheetAppOptions = {}) {
    const ui = new EmulatedUi(meter, options.uiLog ?? new UiLog());
    this.ctx = { workbook, meter, realm: options.realm ?? hostRealm, ui };
    this.spreadsheet = new EmulatedSpreadsheet(this.ctx);
  }

  /** The spreadsheet the script is bound to; null in a web app (see {@link hasActiveSpreadsheet}). */
  getActive(): EmulatedSpreadsheet {
    this.ctx.meter.call('SpreadsheetApp', 'getActive');
    return this.active();
  }

  /** The spreadsheet the script is bound to; null in a web app (see {@link hasActiveSpreadsheet}). */
  getActiveSpreadsheet(): EmulatedSpreadsheet {
    this.ctx.meter.call('SpreadsheetApp', 'getActiveSpreadsheet');
    return this.active();
  }

  /**
   * Typed non-null as @types/google-apps-script types Spreadsheet getters, so scripts and tests read
   * it as they would in Apps Script; at run time it is null where Google gives null.
   */
  private active(): EmulatedSpreadsheet {
    return hasActiveSpreadsheet(this.ctx.meter.kind)
      ? this.spreadsheet
      : (null as unknown as EmulatedSpreadsheet);
  }

  /**
   * Not in Apps Script's API: the bound spreadsheet, uncounted, for the `source` of the event object
   * Apps Script itself hands a simple trigger (the script makes no call for it).
   */
  eventSource(): EmulatedSpreadsheet {
    return this.spreadsheet;
  }

  /** The paste kinds of Range.copyTo; the emulator models PASTE_FORMAT and PASTE_DATA_VALIDATION. */
  readonly CopyPasteType = Object.freeze({
    PASTE_NORMAL: 'PASTE_NORMAL',
    PASTE_NO_BORDERS: 'PASTE_NO_BORDERS',
    PASTE_FORMAT: 'PASTE_FORMAT',
    PASTE_FORMULA: 'PASTE_FORMULA',
    PASTE_DATA_VALIDATION: 'PASTE_DATA_VALIDATION',
    PASTE_VALUES: 'PASTE_VALUES',
    PASTE_CONDITIONAL_FORMATTING: 'PASTE_CONDITIONAL_FORMATTING',
    PASTE_COLUMN_WIDTHS: 'PASTE_COLUMN_WIDTHS',
  });

  /** Applies pending changes; writes here are immediate, so it only counts as a call. */
  flush(): void {
    this.ctx.meter.call('SpreadsheetApp', 'flush');
  }

  getUi(): EmulatedUi {
    this.ctx.meter.call('SpreadsheetApp', 'getUi');
    return this.ctx.ui;
  }

  newDataValidation(): EmulatedDataValidationBuilder {
    this.ctx.meter.call('SpreadsheetApp', 'newDataValidation');
    return new EmulatedDataValidationBuilder(this.ctx.meter);
  }
}

/** SpreadsheetApp over `workbook`, every call metered by `meter`. */
export function createSpreadsheetApp(
  workbook: WorkbookData,
  meter: ServiceMeter,
  options: SpreadsheetAppOptions = {},
): EmulatedSpreadsheetApp {
  return new EmulatedSpreadsheetApp(workbook, meter, options);
}
