/**
 * The two ways heavy work (searches, checks, imports) is refused rather than let pile up: admission
 * control turned the request away, or the work ran over its time budget. Both are answered 503
 * problem+json with `Retry-After` (RFC 9110 §15.6.4, §10.2.3).
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

/** Work that ran over its time budget and was stopped. */
export class OverBudget extends Error {
  constructor(
    /** What ran over: `check`, `search`… (its problem type is `<what>-timeout`). */
    readonly what: string,
    budgetMs: number,
  ) {
    super(`The ${what} ran over its time budget of ${budgetMs} ms.`);
    this.name = "OverBudget";
  }
}
