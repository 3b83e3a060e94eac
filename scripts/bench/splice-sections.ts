// Puts freshly measured sections into an existing BENCHMARKS.md, leaving the sections not rerun as they were.

/** One "## title" block of a Markdown file, heading line included. */
interface Block {
  title: string;
  text: string;
}

/** The text before the first "## " heading, and each "## " block after it. */
function splitBlocks(markdown: string): { preamble: string; blocks: Block[] } {
  const parts = markdown.split(/^(?=## )/m);
  const preamble = parts[0].startsWith('## ') ? '' : parts.shift()!;
  const blocks = parts.map((text) => ({ title: text.slice(3, text.indexOf('\n')).trim(), text }));
  return { preamble, blocks };
}

/**
 * `existing` with each block of `fresh` (whole "## title" Markdown blocks) in place of the block of
 * the same title; a block the file does not have yet goes before the first block that comes after it
 * in `order` (all section titles, in the order a full run writes them), else at the end.
 */
export function spliceSections(existing: string, fresh: string[], order: string[]): string {
  const { preamble, blocks } = splitBlocks(existing);
  for (const markdown of fresh) {
    const block = splitBlocks(markdown).blocks[0];
    const at = blocks.findIndex((b) => b.title === block.title);
    if (at >= 0) {
      blocks[at] = block;
      continue;
    }
    const later = order.slice(order.indexOf(block.title) + 1);
    const next = blocks.findIndex((b) => later.includes(b.title));
    blocks.splice(next >= 0 ? next : blocks.length, 0, block);
  }
  return preamble + blocks.map((b) => `${b.text.trimEnd()}\n`).join('\n');
}
