// Opens a workbook in LibreOffice headless, as a founder would open it: which tab it shows, and any "###".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';

/** What LibreOffice showed. */
export interface LibreOfficeView {
  /** The tab LibreOffice opens on (the active tab of the file it saves again). */
  activeTab: string;
  /** Lines of the rendered pages where a cell shows "###": a value too wide for its column. */
  hashLines: string[];
  /** The PDF, one page per tab, and a PNG of the page of each visible tab. */
  pdf: string;
  pages: string[];
}

/** The path of LibreOffice's `soffice`, or null when it is not installed. */
export function findSoffice(): string | null {
  const found = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  return found.status === 0 ? 'soffice' : null;
}

function run(command: string, args: string[]): string {
  const done = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (done.error) throw new Error(`${command} could not start: ${done.error.message}`);
  if (done.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed: ${done.stderr || done.stdout}`);
  return done.stdout;
}

/**
 * Converts the .xlsx at `path` with LibreOffice (headless, its own profile under `outDir`): to PDF
 * with one page per tab, whose text is searched for "###" and whose pages are drawn as PNGs
 * (pdftoppm, 50 dpi), and to .xlsx again, whose active tab is the one LibreOffice opened on.
 * @throws {Error} when soffice, pdftotext or pdftoppm is missing or fails.
 */
export async function openInLibreOffice(path: string, outDir: string): Promise<LibreOfficeView> {
  mkdirSync(outDir, { recursive: true });
  const profile = `-env:UserInstallation=${pathToFileURL(join(outDir, 'profile')).href}`;
  const name = basename(path, extname(path));
  run('soffice', [
    profile,
    '--headless',
    '--convert-to',
    'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}',
    '--outdir',
    outDir,
    path,
  ]);
  const pdf = join(outDir, `${name}.pdf`);
  const text = run('pdftotext', ['-layout', pdf, '-']);
  const hashLines = text.split('\n').filter((line) => line.includes('###'));
  const pagesDir = join(outDir, 'pages');
  mkdirSync(pagesDir, { recursive: true });
  run('pdftoppm', ['-png', '-r', '50', pdf, join(pagesDir, 'page')]);
  const pages = readdirSync(pagesDir)
    .filter((file) => file.endsWith('.png'))
    .sort()
    .map((file) => join(pagesDir, file));

  const resaved = join(outDir, 'resaved');
  run('soffice', [
    profile,
    '--headless',
    '--convert-to',
    'xlsx:Calc MS Excel 2007 XML',
    '--outdir',
    resaved,
    path,
  ]);
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(readFileSync(join(resaved, `${name}.xlsx`)) as unknown as ExcelJS.Buffer);
  const active = excel.views?.[0]?.activeTab ?? 0;
  const activeTab = excel.worksheets[active]?.name ?? '';
  return { activeTab, hashLines, pdf, pages };
}
