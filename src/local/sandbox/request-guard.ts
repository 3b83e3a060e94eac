// Which requests the sandbox server refuses: another Host or Origin (DNS rebinding), or no per-run token.
import { timingSafeEqual } from 'node:crypto';

/** What the guard reads of a request. */
export interface GuardedRequest {
  host: string | undefined;
  origin: string | undefined;
  /** The request's path and query, as the request line gives it. */
  url: string;
  /** The X-Sandbox-Token header, when sent. */
  tokenHeader: string | undefined;
}

/** The header a script of the page sends the token in. */
export const TOKEN_HEADER = 'x-sandbox-token';

function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Why the server refuses `request`, or null when it may be served. A page of another site reaching
 * 127.0.0.1 through a rebound DNS name sends its own Host; a cross-site form or fetch sends its own
 * Origin; neither knows the token, which every request must carry (?token= or the header).
 */
export function refusal(request: GuardedRequest, port: number, token: string): string | null {
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!request.host || !allowed.includes(request.host.toLowerCase())) return 'wrong Host header';
  if (
    request.origin !== undefined &&
    !allowed.map((h) => `http://${h}`).includes(request.origin.toLowerCase())
  ) {
    return 'wrong Origin header';
  }
  const query = new URL(request.url, 'http://sandbox.invalid').searchParams.get('token');
  if (!sameToken(request.tokenHeader, token) && !sameToken(query, token)) return 'missing or wrong token';
  return null;
}
