/**
 * Baseline (c): raw full-text search as a user might write it first — Fastify over better-sqlite3 with
 * one prepared FTS5 query, `MATCH … ORDER BY rank LIMIT 20` on the same database file (FTS5's own
 * BM25), each word quoted as Cited quotes it. No snippets, no filters, no citations: the rowid and the
 * statement of each hit.
 */
import Database from "better-sqlite3";
import Fastify from "fastify";

const db = new Database(process.env.DATABASE_PATH ?? "", { readonly: true, fileMustExist: true });
const search = db.prepare(
  "SELECT rowid AS seq, statement FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rank LIMIT 20",
);

const app = Fastify({ logger: false });
app.get<{ Querystring: { q?: string } }>("/v1/claims", async (request, reply) => {
  const words = [...new Set((request.query.q ?? "").toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [])];
  if (words.length === 0) return reply.code(400).send({ status: 400, title: "Invalid parameter" });
  const match = words.map((word) => `"${word.replaceAll('"', '""')}"`).join(" ");
  return { items: search.all(match) };
});
await app.listen({ port: Number(process.env.PORT ?? 3203), host: "127.0.0.1" });
