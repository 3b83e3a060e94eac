import { describe, expect, it } from 'vitest';
import { handleServiceFormAnswer } from '../../src/app/service-form-answer';
import { followUpWorld, putRows } from './follow-up-fixture';

function rowsOf(values: unknown[][]) {
  const [header, ...rows] = values as string[][];
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
}

describe('a service-form answer', () => {
  it('is logged, acknowledged, and alerts the owner of a detractor with the history in one line', () => {
    const w = followUpWorld();
    putRows(w.workbook, 'Customers', [
      {
        'Customer ID': 'C1',
        Name: 'Ana Silva',
        Email: 'ana@example.com',
        Consent: true,
        Orders: 5,
        Revenue: 420,
        'Last order': new Date(Date.UTC(2024, 4, 2)),
        'Predicted CLV 12m': 310,
        'Churn risk': 0.4,
      },
    ]);
    const report = handleServiceFormAnswer(w.ports, w.mailer, {
      Timestamp: ['6/3/2024 10:00:00'],
      'Email address': ['Ana@Example.com'],
      'How likely are you to recommend us to a friend?': ['3'],
      'What went wrong?': ['=HYPERLINK("x") late delivery'],
    });
    expect(report).toMatchObject({
      customerId: 'C1',
      nps: 3,
      csat: null,
      acknowledged: true,
      alerted: true,
      problems: [],
    });
    const [interaction] = rowsOf(w.workbook.values('Interactions'));
    expect(interaction).toMatchObject({
      'Customer ID': 'C1',
      Channel: 'form',
      Direction: 'in',
      Notes: 'NPS 3: What went wrong?: =HYPERLINK("x") late delivery',
      Source: 'service form',
    });
    expect(rowsOf(w.workbook.values('Surveys'))[0]).toMatchObject({ Email: 'Ana@Example.com', NPS: 3 });
    const [ack, alert] = w.mailer.sent;
    expect([ack.to, ack.subject, ack.replyTo]).toEqual([
      'Ana@Example.com',
      'We received your message',
      'owner@example.com',
    ]);
    expect(ack.textBody).toBe(
      'Hi Ana,\n\nThank you for writing to us. We read every message and will answer soon.\n',
    );
    expect(alert.to).toBe('owner@example.com');
    expect(alert.subject).toBe('Unhappy customer: Ana Silva (NPS 3)');
    expect(alert.textBody).toBe(
      'Ana Silva <Ana@Example.com> answered NPS 3: "What went wrong?: =HYPERLINK("x") late delivery" — 5 orders, revenue 420.00, last order 2024-05-02, predicted CLV 310.00, churn risk 40%, last contacted never\n',
    );
    expect(alert.htmlBody).toContain('&#34;What went wrong?: =HYPERLINK(&#34;x&#34;) late delivery&#34;');
  });

  it('sends no alert for a happy answer, and logs an answer whose acknowledgement fails', () => {
    const w = followUpWorld();
    w.mailer.refuse.set('ben@example.com', 'Invalid email: ben@example.com');
    const report = handleServiceFormAnswer(w.ports, w.mailer, {
      Email: ['ben@example.com'],
      'How satisfied are you?': ['5'],
      Message: ['All good'],
    });
    expect(report).toMatchObject({
      customerId: '',
      csat: 5,
      acknowledged: false,
      alerted: false,
      problems: ['acknowledgement not sent: Invalid email: ben@example.com'],
    });
    expect(w.mailer.sent).toHaveLength(0);
    expect(rowsOf(w.workbook.values('Interactions'))).toHaveLength(1);
    expect(w.workbook.values('Log').at(-1)?.slice(1, 3)).toEqual(['service form', 'partial']);
  });

  it('writes an answer that looks like a formula as text', () => {
    const w = followUpWorld();
    const report = handleServiceFormAnswer(w.ports, w.mailer, {
      Email: ['=IMPORTXML("http://x")'],
      Message: ['hi'],
    });
    expect(report.problems).toEqual([
      'no acknowledgement: "=IMPORTXML("http://x")" is not a valid email address',
    ]);
    expect(rowsOf(w.workbook.values('Interactions'))[0].Email).toBe(`'=IMPORTXML("http://x")`);
  });

  it('alerts for CSAT 2 of 5', () => {
    const w = followUpWorld();
    const report = handleServiceFormAnswer(w.ports, w.mailer, { Email: ['c@example.com'], CSAT: ['2'] });
    expect(report.alerted).toBe(true);
    expect(w.mailer.sent[1].subject).toBe('Unhappy customer: c@example.com (CSAT 2)');
    expect(w.mailer.sent[1].textBody).toContain('not a customer in the sheet yet');
  });
});
