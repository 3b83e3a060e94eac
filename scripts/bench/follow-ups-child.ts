// Child process of the follow-ups benchmark: plans 50,000 customers against 10 rules, then sends
// 1,500 Workspace emails across as many trigger executions as it takes, through the bundle.
// Prints one JSON line of measurements.
import { performance } from 'node:perf_hooks';
import type { FollowUpPreviewSummary } from '../../src/app/preview-follow-ups';
import { seededRandom } from '../../src/core/models/seeded-random';
import { ensureBundle } from '../../src/local/cli/bundle-session';
import { EmulatorEnvironment } from '../../src/local/emulator/emulator-environment';
import { type CellValue, emptyWorkbook, type WorkbookData } from '../../src/local/emulator/workbook-data';
import { appendRecords, setSettingValue } from '../../src/local/emulator/workbook-records';
import { LocalRuntime } from '../../src/local/runtime/local-runtime';

/** What the child reports. */
export interface FollowUpBenchReport {
  planning: {
    customers: number;
    rules: number;
    planned: number;
    skipped: number;
    getValues: number;
    calls: number;
    virtualMs: number;
    nodeMs: number;
  };
  sending: {
    due: number;
    executions: number;
    sentPerExecution: number[];
    longestVirtualMs: number;
    sent: number;
    distinctRecipients: number;
    nodeMs: number;
  };
  maxRssMb: number;
}

const DAY = 86_400_000;
/** A Tuesday, 10:00 UTC: inside the default send hours. */
const NOW = Date.UTC(2024, 5, 4, 10);
/** Workspace accounts may send to 1,500 recipients a day [developers.google.com/apps-script/guides/services/quotas]. */
const WORKSPACE_QUOTA = 1_500;

const RULES: Array<Record<string, CellValue>> = [
  { Rule: 'welcome', Trigger: 'days_after_first_order', Value: 0, Audience: 'All' },
  { Rule: 'thanks-vip', Trigger: 'days_after_last_order', Value: 1, Audience: 'Tags CONTAINS vip' },
  { Rule: 'review-ask', Trigger: 'days_after_last_order', Value: 7, Audience: 'All' },
  { Rule: 'winback', Trigger: 'days_since_last_contact', Value: 90, Audience: 'Orders >= 2' },
  { Rule: 'churn-save', Trigger: 'churn_risk_above', Value: 0.7, Audience: 'All' },
  { Rule: 'big-spender', Trigger: 'clv_above', Value: 400, Audience: 'All' },
  { Rule: 'detractor', Trigger: 'nps_detractor', Value: 6, Audience: 'All' },
  { Rule: 'new-vip', Trigger: 'new_segment_member', Value: 0, Audience: 'Tags CONTAINS vip' },
  { Rule: 'second-order', Trigger: 'days_after_first_order', Value: 14, Audience: 'Orders = 1' },
  { Rule: 'anniversary', Trigger: 'days_after_first_order', Value: 365, Audience: 'All' },
];

function tab(workbook: WorkbookData, name: string) {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet;
}

/** A set-up workbook in an environment with the bundle loaded. */
function world(quota: number) {
  const workbook = emptyWorkbook('Bench');
  const environment = new EmulatorEnvironment({
    workbook,
    now: new Date(NOW),
    config: { mailDailyQuota: quota },
  });
  const runtime = LocalRuntime.fromFile(
    ensureBundle(() => {}),
    environment,
  );
  const setup = runtime.run('setUpWorkbook', [], { kind: 'sidebar' });
  if (setup.error) throw setup.error;
  setSettingValue(workbook, 'Dry run', false);
  setSettingValue(workbook, 'Owner email', 'owner@example.com');
  setSettingValue(workbook, 'Min days between', 0);
  return { workbook, environment, runtime };
}

/**
 * `count` customers (9 in 10 consenting) with orders, CLV, churn risk, tags and a few surveys, seeded;
 * with `orderedToday`, each has one order, placed an hour ago.
 */
