// The value of one spreadsheet cell, as both the adapters and the pure core see it.

/** A cell value as Google Sheets hands it to scripts: an empty cell is ''. */
export type Cell = string | number | boolean | Date;
