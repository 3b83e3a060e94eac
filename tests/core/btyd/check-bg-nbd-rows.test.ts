import { describe, expect, it } from 'vitest';
import { checkBgNbdRows } from '../../../src/core/btyd/check-bg-nbd-rows';

describe('checkBgNbdRows', () => {
  it('accepts valid columns of one length', () => {
    expect(() => checkBgNbdRows([0, 2], [0, 3], [5, 5])).not.toThrow();
  });

  it('names the first invalid row, counting from 1', () => {
    expect(() => checkBgNbdRows([0, 2, 1], [0, 3, 9], [5, 5, 5])).toThrow('row 3: recency is greater than T');
  });

  it('rejects columns of different lengths', () => {
    expect(() => checkBgNbdRows([0, 2], [0], [5, 5])).toThrow(RangeError);
  });
});
