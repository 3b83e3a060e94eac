// Code.js loaded the way a bare loader would (no Apps Script services at all): custom functions that read
// dates fall back to the script's own clock instead of failing for want of SpreadsheetApp.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bundle } from './bundle-harness';

describe('custom functions in a context without SpreadsheetApp', () => {
  it('CRM_SUMMARY reads days on the script clock: two purchases of one local day are one period', () => {
    const context = vm.createContext({});
    new vm.Script(readFileSync(bundle(), 'utf8'), { filename: 'Code.js' }).runInContext(context);
    context.IDS = [['a'], ['a'], ['a'], ['b']];
    // Built in the context's own zone, as a loader would: 01:00 and 22:00 of one day, then a week later.
    const summary = new vm.Script(`CRM_SUMMARY(IDS, [[new Date(2024, 0, 1, 1)], [new Date(2024, 0, 1, 22)],
      [new Date(2024, 0, 8, 12)], [new Date(2024, 0, 3, 9)]], [[10], [20], [30], [40]], new Date(2024, 0, 15), "days")`).runInContext(
      context,
    );
    expect(JSON.parse(JSON.stringify(summary))).toEqual([
      ['Customer', 'Frequency', 'Recency', 'T', 'Monetary'],
      ['a', 1, 7, 14, 30],
      ['b', 0, 0, 12, 0],
    ]);
  });
});
