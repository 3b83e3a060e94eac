// The product names of an Orders "Product" cell, which holds a whole order ("2× Fig Candle; Wick Trimmer").

/** "2× ", "10 × ": the quantity prefix the presets (and WooCommerce Analytics) put before a name. */
const QUANTITY = /^\d+\s*×\s*/;
/** A comma that starts the next "N× name" item of a WooCommerce Analytics list. */
const NEXT_COUNTED_ITEM = /,\s*(?=\d+\s*×)/;
/** The apostrophe an import put before text that would have started a formula. */
const NEUTRALISED = /^'(?=\s*[=+\-@])/;

/**
 * The distinct product names of a Product cell, in order. Items are separated by ";" (how the
 * Shopify and WooCommerce presets join an order's line items) or, in WooCommerce Analytics'
 * "2× Fig Candle, 1× Wick Trimmer", by a comma before the next counted item; other commas belong to
 * the name ("Candle, 8 oz"). Quantity prefixes and the apostrophe that neutralised a formula-looking
 * name are dropped, so the same product bought once or twice is one product. Non-text gives [].
 * @example splitProducts("2× Soy Candle - Fig; Wick Trimmer") // => ['Soy Candle - Fig', 'Wick Trimmer']
 * @example splitProducts('2× Fig Candle, 1× Wick Trimmer') // => ['Fig Candle', 'Wick Trimmer']
 */
export function splitProducts(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  const names: string[] = [];
  for (const part of value.split(';')) {
    const items = QUANTITY.test(part.trim()) ? part.split(NEXT_COUNTED_ITEM) : [part];
    for (const item of items) {
      const name = item.trim().replace(QUANTITY, '').replace(NEUTRALISED, '').trim();
      if (name && !names.includes(name)) names.push(name);
    }
  }
  return names;
}
