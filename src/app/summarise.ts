// A short list for a Log row's Details, whose cell must stay small: the first items and how many more.

/**
 * The first `shown` items joined with commas, followed by how many were left out.
 * @example summarise(['a', 'b', 'c'], 2) // => 'a, b, … and 1 more'
 */
export function summarise(items: readonly string[], shown = 20): string {
  const listed = items.slice(0, shown);
  if (items.length > shown) listed.push(`… and ${items.length - shown} more`);
  return listed.join(', ');
}
