// Runs asynchronous work one piece at a time, in the order it was asked for.

/**
 * A queue of work: each `run` starts once the one before it settled, so two requests never work on
 * the workbook at once (a failure does not stop the queue).
 */
export class SerialQueue {
  private last: Promise<unknown> = Promise.resolve();

  run<T>(work: () => T | Promise<T>): Promise<T> {
    const next = this.last.then(work, work);
    this.last = next.catch(() => undefined);
    return next;
  }
}
