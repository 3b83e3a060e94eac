// `node --import tsx scripts/check-libreoffice.ts [DIR]`: the demo workbook opened in LibreOffice opens on Dashboard and shows no "###".
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main as demo } from '../src/local/demo/main';
import { findSoffice, openInLibreOffice } from '../src/local/demo/open-in-libreoffice';

const out = resolve(process.argv[2] ?? mkdtempSync(join(tmpdir(), 'solo-crm-libreoffice-')));
if (!findSoffice()) {
  process.stderr.write(
    'LibreOffice is not installed: apt-get install -y --no-install-recommends libreoffice-calc poppler-utils\n',
  );
  process.exit(2);
}
const workbook = join(out, 'demo.xlsx');
if ((await demo(['--workbook', workbook])) !== 0) process.exit(1);
const view = await openInLibreOffice(workbook, out);
process.stdout.write(`LibreOffice opens on: ${view.activeTab}\n`);
process.stdout.write(`Cells showing ###: ${view.hashLines.length}\n`);
for (const line of view.hashLines.slice(0, 20)) process.stdout.write(`  ${line.trim()}\n`);
process.stdout.write(`Pages drawn: ${view.pages.join(', ')}\n`);
process.exitCode = view.activeTab === 'Dashboard' && view.hashLines.length === 0 ? 0 : 1;
