// The esbuild options of the server bundle (src/entry → Code.js), shared by the build and the benchmark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * libphonenumber-js ships its metadata as a ~85 KB object literal, which V8 must fully parse on every
 * load of Code.js; the same data as a string given to JSON.parse is only scanned when compiling and is
 * read several times faster (https://v8.dev/blog/cost-of-javascript-2019#json).
 */
const metadataAsJson = {
  name: 'metadata-as-json',
  setup(context) {
    context.onLoad({ filter: /libphonenumber-js[\\/]metadata\.\w+\.json\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const start = source.indexOf('export default ');
      if (start < 0) throw new Error(`${args.path}: expected "export default {…}"`);
      const json = source.slice(start + 'export default '.length).trim();
      JSON.parse(json); // throws if the file is not plain JSON after all
      return { contents: `export default JSON.parse(${JSON.stringify(json)});`, loader: 'js' };
    });
  },
};

/**
 * One IIFE assigned to the global __crm, at the ECMAScript level the bundle check holds it to.
 * Apps Script evaluates all of Code.js at the start of every execution, each custom-function
 * recalculation included, so the internals are minified; the readable top-level stubs and their
 * JSDoc are generated separately and put in front by the build.
 * @param {string} root the repository root
 */
export function serverBundleOptions(root) {
  return {
    entryPoints: [join(root, 'src/entry/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__crm',
    platform: 'neutral',
    target: 'es2020',
    minify: true,
    mainFields: ['module', 'main'],
    write: false,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    plugins: [metadataAsJson],
  };
}
