// The import rules of the layers (architecture.md), checked over a set of source files given as text.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** One import of a file: what it names, resolved to a file of the set when it is relative, and whether only types cross. */
export interface ImportEdge {
  from: string;
  /** The specifier as written ('../app/ports', 'zod'). */
  specifier: string;
  /** The file of the set it resolves to; null for a package, or a relative path that names no file of the set. */
  to: string | null;
  typeOnly: boolean;
}

/** The layers by folder; a file outside them (scripts, tests) is checked for cycles only. */
const LAYERS = ['src/core', 'src/app', 'src/gas', 'src/entry', 'src/local', 'sidebar'] as const;
type Layer = (typeof LAYERS)[number];

/** What each layer may not import, and why (architecture.md: imports point inward only). */
const FORBIDDEN: Record<Layer, readonly Layer[]> = {
  'src/core': ['src/app', 'src/gas', 'src/entry', 'src/local'],
  'src/app': ['src/gas', 'src/entry', 'src/local'],
  'src/gas': ['src/local'],
  'src/entry': ['src/local'],
  sidebar: ['src/local'],
  'src/local': [],
};

function layerOf(path: string): Layer | null {
  return LAYERS.find((layer) => path.startsWith(`${layer}/`)) ?? null;
}

/** `text` with comments and the contents of strings blanked, so only code is searched for imports; specifiers are kept. */
function codeOnly(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === '`') {
      // Template text never holds an import of this file: blank it (expressions included, rare enough).
      let j = i + 1;
      while (j < text.length && text[j] !== '`') j += text[j] === '\\' ? 2 : 1;
      out += ' '.repeat(j + 1 - i);
      i = j + 1;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Whether the braces `{ a, type b }` name types only. */
function typesOnly(names: string): boolean {
  const specifiers = names
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return specifiers.length > 0 && specifiers.every((name) => /^type\s/.test(name));
}

/** The imports of one file, as written: static imports and re-exports, side-effect imports and import(). */
export function parseImports(text: string): Array<{ specifier: string; typeOnly: boolean }> {
  const code = codeOnly(text);
  const found: Array<{ at: number; specifier: string; typeOnly: boolean }> = [];
  const statement = /(?:^|[;}\n])\s*(import|export)\s+(type\s+)?([^;'"]*?)\s*from\s*(['"])([^'"]+)\4/g;
  for (const m of code.matchAll(statement)) {
    const clause = m[3].trim();
    if (m[1] === 'export' && !/^(\*|\{)/.test(clause)) continue;
    const braces = /\{([^}]*)\}/.exec(clause);
    // `import a, { type B }` still loads the module for `a`; only a clause of braces alone can be all types.
    const onlyBraces = braces !== null && clause.replace(braces[0], '').trim() === '';
    const typeOnly = m[2] !== undefined || (onlyBraces && typesOnly(braces[1]));
    found.push({ at: m.index ?? 0, specifier: m[5], typeOnly });
  }
  for (const m of code.matchAll(/(?:^|[;}\n])\s*import\s*(['"])([^'"]+)\1/g)) {
    found.push({ at: m.index ?? 0, specifier: m[2], typeOnly: false });
  }
  for (const m of code.matchAll(/(typeof\s+)?\bimport\(\s*(['"])([^'"]+)\2\s*\)/g)) {
    found.push({ at: m.index ?? 0, specifier: m[3], typeOnly: m[1] !== undefined });
  }
  return found.sort((a, b) => a.at - b.at).map(({ specifier, typeOnly }) => ({ specifier, typeOnly }));
}

/** The file of `files` that `specifier`, written in `from`, loads; null for a package or no such file. */
function resolve(from: string, specifier: string, files: ReadonlyMap<string, string>): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = posix.normalize(posix.join(posix.dirname(from), specifier));
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`])
    if (files.has(candidate)) return candidate;
  return null;
}

/** Every import of every file of the set, resolved. */
export function importEdges(files: ReadonlyMap<string, string>): ImportEdge[] {
  return [...files].flatMap(([from, text]) =>
    parseImports(text).map(({ specifier, typeOnly }) => ({
      from,
      specifier,
      to: resolve(from, specifier, files),
      typeOnly,
    })),
  );
}

/** The cycles of value imports (type-only imports are erased by the build, so they cannot form one at run time). */
function valueCycles(edges: readonly ImportEdge[]): string[][] {
  const graph = new Map<string, string[]>();
  for (const edge of edges) {
    if (edge.typeOnly || edge.to === null) continue;
    graph.set(edge.from, [...(graph.get(edge.from) ?? []), edge.to]);
  }
  // Tarjan's strongly connected components; each component of two files or more (or a file importing itself) is a cycle.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (;;) {
      const member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
      if (member === node) break;
    }
    if (component.length > 1 || (graph.get(node) ?? []).includes(node))
      cycles.push(cyclePath(component, graph));
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles;
}

/** One loop through a component, from its first file in name order back to it: a → b → c → a. */
function cyclePath(component: readonly string[], graph: ReadonlyMap<string, string[]>): string[] {
  const members = new Set(component);
  const start = [...component].sort()[0];
  // Breadth-first from start to find the shortest way back to it inside the component.
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at = node; at !== start; at = previous.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

/**
 * What breaks the import rules in `files` (repository-relative path → source text), one line each,
 * naming the file and what it imports: src/core imports nothing of src/app, src/gas, src/entry or
 * src/local; src/app nothing of src/gas or src/entry; nothing bundled (src/core, src/app, src/gas,
 * src/entry, sidebar/) anything of src/local; and no value imports go round in a cycle. A relative
 * import that names no file is listed too. Empty when every rule holds.
 */
export function checkImports(files: ReadonlyMap<string, string>): string[] {
  const edges = importEdges(files);
  const problems: string[] = [];
  for (const edge of edges) {
    if (edge.specifier.startsWith('.') && edge.to === null) {
      problems.push(`${edge.from} imports '${edge.specifier}', which is no file`);
      continue;
    }
    const from = layerOf(edge.from);
    const to = edge.to && layerOf(edge.to);
    if (from && to && FORBIDDEN[from].includes(to)) {
      problems.push(
        `${edge.from} imports ${edge.to}${edge.typeOnly ? ' (types only)' : ''}: ${from} may not import ${to}`,
      );
    }
  }
  for (const cycle of valueCycles(edges))
    problems.push(`value imports go round in a cycle: ${cycle.join(' → ')}`);
  return problems;
}

/** The .ts files under `dirs` of the repository at `root`, by repository-relative path. */
export function readSources(root: string, dirs: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        files.set(path, readFileSync(join(root, path), 'utf8'));
      }
    }
  };
  for (const dir of dirs) walk(dir);
  return files;
}
