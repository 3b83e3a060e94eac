// The text `triggers install|remove|list` prints: what changed and each automation's trigger.
import type { AutomationReport } from '../../app/automation';

/** The words for what `install` or `remove` changed and left alone; `list` changes nothing. */
const WORDS = {
  install: { changed: 'Installed', unchanged: 'Already installed' },
  remove: { changed: 'Removed', unchanged: 'Not installed' },
} as const;

/** What `action` changed, then one line per automation: its handler, whether it is on, and its schedule. */
export function describeAutomation(action: 'install' | 'remove' | 'list', report: AutomationReport): string {
  const lines: string[] = [];
  if (action !== 'list') {
    const words = WORDS[action];
    if (report.changed.length) lines.push(`${words.changed}: ${report.changed.join(', ')}.`);
    if (report.unchanged.length) lines.push(`${words.unchanged}: ${report.unchanged.join(', ')}.`);
  }
  const width = Math.max(0, ...report.triggers.map((t) => t.kind.length));
  const handlerWidth = Math.max(0, ...report.triggers.map((t) => t.handler.length));
  lines.push(
    'Automations:',
    ...report.triggers.map(
      (t) =>
        `  ${t.kind.padEnd(width)}  ${t.handler.padEnd(handlerWidth)}  ${t.installed ? `on, ${t.schedule}` : 'off'}`,
    ),
  );
  return lines.join('\n');
}
