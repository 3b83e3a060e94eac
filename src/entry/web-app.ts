// The web app: doGet serves the unsubscribe links of follow-up emails (signed, see app/unsubscribe).
import { type UnsubscribeResult, unsubscribe } from '../app/unsubscribe';
import { gasPorts } from '../gas/gas-ports';
import { ScriptPropertiesSigner } from '../gas/script-properties-signer';
import { webPage } from '../gas/web-page';
import { globalFunction } from './entry-point';

/** What the reader of an unsubscribe link is told, by outcome. */
function pageText(result: UnsubscribeResult): [string, string[]] {
  const from = result.senderName ? ` from ${result.senderName}` : '';
  switch (result.outcome) {
    case 'unsubscribed':
      return ['You are unsubscribed', [`You will get no more emails${from}.`]];
    case 'already':
      return ['You are unsubscribed', [`You had already unsubscribed; you will get no more emails${from}.`]];
    case 'unknown':
      return ['You are not on the list', [`There is nothing to unsubscribe: you will get no emails${from}.`]];
    default:
      return [
        'This link is not valid',
        [
          'Open the unsubscribe link exactly as it is in the email, or reply to the email and ask to be removed.',
        ],
      ];
  }
}

export const webAppEntryPoints = {
  doGet: globalFunction(
    'web-app',
    'Unsubscribe links: checks the signed token and sets the customer’s Unsubscribed at.',
    ['e'],
    (e?: { parameter?: Record<string, string> }) => {
      const parameter = e?.parameter ?? {};
      try {
        const result = unsubscribe(gasPorts(), new ScriptPropertiesSigner(), parameter.c, parameter.t);
        const [heading, paragraphs] = pageText(result);
        return webPage(heading, paragraphs);
      } catch (error) {
        console.error(`doGet: ${(error as Error).message}`);
        return webPage('Not recorded yet', [
          'Your request could not be recorded just now. Please open the link again later, or reply to the email.',
        ]);
      }
    },
  ),
};
