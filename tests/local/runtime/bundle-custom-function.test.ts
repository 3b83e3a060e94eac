// The shipped bundle (dist/Code.js) in the local runtime: custom functions take 2-D ranges as Sheets passes them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ensureBundle } from '../../../src/local/cli/bundle-session';
import { EmulatorEnvironment } from '../../../src/local/emulator/emulator-environment';
import { LocalRuntime } from '../../../src/local/runtime/local-runtime';

function runtime() {
  const path = ensureBundle(() => {});
  return {
    code: readFileSync(path, 'utf8'),
    runtime: LocalRuntime.fromFile(path, new EmulatorEnvironment()),
  };
}

describe('dist/Code.js custom functions in a custom-function execution', () => {
  it('CRM_NPS takes a 2-D range, skipping blank cells', () => {
    const { runtime: rt } = runtime();
    // Promoters 10, 9, 9; passive 7; detractor 3; the blank is not an answer: (3 - 1) / 5 = 40.
    const { value, error, execution } = rt.runCustomFunction('CRM_NPS', [
      [10, 9],
      [9, 7],
      [3, ''],
    ]);
    expect(error).toBeUndefined();
    expect(value).toBe(40);
    expect(execution.kind).toBe('custom-function');
    // Custom functions compute from their arguments: no spreadsheet call at all.
    expect(execution.count('Range')).toBe(0);
  });

  it('CRM_CLV_SHARE returns a 2-D array that spills down a column', () => {
    const { runtime: rt } = runtime();
    const { value, error } = rt.runCustomFunction('CRM_CLV_SHARE', [[100], [300], [0]]);
    expect(error).toBeUndefined();
    expect(value).toEqual([[0.25], [0.75], [0]]);
  });

  it('is declared at top level with the JSDoc Sheets reads', () => {
    const { code } = runtime();
    expect(code).toMatch(
      /\/\*\*\n \* Net Promoter Score[^\n]*\n \* @param \{any\} scores \S[^\n]*\n \* @return \S[^\n]*\n \* @customfunction\n \*\/\nfunction CRM_NPS\(scores\) \{/,
    );
  });
});
