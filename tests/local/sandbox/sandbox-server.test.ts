// The sandbox server over HTTP: what it refuses, and edits saved to the .xlsx through the store's lock, one at a time.
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle } from '../../../src/local/cli/bundle-session';
import { emptyWorkbook } from '../../../src/local/emulator/workbook-data';
import { type RunningSandbox, startSandbox } from '../../../src/local/sandbox/start-sandbox';
import { readWorkbook } from '../../../src/local/store/read-workbook';
import { lockWorkbook } from '../../../src/local/store/workbook-lock';
import { writeWorkbook } from '../../../src/local/store/write-workbook';

let running: RunningSandbox;
let path: string;

/** One request with exactly the given headers (Host included), as a browser or an attacker sends it. */
function send(
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: running.port, method, path: url, headers, setHost: false },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

const host = () => `127.0.0.1:${running.port}`;
const withToken = () => ({
  host: host(),
  'x-sandbox-token': running.token,
  'content-type': 'application/json',
});

beforeAll(async () => {
  path = join(mkdtempSync(join(tmpdir(), 'crm-sandbox-server-')), 'shop.xlsx');
  await writeWorkbook(path, emptyWorkbook('Shop', 'Europe/Berlin'));
  running = await startSandbox({ path, bundlePath: ensureBundle(() => {}), port: 0 });
});

afterAll(async () => {
  await running?.close();
});

describe('the sandbox server', () => {
  it('serves the page with the token in the URL it printed, on 127.0.0.1 or localhost', async () => {
    expect(running.url).toBe(`http://127.0.0.1:${running.port}/?token=${running.token}`);
    const page = await send('GET', `/?token=${running.token}`, { host: host() });
    expect(page.status).toBe(200);
    expect(page.text).toContain(`content="${running.token}"`);
    const local = await send('GET', `/?token=${running.token}`, { host: `localhost:${running.port}` });
    expect(local.status).toBe(200);
  });

  it('refuses a request without the token, with another Host or with another Origin, and runs nothing', async () => {
    const edit = { sheet: 'Sheet1', row: 0, column: 0, text: 'hacked' };
    const missing = await send(
      'POST',
      '/api/edit',
      { host: host(), 'content-type': 'application/json' },
      edit,
    );
    expect(missing).toEqual({ status: 403, text: 'Refused: missing or wrong token.' });
    const rebound = await send(
      'POST',
      '/api/edit',
      { ...withToken(), host: `evil.example:${running.port}` },
      edit,
    );
    expect(rebound).toEqual({ status: 403, text: 'Refused: wrong Host header.' });
    const crossSite = await send(
      'POST',
      '/api/edit',
      { ...withToken(), origin: 'http://evil.example' },
      edit,
    );
    expect(crossSite).toEqual({ status: 403, text: 'Refused: wrong Origin header.' });
    expect((await send('GET', '/', { host: host() })).status).toBe(403);
    expect((await readWorkbook(path)).sheets[0].values[0]?.[0] ?? '').toBe('');
  });

  it('runs only the items of the menu onOpen built', async () => {
    const reply = await send('POST', '/api/menu', withToken(), { functionName: 'refreshNow', answers: [] });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.text).error).toBe('refreshNow is not an item of the menu');
  });

  it('saves twenty concurrent edits to the file, every one of them, read as Sheets reads typed text', async () => {
    const edits = Array.from({ length: 20 }, (_, i) =>
      send('POST', '/api/edit', withToken(), { sheet: 'Sheet1', row: i, column: 1, text: `${i + 1}%` }),
    );
    const replies = await Promise.all(edits);
    expect(replies.every((r) => r.status === 200)).toBe(true);
    const sheet = (await readWorkbook(path)).sheets[0];
    expect(Array.from({ length: 20 }, (_, i) => sheet.values[i][1])).toEqual(
      Array.from({ length: 20 }, (_, i) => (i + 1) / 100),
    );
    expect(sheet.numberFormats.get('0:1')).toMatch(/%/);
  });

  it('waits for another command holding the workbook lock before it writes', async () => {
    const lock = await lockWorkbook(path);
    let answered = false;
    const edit = send('POST', '/api/edit', withToken(), {
      sheet: 'Sheet1',
      row: 0,
      column: 2,
      text: '=1+1',
    }).then((reply) => {
      answered = true;
      return reply;
    });
    // The page is served outside the queue: once it comes back the edit has reached the server, and
    // it cannot have been saved or answered (the reply follows the save) while the lock is held.
    expect((await send('GET', `/?token=${running.token}`, { host: host() })).status).toBe(200);
    expect(answered).toBe(false);
    expect((await readWorkbook(path)).sheets[0].formulas.has('0:2')).toBe(false);
    await lock.release();
    expect((await edit).status).toBe(200);
    const rows = await send('GET', '/api/rows?sheet=Sheet1&from=0&to=1', withToken());
    expect(JSON.parse(rows.text).rows[0][2]).toBe('2');
    expect((await readWorkbook(path)).sheets[0].formulas.get('0:2')).toBe('=1+1');
  });
});
