import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createScriptContext } from '../../../src/local/runtime/script-context';

const NOW = Date.parse('2026-01-15T12:00:00Z');

describe('createScriptContext', () => {
  it('has the ECMAScript built-ins and none of Node', () => {
    const { context } = createScriptContext(() => NOW);
    const kinds = vm.runInContext(
      '[typeof Array, typeof JSON, typeof Math, typeof Intl, typeof process, typeof require, typeof Buffer, typeof setTimeout, typeof queueMicrotask]',
      context,
    );
    expect([...kinds]).toEqual([
      'function',
      'object',
      'object',
      'object',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
    ]);
  });

  it('puts Date on the virtual clock while keeping explicit dates and instanceof', () => {
    let now = NOW;
    const { context } = createScriptContext(() => now);
    expect(vm.runInContext('new Date().toISOString()', context)).toBe('2026-01-15T12:00:00.000Z');
    now += 1500;
    expect(vm.runInContext('Date.now()', context)).toBe(NOW + 1500);
    expect(vm.runInContext('new Date(2024, 0, 5).getFullYear()', context)).toBe(2024);
    expect(vm.runInContext('new Date(0) instanceof Date && new Date() instanceof Date', context)).toBe(true);
    expect(vm.runInContext('new Date(0).constructor === Date && Date.name', context)).toBe('Date');
    expect(vm.runInContext('typeof Date()', context)).toBe('string');
    expect(vm.runInContext('Date.UTC(2024, 0, 1)', context)).toBe(Date.UTC(2024, 0, 1));
  });

  it('builds arrays and Dates of the context for values handed in', () => {
    const target = createScriptContext(() => NOW);
    target.global.list = target.realm.slice([1, 2, 3], 0, 2);
    target.global.when = target.realm.date(0);
    target.global.obj = target.object();
    expect(
      vm.runInContext(
        '[list instanceof Array, Array.isArray(list), list.length, when instanceof Date, obj instanceof Object]',
        target.context,
      ),
    ).toEqual([true, true, 2, true, true]);
    // biome-ignore lint/suspicious/useIsArray: the realm of the array is what is tested
    expect(target.realm.slice([1], 0, 1) instanceof Array).toBe(false);
    expect(target.parseJson('{"a":[1]}')).toEqual({ a: [1] });
  });
});
