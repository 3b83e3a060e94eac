import { describe, expect, it } from 'vitest';
import {
  CustomerBook,
  type IncomingContext,
  type IncomingCustomer,
  LAST_CUSTOMER_ID_KEY,
} from '../../src/app/customer-book';
import type { Cell } from '../../src/app/ports';
import type { TabTable } from '../../src/core/table/columns';
import { headerIndex } from '../../src/core/table/header-index';
import { MemoryStore } from './memory-ports';

const HEADER = [
  'Customer ID',
  'Name',
  'Email',
  'Phone',
  'Company',
  'Channel',
  'Tags',
  'Consent',
  'Created at',
  'Notes',
];
const DAY = new Date(Date.UTC(2024, 2, 5));

function table(rows: Cell[][]): TabTable<'customers'> {
  return { tab: 'Customers', header: HEADER, index: headerIndex(HEADER), rows: rows.map((r) => r.slice()) };
}

function incoming(
  who: Partial<IncomingCustomer>,
  channel = 'stripe',
  source = 'stripe order ch_1',
): IncomingContext {
  return {
    who: { name: '', email: '', phone: '', company: '', consent: '', tags: '', ...who },
    channel,
    date: DAY,
    source,
  };
}

const ANA: Cell[] = [
  'C000007',
  'Ana Silva',
  'ana@example.com',
  "'+351910000001",
  'Lumen',
  'shopify',
  'vip',
  true,
  DAY,
  '',
];

describe('CustomerBook', () => {
  it('finds customers by email, then by E.164 phone, and numbers new ones after the highest ID', () => {
    const book = new CustomerBook(table([ANA]), { defaultCountry: 'PT' });
    const ids = book.resolve([
      incoming({ email: 'ANA@example.com' }),
      incoming({ phone: '910 000 001' }), // national format, read in Settings' default country
      incoming({ email: 'ben@example.com', name: 'Ben' }),
      incoming({ email: 'ben@example.com' }), // the same person twice in one file
    ]);
    expect(ids).toEqual(['C000007', 'C000007', 'C000008', 'C000008']);
    expect(book.added).toBe(1);
    expect(book.table.rows[0][5]).toBe('shopify, stripe');
  });

  it('keeps POS orders without email or phone on one new customer by name', () => {
    const book = new CustomerBook(table([]), {});
    expect(book.resolve([incoming({ name: 'Omar Haddad' }), incoming({ name: 'omar  HADDAD' })])).toEqual([
      'C000001',
      'C000001',
    ]);
  });

  it('merges with planMerge: blanks filled, conflicts in Notes, a withdrawn consent wins; one Log entry', () => {
    const book = new CustomerBook(table([ANA]), {});
    book.resolve([
      incoming({ email: 'ana@example.com', company: 'Lumen Lda', consent: 'no', tags: 'wholesale' }),
    ]);
    const row = book.table.rows[0];
    // Consent "no" replaces "yes" (GDPR art. 7(3), core planMerge); the earlier value goes to Notes.
    expect(row[7]).toBe(false);
    expect(row[6]).toBe('vip, wholesale');
    expect(row[9]).toBe(
      'Company: Lumen Lda (from stripe, 2024-03-05)\nConsent: true before false (from stripe, 2024-03-05)',
    );
    expect(book.merged.get(0)).toEqual(ANA);
    expect(book.mergeLog).toEqual([
      {
        action: 'merge',
        result: 'ok',
        counts: { 'fields changed': 2, 'conflicts kept in Notes': 2 },
        details:
          'C000007 ← stripe order ch_1; changed Tags, Consent; conflicting Company, Consent kept in Notes',
      },
    ]);
  });

  it('suggests look-alike names without merging them', () => {
    const book = new CustomerBook(table([ANA]), {});
    const [id] = book.resolve([incoming({ email: 'a.silva@work.example', name: 'Silva, Ana' })]);
    expect(id).toBe('C000008');
    expect(book.suggestions).toEqual([
      { customerId: 'C000008', similarTo: 'C000007', reason: 'similar name (1)' },
    ]);
    expect(book.merged.size).toBe(0);
  });

  it('issues IDs above the high-water mark and every ID seen elsewhere, and raises the mark', () => {
    const store = new MemoryStore();
    store.set(LAST_CUSTOMER_ID_KEY, '12');
    // With a mark, the records kept from before it (the undo snapshot) are not even read.
    const unread = () => {
      throw new Error('read although the mark is set');
    };
    const book = new CustomerBook(
      table([ANA]),
      {},
      { store, seen: [['C000009', 'C000011', '']], unmarked: unread },
    );
    expect(
      book.resolve([incoming({ email: 'ben@example.com' }), incoming({ email: 'cleo@example.com' })]),
    ).toEqual(['C000013', 'C000014']);
    expect(store.get(LAST_CUSTOMER_ID_KEY)).toBe('14');
    // An undo snapshot is walked whole; half a million Orders cells are read one by one.
    const orders = Array.from({ length: 500_000 }, (_, i) => `C${String(i).padStart(6, '0')}`);
    const snapshot = { parts: [{ kind: 'cells', cells: [[2, 1, 'C700000']] }] };
    store.delete(LAST_CUSTOMER_ID_KEY);
    const later = new CustomerBook(table([ANA]), {}, { store, seen: [orders], unmarked: () => snapshot });
    expect(later.resolve([incoming({ email: 'dan@example.com' })])).toEqual(['C700001']);
    // Matching an existing customer issues nothing and leaves the mark alone.
    expect(later.resolve([incoming({ email: 'ana@example.com' })])).toEqual(['C000007']);
    expect(store.get(LAST_CUSTOMER_ID_KEY)).toBe('700001');
  });
});
