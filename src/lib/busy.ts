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
 * One import needed more memory than an import may use (Node: its worker thread reached its heap
 * limit). Nothing was written; smaller imports go through. Answered 413 `import-too-large`.
 */
export class ImportTooLarge extends Error {
  constructor(limitMb: number) {
    super(`The import needed more than the ${limitMb} MiB of memory one import may use.`);
    this.name = "ImportTooLarge";
  }
}
