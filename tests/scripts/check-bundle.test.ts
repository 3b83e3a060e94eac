// The bundle check must reject every way a bundle can break in Apps Script.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBundle, ES_LEVEL } from '../../scripts/check-bundle.mjs';
import { generateStubs } from '../../scripts/generate-stubs.mjs';
import { serverBundleOptions } from '../../scripts/server-bundle.mjs';

/** The project's own manifest, which the build copies into dist/. */
const MANIFEST = readFileSync(fileURLToPath(new URL('../../appsscript.json', import.meta.url)), 'utf8');

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const nps = {
  kind: 'custom-function',
  description: 'Net promoter score.',
  params: [{ name: 'scores', description: 'Scores from 0 to 10.' }],
  returns: 'The score from -100 to 100.',
};
const onOpen = {
  kind: 'simple-trigger',
  description: 'Adds the menu.',
  params: [{ name: 'e', description: '' }],
  returns: '',
};

/** A bundle in the build's own shape: stubs generated from the registry, then the IIFE. */
function bundleFor(registry: Record<string, object>, body = 'function(scores) { return 1; }'): string {
  const entries = Object.keys(registry)
    .map((name) => `${name}: Object.assign(${JSON.stringify(registry[name])}, { run: ${body} })`)
    .join(',\n');
  return `${generateStubs(registry as never)}\nvar __crm = (() => ({ entryPoints: {\n${entries}\n} }))();\n`;
}

