// How wide a column must be for its header and its values to show whole (no "###" for a date or a number).
import type { ColumnKind } from './tab-spec';

/** Pixels per character of Sheets' default 10-point Arial, rounded up for bold headers. */
const CHAR_PX = 8;
/** Cell padding, plus room for the filter button on the header. */
const PADDING_PX = 28;
/** Widest column Set up makes; a longer text wraps or is read in the cell. */
const MAX_PX = 320;

/** Characters the widest usual value of a kind needs, given its number format. */
function valueChars(kind: ColumnKind, numberFormat: string | undefined): number {
  switch (kind) {
    case 'email':
      return 26;
    case 'phone':
      return 16;
    case 'text':
      return 18;
    case 'id':
      return 14;
    case 'boolean':
      return 6;
    case 'percent':
      return 8;
    case 'money':
      return 12;
    case 'date':
    case 'datetime':
      // yyyy-mm-dd is 10 characters, yyyy-mm-dd hh:mm 16 and with seconds 19.
      return numberFormat ? numberFormat.length : 19;
    case 'integer':
      return 8;
    case 'number':
      return 10;
  }
}

/**
 * Width in pixels of a column showing `header` in bold and values of `kind` in `numberFormat`: the
 * wider of the two, at most 320 px.
 * @example columnWidth('Created at', 'datetime', 'yyyy-mm-dd hh:mm') // => 156
 */
export function columnWidth(header: string, kind: ColumnKind, numberFormat?: string): number {
  const chars = Math.max(header.length, valueChars(kind, numberFormat));
  return Math.min(MAX_PX, chars * CHAR_PX + PADDING_PX);
}
