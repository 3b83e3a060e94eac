import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBundle } from '../../../src/local/cli/bundle-session';
import { parseCdnow } from '../../../src/local/demo/demo-exports';
import { findSoffice, openInLibreOffice } from '../../../src/local/demo/open-in-libreoffice';
import { runDemo } from '../../../src/local/demo/run-demo';
import { writeWorkbook } from '../../../src/local/store/write-workbook';

const soffice = findSoffice();
if (!soffice) {
  console.warn(
    'Skipping the LibreOffice check: soffice is not installed ' +
      '(apt-get install -y --no-install-recommends libreoffice-calc poppler-utils).',
  );
}

describe.skipIf(!soffice)('the npm start workbook opened in LibreOffice', () => {
  it('opens on the Dashboard and no cell shows ###', async () => {
    const purchases = parseCdnow(
      readFileSync(join(__dirname, '../../../src/local/demo/cdnow-sample.txt'), 'utf8'),
    );
    const run = runDemo(
      purchases,
      ensureBundle(() => {}),
      new Date('2026-12-01T21:00:00Z'),
    );
    const dir = await mkdtemp(join(tmpdir(), 'solo-crm-lo-'));
    const path = join(dir, 'demo.xlsx');
    await writeWorkbook(path, run.workbook, { properties: run.properties });
    const view = await openInLibreOffice(path, dir);
    expect(view.activeTab).toBe('Dashboard');
    expect(view.hashLines).toEqual([]);
    // One page per visible tab: Customers … Problems.
    expect(view.pages.length).toBeGreaterThanOrEqual(11);
  }, 300_000);
});
