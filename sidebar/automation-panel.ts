// The Automation tab of the sidebar: the triggers on and off, and the follow-ups previewed, checked, tested and sent.
import type { AutomationKind, AutomationReport, AutomationStatus } from '../src/app/automation';
import type { FieldCheck } from '../src/app/check-follow-up-fields';
import type { FollowUpPreviewSummary as FollowUpPreview } from '../src/app/preview-follow-ups';
import type { FollowUpSendReport } from '../src/app/send-follow-ups';
import type { SkipReason } from '../src/core/follow-up/plan-follow-ups';
import { breakableText, byId, element, rowList, textTable } from './dom';
import { callServer } from './server';

/** What the owner calls each automation, and what it does for them. */
const AUTOMATIONS: Readonly<Record<AutomationKind, { name: string; what: string }>> = {
  followups: { name: 'Follow-ups', what: 'Sends the follow-up emails that are due.' },
  refresh: { name: 'Nightly refresh', what: 'Recomputes CLV, segments and KPIs every night.' },
  form: {
    name: 'Service form',
    what: 'Logs each service-form answer, thanks the customer and alerts you about unhappy ones.',
  },
};

/** What each skip means for the owner: a fix to make, or a wait that resolves itself. */
const SKIP_HINTS: Readonly<Record<SkipReason, string>> = {
  'no consent': 'Consent is not ticked in Customers: they get no follow-ups.',
  unsubscribed: 'They unsubscribed: they get no more follow-ups.',
  'invalid email': 'The Email in Customers cannot be sent to: correct it.',
  'blank merge field':
    'A field the email uses is blank: fill it in Customers or give it a fallback, like {{First name|there}}.',
  'sequence stopped': 'The sequence stopped for them (they ordered or answered after step 1).',
  'outside send hours': 'Waits for the send hours: a later run sends it.',
  'too soon since the last email': 'Waits for the days between emails: a later run sends it.',
  'max per run': 'Over the rule’s Max per run: the next run sends it.',
  quota: 'Over today’s email quota: sent once the quota renews tomorrow.',
};

/** Rows shown in one table or list before the rest is only counted. */
const LIST_LIMIT = 200;

/** Rule names seen in a preview or a field check, offered for "Send me a test". */
const knownRules = new Set<string>();
let triggersLoaded = false;

function setStatus(id: string, text: string, kind: 'info' | 'error' = 'info'): void {
  const status = byId(id);
  status.className = kind === 'error' ? 'error' : '';
  status.textContent = text;
}

const triggerStatus = (text: string, kind?: 'info' | 'error') => setStatus('automation-status', text, kind);
const followUpStatus = (text: string, kind?: 'info' | 'error') => setStatus('followups-status', text, kind);

const message = (error: unknown) => (error as Error).message;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A list of text items, the first `limit` of them and a count of the rest. */
function textList(items: readonly string[], limit = LIST_LIMIT): HTMLUListElement {
  const list = element('ul');
  for (const item of items.slice(0, limit)) list.append(element('li', '', item));
  if (items.length > limit) list.append(element('li', 'hint', `… and ${items.length - limit} more`));
  return list;
}

/** A titled list ("Failed (2)") in the style of rowList, for items that are no sheet rows. */
function titledList(title: string, items: readonly string[]): HTMLElement {
  const box = element('div', 'rows');
  box.append(element('h3', '', `${title} (${items.length})`), textList(items));
  return box;
}

// ---- Triggers ----

function triggerButtons(): HTMLButtonElement[] {
  return [
    ...byId('automation-triggers').querySelectorAll('button'),
    byId<HTMLButtonElement>('automation-all-on'),
  ];
}

/** Trigger calls under way: a list read when the tab is shown again may overlap a switch pressed before. */
let triggerCalls = 0;

function triggersBusy(on: boolean): void {
  triggerCalls = Math.max(0, triggerCalls + (on ? 1 : -1));
  for (const button of triggerButtons()) button.disabled = triggerCalls > 0;
  byId('automation-triggers').setAttribute('aria-busy', String(triggerCalls > 0));
}

