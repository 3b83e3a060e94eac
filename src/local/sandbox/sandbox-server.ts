// The sandbox's HTTP server: the page, the sidebar and a JSON API over one SandboxWorkbook, on 127.0.0.1 only.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { MenuEntry } from '../emulator/ui-log';
import { changedAnything } from './changed-anything';
import { GOOGLE_SCRIPT_RUN } from './google-script-run';
import { refusal, TOKEN_HEADER } from './request-guard';
import type { SandboxWorkbook } from './sandbox-workbook';
import { rowWindow, sheetShape } from './sheet-window';
import { applyUserEdit } from './user-edit';

/** Largest request body: a CSV the sidebar imports travels in one. */
const MAX_BODY_BYTES = 50 * 1024 * 1024;
/** Most rows one request for a band of rows may ask. */
const MAX_WINDOW_ROWS = 1000;

/** No loads from anywhere but this server; the page and sidebar inline their scripts and styles. */
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; connect-src 'self'; form-action 'none'; base-uri 'none'";

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'content-security-policy': CONTENT_SECURITY_POLICY,
  });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json', JSON.stringify(value));
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'request too large');
    chunks.push(chunk as Buffer);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
    return value as Record<string, unknown>;
  } catch {
    throw new HttpError(400, 'the body must be a JSON object');
  }
}

/** The function names of a menu's items, submenus included. */
function menuFunctions(entries: readonly MenuEntry[]): Set<string> {
  const names = new Set<string>();
  for (const entry of entries) {
    if (entry.kind === 'item') names.add(entry.functionName);
    if (entry.kind === 'submenu') for (const name of menuFunctions(entry.entries)) names.add(name);
  }
  return names;
}

/** The sidebar as Google's host page serves it: google.script.run defined first, its calls posted here. */
function sidebarPage(sidebarHtml: string, token: string): string {
  const transport = `window.__crmCall = (name, json) => fetch('/api/script-run', {
    method: 'POST',
    headers: { 'content-type': 'application/json', '${TOKEN_HEADER}': ${JSON.stringify(token)} },
    body: JSON.stringify({ name, args: JSON.parse(json) }),
  }).then((r) => r.json()).then((reply) => {
    window.parent.postMessage({ kind: 'sandbox-changed', version: reply.version }, location.origin);
    return reply;
  });`;
  const script = `<script>${transport}${GOOGLE_SCRIPT_RUN}</script>`;
  return sidebarHtml.replace('<head>', () => `<head>${script}`);
}

/** What the server serves. */
export interface SandboxServerOptions {
  sandbox: SandboxWorkbook;
  /** The page (sandbox-page/, built), with `__SANDBOX_TOKEN__` where the token goes. */
  pageHtml: string;
  sidebarHtml: string;
  token: string;
  port: number;
}

/**
 * The server (not listening yet). Every request must come for 127.0.0.1:PORT or localhost:PORT with
 * no other Origin and carry the token (request-guard.ts), or it gets 403 and nothing runs.
 */
