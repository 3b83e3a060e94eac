// Emulated Filter: the one filter a tab may have, over a range whose first row holds the buttons.
import type { EmulatedRange } from './emulated-range';
import type { EmulatedSheet } from './emulated-sheet';
import type { SpreadsheetContext } from './spreadsheet-context';
import type { SheetData } from './workbook-data';

/** A tab's filter; criteria are not modelled (Solo CRM only puts the buttons on the header row). */
export class EmulatedFilter {
  constructor(
    private readonly ctx: SpreadsheetContext,
    private readonly owner: EmulatedSheet,
    private readonly data: SheetData,
  ) {}

  /** The filtered range; throws when the filter was removed. */
  getRange(): EmulatedRange {
    this.ctx.meter.call('Filter', 'getRange');
    const filter = this.data.filter;
    if (!filter) throw new Error('This filter has been removed.');
    return this.owner.rangeAt(filter.row, filter.column, filter.numRows, filter.numColumns);
  }

  remove(): void {
    this.ctx.meter.call('Filter', 'remove');
    this.data.filter = null;
  }
}
