// The bundle check must fail when code that doGet can reach uses HtmlService (or the spreadsheet).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBundle, webAppProblems } from '../../scripts/check-bundle.mjs';
import { generateStubs } from '../../scripts/generate-stubs.mjs';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const MANIFEST = readFileSync(fileURLToPath(new URL('../../appsscript.json', import.meta.url)), 'utf8');
const HTML_PROBLEM =
  'code reachable from doGet uses HtmlService (a page there can call every server function through google.script.run)';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A web-app entry module (and its helpers) in a temporary directory; imports of the project use `@src/`. */
function plant(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'crm-web-app-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files))
    writeFileSync(join(dir, name), text.replaceAll('@src/', SRC));
  return join(dir, 'web-app.ts');
}

const entry = (body: string, imports = '') =>
  `${imports}\nexport const webAppEntryPoints = { doGet: { kind: 'web-app', run: (e: unknown) => { ${body} } } };\n`;

describe('webAppProblems', () => {
  it('passes the project’s own doGet', () => {
    expect(webAppProblems()).toEqual([]);
  });

  it('fails when doGet serves an HtmlService page, even through a helper module', () => {
    const planted = plant({
      'web-app.ts': entry('return page(String(e));', "import { page } from './page';"),
      'page.ts': 'export function page(text: string) { return HtmlService.createHtmlOutput(text); }\n',
    });
    const problems = webAppProblems(planted);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${HTML_PROBLEM.replace(/[()]/g, '\\$&')}, in .*page\\.ts$`));
  });

  it('fails when doGet calls a project function that uses HtmlService, naming its file', () => {
    const planted = plant({
      'web-app.ts': entry(
        "showSidebarFile('Sidebar', 'x');",
        "import { showSidebarFile } from '@src/gas/ui';",
      ),
    });
    expect(webAppProblems(planted)).toEqual([
      `${HTML_PROBLEM}, in src/gas/ui.ts`,
      'code reachable from doGet uses SpreadsheetApp (a web app has no active spreadsheet), in src/gas/ui.ts',
    ]);
  });

  it('passes a doGet that imports a harmless helper from a module whose other functions use HtmlService', () => {
    const planted = plant({
      'web-app.ts': entry(
        'return ContentService.createTextOutput(escapeHtml(String(e)));',
        "import { escapeHtml } from '@src/gas/ui';",
      ),
    });
    expect(webAppProblems(planted)).toEqual([]);
  });

  it('fails when doGet reaches the bound spreadsheet (the ports of a bound execution)', () => {
    const planted = plant({
      'web-app.ts': entry(
        'return gasPorts().workbook.tabNames();',
        "import { gasPorts } from '@src/gas/gas-ports';",
      ),
    });
    expect(webAppProblems(planted).join('\n')).toContain(
      'code reachable from doGet uses SpreadsheetApp (a web app has no active spreadsheet)',
    );
  });

  it('makes the build’s bundle check fail', () => {
    const planted = plant({
      'web-app.ts': entry("return HtmlService.createHtmlOutput('<p>Bye</p>');"),
    });
    const dist = mkdtempSync(join(tmpdir(), 'crm-dist-'));
    dirs.push(dist);
    const registry = { doGet: { kind: 'web-app', description: 'Unsubscribe.', params: [], returns: '' } };
    writeFileSync(
      join(dist, 'Code.js'),
      `${generateStubs(registry as never)}\nvar __crm = (() => ({ entryPoints: { doGet: Object.assign(${JSON.stringify(registry.doGet)}, { run: function () {} }) } }))();\n`,
    );
    writeFileSync(join(dist, 'Sidebar.html'), '<!DOCTYPE html>');
    writeFileSync(join(dist, 'appsscript.json'), MANIFEST);
    expect(checkBundle(dist)).toEqual([]);
    const problems = checkBundle(dist, { webAppEntry: planted });
    expect(problems).toHaveLength(1);
    expect(problems[0].startsWith(`${HTML_PROBLEM}, in `)).toBe(true);
    expect(problems[0].endsWith('web-app.ts')).toBe(true);
  });
});
