// The sandbox server's guard: Host, Origin and the per-run token.
import { describe, expect, it } from 'vitest';
import { refusal } from '../../../src/local/sandbox/request-guard';

const TOKEN = 'a'.repeat(48);
const ok = { host: '127.0.0.1:8610', origin: undefined, url: `/?token=${TOKEN}`, tokenHeader: undefined };

describe('refusal', () => {
  it('serves 127.0.0.1 and localhost on the port with the token in the query or the header', () => {
    expect(refusal(ok, 8610, TOKEN)).toBeNull();
    expect(refusal({ ...ok, host: 'localhost:8610' }, 8610, TOKEN)).toBeNull();
    expect(refusal({ ...ok, url: '/api/workbook', tokenHeader: TOKEN }, 8610, TOKEN)).toBeNull();
    expect(refusal({ ...ok, origin: 'http://127.0.0.1:8610' }, 8610, TOKEN)).toBeNull();
  });

  it('refuses another Host: a rebound DNS name, another port, none', () => {
    expect(refusal({ ...ok, host: 'evil.example:8610' }, 8610, TOKEN)).toBe('wrong Host header');
    expect(refusal({ ...ok, host: '127.0.0.1:8611' }, 8610, TOKEN)).toBe('wrong Host header');
    expect(refusal({ ...ok, host: undefined }, 8610, TOKEN)).toBe('wrong Host header');
  });

  it('refuses another Origin, even with the right Host and token', () => {
    expect(refusal({ ...ok, origin: 'http://evil.example' }, 8610, TOKEN)).toBe('wrong Origin header');
    expect(refusal({ ...ok, origin: 'null' }, 8610, TOKEN)).toBe('wrong Origin header');
    expect(refusal({ ...ok, origin: 'https://127.0.0.1:8610' }, 8610, TOKEN)).toBe('wrong Origin header');
  });

  it('refuses a missing, shorter or wrong token', () => {
    expect(refusal({ ...ok, url: '/' }, 8610, TOKEN)).toBe('missing or wrong token');
    expect(refusal({ ...ok, url: `/?token=${TOKEN.slice(1)}` }, 8610, TOKEN)).toBe('missing or wrong token');
    expect(refusal({ ...ok, url: '/', tokenHeader: 'b'.repeat(48) }, 8610, TOKEN)).toBe(
      'missing or wrong token',
    );
  });
});