function customers(workbook: WorkbookData, count: number, orderedToday: boolean): void {
  const random = seededRandom(11);
  const rows: Array<Record<string, CellValue>> = [];
  const orders: Array<Record<string, CellValue>> = [];
  const surveys: Array<Record<string, CellValue>> = [];
  for (let c = 0; c < count; c++) {
    const id = `C${String(c + 1).padStart(6, '0')}`;
    const email = `customer${c + 1}@example.com`;
    const n = orderedToday ? 1 : 1 + Math.floor(random() * 4);
    rows.push({
      'Customer ID': id,
      Name: `Customer ${c + 1}`,
      Email: email,
      Consent: random() < 0.9,
      Tags: random() < 0.1 ? 'vip' : '',
      Orders: n,
      'Predicted CLV 12m': Math.round(random() * 60000) / 100,
      'Churn risk': random(),
    });
    for (let k = 0; k < n; k++) {
      const daysAgo = orderedToday && k === 0 ? 0 : Math.floor(random() * 400);
      orders.push({
        'Order ID': `O${c}-${k}`,
        'Customer ID': id,
        Date: new Date(NOW - daysAgo * DAY - 3_600_000),
        Amount: 20 + Math.round(random() * 8000) / 100,
        Channel: 'shop',
        Status: 'paid',
      });
    }
    if (random() < 0.05)
      surveys.push({ Date: new Date(NOW - 2 * DAY), Email: email, NPS: Math.floor(random() * 11) });
  }
  appendRecords(workbook, 'Customers', rows);
  appendRecords(workbook, 'Orders', orders);
  appendRecords(workbook, 'Surveys', surveys);
}

function planning() {
  const { workbook, runtime } = world(WORKSPACE_QUOTA);
  appendRecords(
    workbook,
    'Follow-ups',
    RULES.map((r) => ({
      Active: true,
      Subject: 'Hi {{First name|there}}',
      Body: 'Hello {{Name}}, {{Recommended|}}',
      ...r,
    })),
  );
  customers(workbook, 50_000, false);
  const started = performance.now();
  const result = runtime.run('previewFollowUps', [new Date(NOW).toISOString()], { kind: 'sidebar' });
  const nodeMs = performance.now() - started;
  if (result.error) throw result.error;
  const preview = result.value as FollowUpPreviewSummary;
  return {
    customers: 50_000,
    rules: RULES.length,
    planned: preview.planned.length,
    skipped: preview.skippedCount,
    getValues: result.execution.count('Range.getValues'),
    calls: result.execution.totalCalls,
    virtualMs: result.execution.elapsedMs,
    nodeMs,
  };
}

function sending() {
  const { workbook, environment, runtime } = world(WORKSPACE_QUOTA);
  appendRecords(workbook, 'Follow-ups', [
    {
      Rule: 'welcome',
      Active: true,
      Audience: 'All',
      Trigger: 'days_after_first_order',
      Value: 0,
      Subject: 'Welcome, {{First name|friend}}',
      Body: 'Hi {{First name|there}},\n\nThank you for your first order.',
    },
  ]);
  const due = WORKSPACE_QUOTA;
  customers(workbook, due, true);
  for (const row of tab(workbook, 'Customers').values.slice(1)) row[7] = true; // Consent: all of them
  const sentPerExecution: number[] = [];
  let longestVirtualMs = 0;
  const started = performance.now();
  for (let execution = 0; execution < 50; execution++) {
    const before = environment.mailbox.sent.length;
    const result = runtime.run('onFollowUpsTimer', [{}], { kind: 'trigger' });
    if (result.error) throw result.error;
    longestVirtualMs = Math.max(longestVirtualMs, result.execution.elapsedMs);
    const sent = environment.mailbox.sent.length - before;
    if (sent === 0) break;
    sentPerExecution.push(sent);
    // The next hourly trigger.
    environment.now = new Date(environment.now.getTime() + 60_000);
  }
  const recipients = environment.mailbox.sent.map((m) => m.to[0]);
  return {
    due,
    executions: sentPerExecution.length,
    sentPerExecution,
    longestVirtualMs,
    sent: recipients.length,
    distinctRecipients: new Set(recipients).size,
    nodeMs: performance.now() - started,
  };
}

const report: FollowUpBenchReport = { planning: planning(), sending: sending(), maxRssMb: 0 };
report.maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify(report)}\n`);
