import { describe, expect, it } from 'vitest';
import { covarianceFromLogHessian } from '../../../src/core/btyd/covariance-from-log-hessian';

describe('covarianceFromLogHessian', () => {
  it('maps the inverse log-space Hessian to natural parameters by the delta method', () => {
    // H = [[4, 2], [2, 3]] has inverse [[0.375, −0.25], [−0.25, 0.5]]; estimates (2, 10) scale it
    // to [[0.375·4, −0.25·20], [−0.25·20, 0.5·100]] = [[1.5, −5], [−5, 50]], worked by hand.
    const result = covarianceFromLogHessian(
      [
        [4, 2],
        [2, 3],
      ],
      [2, 10],
      ['r', 'alpha'],
    );
    if (result.kind !== 'covariance') throw new Error(result.reason);
    expect(result.covariance[0][0]).toBeCloseTo(1.5, 12);
    expect(result.covariance[0][1]).toBeCloseTo(-5, 12);
    expect(result.covariance[1][0]).toBe(result.covariance[0][1]);
    expect(result.covariance[1][1]).toBeCloseTo(50, 12);
    expect(result.standardErrors[0]).toBeCloseTo(Math.sqrt(1.5), 12);
    expect(result.standardErrors[1]).toBeCloseTo(Math.sqrt(50), 12);
  });

  it('names the parameter along which the likelihood is flat or curved the wrong way', () => {
    const result = covarianceFromLogHessian(
      [
        [1, 0],
        [0, -1],
      ],
      [1, 1],
      ['a', 'b'],
    );
    expect(result).toEqual({
      kind: 'none',
      names: ['a', 'b'],
      reason:
        'the likelihood is flat or not at a maximum along b (its Hessian is not positive definite), ' +
        'so the estimate is not determined by the data; a small penalizer such as 0.001 may help',
    });
  });

  it('says the curvature could not be computed when the Hessian holds NaN', () => {
    const result = covarianceFromLogHessian([[Number.NaN]], [1], ['q']);
    expect(result.kind).toBe('none');
    if (result.kind === 'none') expect(result.reason).toContain('curvature in q could not be computed');
  });
});
