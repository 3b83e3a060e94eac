import { describe, expect, it } from 'vitest';
import { normalizeHeader } from '../../../src/core/table/normalize-header';

describe('normalizeHeader', () => {
  it('ignores case, spaces and punctuation (product.md section 2)', () => {
    const spellings = ['Customer ID', 'customer_id', 'CustomerId', ' CUSTOMER-ID ', 'Customer.ID'];
    expect(new Set(spellings.map(normalizeHeader))).toEqual(new Set(['customerid']));
  });

  it('keeps letters and digits, drops accents, and reads non-strings', () => {
    expect(normalizeHeader('P(alive)')).toBe('palive');
    expect(normalizeHeader('Expected orders 90d')).toBe('expectedorders90d');
    expect(normalizeHeader('Prénom')).toBe('prenom');
    expect(normalizeHeader(2024)).toBe('2024');
    expect(normalizeHeader(null)).toBe('');
  });
});
