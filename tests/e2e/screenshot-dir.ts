// Where browser tests save their screenshots: a temporary folder, or the committed artifacts when asked.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The committed screenshots, looked at by people and refreshed on purpose. */
export const COMMITTED_SCREENSHOTS = join(import.meta.dirname, 'screenshots');

/**
 * `SCREENSHOTS=1 npx vitest run tests/e2e` writes them into tests/e2e/screenshots (the committed
 * artifacts); any other run writes into a fresh temporary folder, so tests never change tracked files.
 */
export function screenshotDir(): string {
  if (process.env.SCREENSHOTS) {
    const dir = process.env.SCREENSHOTS === '1' ? COMMITTED_SCREENSHOTS : resolve(process.env.SCREENSHOTS);
    mkdirSync(dir, { recursive: true });
    return dir;
  }
  return mkdtempSync(join(tmpdir(), 'crm-screenshots-'));
}
