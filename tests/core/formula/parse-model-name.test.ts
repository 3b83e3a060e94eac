import { describe, expect, it } from 'vitest';
import { parseModelName } from '../../../src/core/formula/parse-model-name';

describe('parseModelName', () => {
  it('reads the three names in any case, with or without their slash', () => {
    expect(parseModelName('bgnbd', 'model', 'paretonbd')).toBe('bgnbd');
    expect(parseModelName(' MBG/NBD ', 'model', 'bgnbd')).toBe('mbgnbd');
    expect(parseModelName([['Pareto/NBD']], 'model', 'bgnbd')).toBe('paretonbd');
  });

  it('gives the fallback when omitted', () => {
    for (const omitted of ['', null, undefined, '  '])
      expect(parseModelName(omitted, 'model', 'bgnbd')).toBe('bgnbd');
  });

  it('names the argument for anything else', () => {
    expect(() => parseModelName('pareto', 'model', 'bgnbd')).toThrow(
      'model must be "bgnbd", "mbgnbd" or "paretonbd", not "pareto"',
    );
    expect(() => parseModelName(3, 'model', 'bgnbd')).toThrow('not "3"');
    expect(() => parseModelName(true, 'model', 'bgnbd')).toThrow(
      'model must be "bgnbd", "mbgnbd" or "paretonbd"',
    );
    expect(() => parseModelName([['a', 'b']], 'model', 'bgnbd')).toThrow('model must be a single value');
  });
});
