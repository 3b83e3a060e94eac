// Text made safe to place in HTML: a customer's name can hold markup.

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * `text` with the five characters that can open markup or end an attribute replaced by entities,
 * so a sheet value shows as written and never runs.
 * @example escapeHtml('<img src=x onerror=alert(1)>') // => '&lt;img src=x onerror=alert(1)&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]);
}
