// textResponse: the web app's plain-text answer through the emulated ContentService.
import { describe, expect, it } from 'vitest';
import { textResponse } from '../../src/gas/text-response';
import { environment, inExecution } from './gas-globals';

describe('textResponse', () => {
  it('is plain text: the heading, then each paragraph after a blank line', () => {
    const execution = inExecution(
      environment(),
      () => {
        const output = textResponse('You are unsubscribed', ['You will get no more emails.', 'Thank you.']);
        expect(output.getContent()).toBe(
          'You are unsubscribed\n\nYou will get no more emails.\n\nThank you.',
        );
        // ContentService.MimeType.TEXT [developers.google.com/apps-script/reference/content/mime-type].
        expect(String(output.getMimeType())).toBe('TEXT');
        expect(output.getFileName()).toBeNull();
      },
      'web-app',
    );
    expect(execution.count('ContentService.createTextOutput')).toBe(1);
    expect(execution.count('TextOutput.setMimeType')).toBe(1);
    // Never an HtmlService page, which could carry google.script.run to the visitor.
    expect(execution.count('HtmlService')).toBe(0);
  });

  it('is the heading alone when there are no paragraphs', () => {
    inExecution(
      environment(),
      () => {
        expect(textResponse('Link expired', []).getContent()).toBe('Link expired');
      },
      'web-app',
    );
  });

  it('keeps markup as text, and paragraphs as given (an empty one still takes its blank line)', () => {
    inExecution(
      environment(),
      () => {
        expect(textResponse('<b>Done</b>', ['', '<script>alert(1)</script>']).getContent()).toBe(
          '<b>Done</b>\n\n\n\n<script>alert(1)</script>',
        );
      },
      'web-app',
    );
  });
});
