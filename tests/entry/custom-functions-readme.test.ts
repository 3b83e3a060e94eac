import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customFunctionEntryPoints } from '../../src/entry/custom-functions';
import type { EntryPoint } from '../../src/entry/entry-point';

const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');

describe('the README formula reference', () => {
  it('lists every registered custom function with its arguments in order', () => {
    for (const [name, entry] of Object.entries(customFunctionEntryPoints as Record<string, EntryPoint>)) {
      const row = readme.split('\n').find((line) => line.includes(`\`${name}(`));
      expect(row, name).toBeDefined();
      const args = row!.slice(
        row!.indexOf(`${name}(`) + name.length + 1,
        row!.indexOf(')', row!.indexOf(`${name}(`)),
      );
      expect(args.replace(/[[\]]/g, '').split(', '), name).toEqual(entry.params.map((p) => p.name));
    }
  });

  it('names no custom function that does not exist', () => {
    const named = new Set([...readme.matchAll(/`(CRM_[A-Z_]+)\(/g)].map((m) => m[1]));
    expect([...named].filter((name) => !(name in customFunctionEntryPoints))).toEqual([]);
  });
});
