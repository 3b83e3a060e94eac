// Turns the entry-point registry into top-level function declarations with JSDoc.

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Makes a JSDoc-safe single line: no comment terminator, no line breaks. */
function docLine(text) {
  return String(text).replace(/\*\//g, '* /').replace(/\s+/g, ' ').trim();
}

/**
 * Generates the declarations for every entry point.
 * @param {Record<string, {kind: string, description: string, params: {name: string, description: string}[], returns: string}>} registry
 * @returns {string} JavaScript source of top-level function declarations
 */
export function generateStubs(registry) {
  const out = [];
  for (const [name, entry] of Object.entries(registry)) {
    if (!IDENTIFIER.test(name)) throw new Error(`entry point "${name}" is not a valid function name`);
    const params = entry.params.map((p) => p.name);
    for (const p of params) {
      if (!IDENTIFIER.test(p)) throw new Error(`entry point ${name}: parameter "${p}" is not a valid name`);
    }
    const lines = ['/**', ` * ${docLine(entry.description)}`];
    if (entry.kind === 'custom-function') {
      for (const p of entry.params) lines.push(` * @param {any} ${p.name} ${docLine(p.description)}`);
      lines.push(` * @return ${docLine(entry.returns)}`);
      lines.push(' * @customfunction');
    }
    lines.push(' */');
    out.push(lines.join('\n'));
    out.push(
      `function ${name}(${params.join(', ')}) {\n  return __crm.entryPoints.${name}.run.apply(null, arguments);\n}\n`,
    );
  }
  return out.join('\n');
}
