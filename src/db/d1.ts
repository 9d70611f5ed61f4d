import { drizzle } from "drizzle-orm/d1";
import type { Db, Store, WriteStatement } from "./client";
import * as schema from "./schema";

export interface D1StoreOptions {
  /**
   * Read through a D1 session (https://developers.cloudflare.com/d1/best-practices/read-replication/):
   * `first-unconstrained` lets the first query go to any replica, `first-primary` to the primary, and a
   * bookmark to any replica at least as fresh as it. Without it every query goes to the primary.
   */
  session?: "first-unconstrained" | "first-primary" | (string & {});
}

/**
 * The store over a D1 binding. Bindings without the Sessions API (older runtimes, some local
 * emulations) are used directly, and then there is no bookmark.
 */
export function openD1Store(binding: D1Database, options: D1StoreOptions = {}): Store {
  const session =
    options.session !== undefined && typeof binding.withSession === "function"
      ? binding.withSession(options.session)
      : undefined;
  // A session has prepare() and batch(), all that Drizzle's D1 driver calls.
  const db = drizzle((session ?? binding) as D1Database, { schema });
  return {
    db: db as unknown as Db,
    runAtomic: async (statements) => {
      const unit = [...statements];
      if (unit.length === 0) return;
      // D1 has no interactive transactions: a batch runs as one transaction, rolled back if any statement fails.
      await db.batch(unit as [WriteStatement, ...WriteStatement[]]);
    },
    ...(session && { bookmark: () => session.getBookmark() }),
  };
}
