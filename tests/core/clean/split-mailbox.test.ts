import { describe, expect, it } from 'vitest';
import { splitMailbox } from '../../../src/core/clean/split-mailbox';

describe('splitMailbox', () => {
  it('splits plain and quoted display names from the address', () => {
    expect(splitMailbox(' Ana Silva <ana@example.com> ')).toEqual({
      name: 'Ana Silva',
      address: 'ana@example.com',
    });
    expect(splitMailbox('"Name, Jr." <name@example.com>')).toEqual({
      name: 'Name, Jr.',
      address: 'name@example.com',
    });
    expect(splitMailbox('"Ben \\"B\\" Okafor" <ben@example.com>')).toEqual({
      name: 'Ben "B" Okafor',
      address: 'ben@example.com',
    });
  });

  it('gives no name for a bare address, bare brackets or a name that is an address', () => {
    expect(splitMailbox('ana@example.com')).toEqual({ name: '', address: 'ana@example.com' });
    expect(splitMailbox('<ana@example.com>')).toEqual({ name: '', address: 'ana@example.com' });
    expect(splitMailbox('"ana@example.com" <ana@example.com>')).toEqual({
      name: '',
      address: 'ana@example.com',
    });
  });
});