/** One row per automation: its name, what it does, its schedule and a switch. */
function showTriggers(triggers: readonly AutomationStatus[]): void {
  byId('automation-triggers').replaceChildren(
    ...triggers.map((trigger) => {
      const known = AUTOMATIONS[trigger.kind] ?? { name: trigger.kind, what: '' };
      const item = element('li', 'automation');
      const text = element('div', 'automation-text');
      const name = element('span', 'automation-name', known.name);
      name.id = `automation-name-${trigger.kind}`;
      const schedule = element('span', trigger.installed ? 'automation-schedule' : 'automation-schedule off');
      schedule.id = `automation-schedule-${trigger.kind}`;
      schedule.textContent = trigger.installed ? trigger.schedule : 'off';
      text.append(name, schedule, element('span', 'hint automation-what', known.what));
      const toggle = element('button', 'switch', trigger.installed ? 'On' : 'Off');
      toggle.type = 'button';
      toggle.id = `automation-switch-${trigger.kind}`;
      toggle.dataset.kind = trigger.kind;
      toggle.setAttribute('role', 'switch');
      toggle.setAttribute('aria-checked', String(trigger.installed));
      toggle.setAttribute('aria-labelledby', name.id);
      toggle.setAttribute('aria-describedby', schedule.id);
      toggle.disabled = triggerCalls > 0;
      toggle.addEventListener('click', () => void onToggle(trigger.kind, !trigger.installed));
      item.append(text, toggle);
      return item;
    }),
  );
}

/** Reads the triggers again: when the tab is shown, since they may have changed in the editor or the menu. */
async function loadTriggers(): Promise<void> {
  if (!triggersLoaded) triggerStatus('Reading the triggers…');
  triggersBusy(true);
  try {
    const report = await callServer('listAutomation');
    showTriggers(report.triggers);
    if (!triggersLoaded) triggerStatus('');
    triggersLoaded = true;
  } catch (error) {
    triggerStatus(`Could not read the triggers: ${message(error)}`, 'error');
  } finally {
    triggersBusy(false);
  }
}

const names = (kinds: readonly AutomationKind[]) => kinds.map((k) => AUTOMATIONS[k]?.name ?? k).join(', ');

/** What a change did, in one sentence per group: "Follow-ups is on: every hour." */
function describeChange(report: AutomationReport, on: boolean): string {
  const scheduleOf = (kind: AutomationKind) => report.triggers.find((t) => t.kind === kind)?.schedule ?? '';
  if (report.changed.length + report.unchanged.length === 1) {
    const [kind] = [...report.changed, ...report.unchanged];
    const name = AUTOMATIONS[kind]?.name ?? kind;
    const done = report.changed.length === 1;
    if (!on) return done ? `${name} is off.` : `${name} was already off.`;
    return `${name} ${done ? 'is' : 'was already'} on: ${scheduleOf(kind)}.`;
  }
  if (report.changed.length === 0) return on ? 'Everything was already on.' : 'Everything was already off.';
  const parts = [`Turned ${on ? 'on' : 'off'}: ${names(report.changed)}.`];
  if (report.unchanged.length) parts.push(`Already ${on ? 'on' : 'off'}: ${names(report.unchanged)}.`);
  return parts.join(' ');
}

async function onToggle(kind: AutomationKind | 'all', on: boolean): Promise<void> {
  const label = kind === 'all' ? 'every automation' : AUTOMATIONS[kind].name;
  triggersBusy(true);
  triggerStatus(`Turning ${label} ${on ? 'on' : 'off'}…`);
  try {
    const report = await callServer(on ? 'installAutomation' : 'removeAutomation', kind);
    showTriggers(report.triggers);
    triggerStatus(describeChange(report, on));
  } catch (error) {
    triggerStatus(`Could not turn ${label} ${on ? 'on' : 'off'}: ${message(error)}`, 'error');
  } finally {
    triggersBusy(false);
    // The list was rebuilt: keep the keyboard where it was.
    if (kind !== 'all') document.getElementById(`automation-switch-${kind}`)?.focus();
  }
}

// ---- Follow-ups ----

function followUpsBusy(on: boolean): void {
  for (const id of ['followups-preview', 'followups-check', 'followups-test', 'followups-send'])
    byId<HTMLButtonElement>(id).disabled = on;
  byId('followups-result').setAttribute('aria-busy', String(on));
}

/** Offers these rules in the test's rule field, with those seen before. */
function rememberRules(rules: Iterable<string>): void {
  for (const rule of rules) if (rule) knownRules.add(rule);
  byId('followups-rules').replaceChildren(
    ...[...knownRules].sort().map((rule) => {
      const option = element('option');
      option.value = rule;
      return option;
    }),
  );
  const input = byId<HTMLInputElement>('followups-test-rule');
  if (!input.value && knownRules.size === 1) input.value = [...knownRules][0];
}

