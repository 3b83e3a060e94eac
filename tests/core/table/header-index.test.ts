import { describe, expect, it } from 'vitest';
import { headerIndex } from '../../../src/core/table/header-index';

describe('headerIndex', () => {
  it('maps each header key to its first column and skips blank headers', () => {
    const index = headerIndex(Object.freeze(['Customer ID', '', 'E-mail', 'customer id', 'P(alive)']));
    expect([...index]).toEqual([
      ['customerid', 0],
      ['email', 2],
      ['palive', 4],
    ]);
  });
});
