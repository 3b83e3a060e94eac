import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchCustomers } from '../../../src/core/clean/match-customers';
import { csvTable } from '../../../src/core/import/csv-table';
import { parseCsv } from '../../../src/core/import/parse-csv';
import { shopifyOrders } from '../../../src/core/import/shopify-orders';
import { stripePayments } from '../../../src/core/import/stripe-payments';

const fixture = (name: string) => {
  const parsed = parseCsv(readFileSync(new URL(`../../fixtures/imports/${name}`, import.meta.url), 'utf8'));
  return csvTable(parsed.rows, parsed.lines);
};
const options = { timeZone: 'Europe/Lisbon', defaultCountry: 'PT' };

describe('matchCustomers', () => {
  it('matches by normalised email, then by E.164 phone', () => {
    const existing = Object.freeze([
      { name: 'Ana Silva', email: 'ana.silva@gmail.com', phone: '+351910000001' },
      { name: 'Ben Okafor', email: 'ben.okafor@example.com', phone: '' },
    ]);
    const incoming = [
      { email: ' BEN.OKAFOR@Example.com ' },
      { email: 'ana@work.example', phone: '910 000 001' },
      { email: 'nobody@example.com', phone: '+351 910 000 009' },
    ];
    const result = matchCustomers(existing, incoming, { defaultCountry: 'PT' });
    expect(result.map((r) => r.match)).toEqual([
      { kind: 'existing', index: 1, by: 'email' },
      { kind: 'existing', index: 0, by: 'phone' },
      null,
    ]);
  });

  it('applies Gmail dots and +tags only with the option', () => {
    const existing = [{ email: 'ana.silva@gmail.com' }];
    const incoming = [{ email: 'Ana.Silva+candles@googlemail.com' }];
    expect(matchCustomers(existing, incoming)[0].match).toBeNull();
    expect(matchCustomers(existing, incoming, { gmailDots: true })[0].match).toEqual({
      kind: 'existing',
      index: 0,
      by: 'email',
    });
  });

  it('finds the same people across the Shopify and Stripe fixtures', () => {
    const shopify = shopifyOrders(fixture('shopify_orders_export.csv'), options).orders;
    const stripe = [
      ...stripePayments(fixture('stripe_unified_payments.csv'), options).orders,
      ...stripePayments(fixture('stripe_unified_payments_all_columns.csv'), options).orders,
    ];
    const result = matchCustomers(shopify, stripe, { gmailDots: true, defaultCountry: 'PT' });
    const matchOf = (email: string) => {
      const index = stripe.findIndex((order) => order.email === email);
      const match = result[index].match;
      return match && { ...match, shopifyEmail: shopify[match.index].email };
    };
    // Different case (BEN.OKAFOR@example.com), Gmail +tag and googlemail, Gmail dots.
    expect(matchOf('ben.okafor@example.com')).toEqual({
      kind: 'existing',
      index: 1,
      by: 'email',
      shopifyEmail: 'ben.okafor@example.com',
    });
    expect(matchOf('ana.silva+candles@googlemail.com')?.shopifyEmail).toBe('ana.silva@gmail.com');
    expect(matchOf('a.n.a.silva@gmail.com')?.shopifyEmail).toBe('ana.silva@gmail.com');
    expect(matchOf('dana.k@example.com')?.shopifyEmail).toBe('dana.k@example.com');
    // Without the Gmail option the all-columns row is still found by its phone "910 000 001".
    const plain = matchCustomers(shopify, stripe, { defaultCountry: 'PT' });
    const row = stripe.findIndex((order) => order.email === 'a.n.a.silva@gmail.com');
    expect(plain[row].match).toEqual({ kind: 'existing', index: 0, by: 'phone' });
  });

  it('links rows of one import to each other, through any identifier they share', () => {
    const incoming = [
      { email: 'chloe@example.com', phone: '' },
      { email: 'chloe@example.com', phone: '+351910000003' },
      { email: '', phone: '910000003' },
    ];
    const result = matchCustomers([], incoming, { defaultCountry: 'PT' });
    expect(result.map((r) => r.match)).toEqual([
      null,
      { kind: 'incoming', index: 0, by: 'email' },
      { kind: 'incoming', index: 0, by: 'phone' },
    ]);
  });

  it('only suggests look-alike names, with company when both have one', () => {
    const existing = [
      { name: 'Ana Silva', email: 'ana@example.com', company: 'Lumen Candles' },
      { name: 'Bruno Costa', email: 'bruno@example.com' },
    ];
    const incoming = [
      { name: 'SILVA, ANA', email: 'ana.s@work.example', company: 'Lumen Candles Lda' },
      { name: 'Bruna Costa', email: 'bruna@example.com' },
      { name: 'Zoe Quinn', email: 'zoe@example.com' },
    ];
    const result = matchCustomers(existing, incoming);
    expect(result.map((r) => r.match)).toEqual([null, null, null]);
    // "ana silva" equal (1); companies "candles lumen" vs "candles lda lumen": JW ≈ 0.955 → mean ≈ 0.977.
    expect(result[0].suggestions).toHaveLength(1);
    expect(result[0].suggestions[0]).toMatchObject({ kind: 'existing', index: 0 });
    expect(result[0].suggestions[0].score).toBeGreaterThan(0.95);
    expect(result[0].suggestions[0].reason).toMatch(/^similar name and company/);
    // "bruna costa" vs "bruno costa" (sorted words "bruna costa"/"bruno costa"): one letter differs.
    expect(result[1].suggestions.map((s) => s.index)).toEqual([1]);
    expect(result[2].suggestions).toEqual([]);
  });

  it('never suggests names that differ in their numbers', () => {
    // Placeholder names of a shop's test or POS customers (tests/fixtures/imports, "Customer 18").
    const existing = [
      { name: 'Customer 18', email: 'customer18@example.com' },
      { name: 'Ana Silva 2', email: 'ana2@example.com' },
    ];
    const incoming = [
      { name: 'Customer 19', email: 'customer19@example.com' },
      { name: 'customer 18', email: 'c18@work.example' },
      { name: 'Ana Silva', email: 'ana@example.com' },
    ];
    const result = matchCustomers(existing, incoming);
    // "18 customer" vs "19 customer" scores ≈ 0.945 by Jaro–Winkler alone; the numbers differ.
    expect(result[0].suggestions).toEqual([]);
    // Same words and number: similarity 1.
    expect(result[1].suggestions).toEqual([
      { kind: 'existing', index: 0, score: 1, reason: 'similar name (1)' },
    ]);
    // One has a number the other lacks.
    expect(result[2].suggestions).toEqual([]);
  });

  it('meets look-alikes through either word, a middle name or a typo in the first letters', () => {
    const existing = [{ name: 'Ana Maria Silva', email: 'am@example.com' }];
    const incoming = [
      { name: 'Ana Silva', email: 'a@example.com' }, // shares the blocks "ana s" and "sil a"
      { name: 'Anna Maria Silva', email: 'b@example.com' }, // "ann…" misses, "sil a" and "mar a" meet
    ];
    const result = matchCustomers(existing, incoming, { suggestAt: 0.85 });
    // Word by word (nameSimilarity: the mean of both directions' mean best Jaro–Winkler match per word),
    // with jaroWinkler("maria", "ana") = 0.5111 and jaroWinkler("anna", "ana") = 0.9333:
    // "ana silva" ~ "ana maria silva": (1 + (1 + 0.5111 + 1) / 3) / 2 = 0.919;
    // "anna maria silva" ~ "ana maria silva": (0.9333 + 1 + 1) / 3 = 0.978 in both directions;
    // "anna maria silva" ~ "ana silva" (the earlier incoming row): ((0.9333 + 1) / 2 + (0.9333 + 0.5111 + 1) / 3) / 2 = 0.891.
    expect(result.map((r) => r.suggestions.map((x) => [x.kind, x.index, x.score]))).toEqual([
      [['existing', 0, 0.919]],
      [
        ['existing', 0, 0.978],
        ['incoming', 0, 0.891],
      ],
    ]);
  });

  it('compares a name with the latest maxCandidates of its block only, so a big file stays linear', () => {
    const existing = [
      { name: 'Anabel', email: 'first@example.com' },
      { name: 'Anastasia', email: 'second@example.com' },
      { name: 'Anatol', email: 'third@example.com' },
    ];
    const incoming = [{ name: 'Anabell', email: 'new@example.com' }];
    // All four share the block "ana"; "anabell" ~ "anabel" 0.971, ~ the others below 0.83.
    // With 2 candidates only the latest two, Anatol and Anastasia, are looked at.
    expect(matchCustomers(existing, incoming, { maxCandidates: 2 })[0].suggestions).toEqual([]);
    expect(matchCustomers(existing, incoming)[0].suggestions.map((x) => [x.index, x.score])).toEqual([
      [0, 0.971],
    ]);
  });
});
