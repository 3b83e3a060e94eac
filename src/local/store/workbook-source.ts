// The file a workbook was read from, kept so that writing it back changes only what the workbook holds.
import type ExcelJS from 'exceljs';
import type { FileFingerprint } from './file-fingerprint';

/**
 * The loaded .xlsx (every part exceljs models: styles, notes, column widths, merges, defined names,
 * conditional formats, validations) and the version of the file it came from (null: there was no file).
 */
export interface WorkbookSource {
  excel?: ExcelJS.Workbook;
  fingerprint: FileFingerprint | null;
  /**
   * Set when the file was too big to keep loaded while a command runs (its used cells): the write loads
   * it again, the same version (its fingerprint is checked), and patches it as it would the kept one.
   */
  cells?: number;
}
