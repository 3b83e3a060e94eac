// google.script.run as Google's host page gives it to a sidebar, as a script to put in the page before the sidebar's own.

/** Calls Google lets run at once from one page; the next waits for one of them to finish. */
export const MAX_CALLS_IN_FLIGHT = 10;

/**
 * The script that defines `google.script.run` in a page. Each call goes to `window.__crmCall(name,
 * argumentsJson)`, which the page's host defines (the sandbox posts it to its server, a test hands it
 * to the runtime) and which resolves to `{ value }` or `{ error }`. As in Apps Script: arguments must
 * be JSON-like (a Date, a function or a class instance throws at once, nothing is sent); handlers run
 * asynchronously, the success handler with (value, userObject), the failure handler with (Error,
 * userObject); withSuccessHandler, withFailureHandler and withUserObject return a new runner; at most
 * MAX_CALLS_IN_FLIGHT calls run at once, the others wait in order.
 */
export const GOOGLE_SCRIPT_RUN = `
(() => {
  const limit = ${MAX_CALLS_IN_FLIGHT};
  let running = 0;
  const waiting = [];
  const next = () => {
    while (running < limit && waiting.length > 0) {
      running++;
      const call = waiting.shift();
      Promise.resolve()
        .then(() => window.__crmCall(call.name, call.json))
        .then(
          (reply) => reply,
          (error) => ({ error: String((error && error.message) || error) }),
        )
        .then((reply) => {
          running--;
          next();
          if (reply && 'error' in reply) {
            if (call.failure) call.failure(new Error(reply.error), call.userObject);
            else console.error(reply.error);
          } else if (call.success) call.success(reply ? reply.value : undefined, call.userObject);
        });
    }
  };
  const legal = (value, path) => {
    if (value === null || value === undefined) return;
    const type = typeof value;
    if (type === 'string' || type === 'boolean') return;
    if (type === 'number') return;
    const plain = Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null;
    if (type !== 'object' || !plain) throw new Error('Failed due to illegal value in property: ' + path);
    for (const key of Object.keys(value)) legal(value[key], key);
  };
  const runner = (success, failure, userObject) => new Proxy({}, {
    get(_, name) {
      if (name === 'withSuccessHandler') return (handler) => runner(handler, failure, userObject);
      if (name === 'withFailureHandler') return (handler) => runner(success, handler, userObject);
      if (name === 'withUserObject') return (object) => runner(success, failure, object);
      if (typeof name !== 'string' || name === 'then') return undefined;
      return (...args) => {
        args.forEach((arg, i) => legal(arg, String(i)));
        waiting.push({ name, json: JSON.stringify(args), success, failure, userObject });
        next();
      };
    },
  });
  window.google = window.google || {};
  window.google.script = window.google.script || {};
  window.google.script.run = runner(null, null, undefined);
})();`;
