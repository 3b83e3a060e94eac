// Rerunning some benchmark sections must replace exactly those in BENCHMARKS.md and keep the others.
import { describe, expect, it } from 'vitest';
import { spliceSections } from '../../../scripts/bench/splice-sections';

const FILE = [
  '# Benchmarks',
  '',
  'Written by x.',
  '',
  '## (a) A',
  '',
  'a old',
  '',
  '## (c) C',
  '',
  'c old',
  '',
].join('\n');

describe('spliceSections', () => {
  it('replaces a rerun section in place and keeps the others and the preamble', () => {
    const out = spliceSections(FILE, ['## (a) A\n\na new\n'], ['(a) A', '(c) C']);
    expect(out).toBe(
      [
        '# Benchmarks',
        '',
        'Written by x.',
        '',
        '## (a) A',
        '',
        'a new',
        '',
        '## (c) C',
        '',
        'c old',
        '',
      ].join('\n'),
    );
  });

  it('puts a section the file lacks where a full run would write it', () => {
    const order = ['(a) A', '(b) B', '(c) C', '(d) D'];
    const middle = spliceSections(FILE, ['## (b) B\n\nb new\n'], order);
    expect(middle.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## (a) A',
      '## (b) B',
      '## (c) C',
    ]);
    expect(middle).toContain('## (b) B\n\nb new\n\n## (c) C');
    const last = spliceSections(FILE, ['## (d) D\n\nd new\n'], order);
    expect(last.endsWith('c old\n\n## (d) D\n\nd new\n')).toBe(true);
  });
});
