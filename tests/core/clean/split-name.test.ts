import { describe, expect, it } from 'vitest';
import { splitName } from '../../../src/core/clean/split-name';

describe('splitName', () => {
  it('splits first and last name, reading the comma form as "Last, First"', () => {
    expect(splitName('Ana Silva')).toEqual({ first: 'Ana', last: 'Silva' });
    expect(splitName('okafor, BEN')).toEqual({ first: 'Ben', last: 'Okafor' });
    expect(splitName('ana de souza')).toEqual({ first: 'Ana', last: 'de Souza' });
    expect(splitName('Cher')).toEqual({ first: 'Cher', last: '' });
    expect(splitName('   ')).toEqual({ first: '', last: '' });
  });
});
