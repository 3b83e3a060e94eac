// Sheets number formats shared by the tab specs, so a date looks the same on every tab.

/** Number formats by meaning (Sheets pattern syntax). */
export const FORMATS = {
  date: 'yyyy-mm-dd',
  dateTime: 'yyyy-mm-dd hh:mm',
  money: '#,##0.00',
  integer: '0',
  decimal: '0.00',
  percent: '0.00%',
} as const;
