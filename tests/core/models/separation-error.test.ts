// Tests for the separation error type.

import { describe, expect, it } from 'vitest';
import { SeparationError } from '../../../src/core/models/separation-error';

describe('SeparationError', () => {
  it('is an Error carrying the kind and the features involved', () => {
    const features = [2, 3];
    const error = new SeparationError('perfect separation: …', 'complete', features);
    features.push(4);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(SeparationError);
    expect(error.name).toBe('SeparationError');
    expect(error.message).toBe('perfect separation: …');
    expect(error.kind).toBe('complete');
    expect(error.features).toEqual([2, 3]);
    expect(Object.isFrozen(error.features)).toBe(true);
  });
});
