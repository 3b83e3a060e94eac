// Emulated HtmlService: HTML outputs and scriptlet templates over the project's HTML files.
import type { ServiceMeter } from './service-meter';

const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;
const SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;

type XFrameOptionsMode = GoogleAppsScript.HTML.XFrameOptionsMode;
type SandboxMode = GoogleAppsScript.HTML.SandboxMode;

/** The HtmlOutput subset the emulator hands out; setters return the output itself. */
export interface EmulatedHtmlOutput {
  getContent(): string;
  setContent(content: string): EmulatedHtmlOutput;
  append(addedContent: string): EmulatedHtmlOutput;
  appendUntrusted(addedContent: string): EmulatedHtmlOutput;
  clear(): EmulatedHtmlOutput;
  getTitle(): string;
  setTitle(title: string): EmulatedHtmlOutput;
  getWidth(): number;
  setWidth(width: number): EmulatedHtmlOutput;
  getHeight(): number;
  setHeight(height: number): EmulatedHtmlOutput;
  getFaviconUrl(): string;
  setFaviconUrl(iconUrl: string): EmulatedHtmlOutput;
  addMetaTag(name: string, content: string): EmulatedHtmlOutput;
  getMetaTags(): GoogleAppsScript.HTML.HtmlOutputMetaTag[];
  setXFrameOptionsMode(mode: XFrameOptionsMode): EmulatedHtmlOutput;
  setSandboxMode(mode: SandboxMode): EmulatedHtmlOutput;
  asTemplate(): EmulatedHtmlTemplate;
  /** Not in Apps Script's API: what setXFrameOptionsMode chose, for tests and the sandbox server. */
  readonly xFrameOptionsMode: XFrameOptionsMode;
  /** Not in Apps Script's API: what setSandboxMode chose. */
  readonly sandboxMode: SandboxMode;
}

/** A template: evaluate() runs its scriptlets; any other property is a variable visible to them. */
export interface EmulatedHtmlTemplate {
  evaluate(): EmulatedHtmlOutput;
  getCode(): string;
  getCodeWithComments(): string;
  getRawContent(): string;
  // biome-ignore lint/suspicious/noExplicitAny: template variables are whatever the script assigns.
  [propName: string]: any;
}

export type EmulatedHtmlService = {
  XFrameOptionsMode: typeof GoogleAppsScript.HTML.XFrameOptionsMode;
  SandboxMode: typeof GoogleAppsScript.HTML.SandboxMode;
  createHtmlOutput(html?: string): EmulatedHtmlOutput;
  createHtmlOutputFromFile(filename: string): EmulatedHtmlOutput;
  createTemplate(html: string): EmulatedHtmlTemplate;
  createTemplateFromFile(filename: string): EmulatedHtmlTemplate;
};

/** The project's HTML files by name without '.html' (e.g. 'Sidebar' → the text of dist/Sidebar.html). */
export class ProjectFiles {
  private readonly files: Map<string, string>;

  constructor(files: Map<string, string> | Record<string, string> = {}) {
    this.files = new Map(files instanceof Map ? files : Object.entries(files));
  }

  /** The file's text, looked up as Apps Script does: 'Sidebar' and 'Sidebar.html' name the same file. */
  get(name: string): string | undefined {
    const key = String(name);
    return this.files.get(key) ?? this.files.get(key.replace(/\.html$/, ''));
  }

  set(name: string, content: string): void {
    this.files.set(name.replace(/\.html$/, ''), content);
  }
}

function exception(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

/**
 * `target` with every method call metered as `service.method`; a method that returns `target` (the
 * chaining setters) returns the metered view instead, so a whole chain is counted.
 */
function metered<T extends object>(target: T, service: string, meter: ServiceMeter): T {
  const view: T = new Proxy(target, {
    get(object, key) {
      const value = Reflect.get(object, key);
      if (typeof value !== 'function' || typeof key !== 'string') return value;
      return (...args: unknown[]) => {
        meter.call(service, key);
        const result = value.apply(object, args);
        return result === object ? view : result;
      };
    },
  });
  return view;
}

/** The HTML escaping of printing scriptlets and appendUntrusted. */
function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function printable(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

type Segment = { kind: 'text' | 'code' | 'print' | 'raw'; text: string };

/** Splits a template into text and the three scriptlet kinds: <? code ?>, <?= escaped ?>, <?!= raw ?>. */
function parseTemplate(source: string): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf('<?', at);
    if (open === -1) {
      segments.push({ kind: 'text', text: source.slice(at) });
      break;
    }
    if (open > at) segments.push({ kind: 'text', text: source.slice(at, open) });
    const close = source.indexOf('?>', open + 2);
    if (close === -1) throw exception('Unterminated scriptlet: missing ?>');
    const inner = source.slice(open + 2, close);
    if (inner.startsWith('!=')) segments.push({ kind: 'raw', text: inner.slice(2) });
    else if (inner.startsWith('=')) segments.push({ kind: 'print', text: inner.slice(1) });
    else segments.push({ kind: 'code', text: inner });
    at = close + 2;
  }
  return segments;
}

/** The function body a template compiles to; the printing helpers and `output` are its parameters. */
function compileTemplate(source: string, withComments: boolean): string {
  const lines = parseTemplate(source).map((segment) => {
    const expression = segment.text.trim().replace(/;+\s*$/, '');
    switch (segment.kind) {
      case 'text':
        return `output.append(${JSON.stringify(segment.text)});`;
      case 'print':
        return `__print(${expression});${withComments ? ` // <?= ${expression} ?>` : ''}`;
      case 'raw':
        return `__raw(${expression});${withComments ? ` // <?!= ${expression} ?>` : ''}`;
      default:
        return withComments ? `/* <? */ ${segment.text} /* ?> */` : segment.text;
    }
  });
  return lines.join('\n');
}

