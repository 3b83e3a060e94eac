// How the Segments tab writes its figures: counts with separators, shares and risks as "49 %", money rounded.

/** "12,345". */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** "49 %" for 0.49; "–" for none. */
export function formatShare(share: number | null): string {
  if (share === null || !Number.isFinite(share)) return '–';
  const percent = share * 100;
  return `${percent > 0 && percent < 1 ? '<1' : Math.round(percent)} %`;
}

/** "1,234", or "7.50" below 10; "–" for none (the workbook's currency is in Settings, not repeated here). */
export function formatMoney(amount: number | null): string {
  if (amount === null || !Number.isFinite(amount)) return '–';
  const digits = Math.abs(amount) < 10 ? 2 : 0;
  return amount.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
