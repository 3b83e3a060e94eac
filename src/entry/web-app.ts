// The web app: doGet answers the unsubscribe links of follow-up emails (signed, see app/unsubscribe).
import { recordUnsubscribe, type UnsubscribeResult } from '../app/unsubscribe';
import { ScriptPropertiesSigner } from '../gas/script-properties-signer';
import { ScriptPropertiesUnsubscribeQueue } from '../gas/script-properties-unsubscribe-queue';
import { SystemClock } from '../gas/system-clock';
import { textResponse } from '../gas/text-response';
import { globalFunction } from './entry-point';

/** What the reader of an unsubscribe link is told, by outcome. */
function answer(result: UnsubscribeResult): [string, string[]] {
  switch (result.outcome) {
    case 'unsubscribed':
      return ['You are unsubscribed.', ['You will get no more emails from us.']];
    case 'already':
      return [
        'You are unsubscribed.',
        ['You had already unsubscribed; you will get no more emails from us.'],
      ];
    default:
      return [
        'This link is not valid.',
        [
          'Open the unsubscribe link exactly as it is in the email, or reply to the email and ask to be removed.',
        ],
      ];
  }
}

/**
 * The web app runs as the owner for anyone without sign-in, so it serves no HtmlService page (any
 * such page could call every public server function through google.script.run) and touches no
 * spreadsheet (a web app has none): it checks the token, queues the unsubscribe in the script's
 * properties and answers in plain text. Bound executions write the queue to Customers.
 */
export const webAppEntryPoints = {
  doGet: globalFunction(
    'web-app',
    'Unsubscribe links: checks the signed token and records the unsubscribe.',
    ['e'],
    (e?: { parameter?: Record<string, string> }) => {
      const parameter = e?.parameter ?? {};
      try {
        const result = recordUnsubscribe(
          new ScriptPropertiesUnsubscribeQueue(),
          new ScriptPropertiesSigner(),
          new SystemClock(),
          parameter.c,
          parameter.t,
        );
        return textResponse(...answer(result));
      } catch (error) {
        console.error(`doGet: ${(error as Error).message}`);
        return textResponse('Not recorded yet.', [
          'Your request could not be recorded just now. Please open the link again later, or reply to the email.',
        ]);
      }
    },
  ),
};
