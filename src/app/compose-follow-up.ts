// A planned follow-up turned into the email the mailer sends: the rule's template filled for the customer.
import type { FollowUpSequence, FollowUpStep } from '../core/follow-up/follow-up-rules';
import { type CompiledTemplate, compileTemplate } from '../core/follow-up/merge-fields';
import type { PlannedEmail } from '../core/follow-up/plan-follow-ups';
import { oneLineSubject, renderEmail } from '../core/follow-up/render-email';
import type { OutgoingEmail, Signer } from './ports';
import type { FollowUpContext } from './read-follow-up-input';
import { unsubscribeLink } from './unsubscribe';

/** What composing needs besides the run's context: the link signer and where the web app answers. */
export interface ComposeServices {
  signer: Signer;
  webAppUrl: string;
}

/** Composes the emails of one run: the whole email, or its subject alone (no link to sign). */
export interface EmailComposer {
  (planned: PlannedEmail): OutgoingEmail;
  subject(planned: PlannedEmail): string;
}

/** Composes the emails of one run; each step's template is compiled once, however many customers it reaches. */
export function emailComposer(context: FollowUpContext, services: ComposeServices): EmailComposer {
  const templates = new Map<FollowUpStep, CompiledTemplate>();
  const stepOf = (planned: PlannedEmail): FollowUpStep => {
    const sequence = context.sequences.find(
      (s: FollowUpSequence) => s.rule.toLowerCase() === planned.rule.toLowerCase(),
    );
    const step = sequence?.steps.find((s) => s.step === planned.step);
    if (!step) throw new Error(`rule "${planned.rule}" has no step ${planned.step} any more`);
    return step;
  };
  const templateOf = (step: FollowUpStep): CompiledTemplate => {
    let template = templates.get(step);
    if (!template) {
      template = compileTemplate([step.subject, step.body], context.customers.header, context.input.format);
      templates.set(step, template);
    }
    return template;
  };
  const compose = (planned: PlannedEmail): OutgoingEmail => {
    const step = stepOf(planned);
    const template = templateOf(step);
    const rendered = renderEmail(template, step, context.customers.rows[planned.customerIndex], {
      senderName: context.settings.senderName,
      unsubscribeUrl: unsubscribeLink(services.webAppUrl, planned.customerId, services.signer),
    });
    return {
      to: planned.email,
      subject: rendered.subject,
      textBody: rendered.textBody,
      htmlBody: rendered.htmlBody,
      senderName: context.settings.senderName,
      replyTo: context.settings.ownerEmail ?? '',
    };
  };
  // The subject needs no unsubscribe link, whose signature costs a service call per customer.
  compose.subject = (planned: PlannedEmail): string => {
    const step = stepOf(planned);
    const row = context.customers.rows[planned.customerIndex];
    return oneLineSubject(templateOf(step).fill(step.subject, row, (value) => value));
  };
  return compose;
}
