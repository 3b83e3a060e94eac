// Spreadsheet.toast as Sheets shows it: a small note in the corner that goes away by itself.

/** Shows a toast for `seconds` (Sheets' default 5; a negative timeout stays until clicked). */
export function showToast(title: string, message: string, seconds: number | null): void {
  const toast = document.createElement('div');
  toast.className = 'toast';
  toast.setAttribute('role', 'status');
  if (title) {
    const heading = document.createElement('strong');
    heading.textContent = title;
    toast.append(heading);
  }
  toast.append(message);
  toast.addEventListener('click', () => toast.remove());
  document.getElementById('toasts')!.append(toast);
  const timeout = seconds ?? 5;
  if (timeout >= 0) setTimeout(() => toast.remove(), Math.max(timeout, 1) * 1000);
}
