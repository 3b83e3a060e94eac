// The web app's answer: plain text through ContentService, never an HtmlService page.
/// <reference types="google-apps-script" />

/**
 * A plain-text answer: a heading line, then paragraphs separated by blank lines. ContentService
 * text cannot run script in the visitor's browser, so the page has no google.script.run through
 * which a stranger could call the project's server functions with the owner's rights.
 */
export function textResponse(
  heading: string,
  paragraphs: readonly string[],
): GoogleAppsScript.Content.TextOutput {
  return ContentService.createTextOutput([heading, ...paragraphs].join('\n\n')).setMimeType(
    ContentService.MimeType.TEXT,
  );
}
