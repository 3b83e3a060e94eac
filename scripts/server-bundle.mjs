// The esbuild options of the server bundle (src/entry → Code.js), shared by the build and the benchmark.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * libphonenumber-js ships its metadata as a ~85 KB object literal, which V8 would build on every load
 * of Code.js, although most executions read no phone number. src/core/clean/phone-metadata.ts is
 * replaced by a module that keeps the same data as a JSON string, only scanned when compiling, and
 * parses it on the first call (https://v8.dev/blog/cost-of-javascript-2019#json).
 */
/**
 * The metadata without each country's display formats (entry 4 of its array in the "min" metadata
 * layout), three fifths of its size: the product only reads numbers into E.164 and checks them
 * (parsePhoneNumberFromString, isValid, .number in src/core/clean/normalize-phone.ts), which use
 * the calling codes, prefixes, patterns and lengths, never the formats a number is displayed in.
 * tests/entry/phone-numbers.test.ts checks the bundle's numbers against the full metadata's.
 */
function withoutFormats(metadata) {
  const strip = (entries) =>
    Object.fromEntries(
      Object.entries(entries ?? {}).map(([code, entry]) => [
        code,
        Array.isArray(entry) && Array.isArray(entry[4])
          ? entry.map((part, i) => (i === 4 ? [] : part))
          : entry,
      ]),
    );
  return { ...metadata, countries: strip(metadata.countries), nonGeographic: strip(metadata.nonGeographic) };
}

const lazyPhoneMetadata = {
  name: 'lazy-phone-metadata',
  setup(context) {
    context.onLoad({ filter: /src[\\/]core[\\/]clean[\\/]phone-metadata\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (
        !/import metadata from 'libphonenumber-js\/min\/metadata';/.test(source) ||
        !/export function phoneMetadata\(\)/.test(source)
      ) {
        throw new Error(`${args.path}: expected phoneMetadata() returning libphonenumber-js/min/metadata`);
      }
      // The JSON twin of the module the import names (throws if it is not plain JSON after all).
      const metadata = JSON.parse(readFileSync(require.resolve('libphonenumber-js/min/metadata'), 'utf8'));
      const json = JSON.stringify(withoutFormats(metadata));
      return {
        contents: `let parsed;\nexport function phoneMetadata() {\n  return parsed || (parsed = JSON.parse(${JSON.stringify(json)}));\n}\n`,
        loader: 'js',
      };
    });
  },
};

/**
 * libphonenumber-js/core re-exports its es6 build, which Babel compiled down to ES5 classes and
 * helpers; the package ships the same sources built for modern engines in es6-modern, 15 KB smaller
 * once minified and quicker to compile and run on each load of Code.js. Imports of the former are
 * resolved to the latter (esbuild still lowers anything newer than the bundle's target).
 */
const modernPhoneBuild = {
  name: 'modern-phone-build',
  setup(context) {
    context.onResolve({ filter: /^\.\.\/es6\// }, (args) => {
      if (!/libphonenumber-js[\\/]core$/.test(args.resolveDir)) return undefined;
      const path = join(args.resolveDir, '..', 'es6-modern', args.path.slice('../es6/'.length));
      if (!existsSync(path))
        throw new Error(`${path}: expected libphonenumber-js to ship its es6-modern build`);
      // A path a plugin resolves loses the package's "sideEffects": false, which lets esbuild drop
      // the modules nothing uses (the number finder's Unicode tables among them): say it again.
      return { path, sideEffects: false };
    });
  },
};

/**
 * How code is bundled to run in Apps Script: one IIFE for a runtime that is neither Node nor a browser,
 * at the ECMAScript level the bundle check holds it to. Shared by Code.js and the bundle check's
 * web-app bundle, so both resolve and lower the sources alike.
 */
export const APPS_SCRIPT_BUNDLE = {
  bundle: true,
  format: 'iife',
  platform: 'neutral',
  target: 'es2020',
  mainFields: ['module', 'main'],
  write: false,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'silent',
};

/**
 * One IIFE assigned to the global __crm (APPS_SCRIPT_BUNDLE). Apps Script evaluates all of Code.js at
 * the start of every execution, each custom-function recalculation included, so the internals are
 * minified; the readable top-level stubs and their JSDoc are generated separately and put in front by
 * the build.
 * @param {string} root the repository root
 */
export function serverBundleOptions(root) {
  return {
    ...APPS_SCRIPT_BUNDLE,
    entryPoints: [join(root, 'src/entry/index.ts')],
    globalName: '__crm',
    minify: true,
    plugins: [lazyPhoneMetadata, modernPhoneBuild],
  };
}
