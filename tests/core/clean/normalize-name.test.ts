import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../../src/core/clean/normalize-name';

describe('normalizeName', () => {
  it('trims, collapses spaces and title-cases only shouting or all-lower names', () => {
    expect(normalizeName('  ANA   SILVA ')).toBe('Ana Silva');
    expect(normalizeName('erik johansson')).toBe('Erik Johansson');
    expect(normalizeName('ANA DE SOUZA')).toBe('Ana de Souza');
    expect(normalizeName("mary-jane o'neil")).toBe("Mary-Jane O'Neil");
    expect(normalizeName('McDonald')).toBe('McDonald');
    expect(normalizeName('iPhone Repairs GmbH')).toBe('iPhone Repairs GmbH');
    expect(normalizeName('ÉLODIE MARTIN')).toBe('Élodie Martin');
    expect(normalizeName(12)).toBe('');
  });
});
