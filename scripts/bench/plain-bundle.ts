// An unminified Code.js, built as scripts/build.mjs builds the shipped one, so a CPU profile names the functions.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { generateStubs, type RegistryEntry } from '../generate-stubs.mjs';
import { serverBundleOptions } from '../server-bundle.mjs';

/**
 * Writes the bundle of src/entry with the same options as dist/Code.js except minification (and
 * with function names kept), behind the same generated stubs, into a new temporary folder; returns
 * the file's path. Only for profiling: it is larger and slower to load than the shipped file.
 */
export async function writePlainBundle(root: string): Promise<string> {
  const result = await build({ ...serverBundleOptions(root), minify: false, keepNames: true, write: false });
  const bundle = result.outputFiles![0].text;
  const context = vm.createContext({});
  new vm.Script(bundle).runInContext(context);
  const registry = (context as { __crm: { entryPoints: Record<string, RegistryEntry> } }).__crm.entryPoints;
  const file = join(mkdtempSync(join(tmpdir(), 'solo-crm-plain-')), 'Code.js');
  writeFileSync(file, `${generateStubs(registry)}\n${bundle}`);
  return file;
}
