// Text made safe to place in HTML: a customer's name can hold markup.

/**
 * `text` with the five characters that can open markup or end an attribute replaced by numeric
 * entities, so a sheet value shows as written and never runs.
 * @example escapeHtml('<img src=x onerror=alert(1)>') // => '&#60;img src=x onerror=alert(1)&#62;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
