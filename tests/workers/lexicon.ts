import { env } from "cloudflare:workers";

/**
 * Loads the lexicon into this test file's D1, as `wrangler d1 execute DB --file dist/lexicon.sql` does
 * for a deployed database: the same statements, each well under D1's 100 KB.
 */
export async function loadLexicon(): Promise<void> {
  await env.DB.batch(env.LEXICON.map((statement) => env.DB.prepare(statement)));
}
