/**
 * Baseline (b): what a user might pick instead — Fastify over better-sqlite3 with prepared statements,
 * answering the same by-id lookup from the same database file with the same JSON shape as
 * `GET /v1/claims/{id}`: the claim row, its citations in order, the derived reference ids, evidence
 * tallies and retraction flag.
 */
import Database from "better-sqlite3";
import Fastify from "fastify";

const db = new Database(process.env.DATABASE_PATH ?? "", { readonly: true, fileMustExist: true });
const claimById = db.prepare("SELECT * FROM claims WHERE id = ?");
const citationsOf = db.prepare(
  `SELECT c.reference_id, c.stance, c.locator, c.quote, c.span_start, c.span_end, c.note, r.retracted
   FROM citations c JOIN "references" r ON r.id = c.reference_id
   WHERE c.claim_id = ? ORDER BY c.position, c.reference_id`,
);

interface ClaimRow {
  id: string;
  statement: string;
  subject_id: string;
  predicate: string;
  object_id: string;
  context: string | null;
  confidence: string;
  status: string;
  replaced_by: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
}
interface CitationRow {
  reference_id: string;
  stance: "supports" | "contradicts" | "mentions";
  locator: string | null;
  quote: string | null;
  span_start: number | null;
  span_end: number | null;
  note: string | null;
  retracted: number;
}

const app = Fastify({ logger: false });
app.get<{ Params: { id: string } }>("/v1/claims/:id", async (request, reply) => {
  const row = claimById.get(request.params.id) as ClaimRow | undefined;
  if (!row) return reply.code(404).send({ status: 404, title: "Not found" });
  const cited = citationsOf.all(row.id) as CitationRow[];
  const evidence = { supports: 0, contradicts: 0, mentions: 0 };
  const seen = { supports: new Set<string>(), contradicts: new Set<string>(), mentions: new Set<string>() };
  for (const c of cited) seen[c.stance].add(c.reference_id);
  for (const stance of ["supports", "contradicts", "mentions"] as const) evidence[stance] = seen[stance].size;
  const supporting = cited.filter((c) => c.stance === "supports");
  return {
    id: row.id,
    statement: row.statement,
    subject: row.subject_id,
    predicate: row.predicate,
    object: row.object_id,
    context: row.context,
    confidence: row.confidence,
    status: row.status,
    replacedBy: row.replaced_by,
    supportRetracted: supporting.length > 0 && supporting.every((c) => c.retracted === 1),
    citations: cited.map((c) => ({
      referenceId: c.reference_id,
      stance: c.stance,
      locator: c.locator,
      quote: c.quote,
      span: c.span_start === null || c.span_end === null ? null : { start: c.span_start, end: c.span_end },
      note: c.note,
    })),
    referenceIds: cited.map((c) => c.reference_id),
    evidence,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
});
await app.listen({ port: Number(process.env.PORT ?? 3202), host: "127.0.0.1" });
