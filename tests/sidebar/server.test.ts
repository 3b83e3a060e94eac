import { beforeEach, describe, expect, it, vi } from 'vitest';

/** google.script.run as the host page gives it, holding each call until the test answers it. */
function fakeScriptRun() {
  const calls: Array<{
    name: string;
    args: unknown[];
    succeed: (v: unknown) => void;
    fail: (e: Error) => void;
  }> = [];
  const runner = (succeed: (v: unknown) => void, fail: (e: Error) => void): unknown =>
    new Proxy(
      {},
      {
        get(_, name: string) {
          if (name === 'withSuccessHandler') return (h: (v: unknown) => void) => runner(h, fail);
          if (name === 'withFailureHandler') return (h: (e: Error) => void) => runner(succeed, h);
          return (...args: unknown[]) => calls.push({ name, args, succeed, fail });
        },
      },
    );
  (globalThis as { google?: unknown }).google = {
    script: {
      run: runner(
        () => {},
        () => {},
      ),
    },
  };
  return calls;
}

describe('the sidebar server client', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('runs at most 10 calls at once and sends the rest in the order asked as earlier ones end', async () => {
    const calls = fakeScriptRun();
    const { callServer, callsPending } = await import('../../sidebar/server');
    const results = Array.from({ length: 13 }, (_, i) => callServer('getCustomerData', `q${i}`));
    expect(calls.map((c) => c.args[0])).toEqual(Array.from({ length: 10 }, (_, i) => `q${i}`));
    expect(callsPending()).toEqual({ inFlight: 10, waiting: 3 });
    calls[3].succeed({ id: 3 });
    calls[0].fail(new Error('Customer not found'));
    expect(calls.map((c) => c.args[0]).slice(10)).toEqual(['q10', 'q11']);
    await expect(results[3]).resolves.toEqual({ id: 3 });
    await expect(results[0]).rejects.toThrow('Customer not found');
    calls.forEach((call, i) => {
      if (i !== 0 && i !== 3 && i !== 12) call.succeed(null);
    });
    expect(calls).toHaveLength(13);
    calls[12].succeed('last');
    await expect(results[12]).resolves.toBe('last');
    expect(callsPending()).toEqual({ inFlight: 0, waiting: 0 });
  });
});
