import { describe, expect, it } from 'vitest';
import { wrapWords } from '../../../src/core/analytics/wrap-words';

describe('wrapWords', () => {
  it('fills lines up to the width at spaces and gives a long word its own line', () => {
    expect(wrapWords('one two three', 7)).toEqual(['one two', 'three']);
    expect(wrapWords('  a  b ', 3)).toEqual(['a b']);
    expect(wrapWords('tiny enormousword x', 5)).toEqual(['tiny', 'enormousword', 'x']);
    expect(wrapWords('', 10)).toEqual([]);
  });
});
