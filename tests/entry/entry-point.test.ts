// customFunction and globalFunction: the entries of the one registry the build turns into global functions.
import { describe, expect, it } from 'vitest';
import { customFunction, globalFunction } from '../../src/entry/entry-point';

describe('customFunction', () => {
  it('declares a custom function with its documented arguments, return and the function itself', () => {
    const run = (amount: number, rate: number) => amount * rate;
    const params = Object.freeze([
      Object.freeze({ name: 'amount', description: 'The order amount.' }),
      Object.freeze({ name: 'rate', description: 'The tax rate, 0.2 for 20%.' }),
    ]);
    const entry = customFunction({
      description: 'The tax on an amount.',
      params: params as unknown as { name: string; description: string }[],
      returns: 'The tax, in the currency of the amount.',
      run,
    });
    expect(entry).toEqual({
      kind: 'custom-function',
      description: 'The tax on an amount.',
      params: [
        { name: 'amount', description: 'The order amount.' },
        { name: 'rate', description: 'The tax rate, 0.2 for 20%.' },
      ],
      returns: 'The tax, in the currency of the amount.',
      run,
    });
    expect(entry.run(100, 0.2)).toBe(20);
  });

  it('takes a custom function without arguments', () => {
    const entry = customFunction({
      description: 'The version.',
      params: [],
      returns: 'Text.',
      run: () => '1.0',
    });
    expect(entry.params).toEqual([]);
    expect(entry.run()).toBe('1.0');
  });
});

describe('globalFunction', () => {
  it('declares another global with its kind, undocumented arguments and no return text', () => {
    const run = (e: { parameter: Record<string, string> }) => e.parameter.c;
    const names = Object.freeze(['e']);
    const entry = globalFunction(
      'web-app',
      'Answers the unsubscribe link.',
      names as unknown as string[],
      run,
    );
    expect(entry).toEqual({
      kind: 'web-app',
      description: 'Answers the unsubscribe link.',
      params: [{ name: 'e', description: '' }],
      returns: '',
      run,
    });
    expect(entry.run({ parameter: { c: 'C000001' } })).toBe('C000001');
  });

  it('keeps the kind it is given and the arguments in their order', () => {
    for (const kind of ['simple-trigger', 'menu', 'sidebar-api', 'trigger'] as const) {
      expect(globalFunction(kind, 'd', [], () => undefined)).toMatchObject({ kind, params: [], returns: '' });
    }
    expect(globalFunction('sidebar-api', 'd', ['query', 'keepUndo'], () => null).params).toEqual([
      { name: 'query', description: '' },
      { name: 'keepUndo', description: '' },
    ]);
  });
});