export function createSandboxServer(options: SandboxServerOptions): Server {
  const { sandbox, token } = options;
  let version = 0;
  const changedVersion = () => ++version;

  const routes: Record<string, (request: IncomingMessage, url: URL) => Promise<unknown>> = {
    'GET /api/workbook': () =>
      sandbox.read(() => {
        const menus = sandbox.environment.uiLog.ofKind('menu');
        const menu = menus[menus.length - 1];
        return {
          name: sandbox.workbook.name,
          timeZone: sandbox.workbook.timeZone,
          sheets: sandbox.workbook.sheets.map(sheetShape),
          activeSheetId: sandbox.workbook.activeSheetId ?? null,
          menu: menu ? { title: menu.title || 'Solo CRM', entries: menu.entries } : null,
          clock: sandbox.environment.now.toISOString(),
          version,
        };
      }),
    'GET /api/rows': (_request, url) =>
      sandbox.read(() => {
        const sheet = sandbox.workbook.sheets.find((s) => s.name === url.searchParams.get('sheet'));
        if (!sheet) throw new HttpError(404, 'no such tab');
        const from = Math.max(0, Number(url.searchParams.get('from')) || 0);
        const to = Math.min(from + MAX_WINDOW_ROWS, Number(url.searchParams.get('to')) || from);
        return rowWindow(sandbox.workbook, sheet, sandbox.formulas, from, to);
      }),
    'GET /api/charts': (_request, url) =>
      sandbox.read(() => {
        const sheet = sandbox.workbook.sheets.find((s) => s.name === url.searchParams.get('sheet'));
        if (!sheet) throw new HttpError(404, 'no such tab');
        return (sheet.charts ?? []).map((chart) => ({
          ...chart,
          data: chart.ranges.map((r) =>
            Array.from({ length: r.numRows }, (_, i) =>
              Array.from({ length: r.numColumns }, (_, j) => {
                const value = sandbox.formulas.value(sheet, r.row - 1 + i, r.column - 1 + j);
                return value instanceof Date ? value.toISOString() : value;
              }),
            ),
          ),
        }));
      }),
    'GET /api/outbox': () =>
      sandbox.read(() =>
        sandbox.outbox.map((m) => ({
          to: m.to,
          cc: m.cc,
          bcc: m.bcc,
          replyTo: m.replyTo,
          name: m.name,
          subject: m.subject,
          body: m.body,
          htmlBody: m.htmlBody,
          sentAt: m.sentAt.toISOString(),
        })),
      ),
    'POST /api/edit': async (request) => {
      const body = await readJson(request);
      await sandbox.change(() => {
        applyUserEdit(sandbox.workbook, {
          sheet: String(body.sheet),
          row: Number(body.row),
          column: Number(body.column),
          text: String(body.text ?? ''),
        });
        return { value: undefined, changed: true };
      });
      return { version: changedVersion() };
    },
    'POST /api/menu': async (request) => {
      const body = await readJson(request);
      const name = String(body.functionName);
      const menus = sandbox.environment.uiLog.ofKind('menu');
      if (!menuFunctions(menus[menus.length - 1]?.entries ?? []).has(name)) {
        throw new HttpError(400, `${name} is not an item of the menu`);
      }
      const answers = Array.isArray(body.answers)
        ? (body.answers as Array<{ button?: unknown; text?: unknown }>).map((a) => ({
            button: String(a.button),
            text: String(a.text ?? ''),
          }))
        : [];
      const { run, unanswered } = await sandbox.runWithAnswers(name, answers);
      if (unanswered) return { dialog: unanswered, version };
      return { shown: run.shown, error: run.result.error?.message ?? null, version: changedVersion() };
    },
    'POST /api/script-run': async (request) => {
      const body = await readJson(request);
      const run = await sandbox.run(String(body.name), Array.isArray(body.args) ? body.args : [], 'sidebar');
      const error = run.result.error;
      const now = changedAnything(run.result.execution) ? changedVersion() : version;
      return error
        ? { error: error.message, version: now }
        : { value: run.result.value ?? null, version: now };
    },
    'POST /api/clock': async (request) => {
      const body = await readJson(request);
      const days = Number(body.days);
      if (!(Number.isInteger(days) && days > 0 && days <= 366)) {
        throw new HttpError(400, 'days must be a whole number from 1 to 366');
      }
      const played = await sandbox.advanceClock(Math.ceil(days));
      return {
        from: played.from,
        until: played.until,
        runs: played.runs,
        sent: played.sent.length,
        version: changedVersion(),
      };
    },
  };

  return createServer((request, response) => {
    const refused = refusal(
      {
        host: request.headers.host,
        origin: request.headers.origin,
        url: request.url ?? '/',
        tokenHeader: request.headers[TOKEN_HEADER] as string | undefined,
      },
      options.port,
      token,
    );
    if (refused) {
      send(response, 403, 'text/plain', `Refused: ${refused}.`);
      request.resume();
      return;
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${options.port}`);
    if (request.method === 'GET' && url.pathname === '/') {
      send(response, 200, 'text/html', options.pageHtml.replaceAll('__SANDBOX_TOKEN__', token));
      return;
    }
    if (request.method === 'GET' && url.pathname === '/sidebar') {
      send(response, 200, 'text/html', sidebarPage(options.sidebarHtml, token));
      return;
    }
    const route = routes[`${request.method} ${url.pathname}`];
    if (!route) {
      sendJson(response, 404, { error: 'not found' });
      return;
    }
    route(request, url).then(
      (value) => sendJson(response, 200, value),
      (error: Error) =>
        sendJson(response, error instanceof HttpError ? error.status : 500, { error: error.message }),
    );
  });
}
