import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/local/cli/bundle-session';
import { checkImports, parseImports, readSources } from './check-imports';

/** A planted file set: path → source. */
const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('the import rules of the layers', () => {
  it('hold in src/ and sidebar/', () => {
    const sources = readSources(ROOT, ['src', 'sidebar']);
    expect(sources.size).toBeGreaterThan(250);
    expect(checkImports(sources)).toEqual([]);
  });

  it('read every form of import, and which carry types only', () => {
    const text = [
      "import { a, b } from './values';",
      "import type { T } from './types';",
      "import { type U, type V } from './inline-types';",
      "import { type W, x } from './mixed';",
      "import def, { type Y } from './default';",
      "import * as all from './namespace';",
      "import './side-effect';",
      "export { z } from './re-export';",
      "export type { Z } from './re-export-types';",
      "export * from './re-export-all';",
      "export const q = 1; // import { no } from './in-a-comment';",
      'const s = "import { no } from \'./in-a-string\'";',
      "type Api = typeof import('./typeof-import');",
      "const lazy = () => import('./dynamic');",
      'import {',
      '  many,',
      '  type Lines,',
      "} from './multi-line';",
    ].join('\n');
    expect(parseImports(text)).toEqual([
      { specifier: './values', typeOnly: false },
      { specifier: './types', typeOnly: true },
      { specifier: './inline-types', typeOnly: true },
      { specifier: './mixed', typeOnly: false },
      { specifier: './default', typeOnly: false },
      { specifier: './namespace', typeOnly: false },
      { specifier: './side-effect', typeOnly: false },
      { specifier: './re-export', typeOnly: false },
      { specifier: './re-export-types', typeOnly: true },
      { specifier: './re-export-all', typeOnly: false },
      { specifier: './typeof-import', typeOnly: true },
      { specifier: './dynamic', typeOnly: false },
      { specifier: './multi-line', typeOnly: false },
    ]);
  });

  it('fail on a planted outward import, naming the file and what it imports', () => {
    const planted = files({
      'src/core/clean/a.ts':
        "import { boundPorts } from '../../entry/bound-ports';\nimport type { Ports } from '../../app/ports';",
      'src/app/ports.ts': 'export interface Ports {}',
      'src/app/use.ts': "import { gasPorts } from '../gas/gas-ports';",
      'src/entry/bound-ports.ts':
        "import { emulate } from '../local/emulator/x';\nexport const boundPorts = 1;",
      'src/gas/gas-ports.ts': 'export const gasPorts = 1;',
      'src/local/emulator/x.ts': "import { gasPorts } from '../../gas/gas-ports';\nexport const emulate = 1;",
      'sidebar/main.ts': "import { emulate } from '../src/local/emulator/x';",
    });
    expect(checkImports(planted)).toEqual([
      'src/core/clean/a.ts imports src/entry/bound-ports.ts: src/core may not import src/entry',
      'src/core/clean/a.ts imports src/app/ports.ts (types only): src/core may not import src/app',
      'src/app/use.ts imports src/gas/gas-ports.ts: src/app may not import src/gas',
      'src/entry/bound-ports.ts imports src/local/emulator/x.ts: src/entry may not import src/local',
      'sidebar/main.ts imports src/local/emulator/x.ts: sidebar may not import src/local',
    ]);
  });

  it('fail on a planted cycle of value imports, and allow one that goes through a type-only import', () => {
    const cycle = files({
      'src/app/a.ts': "import { b } from './b';\nexport const a = 1;",
      'src/app/b.ts': "import { c } from './c';\nexport const b = 1;",
      'src/app/c.ts': "import { a } from './a';\nexport const c = 1;",
      'src/app/self.ts': "import { self } from './self';\nexport const self = 1;",
    });
    expect(checkImports(cycle)).toEqual([
      'value imports go round in a cycle: src/app/a.ts → src/app/b.ts → src/app/c.ts → src/app/a.ts',
      'value imports go round in a cycle: src/app/self.ts → src/app/self.ts',
    ]);
    const throughTypes = files({
      'src/app/a.ts': "import { b } from './b';\nexport const a = 1;",
      'src/app/b.ts': "import { type A, type B } from './a';\nexport const b = 1;",
      'src/app/c.ts': "import type { C } from './d';\nexport const c = 1;",
      'src/app/d.ts': "import type { D } from './c';\nexport const d = 1;",
    });
    expect(checkImports(throughTypes)).toEqual([]);
  });

  it('name a relative import that names no file', () => {
    expect(checkImports(files({ 'src/core/a.ts': "import { b } from './b';" }))).toEqual([
      "src/core/a.ts imports './b', which is no file",
    ]);
  });
});
