// duplicateSuggestions and the "Not the same" pairs: possible duplicates of one customer.
import { describe, expect, it } from 'vitest';
import type { CustomerCard } from '../../../src/core/customer/customer-card';
import { duplicateSuggestions } from '../../../src/core/customer/duplicate-suggestions';
import { notSameKey, parseNotSame } from '../../../src/core/customer/not-same-pairs';

const card = (customerId: string, name: string, email = '', phone = '', company = ''): CustomerCard => ({
  customerId,
  name,
  email,
  phone,
  company,
});

const ALL = Object.freeze([
  card('C1', 'Ana Silva', 'ana@example.com', '+351912345678'),
  card('C2', 'Silva, Ána', 'ana.work@example.com'),
  card('C3', 'Ana Silvia', 'other@example.com'),
  card('C4', 'Bruno Costa', 'bruno@example.com', '+351 912 345 678'),
  card('C5', 'Carla Dias', 'carla@example.com'),
]);

describe('duplicateSuggestions', () => {
  it('suggests the same person by phone before any look-alike name', () => {
    expect(duplicateSuggestions(ALL[0], ALL, new Set())).toEqual([
      { customerId: 'C4', name: 'Bruno Costa', email: 'bruno@example.com', reason: 'same phone' },
    ]);
  });

  it('suggests look-alike names, best first, in words', () => {
    expect(duplicateSuggestions(ALL[1], ALL, new Set())).toEqual([
      { customerId: 'C1', name: 'Ana Silva', email: 'ana@example.com', reason: 'same name' },
      {
        customerId: 'C3',
        name: 'Ana Silvia',
        email: 'other@example.com',
        reason: expect.stringMatching(/^similar name \(\d+ %\)$/),
      },
    ]);
  });

  it('finds look-alikes in any script, and by phone however the number is written', () => {
    const people = [
      card('R1', 'Иван Петров', 'ivan@example.com'),
      card('R2', 'Петров Иван', 'i.petrov@example.com'),
      card('R3', 'Olga Smirnova', 'olga@example.com', '+49 30 1234567'),
      card('R4', 'O. Smirnova-Lange', 'o.lange@example.com', '+49 (30) 123-4567'),
    ];
    expect(
      duplicateSuggestions(people[0], people, new Set()).map((s) => `${s.customerId} ${s.reason}`),
    ).toEqual(['R2 same name']);
    expect(
      duplicateSuggestions(people[2], people, new Set()).map((s) => `${s.customerId} ${s.reason}`),
    ).toEqual(['R4 same phone']);
  });

  it('leaves out the pairs marked not the same, from either side, and never suggests the customer itself', () => {
    const notSame = new Set([notSameKey('C2', 'C1')]);
    expect(duplicateSuggestions(ALL[1], ALL, notSame).map((s) => s.customerId)).toEqual(['C3']);
    expect(duplicateSuggestions(ALL[4], ALL, notSame)).toEqual([]);
  });
});

describe('notSameKey and parseNotSame', () => {
  it('keys an unordered pair once', () => {
    expect(notSameKey('C2', 'C1')).toBe('C1|C2');
    expect(notSameKey('C1', 'C2')).toBe('C1|C2');
  });

  it('reads the stored list, and nothing from text that is not one', () => {
    expect([...parseNotSame('["C1|C2","C3|C4"]')]).toEqual(['C1|C2', 'C3|C4']);
    expect(parseNotSame(null).size).toBe(0);
    expect(parseNotSame('{broken').size).toBe(0);
    expect(parseNotSame('{"a":1}').size).toBe(0);
  });
});
