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

/** A titled list of file rows and their reasons ("row 7: Amount: not a number"), cut after `limit`. */
export function rowList(
  title: string,
  rows: ReadonlyArray<{ row: number; reason: string }>,
  limit = 50,
): HTMLElement {
  const box = element('div', 'rows');
  if (rows.length === 0) return box;
  box.append(element('h3', '', `${title} (${rows.length})`));
  const list = element('ul');
  for (const r of rows.slice(0, limit)) list.append(element('li', '', `row ${r.row}: ${r.reason}`));
  if (rows.length > limit)
    list.append(element('li', 'hint', `… and ${rows.length - limit} more in the Log tab`));
  box.append(list);
  return box;
}
