import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jaroWinkler } from '../../../src/core/clean/jaro-winkler';
import { nameSimilarity } from '../../../src/core/clean/name-similarity';

describe('nameSimilarity', () => {
  it('does not take a shared surname for the same person', () => {
    // jaroWinkler("kemi", "kofi") = 0.7 (m = 2: k, i; jaro 2/3; prefix 1) → (0.7 + 1) / 2 = 0.85 both ways.
    expect(jaroWinkler('kemi', 'kofi')).toBeCloseTo(0.7, 4);
    expect(nameSimilarity('fontaine kemi', 'fontaine kofi')).toBeCloseTo(0.85, 4);
    // Over the whole text the surname carried it past the 0.92 suggestion threshold.
    expect(jaroWinkler('fontaine kemi', 'fontaine kofi')).toBeGreaterThan(0.92);
    expect(nameSimilarity('freya kaur', 'freya khan')).toBeCloseTo(0.85, 4);
  });

  it('keeps a one-letter typo high and costs a missing middle name its own word only', () => {
    // jaroWinkler("bruna", "bruno") = 0.92 → (0.92 + 1) / 2.
    expect(nameSimilarity('bruna costa', 'bruno costa')).toBeCloseTo(0.96, 4);
    // ((1 + 0.5111 + 1) / 3 + 1) / 2, jaroWinkler("maria", "ana") = 0.5111.
    expect(nameSimilarity('ana maria silva', 'ana silva')).toBeCloseTo(0.9185, 4);
    // A lone first name is weak evidence: ((1) + (1 + 0) / 2) / 2.
    expect(nameSimilarity('ana', 'ana silva')).toBeCloseTo(0.75, 4);
  });

  it('is 1 for the same name, 0 when either is empty', () => {
    expect(nameSimilarity('ana silva', 'ana silva')).toBe(1);
    expect(nameSimilarity('', 'ana')).toBe(0);
    expect(nameSimilarity('', '')).toBe(0);
  });

  it('is symmetric and lies in [0, 1]', () => {
    const name = fc
      .array(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 3 })
      .map((words) => words.join(' '));
    fc.assert(
      fc.property(name, name, (a, b) => {
        const s = nameSimilarity(a, b);
        return s >= 0 && s <= 1 && Math.abs(s - nameSimilarity(b, a)) < 1e-12;
      }),
    );
  });
});
