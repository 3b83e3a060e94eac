// "Send me a test": one rule step rendered for a customer of its audience and sent to the owner.
import { compileAudience } from '../core/follow-up/follow-up-audience';
import { keyText } from '../core/table/sheet-table';
import { type ComposeServices, emailComposer } from './compose-follow-up';
import type { Mailer, Ports, UnsubscribeQueue } from './ports';
import { readFollowUpContext } from './read-follow-up-input';

/** What the test sent. */
export interface TestEmailReport {
  to: string;
  subject: string;
  /** Whose data filled the fields. */
  customerId: string;
}

/**
 * Renders step `step` of rule `rule` for the first customer of its audience (the first customer at
 * all when the audience is empty) and sends it to Settings' Owner email with "[Test]" before the
 * subject, so the owner sees the email as a customer would. Writes nothing to the sheet.
 * @throws {Error} when the rule, the step or the Owner email is missing, or the template uses an unknown field.
 */
export function sendTestFollowUp(
  ports: Ports,
  services: ComposeServices & { mailer: Mailer; queue: UnsubscribeQueue },
  rule: string,
  step = 1,
): TestEmailReport {
  const now = ports.clock.now();
  const context = readFollowUpContext(ports.workbook, services.queue, now, 0);
  const owner = context.settings.ownerEmail;
  if (!owner) throw new Error('Settings has no Owner email to send the test to.');
  const sequence = context.sequences.find((s) => s.rule.toLowerCase() === rule.trim().toLowerCase());
  if (!sequence) throw new Error(`No active rule "${rule}" in Follow-ups.`);
  if (!sequence.steps.some((s) => s.step === step))
    throw new Error(`Rule "${sequence.rule}" has no active step ${step}.`);
  const { header, rows } = context.input.customers;
  if (rows.length === 0) throw new Error('The Customers tab has no customer to fill the fields with.');
  const audience = compileAudience(sequence.steps[0].audience, context.input.segments, header, {
    timeZone: context.input.timeZone,
    now,
  });
  let index = 'error' in audience ? -1 : rows.findIndex((row) => audience.matches(row));
  if (index < 0) index = 0;
  const idColumn = header.findIndex((h) => keyText(h).toLowerCase() === 'customer id');
  const customerId = keyText(rows[index][idColumn] ?? '') || 'TEST';
  const email = emailComposer(
    context,
    services,
  )({
    key: 'test',
    rule: sequence.rule,
    step,
    ruleRow: 0,
    // The footer's link names no real customer: the owner trying it must not unsubscribe one.
    customerId: 'TEST',
    email: owner,
    customerIndex: index,
    predictedClv: null,
    occurrence: 'test',
  });
  const subject = `[Test] ${email.subject}`;
  services.mailer.send({ ...email, subject });
  return { to: owner, subject, customerId };
}
