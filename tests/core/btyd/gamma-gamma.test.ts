import { describe, expect, it } from 'vitest';
import { conditionalExpectedSpend as direct } from '../../../src/core/btyd/conditional-expected-spend';
import { fitGammaGamma as directFit } from '../../../src/core/btyd/fit-gamma-gamma';
import { conditionalExpectedSpend, fitGammaGamma } from '../../../src/core/btyd/gamma-gamma';

describe('gamma-gamma', () => {
  it('gathers the fit and the expected spend of the Gamma-Gamma model', () => {
    expect(fitGammaGamma).toBe(directFit);
    expect(conditionalExpectedSpend).toBe(direct);
  });
});
