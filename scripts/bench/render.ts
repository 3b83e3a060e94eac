// Renders section results as Markdown (for BENCHMARKS.md) and as a plain table (for the console).
import type { SectionResult } from './section';

/** A Markdown table with its intro and notes. */
export function toMarkdown(result: SectionResult): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [
    `## ${result.title}`,
    '',
    result.intro,
    '',
    line(result.columns),
    line(result.columns.map(() => '---')),
    ...result.rows.map(line),
    '',
    ...result.notes.map((note) => `- ${note}`),
    '',
  ].join('\n');
}

/** A fixed-width text table with its title and notes. */
export function toText(result: SectionResult): string {
  const widths = result.columns.map((c, i) =>
    Math.max(c.length, ...result.rows.map((row) => row[i]?.length ?? 0)),
  );
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [
    result.title,
    '='.repeat(result.title.length),
    line(result.columns),
    line(widths.map((w) => '-'.repeat(w))),
    ...result.rows.map(line),
    ...result.notes.map((note) => `* ${note}`),
    '',
  ].join('\n');
}