function distWith(code: string, extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'crm-dist-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'Code.js'), code);
  writeFileSync(join(dir, 'Sidebar.html'), '<!DOCTYPE html>');
  writeFileSync(join(dir, 'appsscript.json'), MANIFEST);
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('checkBundle', () => {
  it('accepts a bundle whose every entry point is declared and documented', () => {
    expect(checkBundle(distWith(bundleFor({ CRM_NPS: nps, onOpen })))).toEqual([]);
  });

  it('writes the JSDoc Sheets reads for a custom function', () => {
    const stubs = generateStubs({ CRM_NPS: nps } as never);
    expect(stubs).toContain('@param {any} scores Scores from 0 to 10.');
    expect(stubs).toContain('@return The score from -100 to 100.');
    expect(stubs).toContain('@customfunction');
    expect(stubs).toMatch(/^function CRM_NPS\(scores\) \{$/m);
  });

  it('rejects an entry point without its top-level declaration', () => {
    const code = bundleFor({ onOpen }).replace(/^function onOpen\(e\) \{$/m, 'var onOpen = function (e) {');
    expect(checkBundle(distWith(code))).toContain('onOpen has no top-level function declaration');
  });

  it('rejects a custom function whose JSDoc lacks @customfunction or a described parameter', () => {
    const noTag = bundleFor({ CRM_NPS: nps }).replace(' * @customfunction\n', '');
    expect(checkBundle(distWith(noTag))).toContain('CRM_NPS: JSDoc lacks @customfunction');
    const undescribed = bundleFor({ CRM_NPS: { ...nps, params: [{ name: 'scores', description: '' }] } });
    expect(checkBundle(distWith(undescribed))).toContain(
      'CRM_NPS: JSDoc lacks a described @param for scores',
    );
  });

  it('rejects a custom function with no JSDoc, even when another declaration above has one', () => {
    const code = bundleFor({ onOpen, CRM_NPS: nps }).replace(
      /\/\*\*(?:(?!\*\/)[\s\S])*@customfunction\n \*\/\n/,
      '',
    );
    expect(code).not.toContain('@customfunction');
    expect(checkBundle(distWith(code))).toContain('CRM_NPS lacks its JSDoc');
  });

  it('rejects a custom function whose JSDoc lacks its description or its @return', () => {
    const noDescription = bundleFor({ CRM_NPS: nps }).replace(' * Net promoter score.\n', '');
    expect(checkBundle(distWith(noDescription))).toContain('CRM_NPS: JSDoc lacks a description');
    const noReturn = bundleFor({ CRM_NPS: nps }).replace(/ \* @return .*\n/, '');
    expect(checkBundle(distWith(noReturn))).toContain('CRM_NPS: JSDoc lacks @return with a description');
  });

  it('rejects a custom function not named CRM_…', () => {
    expect(checkBundle(distWith(bundleFor({ NPS: nps })))).toContain(
      'custom function NPS must be named CRM_…',
    );
  });

  it('rejects a custom function that takes more arguments than it documents', () => {
    const code = bundleFor({ CRM_NPS: nps }, 'function(scores, extra) { return 1; }');
    expect(checkBundle(distWith(code))).toContain(
      'CRM_NPS: documents 1 parameters but its implementation takes 2',
    );
  });

  it('rejects exports that bypass the registry', () => {
    const code = bundleFor({ onOpen }).replace('({ entryPoints:', '({ helper: 1, entryPoints:');
    expect(checkBundle(distWith(code))).toContain(
      'src/entry/index.ts exports more than the registry: helper',
    );
  });

  it('rejects Node-only code and modules', () => {
    for (const [snippet, what] of [
      ['const fs = require("fs");', 'require()'],
      ['export const x = 1;', 'an export statement'],
      ['var home = process.env.HOME;', 'process'],
    ]) {
      expect(checkBundle(distWith(`${snippet}\n${bundleFor({ onOpen })}`))).toContain(
        `Code.js contains ${what}`,
      );
    }
  });

  it('holds Code.js to ES2020, the level of the build target', () => {
    expect(ES_LEVEL).toBe('ES2020');
    expect(serverBundleOptions('.').target).toBe('es2020');
  });

  it('rejects calls of built-ins above ES2020 written in the bundle', () => {
    for (const [snippet, what] of [
      ['function last(xs) { return xs.at(-1); }', 'Array.prototype.at (ES2022)'],
      ['function own(o, k) { return Object.hasOwn(o, k); }', 'Object.hasOwn (ES2022)'],
      ["function dashes(s) { return s.replaceAll('.', '-'); }", 'String.prototype.replaceAll (ES2021)'],
      ['function copy(v) { return structuredClone(v); }', 'structuredClone (HTML)'],
      ['function lastBig(xs) { return xs.findLast((x) => x > 9); }', 'Array.prototype.findLast (ES2023)'],
      ['function sorted(xs) { return xs.toSorted(); }', 'Array.prototype.toSorted (ES2023)'],
      ['function byKind(xs) { return Object.groupBy(xs, (x) => x.kind); }', 'Object.groupBy (ES2024)'],
    ]) {
      expect(checkBundle(distWith(`${snippet}\n${bundleFor({ onOpen })}`))).toEqual([
        `Code.js uses ${what}, above ES2020, the level Apps Script is held to`,
      ]);
    }
  });

  it('rejects a bundle that needs a built-in above ES2020 while loading, however it is written', () => {
    // Neither use is visible in the text: both names are computed.
    for (const snippet of [
      "var LAST = ['x', 'y']['a' + 't'](-1);",
      "var SORTED = [3, 1]['to' + 'Sorted']();",
    ]) {
      expect(checkBundle(distWith(`${snippet}\n${bundleFor({ onOpen })}`))).toEqual([
        expect.stringMatching(
          /^Code.js does not load without the built-ins newer than ES2020: .* is not a function/,
        ),
      ]);
    }
  });

  it('accepts the same work written with ES2020 built-ins', () => {
    const code = `var LAST = ['x', 'y'][['x', 'y'].length - 1];
var OWN = Object.prototype.hasOwnProperty.call({ a: 1 }, 'a');
var DASHES = 'a.b'.split('.').join('-');
var SORTED = [3, 1].slice().sort();
${bundleFor({ onOpen })}`;
    expect(checkBundle(distWith(code))).toEqual([]);
  });

  it('rejects a Code.js above 420 KB, which every execution would pay to load', () => {
    const code = bundleFor({ onOpen });
    const padding = (bytes: number) => `var PADDING = "${'x'.repeat(bytes)}";\n`;
    const fits = padding(420 * 1024 - Buffer.byteLength(code) - 20);
    expect(Buffer.byteLength(fits + code)).toBeLessThanOrEqual(420 * 1024);
    expect(checkBundle(distWith(fits + code))).toEqual([]);
    expect(checkBundle(distWith(padding(420 * 1024) + code))).toEqual([
      expect.stringMatching(
        /^Code.js is 421 KB, above 420 KB: Apps Script loads all of it on every execution/,
      ),
    ]);
  });

  it('rejects a bundle that throws while loading without Node globals', () => {
    const problems = checkBundle(distWith(`Buffer.from('x');\n${bundleFor({ onOpen })}`));
    expect(problems[0]).toMatch(/^Code.js does not load in a bare global scope: Buffer is not defined/);
  });

  it('rejects a manifest without V8, with a scope beyond the minimal set, or without the web app block', () => {
    const manifest = JSON.parse(MANIFEST);
    const code = bundleFor({ onOpen });
    const rhino = JSON.stringify({ ...manifest, runtimeVersion: 'DEPRECATED_ES5' });
    expect(checkBundle(distWith(code, { 'appsscript.json': rhino }))).toEqual([
      'appsscript.json must set "runtimeVersion": "V8"',
    ]);
    const drive = 'https://www.googleapis.com/auth/spreadsheets';
    const wide = JSON.stringify({ ...manifest, oauthScopes: [...manifest.oauthScopes, drive] });
    expect(checkBundle(distWith(code, { 'appsscript.json': wide }))).toEqual([
      `appsscript.json asks for scopes beyond the minimal set: ${drive}`,
    ]);
    const inferred = JSON.stringify({ ...manifest, oauthScopes: undefined });
    expect(checkBundle(distWith(code, { 'appsscript.json': inferred }))).toEqual([
      'appsscript.json must list its oauthScopes',
    ]);
    const noWebApp = JSON.stringify({ ...manifest, webapp: undefined });
    expect(checkBundle(distWith(code, { 'appsscript.json': noWebApp }))[0]).toMatch(
      /^appsscript.json must have the web app block/,
    );
    expect(checkBundle(distWith(code, { 'appsscript.json': '{' }))[0]).toMatch(
      /^appsscript.json is not valid JSON/,
    );
  });

  it('rejects files besides the three clasp should push', () => {
    expect(checkBundle(distWith(bundleFor({ onOpen }), { 'notes.js': '' }))[0]).toMatch(
      /dist\/ holds files clasp would push besides/,
    );
  });
});
