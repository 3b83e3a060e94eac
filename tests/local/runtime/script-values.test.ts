import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createScriptContext } from '../../../src/local/runtime/script-context';
import {
  assertJsonLike,
  jsonCopyInto,
  toHostRealm,
  toScriptRealm,
} from '../../../src/local/runtime/script-values';

describe('toScriptRealm / toHostRealm', () => {
  it('copies arrays, Dates and plain objects into the context and back', () => {
    const target = createScriptContext(() => 0);
    const input = { rows: [[1, new Date(5)]], name: 'x' };
    target.global.input = toScriptRealm(input, target);
    expect(
      vm.runInContext(
        '[input instanceof Object, input.rows instanceof Array, input.rows[0] instanceof Array, input.rows[0][1] instanceof Date, input.rows[0][1].getTime()]',
        target.context,
      ),
    ).toEqual([true, true, true, true, 5]);
    const back = toHostRealm(vm.runInContext('input', target.context)) as typeof input;
    expect(back).toEqual(input);
    expect(back.rows[0][1]).toBeInstanceOf(Date);
    expect(back.rows).toBeInstanceOf(Array);
  });

  it('leaves class instances (services, event sources) as they are', () => {
    const target = createScriptContext(() => 0);
    class Source {}
    const source = new Source();
    const event = toScriptRealm({ source }, target) as { source: Source };
    expect(event.source).toBe(source);
    expect(toHostRealm({ source })).toEqual({ source });
  });
});

describe('assertJsonLike', () => {
  it('accepts JSON-like values', () => {
    expect(() => assertJsonLike({ a: [1, 'x', true, null, { b: undefined }] }, 'argument 1')).not.toThrow();
    expect(() => assertJsonLike(undefined, 'the return value')).not.toThrow();
  });

  it('names where the illegal value is', () => {
    expect(() => assertJsonLike({ list: [1, new Date(0)] }, 'argument 2')).toThrow(
      'Illegal value in argument 2.list[1]: a Date cannot cross google.script.run (send an ISO string)',
    );
    expect(() => assertJsonLike(() => 1, 'the return value')).toThrow(
      'Illegal value in the return value: a function cannot cross google.script.run',
    );
    expect(() => assertJsonLike(new Map(), 'x')).toThrow(
      'Illegal value in x: only plain objects and arrays cross google.script.run',
    );
    expect(() => assertJsonLike(1n, 'x')).toThrow(
      'Illegal value in x: a bigint cannot cross google.script.run',
    );
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => assertJsonLike(loop, 'x')).toThrow(
      'Illegal value in x.self: a circular structure cannot cross google.script.run',
    );
  });

  it('recognises Dates of the script realm too', () => {
    expect(() => assertJsonLike(vm.runInNewContext('({ at: new Date(0) })'), 'r')).toThrow(
      'a Date cannot cross',
    );
  });
});

describe('jsonCopyInto', () => {
  it('makes a JSON copy in the context', () => {
    const target = createScriptContext(() => 0);
    const source = { a: [1, { b: 'c' }] };
    const copy = jsonCopyInto(source, target);
    expect(copy).toEqual(source);
    expect(copy).not.toBe(source);
    expect(copy instanceof Object).toBe(false);
    expect(jsonCopyInto(undefined, target)).toBeUndefined();
  });
});
