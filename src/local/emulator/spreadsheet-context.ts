// What every emulated spreadsheet object of one execution shares: the workbook, the meter, the realm, the Ui.
import type { EmulatedUi } from './emulated-ui';
import type { ServiceMeter } from './service-meter';
import type { ValueRealm } from './value-realm';
import type { WorkbookData } from './workbook-data';

export interface SpreadsheetContext {
  workbook: WorkbookData;
  meter: ServiceMeter;
  /** Where returned arrays and Dates are created (the script's vm context, or Node's own). */
  realm: ValueRealm;
  ui: EmulatedUi;
}
