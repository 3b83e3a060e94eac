// foldText: lower case without accents, for fast substring tests over many names.
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/core/customer/fold-text';

describe('foldText', () => {
  it('lower-cases and removes accents, leaving other scripts as letters', () => {
    expect(foldText('Ána SILVA')).toBe('ana silva');
    expect(foldText('João Conceição')).toBe('joao conceicao');
    expect(foldText('Иван Петров')).toBe('иван петров');
    expect(foldText('plain ascii')).toBe('plain ascii');
  });
});
