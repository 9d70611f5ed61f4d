import type { checkText } from "./check";

/** The options of a check, as checkText takes them. */
export type CheckOptions = Parameters<typeof checkText>[2];

/** The result of a check, as checkText returns it (structured-cloneable: it crosses to worker threads). */
export type CheckOutcome = Awaited<ReturnType<typeof checkText>>;

/**
 * Where checks run: in the request by default (D1, tests), on worker threads on the Node server
 * (node-work.ts), so that a long text never stalls the event loop.
 */
export type CheckRunner = (text: string, options: CheckOptions) => Promise<CheckOutcome>;