/** "Sat 1 Jun, 14:00 (Europe/Lisbon)": the instant in the spreadsheet's time zone. */
function formatInstant(iso: string, timeZone: string): string {
  try {
    const text = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(iso));
    return `${text} (${timeZone})`;
  } catch {
    return iso;
  }
}

function dryRunNotice(action: string): HTMLElement {
  const notice = element('p', 'notice', `Dry run is on in Settings: ${action}`);
  notice.setAttribute('role', 'note');
  return notice;
}

/** The skips grouped by reason, largest group first, each a disclosure listing its first customers. */
function skipGroups(preview: FollowUpPreview): HTMLElement {
  const box = element('div', 'rows');
  if (preview.skippedCount === 0) return box;
  box.append(element('h3', '', `Skipped (${preview.skippedCount.toLocaleString('en-US')})`));
  for (const { reason, count, examples } of preview.skipGroups) {
    const group = element('details', 'skip-group');
    group.dataset.reason = reason;
    group.append(element('summary', '', `${reason}: ${count.toLocaleString('en-US')}`));
    const hint = SKIP_HINTS[reason];
    if (hint) group.append(element('p', 'hint', hint));
    group.append(
      textList(
        examples.map(
          (s) =>
            `${s.customerId}${s.email ? ` ${s.email}` : ''}, ${s.rule} step ${s.step}${s.detail ? `: ${s.detail}` : ''}`,
        ),
      ),
    );
    if (count > examples.length)
      group.append(element('p', 'hint', `… and ${(count - examples.length).toLocaleString('en-US')} more.`));
    box.append(group);
  }
  return box;
}

function problemList(problems: FollowUpPreview['problems']): HTMLElement {
  return rowList(
    'Rule problems, by Follow-ups row',
    problems.map((p) => ({ row: p.row, reason: p.rule ? `${p.rule}: ${p.message}` : p.message })),
    LIST_LIMIT,
    (more) => `… and ${more} more`,
  );
}

function showPreview(preview: FollowUpPreview): void {
  rememberRules([
    ...preview.planned.map((p) => p.rule),
    ...preview.heldOut.map((h) => h.rule),
    ...preview.skipGroups.flatMap((group) => group.rules),
  ]);
  const when = formatInstant(preview.now, preview.timeZone);
  const count = preview.planned.length;
  const parts: HTMLElement[] = [];
  if (preview.dryRun)
    parts.push(dryRunNotice('a run writes these to the Log but sends nothing. Turn it off there to send.'));
  parts.push(
    element(
      'p',
      'summary',
      count
        ? `A run now, ${when}, would ${preview.dryRun ? 'plan' : 'send'} ${plural(count, 'email')}:`
        : `A run now, ${when}, would send no email.`,
    ),
  );
  if (count) {
    const table = textTable(
      ['Rule', 'Step', 'Email', 'Subject'],
      preview.planned.slice(0, LIST_LIMIT).map((p) => [p.rule, p.step, p.email, p.subject]),
    );
    table.className = 'wrap';
    table.id = 'followups-planned';
    for (const cell of table.querySelectorAll('td:nth-child(1), td:nth-child(3)'))
      cell.replaceChildren(...breakableText(cell.textContent ?? ''));
    parts.push(table);
    if (count > LIST_LIMIT)
      parts.push(element('p', 'hint', `… and ${count - LIST_LIMIT} more (the run sends them all).`));
    parts.push(
      element('p', 'hint', 'Click a row, or press Enter on it, to read the email its customer would get.'),
    );
  }
  parts.push(element('p', 'hint', `${plural(preview.remainingQuota, 'email')} left in today’s quota.`));
  if (preview.heldOut.length)
    parts.push(
      element(
        'p',
        'held-out',
        `${plural(preview.heldOut.length, 'customer')} held out as the control group: no email, so the rule’s effect can be measured.`,
      ),
    );
  parts.push(skipGroups(preview), problemList(preview.problems), resultsTable(preview.results));
  byId('followups-result').replaceChildren(...parts);
  if (count) wireEmailRows(preview);
}

