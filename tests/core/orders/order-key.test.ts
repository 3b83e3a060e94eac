import { describe, expect, it } from 'vitest';
import { orderKey } from '../../../src/core/orders/order-key';

describe('orderKey', () => {
  it('names one order by its channel, whatever its case, and its Order ID as written', () => {
    expect(orderKey('Shopify', '1001')).toBe('shopify\u241f1001');
    expect(orderKey(' shopify ', ' 1001 ')).toBe(orderKey('SHOPIFY', '1001'));
    expect(orderKey('stripe', "'-1001")).toBe(orderKey('stripe', '-1001'));
    expect(orderKey('shop', 1001)).toBe('shop\u241f1001');
  });

  it('keeps Order IDs that differ by case, and the same ID in two channels, apart', () => {
    expect(orderKey('stripe', 'ch_3Pa2Bb')).not.toBe(orderKey('stripe', 'ch_3pa2bb'));
    expect(orderKey('shopify', '1001')).not.toBe(orderKey('woocommerce', '1001'));
  });
});
