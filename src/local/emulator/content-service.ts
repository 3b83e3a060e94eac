// Emulated ContentService: the text outputs a web app may answer with (plain text, JSON, CSV…).
import type { ServiceMeter } from './service-meter';

/** ContentService.MimeType [developers.google.com/apps-script/reference/content/mime-type]. */
const MimeType = {
  ATOM: 'ATOM',
  CSV: 'CSV',
  ICAL: 'ICAL',
  JAVASCRIPT: 'JAVASCRIPT',
  JSON: 'JSON',
  RSS: 'RSS',
  TEXT: 'TEXT',
  VCARD: 'VCARD',
  XML: 'XML',
} as const;

/** A ContentService.MimeType value (its name, e.g. 'TEXT'). */
export type EmulatedMimeType = GoogleAppsScript.Content.MimeType;

/** The TextOutput a web app returns; setters return the output itself. */
export interface EmulatedTextOutput {
  getContent(): string;
  setContent(content: string): EmulatedTextOutput;
  append(addedContent: string): EmulatedTextOutput;
  clear(): EmulatedTextOutput;
  getMimeType(): EmulatedMimeType;
  setMimeType(mimeType: EmulatedMimeType): EmulatedTextOutput;
  getFileName(): string | null;
  downloadAsFile(filename: string): EmulatedTextOutput;
}

export type EmulatedContentService = {
  MimeType: typeof GoogleAppsScript.Content.MimeType;
  createTextOutput(content?: string): EmulatedTextOutput;
};

function exception(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

/**
 * ContentService of one execution. A TextOutput is served as its MIME type (TEXT, plain text,
 * unless set) and, unlike an HtmlService page, carries no script to the browser. setMimeType
 * refuses a value that is not a ContentService.MimeType, as Apps Script does.
 */
export function createContentService(meter: ServiceMeter): EmulatedContentService {
  const known = new Set<string>(Object.values(MimeType));
  const output = (initial: string): EmulatedTextOutput => {
    let content = initial;
    let mimeType = MimeType.TEXT as unknown as EmulatedMimeType;
    let fileName: string | null = null;
    const self: EmulatedTextOutput = {
      getContent() {
        meter.call('TextOutput', 'getContent');
        return content;
      },
      setContent(value) {
        meter.call('TextOutput', 'setContent');
        content = String(value);
        return self;
      },
      append(value) {
        meter.call('TextOutput', 'append');
        content += String(value);
        return self;
      },
      clear() {
        meter.call('TextOutput', 'clear');
        content = '';
        return self;
      },
      getMimeType() {
        meter.call('TextOutput', 'getMimeType');
        return mimeType;
      },
      setMimeType(value) {
        meter.call('TextOutput', 'setMimeType');
        if (!known.has(String(value))) throw exception(`Invalid argument: mimeType`);
        mimeType = value;
        return self;
      },
      getFileName() {
        meter.call('TextOutput', 'getFileName');
        return fileName;
      },
      downloadAsFile(name) {
        meter.call('TextOutput', 'downloadAsFile');
        fileName = String(name);
        return self;
      },
    };
    return self;
  };
  return {
    MimeType: MimeType as unknown as typeof GoogleAppsScript.Content.MimeType,
    createTextOutput(content = '') {
      meter.call('ContentService', 'createTextOutput');
      return output(String(content));
    },
  };
}
