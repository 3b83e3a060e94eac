// A set-up workbook with follow-up rules, customers and orders written by header name, and a mailer in memory.
import type { Cell, Mailer, OutgoingEmail, Signer } from '../../src/app/ports';
import { setup } from '../../src/app/setup';
import { type MemoryWorkbook, memoryPorts } from './memory-ports';
import { MemoryUnsubscribeQueue } from './memory-unsubscribe-queue';

/** A mailer with a per-UTC-day recipient quota, recording what it sent and when. */
export class MemoryMailer implements Mailer {
  readonly sent: Array<OutgoingEmail & { at: Date }> = [];
  /** Throws this message on the next sends whose `to` matches. */
  refuse = new Map<string, string>();
  constructor(
    private readonly clock: { now(): Date },
    public dailyQuota = 100,
  ) {}
  send(email: OutgoingEmail): void {
    const refusal = this.refuse.get(email.to);
    if (refusal) throw new Error(refusal);
    if (this.remainingDailyQuota() <= 0)
      throw new Error('Service invoked too many times for one day: email.');
    this.sent.push({ ...email, at: this.clock.now() });
  }
  remainingDailyQuota(): number {
    const day = this.clock.now().toISOString().slice(0, 10);
    return this.dailyQuota - this.sent.filter((m) => m.at.toISOString().slice(0, 10) === day).length;
  }
}

/** A signer whose signature is readable, for asserting links. */
export const TEST_SIGNER: Signer = { sign: (message) => `sig-${message.replace(/[^A-Za-z0-9]/g, '')}` };
export const WEB_APP_URL = 'https://script.google.com/macros/s/test/exec';

/** Appends rows given as header → value objects under the tab's header. */
export function putRows(workbook: MemoryWorkbook, tab: string, rows: Array<Record<string, Cell>>): void {
  const header = workbook.tab(tab).rows[0].map(String);
  for (const row of rows) {
    for (const name of Object.keys(row)) {
      if (!header.includes(name)) throw new Error(`${tab} has no column "${name}"`);
    }
    workbook.tab(tab).rows.push(header.map((name) => row[name] ?? ''));
  }
}

/** Sets Settings values by Key. */
export function setSettings(workbook: MemoryWorkbook, values: Record<string, Cell>): void {
  const rows = workbook.tab('Settings').rows;
  for (const [key, value] of Object.entries(values)) {
    const row = rows.find((r) => r[0] === key);
    if (row) row[1] = value;
    else rows.push([key, value]);
  }
}

/** A rule row with sensible defaults: active, everyone, days after first order 0, Name merged. */
export function rule(values: Record<string, Cell>): Record<string, Cell> {
  return {
    Rule: 'welcome',
    Active: true,
    Audience: 'All',
    Trigger: 'days_after_first_order',
    Value: 0,
    Subject: 'Welcome, {{First name|friend}}',
    Body: 'Hi {{First name|there}},\n\nThanks for your order.',
    ...values,
  };
}

/** Memory ports on a set-up workbook in UTC (Dry run off, owner set), with mailer and services. */
export function followUpWorld(start = Date.UTC(2024, 5, 3, 10), quota = 100) {
  const world = memoryPorts(start);
  setup(world.ports);
  setSettings(world.workbook, {
    'Dry run': false,
    'Owner email': 'owner@example.com',
    'Sender name': 'Lumen Shop',
  });
  const mailer = new MemoryMailer(world.clock, quota);
  const queue = new MemoryUnsubscribeQueue();
  const services = { mailer, queue, signer: TEST_SIGNER, webAppUrl: WEB_APP_URL };
  return { ...world, mailer, queue, services };
}

/** Outbox rows as header → value objects. */
export function outboxRows(workbook: MemoryWorkbook): Array<Record<string, Cell>> {
  const [header, ...rows] = workbook.values('Outbox');
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? ''])));
}
