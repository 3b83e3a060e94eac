// The Apps Script services a follow-up run uses besides the ports: MailApp, the link signer, the unsubscribe queue and the web app's URL.
/// <reference types="google-apps-script" />
import type { SendServices } from '../app/send-follow-ups';
import { MailAppMailer } from './mail-app-mailer';
import { ScriptPropertiesSigner } from './script-properties-signer';
import { ScriptPropertiesUnsubscribeQueue } from './script-properties-unsubscribe-queue';

/**
 * The services over MailApp and the script's properties. The unsubscribe link needs the web app
 * deployed: ScriptApp.getService().getUrl() is null until it is
 * [developers.google.com/apps-script/reference/script/service#getUrl()], and no follow-up may go out
 * without a working link.
 * @throws {Error} when the web app is not deployed.
 */
export function followUpServices(): SendServices {
  const url = ScriptApp.getService().getUrl();
  if (!url) {
    throw new Error(
      'The unsubscribe web app is not deployed, so emails would have no working unsubscribe link: deploy it (npm run deploy, or Deploy > New deployment > Web app, execute as me, anyone) and try again.',
    );
  }
  return {
    mailer: new MailAppMailer(),
    signer: new ScriptPropertiesSigner(),
    queue: new ScriptPropertiesUnsubscribeQueue(),
    webAppUrl: url,
  };
}