function createOutput(initial: string, compile: (html: string) => EmulatedHtmlTemplate): EmulatedHtmlOutput {
  let content = initial;
  let title = '';
  let width = 0;
  let height = 0;
  let faviconUrl = '';
  const metaTags: GoogleAppsScript.HTML.HtmlOutputMetaTag[] = [];
  let xFrameOptionsMode: XFrameOptionsMode = XFrameOptionsMode.DEFAULT as unknown as XFrameOptionsMode;
  let sandboxMode: SandboxMode = SandboxMode.IFRAME as unknown as SandboxMode;
  const output: EmulatedHtmlOutput = {
    getContent: () => content,
    setContent(newContent) {
      content = String(newContent);
      return output;
    },
    append(added) {
      content += String(added);
      return output;
    },
    appendUntrusted(added) {
      content += escapeHtml(String(added));
      return output;
    },
    clear() {
      content = '';
      return output;
    },
    getTitle: () => title,
    setTitle(newTitle) {
      title = String(newTitle);
      return output;
    },
    getWidth: () => width,
    setWidth(newWidth) {
      width = Number(newWidth);
      return output;
    },
    getHeight: () => height,
    setHeight(newHeight) {
      height = Number(newHeight);
      return output;
    },
    getFaviconUrl: () => faviconUrl,
    setFaviconUrl(iconUrl) {
      faviconUrl = String(iconUrl);
      return output;
    },
    addMetaTag(name, metaContent) {
      metaTags.push({ getName: () => String(name), getContent: () => String(metaContent) });
      return output;
    },
    getMetaTags: () => [...metaTags],
    setXFrameOptionsMode(mode) {
      xFrameOptionsMode = mode;
      return output;
    },
    setSandboxMode(mode) {
      sandboxMode = mode;
      return output;
    },
    asTemplate: () => compile(content),
    get xFrameOptionsMode() {
      return xFrameOptionsMode;
    },
    get sandboxMode() {
      return sandboxMode;
    },
  };
  return output;
}

export interface HtmlServiceOptions {
  /**
   * Where scriptlets look up names that are not template variables: the script's global scope (the
   * runtime passes its vm context so `<?!= include('Style') ?>` finds the script's include function).
   */
  globals?: object;
}

/**
 * HtmlService over the project's HTML `files`. createHtmlOutputFromFile and createTemplateFromFile throw
 * "No HTML file named X was found." for a missing file. A template compiles to a function (new Function:
 * this is the Node side) whose variables are the template's own properties, then `options.globals`;
 * `<?= x ?>` prints x HTML-escaped, `<?!= x ?>` prints it as is, `<? code ?>` runs, and `output` is the
 * HtmlOutput being built.
 */
export function createHtmlService(
  files: ProjectFiles,
  meter: ServiceMeter,
  options: HtmlServiceOptions = {},
): EmulatedHtmlService {
  const globals = options.globals ?? {};
  const read = (filename: string): string => {
    const content = files.get(filename);
    if (content === undefined) throw exception(`No HTML file named ${filename} was found.`);
    return content;
  };
  const template = (source: string): EmulatedHtmlTemplate => {
    const code = compileTemplate(source, false);
    const self: EmulatedHtmlTemplate = {
      evaluate() {
        meter.call('HtmlTemplate', 'evaluate');
        const output = createOutput('', template);
        // Scriptlets write to the output unmetered: in Apps Script, evaluate() is the one call.
        // `with` needs sloppy mode, which Function bodies have unless they ask for strict mode.
        const run = new Function(
          '__scope',
          '__globals',
          '__print',
          '__raw',
          'output',
          `with (__globals) { with (__scope) {\n${code}\n} }`,
        );
        run(
          self,
          globals,
          (value: unknown) => output.append(escapeHtml(printable(value))),
          (value: unknown) => output.append(printable(value)),
          output,
        );
        return metered(output, 'HtmlOutput', meter);
      },
      getCode() {
        meter.call('HtmlTemplate', 'getCode');
        return code;
      },
      getCodeWithComments() {
        meter.call('HtmlTemplate', 'getCodeWithComments');
        return compileTemplate(source, true);
      },
      getRawContent() {
        meter.call('HtmlTemplate', 'getRawContent');
        return source;
      },
    };
    return self;
  };
  return {
    XFrameOptionsMode: XFrameOptionsMode as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode,
    SandboxMode: SandboxMode as unknown as typeof GoogleAppsScript.HTML.SandboxMode,
    createHtmlOutput(html = '') {
      meter.call('HtmlService', 'createHtmlOutput');
      return metered(createOutput(String(html), template), 'HtmlOutput', meter);
    },
    createHtmlOutputFromFile(filename) {
      meter.call('HtmlService', 'createHtmlOutputFromFile');
      return metered(createOutput(read(filename), template), 'HtmlOutput', meter);
    },
    createTemplate(html) {
      meter.call('HtmlService', 'createTemplate');
      return template(String(html));
    },
    createTemplateFromFile(filename) {
      meter.call('HtmlService', 'createTemplateFromFile');
      return template(read(filename));
    },
  };
}