/** What each rule earned, beside its holdout: orders and revenue within 30 days. */
function resultsTable(results: FollowUpPreview['results']): HTMLElement {
  const box = element('div', 'rows');
  const shown = results.filter((r) => r.sent || r.heldOut);
  if (shown.length === 0) return box;
  box.append(element('h3', '', 'What each email earned (orders within 30 days)'));
  const money = (n: number) =>
    n.toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const rate = (ordered: number, of: number) => (of ? `${Math.round((100 * ordered) / of)} %` : '–');
  const table = textTable(
    ['Rule', 'Sent', 'Ordered', 'Revenue', 'Held out', 'Ordered'],
    shown.map((r) => [
      r.step > 1 ? `${r.rule} (${r.step})` : r.rule,
      r.sent,
      rate(r.ordered30d, r.sent),
      money(r.revenue30d),
      r.heldOut,
      rate(r.holdoutOrdered30d, r.heldOut),
    ]),
  );
  table.className = 'wrap';
  table.id = 'followups-results';
  box.append(table);
  return box;
}

/** Each planned row opens the email its customer would get, below the table (as text). */
function wireEmailRows(preview: FollowUpPreview): void {
  const rows = [...byId('followups-planned').querySelectorAll('tr')].slice(1);
  const box = element('div', 'email-preview');
  box.id = 'followups-email';
  byId('followups-planned').after(box);
  rows.forEach((row, i) => {
    const planned = preview.planned[i];
    row.tabIndex = 0;
    row.title = 'Show this email';
    const open = async () => {
      box.replaceChildren(element('p', 'hint', `Rendering the email to ${planned.email}…`));
      try {
        const email = await callServer('renderFollowUpEmail', planned.key, preview.now);
        box.replaceChildren(
          element('p', 'email-head', `To: ${email.to}`),
          element('p', 'email-head', `Subject: ${email.subject}`),
          element('pre', 'email-body', email.textBody),
        );
      } catch (error) {
        box.replaceChildren(element('p', 'error', `Could not render it: ${(error as Error).message}`));
      }
    };
    row.addEventListener('click', () => void open());
    row.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        void open();
      }
    });
  });
}

function showFieldChecks(checks: readonly FieldCheck[]): void {
  rememberRules(checks.map((c) => c.rule));
  const troubled = checks.filter((c) => c.unknownFields.length || c.blank.length || c.audienceError);
  if (checks.length === 0) {
    byId('followups-result').replaceChildren(element('p', '', 'No active rule in Follow-ups to check.'));
    return;
  }
  const parts: HTMLElement[] = [
    element(
      'p',
      'summary',
      troubled.length
        ? `${plural(troubled.length, 'rule step')} of ${checks.length} would leave merge fields blank:`
        : `All ${plural(checks.length, 'rule step')}: every merge field is filled for every customer of the audience.`,
    ),
  ];
  for (const check of troubled) {
    const box = element('div', 'rows field-check');
    box.append(element('h3', '', `${check.rule} step ${check.step} (Follow-ups row ${check.row})`));
    if (check.unknownFields.length)
      box.append(
        element(
          'p',
          'error',
          `Not a column of Customers: ${check.unknownFields.join(', ')}. This step cannot be sent until the field is renamed.`,
        ),
      );
    if (check.audienceError) box.append(element('p', 'error', `Audience: ${check.audienceError}`));
    if (check.blank.length) {
      box.append(
        element(
          'p',
          'hint',
          `${plural(check.blank.length, 'customer')} with a blank field (Customers row, ID: fields):`,
        ),
      );
      box.append(
        textList(check.blank.map((b) => `row ${b.customerRow}, ${b.customerId}: ${b.fields.join(', ')}`)),
      );
    }
    parts.push(box);
  }
  byId('followups-result').replaceChildren(...parts);
}

function showSendReport(report: FollowUpSendReport): void {
  const skipped = Object.entries(report.skipped).filter(([, n]) => n);
  const parts: HTMLElement[] = [];
  if (report.dryRun) parts.push(dryRunNotice('the run planned and logged, and sent nothing.'));
  const counts = element('ul', 'counts');
  const count = (label: string, n: number, className = '') => {
    const item = element('li', className);
    item.append(element('span', '', label), element('strong', '', String(n)));
    counts.append(item);
  };
  count('Sent', report.sent);
  count('Failed', report.failed.length, report.failed.length ? 'bad' : '');
  count('Uncertain', report.uncertain.length, report.uncertain.length ? 'bad' : '');
  count('Held out', report.heldOut);
  count('Waiting for a later run', report.waiting);
  parts.push(counts);
  if (report.serviceError)
    parts.push(
      element('p', 'error', `Gmail stopped the run: ${report.serviceError}. The rest stays planned.`),
    );
  if (report.stoppedForTime)
    parts.push(element('p', 'hint', 'The run used its time; the next run sends what is waiting.'));
  if (report.failed.length)
    parts.push(
      titledList(
        'Failed',
        report.failed.map((f) => `${f.key}: ${f.reason}`),
      ),
    );
  if (report.uncertain.length) {
    const box = titledList('Uncertain', report.uncertain);
    box.insertBefore(
      element(
        'p',
        'hint',
        'A run stopped while sending these. Check Sent mail; to send one again set its Outbox Status to planned.',
      ),
      box.lastChild,
    );
    parts.push(box);
  }
  if (skipped.length)
    parts.push(
      element('p', 'hint', `Skipped: ${skipped.map(([reason, n]) => `${reason} ${n}`).join(', ')}.`),
    );
  parts.push(problemList(report.problems));
  byId('followups-result').replaceChildren(...parts);
}

