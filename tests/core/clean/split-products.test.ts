import { describe, expect, it } from 'vitest';
import { splitProducts } from '../../../src/core/clean/split-products';

describe('splitProducts', () => {
  it('splits the Shopify preset’s "; " list and drops quantity prefixes', () => {
    // Line 2-3 of tests/fixtures/imports/shopify_orders_export.csv: order #1001, as the preset joins it.
    expect(splitProducts('2× Soy Candle - Fig; Wick Trimmer')).toEqual(['Soy Candle - Fig', 'Wick Trimmer']);
  });

  it('splits WooCommerce Analytics’ "2× A, 1× B" at the commas before a counted item only', () => {
    expect(splitProducts('2× Fig Candle, 1× Wick Trimmer')).toEqual(['Fig Candle', 'Wick Trimmer']);
    expect(splitProducts('1× Candle, 8 oz, 3 × Gift Box')).toEqual(['Candle, 8 oz', 'Gift Box']);
    // Without a counted first item a comma is part of the name (Etsy-style titles).
    expect(splitProducts('Fig Soy Candle | hand poured, 8 oz')).toEqual([
      'Fig Soy Candle | hand poured, 8 oz',
    ]);
  });

  it('drops the apostrophe that neutralised a formula-looking name, and repeats', () => {
    expect(splitProducts("'@SUM(A1:A9); Gift Box; 2× Gift Box")).toEqual(['@SUM(A1:A9)', 'Gift Box']);
    // An apostrophe that was typed as part of the name stays.
    expect(splitProducts("'Tis the Season")).toEqual(["'Tis the Season"]);
  });

  it('gives nothing for blanks and non-text', () => {
    expect(splitProducts('')).toEqual([]);
    expect(splitProducts(' ; ')).toEqual([]);
    expect(splitProducts(42)).toEqual([]);
    expect(splitProducts(null)).toEqual([]);
  });
});
