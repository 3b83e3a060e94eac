// A support or feedback form answer: logged as an Interaction, acknowledged, and an alert to the owner for an unhappy customer.
import { escapeHtml } from '../core/clean/escape-html';
import { neutralizeFormula } from '../core/clean/neutralize-formula';
import { normalizeEmail } from '../core/clean/normalize-email';
import { compileTemplate, mergeText } from '../core/follow-up/merge-fields';
import { readFormAnswer } from '../core/follow-up/read-form-answer';
import { oneLineSubject, renderEmail } from '../core/follow-up/render-email';
import { sendAddress } from '../core/follow-up/send-address';
import { readSettings } from '../core/model/read-settings';
import type { Header } from '../core/table/columns';
import { COLUMNS } from '../core/table/columns';
import { isValidDate } from '../core/table/is-valid-date';
import { cellOf, keyText } from '../core/table/sheet-table';
import { appendLog } from './log';
import type { Cell, Mailer, Ports } from './ports';
import { readTable } from './read-table';
import { TAB } from './tab-layouts';

/** What handling one answer did. */
export interface FormAnswerReport {
  customerId: string;
  email: string;
  nps: number | null;
  csat: number | null;
  acknowledged: boolean;
  alerted: boolean;
  /** What could not be done, in the owner's words (also in the Log). */
  problems: string[];
}

/** NPS detractors answer 0–6 (Reichheld 2003); CSAT 1–2 of 5 is dissatisfied. */
export function isUnhappy(nps: number | null, csat: number | null): boolean {
  return (nps !== null && nps <= 6) || (csat !== null && csat <= 2);
}

const LOCK_MS = 30_000;

/**
 * Handles one answer of the service form (the `namedValues` of its form-submit event), under the
 * document lock: appends an Interactions row (channel form, direction in) and, when it carries a
 * score, a Surveys row; emails the respondent Settings' acknowledgement; and for a detractor
 * (NPS 0–6) or CSAT ≤ 2 emails the owner the answer with the customer's history in one line.
 * Values written to the sheet are neutralised (an answer starting with "=" stays text). A mail
 * that fails is reported in the Log; the answer is logged whatever happens to the emails.
 */