/** The preview last shown, for the send confirmation. */
let lastPreview: FollowUpPreview | null = null;

async function onPreview(): Promise<void> {
  followUpsBusy(true);
  followUpStatus('Planning the next run…');
  try {
    lastPreview = await callServer('previewFollowUps');
    showPreview(lastPreview);
    followUpStatus('Nothing was sent or written.');
  } catch (error) {
    followUpStatus(`Preview failed: ${message(error)}`, 'error');
  } finally {
    followUpsBusy(false);
  }
}

async function onCheck(): Promise<void> {
  followUpsBusy(true);
  followUpStatus('Checking the merge fields…');
  try {
    showFieldChecks(await callServer('checkFollowUpFields'));
    followUpStatus('Nothing was sent or written.');
  } catch (error) {
    followUpStatus(`Check failed: ${message(error)}`, 'error');
  } finally {
    followUpsBusy(false);
  }
}

async function onTest(): Promise<void> {
  const rule = byId<HTMLInputElement>('followups-test-rule').value.trim();
  if (!rule) {
    followUpStatus('Type or pick the rule to test (Preview lists the rules).', 'error');
    byId('followups-test-rule').focus();
    return;
  }
  const step = Number(byId<HTMLInputElement>('followups-test-step').value) || 1;
  followUpsBusy(true);
  followUpStatus(`Sending a test of ${rule} step ${step}…`);
  try {
    const report = await callServer('sendTestFollowUp', rule, step);
    followUpStatus(
      `Test sent to ${report.to}: “${report.subject}”, filled with the data of ${report.customerId}.`,
    );
  } catch (error) {
    followUpStatus(`Test not sent: ${message(error)}`, 'error');
  } finally {
    followUpsBusy(false);
  }
}

/** The question before sending: how many go out, when the preview says so. */
function confirmation(): string {
  if (lastPreview?.dryRun)
    return 'Dry run is on in Settings: the run will plan and log the follow-ups and send nothing. Run it now?';
  const what = lastPreview
    ? `the follow-ups due now (the last preview planned ${plural(lastPreview.planned.length, 'email')})`
    : 'the follow-ups due now';
  return `Send ${what} to your customers? Sent emails cannot be recalled.`;
}

async function onSend(): Promise<void> {
  if (!window.confirm(confirmation())) {
    followUpStatus('Nothing sent.');
    return;
  }
  followUpsBusy(true);
  followUpStatus('Sending the follow-ups due now…');
  try {
    const report = await callServer('sendFollowUpsNow');
    // What the preview planned has changed now.
    lastPreview = null;
    if (report.busy) {
      followUpStatus(
        'Another run was sending at the same moment, so this one did nothing. Try again shortly.',
      );
      return;
    }
    showSendReport(report);
    const trouble = report.failed.length + report.uncertain.length + (report.serviceError ? 1 : 0);
    followUpStatus(
      report.dryRun
        ? 'Dry run: nothing was sent. The Log tab has the run.'
        : `Done: ${plural(report.sent, 'email')} sent. The Outbox and Log tabs have the details.`,
      trouble ? 'error' : 'info',
    );
  } catch (error) {
    followUpStatus(`Send failed: ${message(error)}. The Outbox shows what went out.`, 'error');
  } finally {
    followUpsBusy(false);
  }
}

/** Wires the Automation tab's controls. */
export function setUpAutomationPanel(): void {
  byId('automation-all-on').addEventListener('click', () => void onToggle('all', true));
  byId('followups-preview').addEventListener('click', () => void onPreview());
  byId('followups-check').addEventListener('click', () => void onCheck());
  byId('followups-test').addEventListener('click', () => void onTest());
  byId('followups-send').addEventListener('click', () => void onSend());
}

/** Reads the triggers each time the tab is shown. */
export function showAutomationPanel(): void {
  void loadTriggers();
}
