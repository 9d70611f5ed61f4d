/**
 * The two ways heavy work (searches, checks, imports) is refused rather than let pile up: admission
 * control turned the request away (here), or the work ran over its time budget (`OverBudget`, in
 * budget.ts). Both are answered 503 problem+json with `Retry-After` (RFC 9110 §15.6.4, §10.2.3).
 */

/** Seconds a client is asked to wait before retrying a request that was turned away. */
export const RETRY_AFTER_SECONDS = 1;

/** Admission control turned the request away: too much work is waiting already. */
export class Overloaded extends Error {
  constructor(what: string) {
    // Without a stack trace (V8's limit, on Node and in workerd): under overload this is made for most
    // requests, and a trace is costly.
    const v8Error = Error as { stackTraceLimit?: number };
    const limit = v8Error.stackTraceLimit;
    v8Error.stackTraceLimit = 0;
    super(`Too many ${what} are waiting to run.`);
    v8Error.stackTraceLimit = limit;
    this.name = "Overloaded";
  }
}

/**
 * The client closed its connection before its search or check was done: the work still waiting is
 * dropped and a running check stops at its next step, since nobody would read the answer. Logged as
 * 499 (nginx's "client closed request"); no client ever receives it.
 */
export class ClientGone extends Error {
  constructor(what: string) {
    super(`The client closed the connection before its ${what} ran to the end.`);
    this.name = "ClientGone";
  }
}

/**
 * A flag that turns non-zero once `signal` aborts (the client went away): what a check polls at each
 * step (CheckOptions.stop). Shared memory where the runtime has it, so that it reaches a worker thread.
 */
export function stopFlag(signal: AbortSignal | undefined): Int32Array | undefined {
  if (!signal) return undefined;
  const flag = new Int32Array(typeof SharedArrayBuffer === "function" ? new SharedArrayBuffer(4) : new ArrayBuffer(4));
  const stop = () => Atomics.store(flag, 0, 1);
  if (signal.aborted) stop();
  else signal.addEventListener("abort", stop, { once: true });
  return flag;
}

/** Whether a check's stop flag was raised. */
export const stopped = (flag: Int32Array | undefined): boolean => flag !== undefined && Atomics.load(flag, 0) !== 0;

/**
 * One import needed more memory than an import may use (Node: its worker thread reached its heap
 * limit). Nothing was written; smaller imports go through. Answered 413 `import-too-large`.
 */
export class ImportTooLarge extends Error {
  constructor(limitMb: number) {
    super(`The import needed more than the ${limitMb} MiB of memory one import may use.`);
    this.name = "ImportTooLarge";
  }
}
