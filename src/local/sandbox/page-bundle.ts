// Builds the sandbox's page (sandbox-page/) into one HTML file in memory: it never goes into dist/, which clasp pushes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../cli/bundle-session';

const PAGE_DIR = join(ROOT, 'sandbox-page');

/** sandbox-page/index.html with its script (main.ts, bundled) and style sheet inlined. */
export async function buildSandboxPage(): Promise<string> {
  const script = await build({
    entryPoints: [join(PAGE_DIR, 'main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const js = script.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const css = readFileSync(join(PAGE_DIR, 'sandbox.css'), 'utf8');
  return readFileSync(join(PAGE_DIR, 'index.html'), 'utf8')
    .replace('/*INLINE_CSS*/', () => css)
    .replace('/*INLINE_JS*/', () => js);
}
