// A build reaches dist/ only when its bundle check passes, and dist/ then holds exactly the shipped files.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { generateStubs } from '../../scripts/generate-stubs.mjs';
import { publishDist } from '../../scripts/publish-dist.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const onOpen = { kind: 'simple-trigger', description: 'Adds the menu.', params: [], returns: '' };

/** A Code.js in the build's shape: the generated declaration, then the bundle object. */
function code(marker: string): string {
  const registry = { onOpen };
  return `${generateStubs(registry as never)}\nvar __crm = (() => ({ entryPoints: { onOpen: Object.assign(${JSON.stringify(onOpen)}, { run: function () { return '${marker}'; } }) } }))();\n`;
}

/** A project directory holding a stage with `files` and a dist/ with `existing`. */
function project(files: Record<string, string>, existing: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'crm-publish-'));
  dirs.push(root);
  const stage = join(root, '.crm-tmp-dist-test');
  const dist = join(root, 'dist');
  mkdirSync(stage);
  mkdirSync(dist);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(stage, name), text);
  for (const [name, text] of Object.entries(existing)) writeFileSync(join(dist, name), text);
  return { stage, dist };
}

/** The project's own manifest, which the build copies into dist/. */
const MANIFEST = readFileSync(fileURLToPath(new URL('../../appsscript.json', import.meta.url)), 'utf8');
const NEW_MANIFEST = JSON.stringify({ ...JSON.parse(MANIFEST), timeZone: 'Europe/Paris' });

const OLD = { 'Code.js': code('old'), 'Sidebar.html': '<p>old</p>', 'appsscript.json': '{"old":1}' };

describe('publishDist', () => {
  it('replaces dist/ with a build that passes the check and removes files clasp should not push', () => {
    const { stage, dist } = project(
      { 'Code.js': code('new'), 'Sidebar.html': '<p>new</p>', 'appsscript.json': NEW_MANIFEST },
      { ...OLD, 'Code.js.map': '{}', 'notes.txt': 'x' },
    );
    expect(publishDist(stage, dist)).toEqual([]);
    expect(readdirSync(dist).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
    expect(readFileSync(join(dist, 'Code.js'), 'utf8')).toContain("return 'new'");
    expect(readFileSync(join(dist, 'Sidebar.html'), 'utf8')).toBe('<p>new</p>');
    expect(readFileSync(join(dist, 'appsscript.json'), 'utf8')).toBe(NEW_MANIFEST);
  });

  it('leaves dist/ byte for byte as it was when the check fails', () => {
    const broken = code('new').replace('function onOpen() {', 'var onOpen = function () {');
    const { stage, dist } = project(
      { 'Code.js': broken, 'Sidebar.html': '<p>new</p>', 'appsscript.json': NEW_MANIFEST },
      OLD,
    );
    expect(publishDist(stage, dist)).toContain('onOpen has no top-level function declaration');
    expect(readdirSync(dist).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
    for (const [name, text] of Object.entries(OLD)) expect(readFileSync(join(dist, name), 'utf8')).toBe(text);
  });

  it('creates dist/ when there is none yet', () => {
    const { stage, dist } = project(
      { 'Code.js': code('new'), 'Sidebar.html': '<p>new</p>', 'appsscript.json': MANIFEST },
      {},
    );
    rmSync(dist, { recursive: true });
    expect(publishDist(stage, dist)).toEqual([]);
    expect(readdirSync(dist).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
  });
});
