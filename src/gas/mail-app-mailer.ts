// Apps Script adapter of the Mailer port: MailApp, the narrowest scope that sends (script.send_mail).
/// <reference types="google-apps-script" />
import type { Mailer, OutgoingEmail } from '../app/ports';

/**
 * Sends through MailApp.sendEmail(message), whose advanced parameters carry the plain-text body,
 * the HTML body, the sender name and the reply-to address
 * [developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)]. MailApp, unlike
 * GmailApp, needs no access to the owner's mailbox, so the add-on keeps its minimal scopes.
 */
export class MailAppMailer implements Mailer {
  send(email: OutgoingEmail): void {
    MailApp.sendEmail({
      to: email.to,
      subject: email.subject,
      body: email.textBody,
      htmlBody: email.htmlBody,
      name: email.senderName,
      replyTo: email.replyTo,
    });
  }

  remainingDailyQuota(): number {
    return MailApp.getRemainingDailyQuota();
  }
}
