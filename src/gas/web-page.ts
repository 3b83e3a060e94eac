// A small HTML page for the web app (the unsubscribe link), every text escaped.
/// <reference types="google-apps-script" />
import { escapeHtml } from './ui';

/** A page with a heading and paragraphs of plain text, readable on a phone. */
export function webPage(heading: string, paragraphs: readonly string[]): GoogleAppsScript.HTML.HtmlOutput {
  const body = [`<h1>${escapeHtml(heading)}</h1>`, ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`)].join(
    '',
  );
  return HtmlService.createHtmlOutput(
    '<!DOCTYPE html><html><head><meta charset="utf-8">' +
      '<style>body{font:16px/1.5 Arial,sans-serif;max-width:32em;margin:3em auto;padding:0 1em;color:#202124}</style>' +
      `</head><body>${body}</body></html>`,
  )
    .setTitle(heading)
    .addMetaTag('viewport', 'width=device-width, initial-scale=1');
}
