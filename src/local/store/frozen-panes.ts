// The frozen rows and columns an exceljs worksheet's first view holds.
import type ExcelJS from 'exceljs';

/**
 * The rows and columns frozen at the top and left of `worksheet` (0 each unless its first view is
 * frozen), as reading a file gives them to the workbook and patching compares them before writing.
 */
export function frozenPanes(worksheet: ExcelJS.Worksheet): { rows: number; columns: number } {
  const view = worksheet.views?.[0];
  if (view?.state !== 'frozen') return { rows: 0, columns: 0 };
  return { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
}
