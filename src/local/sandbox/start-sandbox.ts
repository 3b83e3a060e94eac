// Starts the sandbox on a workbook file: the bundle loaded on it, the server listening on 127.0.0.1.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { buildSandboxPage } from './page-bundle';
import { createSandboxServer } from './sandbox-server';
import { SandboxWorkbook } from './sandbox-workbook';

/** The port `npm start` serves on unless --port says otherwise. */
export const DEFAULT_SANDBOX_PORT = 8610;

/** A running sandbox. */
export interface RunningSandbox {
  /** The address to open, with this run's token. */
  url: string;
  port: number;
  token: string;
  sandbox: SandboxWorkbook;
  close(): Promise<void>;
}

/**
 * Loads the workbook at `path` with the bundle at `bundlePath` (dist/Code.js; its Sidebar.html beside
 * it) and serves it on 127.0.0.1:`port` (0: any free port) with a new random token.
 */
export async function startSandbox(options: {
  path: string;
  bundlePath: string;
  port: number;
}): Promise<RunningSandbox> {
  const sidebarHtml = readFileSync(join(dirname(options.bundlePath), 'Sidebar.html'), 'utf8');
  const [pageHtml, sandbox] = await Promise.all([
    buildSandboxPage(),
    SandboxWorkbook.open(options.path, options.bundlePath, sidebarHtml),
  ]);
  const token = randomBytes(24).toString('hex');
  // The port goes into the Host check, so a free port (0) is found first and the server made for it.
  const probe = await new Promise<number>((resolve, reject) => {
    if (options.port !== 0) {
      resolve(options.port);
      return;
    }
    const free = createSandboxServer({ sandbox, pageHtml, sidebarHtml, token, port: 0 });
    free.once('error', reject);
    free.listen(0, '127.0.0.1', () => {
      const port = (free.address() as AddressInfo).port;
      free.close(() => resolve(port));
    });
  });
  const server = createSandboxServer({ sandbox, pageHtml, sidebarHtml, token, port: probe });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(probe, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${probe}/?token=${token}`,
    port: probe,
    token,
    sandbox,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
