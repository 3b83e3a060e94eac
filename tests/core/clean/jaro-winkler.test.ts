import { describe, expect, it } from 'vitest';
import { jaroWinkler } from '../../../src/core/clean/jaro-winkler';

describe('jaroWinkler', () => {
  it('reproduces the worked examples of Winkler (1990)', () => {
    // MARTHA/MARHTA: m = 6, t = 1, jaro = (1 + 1 + 5/6)/3 = 0.9444, prefix 3 → 0.9444 + 0.3·0.0556 = 0.9611.
    expect(jaroWinkler('MARTHA', 'MARHTA')).toBeCloseTo(0.9611, 4);
    // DWAYNE/DUANE: m = 4, t = 0, jaro = (4/6 + 4/5 + 1)/3 = 0.8222, prefix 1 → 0.84.
    expect(jaroWinkler('DWAYNE', 'DUANE')).toBeCloseTo(0.84, 4);
    // DIXON/DICKSONX: m = 4, t = 0, jaro = (4/5 + 4/8 + 1)/3 = 0.7667, prefix 2 → 0.8133.
    expect(jaroWinkler('DIXON', 'DICKSONX')).toBeCloseTo(0.8133, 4);
  });

  it('is 1 for equal strings, 0 with nothing in common, and symmetric', () => {
    expect(jaroWinkler('ana silva', 'ana silva')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
    expect(jaroWinkler('ana silva', 'ana silvia')).toBeCloseTo(jaroWinkler('ana silvia', 'ana silva'), 12);
  });
});
