/** What a driver's errors mean, on either runtime (better-sqlite3 and D1 word them alike, from SQLite). */

/** The messages and codes of an error and of its causes (Drizzle wraps the driver's error). */
export function messagesOf(error: unknown): string[] {
  const out: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof Error) {
      out.push(current.message);
      const code = (current as { code?: unknown }).code;
      if (typeof code === "string") out.push(code);
      current = (current as { cause?: unknown }).cause;
    } else {
      out.push(String(current));
      break;
    }
  }
  return out;
}

/**
 * Whether `error` is the store running out of room: SQLITE_FULL ("database or disk is full") from
 * better-sqlite3 on a full disk, or D1 at its limits — "Exceeded maximum DB size" (500 MB on Free,
 * 10 GB on Paid) or "Exceeded maximum account storage"
 * (https://developers.cloudflare.com/d1/observability/debug-d1/).
 */
export function isStorageFull(error: unknown): boolean {
  return messagesOf(error).some((message) =>
    /SQLITE_FULL|database or disk is full|Exceeded maximum (DB size|database size|account storage)/i.test(message),
  );
}

/**
 * Whether `error` is D1 refusing a query past the number one Worker invocation may run (50 on the
 * Free plan, 1,000 on Paid: https://developers.cloudflare.com/d1/platform/limits/) — "Too many API
 * requests by single worker invocation". Only an import large for its plan can get there (every
 * other request runs a bounded number of queries); its batch is refused whole, so nothing is written.
 */
export function isQueryLimit(error: unknown): boolean {
  return messagesOf(error).some((message) => /Too many API requests by single worker invocation/i.test(message));
}
