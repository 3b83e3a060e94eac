import { describe, expect, it } from 'vitest';
import { parseFlag } from '../../../src/core/formula/parse-flag';

describe('parseFlag', () => {
  it('reads TRUE/FALSE, 1/0 and yes/no text', () => {
    expect([true, 1, '1', 'TRUE', 'yes', ' Y '].map((v) => parseFlag(v, 'churned'))).toEqual([
      1, 1, 1, 1, 1, 1,
    ]);
    expect([false, 0, '0', 'false', 'No', 'n'].map((v) => parseFlag(v, 'churned'))).toEqual([
      0, 0, 0, 0, 0, 0,
    ]);
  });
  it('rejects anything else', () => {
    expect(() => parseFlag(2, 'churned')).toThrow('churned must be 1 or 0 (or TRUE/FALSE): "2"');
    expect(() => parseFlag('maybe', 'churned')).toThrow('churned must be 1 or 0');
    expect(() => parseFlag('', 'churned')).toThrow('churned is missing');
  });
});
