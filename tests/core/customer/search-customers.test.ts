// searchCustomers: ranked matches by name, email, phone or Customer ID, at most a page of them.
import { describe, expect, it } from 'vitest';
import type { CustomerCard } from '../../../src/core/customer/customer-card';
import { searchCustomers } from '../../../src/core/customer/search-customers';

const card = (customerId: string, name: string, email = '', phone = ''): CustomerCard => ({
  customerId,
  name,
  email,
  phone,
  company: '',
});

const PEOPLE: readonly CustomerCard[] = Object.freeze([
  card('C001', 'Ána Silva', 'ana.silva@example.com', '+351 912 345 678'),
  card('C002', 'Mariana Costa', 'mariana@example.com'),
  card('C003', 'Bruno Anaya', 'bruno@ana-shop.example'),
  card('C004', 'Ana Lima', 'lima@example.com', '+49 30 1234567'),
]);

const ids = (query: string, limit?: number) =>
  searchCustomers(PEOPLE, query, limit).matches.map((c) => c.customerId);

describe('searchCustomers', () => {
  it('ranks names whose words start with every word typed first, accents, case and order ignored', () => {
    // "ana" starts a word of C001, C003 (Anaya) and C004; it is only inside Mariana and an email domain.
    expect(ids('ana')).toEqual(['C001', 'C003', 'C004', 'C002']);
    expect(ids('silva an')).toEqual(['C001']);
    expect(ids('ANA L')).toEqual(['C004']);
  });

  it('puts an exact Customer ID or email first', () => {
    expect(ids('c004')).toEqual(['C004']);
    expect(ids('Lima@Example.com')).toEqual(['C004']);
  });

  it('finds emails by their start and phones by their digits, spaces and signs ignored', () => {
    expect(ids('bruno@')).toEqual(['C003']);
    expect(ids('912345')).toEqual(['C001']);
    expect(ids('30 123')).toEqual(['C004']);
  });

  it('matches nobody under 2 characters, and says when there were more than the limit', () => {
    expect(ids('a')).toEqual([]);
    expect(searchCustomers(PEOPLE, 'ana', 2)).toEqual({ matches: [PEOPLE[0], PEOPLE[2]], more: true });
    expect(searchCustomers(PEOPLE, 'zzz')).toEqual({ matches: [], more: false });
  });
});
