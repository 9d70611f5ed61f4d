/**
 * Work that ran over its time budget (a check, a search): answered 503 with its own problem type, so
 * that a client knows to retry or send less.
 */
export class OverBudget extends Error {
  constructor(
    /** The problem type: `check-timeout`… */
    readonly problemType: string,
    readonly title: string,
    message: string,
    /** What the client can do about it. */
    readonly advice: string,
  ) {
    super(message);
    this.name = "OverBudget";
  }
}