export function handleServiceFormAnswer(
  ports: Ports,
  mailer: Mailer,
  namedValues: Readonly<Record<string, unknown>>,
): FormAnswerReport {
  const { workbook, clock } = ports;
  return ports.lock.withLock(LOCK_MS, () => {
    const now = clock.now();
    const timeZone = workbook.timeZone();
    const answer = readFormAnswer(namedValues);
    const { settings } = readSettings(workbook.readTab(TAB.settings));
    const customers = readTable(workbook, TAB.customers);
    const wanted = normalizeEmail(answer.email, { gmailDots: settings.gmailDots });
    const row = wanted
      ? customers.rows.find(
          (r) =>
            normalizeEmail(cellOf(customers, r, COLUMNS.customers.email), {
              gmailDots: settings.gmailDots,
            }) === wanted,
        )
      : undefined;
    const customerId = row ? keyText(cellOf(customers, row, COLUMNS.customers.customerId)) : '';
    const report: FormAnswerReport = {
      customerId,
      email: answer.email,
      nps: answer.nps,
      csat: answer.csat,
      acknowledged: false,
      alerted: false,
      problems: [],
    };
    const scores = [
      answer.nps === null ? '' : `NPS ${answer.nps}`,
      answer.csat === null ? '' : `CSAT ${answer.csat}`,
    ].filter(Boolean);
    const notes = [scores.join(', '), answer.message].filter(Boolean).join(': ');
    appendRow(TAB.interactions, {
      [COLUMNS.interactions.date]: now,
      [COLUMNS.interactions.customerId]: customerId,
      [COLUMNS.interactions.email]: answer.email,
      [COLUMNS.interactions.channel]: 'form',
      [COLUMNS.interactions.direction]: 'in',
      [COLUMNS.interactions.subject]: 'Service form answer',
      [COLUMNS.interactions.notes]: notes,
      [COLUMNS.interactions.source]: 'service form',
    });
    if (scores.length) {
      appendRow(TAB.surveys, {
        [COLUMNS.surveys.date]: now,
        [COLUMNS.surveys.email]: answer.email,
        [COLUMNS.surveys.nps]: answer.nps ?? '',
        [COLUMNS.surveys.csat]: answer.csat ?? '',
        [COLUMNS.surveys.comment]: answer.message,
      });
    }

    const to = sendAddress(answer.email);
    if (!to.ok) report.problems.push(`no acknowledgement: ${to.reason}`);
    else {
      const texts = { subject: settings.acknowledgementSubject, body: settings.acknowledgementBody };
      const format = (cell: Cell) => mergeText(cell, (d) => d.toISOString().slice(0, 10));
      const template = compileTemplate([texts.subject, texts.body], customers.header, format);
      const blankRow = customers.header.map(() => '' as Cell);
      const email = renderEmail(template, texts, row ?? blankRow, {
        senderName: settings.senderName,
        unsubscribeUrl: '',
      });
      report.acknowledged = send(mailer, report, 'acknowledgement', {
        to: to.address,
        subject: email.subject,
        textBody: email.textBody,
        htmlBody: email.htmlBody,
        senderName: settings.senderName,
        replyTo: settings.ownerEmail ?? '',
      });
    }

    if (isUnhappy(answer.nps, answer.csat)) {
      if (!settings.ownerEmail) report.problems.push('no alert: Settings has no Owner email');
      else {
        const who = row ? keyText(cellOf(customers, row, COLUMNS.customers.name)) : '';
        const line = `${who || answer.email || 'Someone'}${who ? ` <${answer.email}>` : ''} answered ${scores.join(', ')}${answer.message ? `: "${answer.message}"` : ''} — ${history(row, timeZone)}`;
        report.alerted = send(mailer, report, 'owner alert', {
          to: settings.ownerEmail,
          subject: oneLineSubject(`Unhappy customer: ${who || answer.email} (${scores.join(', ')})`),
          textBody: `${line}\n`,
          htmlBody: `<p style="font-family:sans-serif">${escapeHtml(line)}</p>`,
          senderName: 'Solo CRM',
          replyTo: answer.email && to.ok ? to.address : '',
        });
      }
    }
    appendLog(workbook, clock, {
      action: 'service form',
      result: report.problems.length ? 'partial' : 'ok',
      counts: { answers: 1, acknowledged: Number(report.acknowledged), alerts: Number(report.alerted) },
      details: [
        customerId ? `customer ${customerId}` : 'no customer with this email',
        ...report.problems,
      ].join('; '),
    });
    return report;

    function appendRow(tab: string, values: Partial<Record<Header, Cell>>): void {
      const header = workbook.readHeader(tab);
      if (header.length === 0) {
        report.problems.push(`the ${tab} tab is missing; run Set up`);
        return;
      }
      const byHeader = new Map(Object.entries(values));
      workbook.appendRows(tab, [
        header.map((h) => {
          const value = byHeader.get(String(h)) ?? '';
          return typeof value === 'string' ? (neutralizeFormula(value) as Cell) : value;
        }),
      ]);
    }

    /** "5 orders, revenue 420.00, last order 2024-05-02, predicted CLV 310.00, churn risk 40%, last contacted 2024-05-10". */
    function history(customer: Cell[] | undefined, zone: string): string {
      if (!customer) return 'not a customer in the sheet yet';
      const C = COLUMNS.customers;
      const at = (h: Header<'customers'>) => cellOf(customers, customer, h);
      const day = (cell: Cell) =>
        isValidDate(cell) ? cell.toLocaleDateString('en-CA', { timeZone: zone }) : keyText(cell) || 'never';
      const money = (cell: Cell) => (typeof cell === 'number' ? cell.toFixed(2) : keyText(cell) || '0.00');
      const churn = at(C.churnRisk);
      return [
        `${keyText(at(C.orders)) || '0'} orders`,
        `revenue ${money(at(C.revenue))}`,
        `last order ${day(at(C.lastOrder))}`,
        `predicted CLV ${money(at(C.predictedClv12m))}`,
        `churn risk ${typeof churn === 'number' ? `${Math.round(churn * 100)}%` : keyText(churn) || 'unknown'}`,
        `last contacted ${day(at(C.lastContacted))}`,
      ].join(', ');
    }
  });
}

/** Sends one email; a refusal becomes a problem of the report instead of losing the logged answer. */
function send(
  mailer: Mailer,
  report: FormAnswerReport,
  what: string,
  email: Parameters<Mailer['send']>[0],
): boolean {
  try {
    mailer.send(email);
    return true;
  } catch (error) {
    report.problems.push(`${what} not sent: ${(error as Error).message}`);
    return false;
  }
}
