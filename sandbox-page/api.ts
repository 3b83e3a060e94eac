// The page's calls to the sandbox server: JSON, with this run's token in a header.
import type { RowWindow, SheetShape } from '../src/local/sandbox/sheet-window';

export type { RowWindow, SheetShape };

const TOKEN = document.querySelector<HTMLMetaElement>('meta[name="sandbox-token"]')?.content ?? '';

/** The token, for addresses the page opens itself (the sidebar's frame). */
export function token(): string {
  return TOKEN;
}

/** Calls the server; rejects with its error message. */
export async function api<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', 'x-sandbox-token': TOKEN },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const value = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(value.error ?? `HTTP ${response.status}`);
  return value;
}

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; entries: MenuEntry[] };

export interface WorkbookInfo {
  name: string;
  sheets: SheetShape[];
  menu: { title: string; entries: MenuEntry[] } | null;
  clock: string;
  version: number;
}

export interface Dialog {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';
}

export type Shown =
  | { kind: 'toast'; title: string; message: string; timeoutSeconds: number | null }
  | { kind: 'sidebar'; title: string }
  | { kind: 'modal-dialog' | 'modeless-dialog'; title: string; html: string }
  | { kind: 'alert' | 'prompt' | 'menu'; title: string };

export interface SentEmail {
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo: string | null;
  name: string | null;
  subject: string;
  body: string;
  htmlBody: string | null;
  sentAt: string;
}
