// The Gamma-Gamma spend model: its fit and its conditional expected spend, in one place for callers.
export { conditionalExpectedSpend } from './conditional-expected-spend';
export type { GammaGammaFit } from './fit-gamma-gamma';
export { fitGammaGamma } from './fit-gamma-gamma';
export type { GammaGammaParams } from './gamma-gamma-params';
