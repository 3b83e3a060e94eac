// Checks the shipped bundle as Apps Script will load it; the build fails on any problem found.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { buildSync } from 'esbuild';
import { APPS_SCRIPT_BUNDLE } from './server-bundle.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The module that exports the web app's entry points (`webAppEntryPoints`: doGet). */
export const WEB_APP_ENTRY = join(ROOT, 'src/entry/web-app.ts');

const NODE_ONLY = [
  [/^\s*import[\s{*'"]/m, 'an import statement'],
  [/^\s*export\s/m, 'an export statement'],
  [/\brequire\s*\(/, 'require()'],
  [/\bprocess\s*\.\s*(env|argv|exit|cwd|versions|platform|nextTick)\b/, 'process'],
  [/\b__dirname\b|\b__filename\b/, '__dirname/__filename'],
];
/**
 * The only scopes the manifest may ask for (apps-script.md): the bound sheet, its menus and sidebar,
 * the nightly trigger and follow-up mail. Anything wider would widen the consent screen for nothing.
 */
const ALLOWED_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/script.scriptapp',
  'https://www.googleapis.com/auth/script.send_mail',
];

/**
 * Problems of the manifest text: V8 runtime, explicit scopes within ALLOWED_SCOPES (without the list
 * Apps Script infers scopes from the code, which asks for whole-Drive spreadsheet access), and the web
 * app block of the unsubscribe link.
 * @param {string} text
 * @returns {string[]}
 */
function manifestProblems(text) {
  let manifest;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    return [`appsscript.json is not valid JSON: ${error.message}`];
  }
  const problems = [];
  if (manifest.runtimeVersion !== 'V8') problems.push('appsscript.json must set "runtimeVersion": "V8"');
  const scopes = manifest.oauthScopes;
  if (!Array.isArray(scopes) || scopes.length === 0) {
    problems.push('appsscript.json must list its oauthScopes');
  } else {
    const extra = scopes.filter((scope) => !ALLOWED_SCOPES.includes(scope));
    if (extra.length)
      problems.push(`appsscript.json asks for scopes beyond the minimal set: ${extra.join(', ')}`);
  }
  const webapp = manifest.webapp;
  if (webapp?.executeAs !== 'USER_DEPLOYING' || webapp?.access !== 'ANYONE_ANONYMOUS') {
    problems.push(
      'appsscript.json must have the web app block {"executeAs": "USER_DEPLOYING", "access": "ANYONE_ANONYMOUS"}',
    );
  }
  return problems;
}

/**
 * Services a web-app request must not reach. The web app runs as the owner for anyone without
 * sign-in: any HtmlService page it served could call every public server function through
 * google.script.run with the owner's rights, and it has no active spreadsheet (apps-script.md).
 */
const WEB_APP_FORBIDDEN = [
  [/\bHtmlService\b/, 'HtmlService (a page there can call every server function through google.script.run)'],
  [/\bSpreadsheetApp\b/, 'SpreadsheetApp (a web app has no active spreadsheet)'],
];

/**
 * Problems of the code a web-app request can run: the web-app entry points bundled alone, with
 * esbuild's tree-shaking, so only what doGet can reach is left (a module it imports one helper
 * from contributes that helper, not its other functions); any use of a forbidden service there is
 * named with the source file it comes from.
 * @param {string} [entry] the module exporting `webAppEntryPoints`; the project's own unless told
 * @returns {string[]}
 */
export function webAppProblems(entry = WEB_APP_ENTRY) {
  let code;
  try {
    const result = buildSync({
      stdin: {
        contents:
          `import { webAppEntryPoints } from ${JSON.stringify(entry)};\n` +
          'for (const name of Object.keys(webAppEntryPoints)) globalThis[name] = webAppEntryPoints[name].run;\n',
        resolveDir: dirname(entry),
        sourcefile: 'web-app-entry.ts',
        loader: 'ts',
      },
      ...APPS_SCRIPT_BUNDLE,
      treeShaking: true,
      absWorkingDir: ROOT,
    });
    code = result.outputFiles[0].text;
  } catch (error) {
    return [`the web-app entry ${relative(ROOT, entry)} does not bundle: ${error.message}`];
  }
  const problems = [];
  for (const [pattern, what] of WEB_APP_FORBIDDEN) {
    const found = pattern.exec(code);
    if (!found) continue;
    // esbuild marks each module's code with a "// path" line; the last one before the use names it.
    const before = code.slice(0, found.index);
    const marks = [...before.matchAll(/^\s*\/\/ (\S+\.[cm]?[jt]s)$/gm)];
    const source = marks.length ? marks[marks.length - 1][1] : 'the web-app entry';
    problems.push(`code reachable from doGet uses ${what}, in ${source}`);
  }
  return problems;
}

/**
 * The ECMAScript level Code.js may rely on. Apps Script runs V8 but does not say which version, and
 * the build transpiles syntax down to its target (es2020 in scripts/server-bundle.mjs) while leaving built-in
 * calls as written, so a method added after ES2020 would build, pass the tests under a newer Node and
 * only fail in Apps Script. Built-ins and syntax are therefore held to the same level.
 */
export const ES_LEVEL = 'ES2020';

/**
 * Built-ins newer than ES_LEVEL: where each lives, its name, the edition that added it, and the text
 * that gives a call away in the bundle (null where the name is shared with older methods or with
 * libraries' own, like Set's union; those are caught only by loading without them).
 * structuredClone is an HTML API, not ECMAScript, and Apps Script has no such global.
 */
const NEWER_BUILT_INS = [
  ['String.prototype', 'replaceAll', 'ES2021', /\.replaceAll\s*\(/],
  ['Promise', 'any', 'ES2021', /\bPromise\s*\.\s*any\b/],
  ['globalThis', 'AggregateError', 'ES2021', /\bAggregateError\b/],
  ['globalThis', 'WeakRef', 'ES2021', /\bWeakRef\b/],
  ['globalThis', 'FinalizationRegistry', 'ES2021', /\bFinalizationRegistry\b/],
  ['Array.prototype', 'at', 'ES2022', /\.at\s*\(/],
  ['String.prototype', 'at', 'ES2022', null],
  ['Object', 'hasOwn', 'ES2022', /\bObject\s*\.\s*hasOwn\b/],
  ['Array.prototype', 'findLast', 'ES2023', /\.findLast\s*\(/],
  ['Array.prototype', 'findLastIndex', 'ES2023', /\.findLastIndex\s*\(/],
  ['Array.prototype', 'toSorted', 'ES2023', /\.toSorted\s*\(/],
  ['Array.prototype', 'toReversed', 'ES2023', /\.toReversed\s*\(/],
  ['Array.prototype', 'toSpliced', 'ES2023', /\.toSpliced\s*\(/],
  ['Array.prototype', 'with', 'ES2023', null],
  ['Object', 'groupBy', 'ES2024', /\bObject\s*\.\s*groupBy\b/],
  ['Map', 'groupBy', 'ES2024', /\bMap\s*\.\s*groupBy\b/],
  ['Promise', 'withResolvers', 'ES2024', /\bPromise\s*\.\s*withResolvers\b/],
  ['String.prototype', 'isWellFormed', 'ES2024', /\.isWellFormed\s*\(/],
  ['String.prototype', 'toWellFormed', 'ES2024', /\.toWellFormed\s*\(/],
  ['Set.prototype', 'union', 'ES2025', null],
  ['Set.prototype', 'intersection', 'ES2025', null],
  ['Set.prototype', 'difference', 'ES2025', null],
  ['Set.prototype', 'symmetricDifference', 'ES2025', /\.symmetricDifference\s*\(/],
  ['Set.prototype', 'isSubsetOf', 'ES2025', /\.isSubsetOf\s*\(/],
  ['Set.prototype', 'isSupersetOf', 'ES2025', /\.isSupersetOf\s*\(/],
  ['Set.prototype', 'isDisjointFrom', 'ES2025', /\.isDisjointFrom\s*\(/],
  ['globalThis', 'Iterator', 'ES2025', /\bIterator\s*\.\s*from\b/],
  ['Promise', 'try', 'ES2025', /\bPromise\s*\.\s*try\b/],
  ['RegExp', 'escape', 'ES2025', /\bRegExp\s*\.\s*escape\b/],
  ['Math', 'f16round', 'ES2025', /\bMath\s*\.\s*f16round\b/],
  ['Array', 'fromAsync', 'ES2026', /\bArray\s*\.\s*fromAsync\b/],
  ['Error', 'isError', 'ES2026', /\bError\s*\.\s*isError\b/],
  ['Math', 'sumPrecise', 'ES2026', /\bMath\s*\.\s*sumPrecise\b/],
  ['globalThis', 'structuredClone', 'HTML', /\bstructuredClone\b/],
];

/** A script that removes every built-in of NEWER_BUILT_INS from the context it runs in. */
const REMOVE_NEWER_BUILT_INS = NEWER_BUILT_INS.map(
  ([owner, name]) => `delete ${owner}[${JSON.stringify(name)}];`,
).join('\n');

/**
 * Problems of Code.js against ES_LEVEL: calls of newer built-ins found in its text, and any failure
 * to load it in a context whose newer built-ins were removed, as an engine at that level would be
 * (this also catches a use the text hides, such as a computed property name, while loading).
 * @param {string} code
 * @returns {string[]}
 */
export function ecmaLevelProblems(code) {
  const problems = [];
  for (const [owner, name, edition, pattern] of NEWER_BUILT_INS) {
    if (pattern?.test(code)) {
      const where = owner === 'globalThis' ? name : `${owner}.${name}`;
      problems.push(
        `Code.js uses ${where} (${edition}), above ${ES_LEVEL}, the level Apps Script is held to`,
      );
    }
  }
  const failure = loadFailure(code, true);
  // A bundle that fails with every built-in present is reported by checkBundle's own load.
  if (failure && !loadFailure(code, false))
    problems.push(`Code.js does not load without the built-ins newer than ${ES_LEVEL}: ${failure}`);
  return problems;
}

/**
 * The message of the error Code.js throws while loading in a bare context, or '' when it loads.
 * @param {string} code
 * @param {boolean} withoutNewer whether to remove NEWER_BUILT_INS from the context first
 */
function loadFailure(code, withoutNewer) {
  const context = vm.createContext({});
  try {
    if (withoutNewer)
      new vm.Script(REMOVE_NEWER_BUILT_INS, { filename: 'remove-newer-built-ins.js' }).runInContext(context);
    new vm.Script(code, { filename: 'Code.js' }).runInContext(context, { timeout: 20_000 });
    return '';
  } catch (error) {
    return error.message;
  }
}

/**
 * The most Code.js may weigh. Apps Script compiles and runs all of it at the start of every execution,
 * each custom-function recalculation included; full zod alone once made it 1.3 MB and 80 ms a load.
 * The bound guards the load time that `npm run bench -- load` measures (target under 20 ms); it
 * stood at 400 KB until three purchase models, their standard errors, the model check and the model
 * choice took the product's own code to 403 KB, and is 420 KB since: room for those, not for a
 * library pulled in by mistake.
 */
export const MAX_CODE_BYTES = 420 * 1024;

/**
 * The size problem of Code.js, if any.
 * @param {string} code
 * @returns {string[]}
 */
export function sizeProblems(code) {
  const bytes = Buffer.byteLength(code);
  if (bytes <= MAX_CODE_BYTES) return [];
  return [
    `Code.js is ${Math.ceil(bytes / 1024)} KB, above ${MAX_CODE_BYTES / 1024} KB: Apps Script loads all of it on every execution (see what is big with esbuild's metafile, npm run bench -- load)`,
  ];
}

/** What clasp pushes from dist/, and all that may be there. */
export const SHIPPED = ['Code.js', 'Sidebar.html', 'appsscript.json'];

/**
 * Returns every problem found in dist/ (an empty list means the bundle is sound), and in the code
 * reachable from the web app's doGet (webAppProblems).
 * @param {string} distDir
 * @param {{ webAppEntry?: string }} [options] the module exporting the web-app entry points
 * @returns {string[]}
 */
export function checkBundle(distDir, options = {}) {
  return [...distProblems(distDir), ...webAppProblems(options.webAppEntry)];
}

/**
 * Every problem of the files in dist/.
 * @param {string} distDir
 * @returns {string[]}
 */
function distProblems(distDir) {
  const problems = [];
  const files = readdirSync(distDir).sort();
  const extra = files.filter((f) => !SHIPPED.includes(f));
  if (extra.length)
    problems.push(`dist/ holds files clasp would push besides ${SHIPPED.join(', ')}: ${extra}`);
  for (const f of SHIPPED) if (!files.includes(f)) problems.push(`dist/${f} is missing`);
  if (problems.length) return problems;

  problems.push(...manifestProblems(readFileSync(join(distDir, 'appsscript.json'), 'utf8')));
  const code = readFileSync(join(distDir, 'Code.js'), 'utf8');
  for (const [pattern, what] of NODE_ONLY) if (pattern.test(code)) problems.push(`Code.js contains ${what}`);
  problems.push(...sizeProblems(code));
  problems.push(...ecmaLevelProblems(code));

  // A bare context: no Node globals at all, as in Apps Script.
  const context = vm.createContext({});
  try {
    new vm.Script(code, { filename: 'Code.js' }).runInContext(context, { timeout: 20_000 });
  } catch (error) {
    return [...problems, `Code.js does not load in a bare global scope: ${error.message}`];
  }
  const bundle = context.__crm;
  if (!bundle || typeof bundle !== 'object') return [...problems, 'Code.js defines no __crm bundle object'];
  const exported = Object.keys(bundle).filter((k) => k !== 'entryPoints');
  if (exported.length)
    problems.push(`src/entry/index.ts exports more than the registry: ${exported.join(', ')}`);

  for (const [name, entry] of Object.entries(bundle.entryPoints ?? {})) {
    const declaration = new RegExp(`^function ${name}\\(([^)]*)\\)`, 'm').exec(code);
    if (!declaration) {
      problems.push(`${name} has no top-level function declaration`);
      continue;
    }
    if (typeof context[name] !== 'function') problems.push(`${name} is not callable as a global`);
    if (typeof entry.run !== 'function') problems.push(`${name} has no implementation`);
    if (entry.kind !== 'custom-function') continue;
    if (!name.startsWith('CRM_')) problems.push(`custom function ${name} must be named CRM_…`);
    const before = code.slice(0, declaration.index);
    const doc = before.slice(before.lastIndexOf('/**'));
    if (!doc.trimEnd().endsWith('*/')) {
      problems.push(`${name} lacks its JSDoc`);
      continue;
    }
    const firstLine = doc.split('\n')[1] ?? '';
    if (!/^\s\*\s\S/.test(firstLine) || firstLine.includes('@'))
      problems.push(`${name}: JSDoc lacks a description`);
    if (!/@customfunction/.test(doc)) problems.push(`${name}: JSDoc lacks @customfunction`);
    if (!/@return\s+\S/.test(doc)) problems.push(`${name}: JSDoc lacks @return with a description`);
    const declared = declaration[1]
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    for (const param of declared) {
      if (!new RegExp(`@param \\{[^}]*\\} ${param} \\S`).test(doc)) {
        problems.push(`${name}: JSDoc lacks a described @param for ${param}`);
      }
    }
    if (declared.length < entry.run.length) {
      problems.push(
        `${name}: documents ${declared.length} parameters but its implementation takes ${entry.run.length}`,
      );
    }
  }
  return problems;
}
