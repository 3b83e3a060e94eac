// DOM helpers of the sidebar: every value from the sheet or a file is set as text, never parsed as HTML.

/** A new element with a class and text content (text is never interpreted as markup). */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** The element with this id; throws when the page lacks it (a build mistake, not a user error). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the sidebar has no #${id}`);
  return node as T;
}

/** A table of text cells under a header row. */
export function textTable(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<unknown>>,
): HTMLTableElement {
  const table = element('table');
  const head = element('tr');
  for (const h of header) head.append(element('th', '', h));
  table.append(head);
  for (const row of rows) {
    const tr = element('tr');
    for (const cell of row)
      tr.append(element('td', '', cell === undefined || cell === null ? '' : String(cell)));
    table.append(tr);
  }
  return table;
}

/**
 * `text` as text nodes with a line-break opportunity (`<wbr>`) after each `@`, `.`, `+`, `-` and `_`,
 * so a long email address wraps at its parts rather than anywhere in a narrow column.
 * @example breakableText('ana.lima@example.com') // => "ana." <wbr> "lima@" <wbr> "example." <wbr> "com"
 */
export function breakableText(text: string): Node[] {
  return text
    .split(/(?<=[@.+_-])/)
    .flatMap((part, i) =>
      i === 0 ? [document.createTextNode(part)] : [element('wbr'), document.createTextNode(part)],
    );
}

/**
 * A titled list of file or sheet rows and their reasons ("row 7: Amount: not a number"), cut after
 * `limit` with a last line saying where the rest is (`more`).
 */
export function rowList(
  title: string,
  rows: ReadonlyArray<{ row: number; reason: string }>,
  limit = 50,
  more = (count: number) => `… and ${count} more in the Log tab`,
): HTMLElement {
  const box = element('div', 'rows');
  if (rows.length === 0) return box;
  box.append(element('h3', '', `${title} (${rows.length})`));
  const list = element('ul');
  for (const r of rows.slice(0, limit)) list.append(element('li', '', `row ${r.row}: ${r.reason}`));
  if (rows.length > limit) list.append(element('li', 'hint', more(rows.length - limit)));
  box.append(list);
  return box;
}
