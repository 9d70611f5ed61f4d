/**
 * Materialised claim documents (table `claim_documents`, migration 0009): each claim's JSON exactly as
 * `GET /v1/claims/{id}` serves it, so that a by-id read is one indexed lookup and no serialisation.
 *
 * One place writes them: the change log. Every write that changes a claim records the claim after the
 * change (`toClaim`, the API's one serializer) in a `changes` row, and a trigger copies that JSON into
 * the document in the same atomic unit — on better-sqlite3 and on D1 alike, whoever the writer is.
 * Triggers on claims, citations and references delete the document of every claim they touch and mark
 * it stale, so a document is current or absent, never stale: an absent one is read from the tables,
 * and the Node server refills it (healClaimDocuments).
 *
 * `version` fingerprints the serializer: the JSON of a fixed claim with every field set. A change to
 * `toClaim` (a new field, another order) changes it, and documents written before are no longer served
 * — nobody has to remember to bump a number.
 */
import { sql } from "drizzle-orm";
import { CLAIM_WITH_CITATIONS, storedClaimOf } from "../../db/claim-rows";
import type { ClaimDocument, Db, RunAtomic, WriteStatement } from "../../db/client";
import { claimDocuments, settings, staleClaimDocuments } from "../../db/schema";
import { fnv1a } from "../../lib/fnv";
import { toClaim } from "./claims.queries";

/** The `settings` row naming the serializer of the documents written by each unit. */
export const DOCUMENT_VERSION_SETTING = "claim-document-version";

/** FNV-1a as 8 hex digits: a fingerprint, not a cryptographic hash. */
const fnv1aHex = (text: string) => fnv1a(text).toString(16).padStart(8, "0");

let version: string | undefined;

/**
 * The serializer's fingerprint: the JSON of a claim that sets every field `toClaim` reads. Computed on
 * first use (claims.queries imports this module, and this module calls its `toClaim`).
 */
export function claimDocumentVersion(): string {
  version ??= fnv1aHex(
    JSON.stringify(
      toClaim(
        {
          seq: 7,
          id: "fixture-claim",
          statement: "A fixture modulates another.",
          subjectId: "fixture-a",
          predicate: "modulates",
          objectId: "fixture-b",
          context: "in vitro",
          confidence: "contested",
          status: "deprecated",
          replacedBy: "fixture-successor",
          wordings: ["A fixture acts on another."],
          revision: 3,
          createdAt: "2020-01-01T00:00:00.000Z",
          updatedAt: "2020-01-02T00:00:00.000Z",
        },
        [
          {
            claimId: "fixture-claim",
            referenceId: "fixture-ref-1",
            stance: "supports",
            locator: "p. 1",
            quote: "modulates",
            spanStart: 2,
            spanEnd: 11,
            note: "a note",
            retracted: true,
            tier: "primary",
            design: "rct",
          },
          {
            claimId: "fixture-claim",
            referenceId: "fixture-ref-2",
            stance: "contradicts",
            locator: null,
            quote: null,
            spanStart: null,
            spanEnd: null,
            note: null,
            retracted: false,
            tier: "secondary",
            design: null,
          },
          {
            claimId: "fixture-claim",
            referenceId: "fixture-ref-3",
            stance: "mentions",
            locator: "§2",
            quote: null,
            spanStart: null,
            spanEnd: null,
            note: null,
            retracted: false,
            tier: null,
            design: null,
          },
        ],
        [
          {
            from: "fixture-claim",
            type: "supersedes",
            to: "fixture-older",
            note: "a note",
            citations: [{ referenceId: "fixture-ref-1", locator: "p. 2", quote: "later", span: null, note: null }],
            createdAt: "2020-01-03T00:00:00.000Z",
          },
        ],
      ),
    ),
  );
  return version;
}

/**
 * The first statement of every unit of writes (`commit`): it names the serializer of the documents
 * that the unit's change rows write. It writes nothing when the name is already current.
 */
export function documentVersionStatement(db: Db): WriteStatement {
  return db
    .insert(settings)
    .values({ name: DOCUMENT_VERSION_SETTING, value: claimDocumentVersion() })
    .onConflictDoUpdate({
      target: settings.name,
      // From `excluded`, not bound again: two parameters in all (D1 counts them).
      set: { value: sql`excluded.value` },
      setWhere: sql`${settings.value} IS NOT excluded.value`,
    });
}

/** Reads claim `id`'s current document through Drizzle (D1, tests); the Node store prepares it. */
export async function readClaimDocument(db: Db, id: string): Promise<ClaimDocument | null> {
  const [found] = await db.all<ClaimDocument>(
    sql`SELECT d.revision AS revision, d.updated_at AS updatedAt, d.body AS body FROM claims c
        JOIN claim_documents d ON d.seq = c.seq WHERE c.id = ${id} AND d.version = ${claimDocumentVersion()}`,
  );
  return found ?? null;
}

const documentColumnsFromExcluded = {
  version: sql`excluded.version`,
  revision: sql`excluded.revision`,
  updatedAt: sql`excluded.updated_at`,
  body: sql`excluded.body`,
};

/** Most bytes of documents written by one statement (D1 takes at most 100 KB of SQL and parameters). */
const DOCUMENT_BYTES_PER_STATEMENT = 64 * 1024;

/**
 * Writes the documents of up to `limit` stale claims (of `claimIds`, when given) from the tables, and
 * unmarks them; returns how many claims it took. Each document is written only if its claim is still stale and still at the
 * revision it was read at, so that a write landing in between is never undone. On Node, run it where
 * no other write can enter (the store's `exclusive`); on D1 the guard is what protects it.
 */
export async function refreshClaimDocuments(
  { db, runAtomic }: { db: Db; runAtomic: RunAtomic },
  options: { limit?: number; claimIds?: string[] } = {},
): Promise<number> {
  const limit = options.limit ?? 64;
  const only = options.claimIds
    ? sql` WHERE seq IN (SELECT seq FROM claims WHERE id IN (SELECT value FROM json_each(${JSON.stringify(options.claimIds)})))`
    : sql``;
  const stale = await db.all<{ seq: number }>(
    sql`SELECT seq FROM stale_claim_documents${only} ORDER BY seq LIMIT ${limit}`,
  );
  if (stale.length === 0) return 0;
  const rows = await db.all<Record<string, unknown>>(
    sql`SELECT ${sql.raw(CLAIM_WITH_CITATIONS)} FROM claims c WHERE c.seq IN (SELECT value FROM json_each(${JSON.stringify(stale.map((row) => Number(row.seq)))}))`,
  );
  const documents = rows.map((found) => {
    const { row, cited, relations } = storedClaimOf(found);
    return { seq: row.seq, revision: row.revision, body: JSON.stringify(toClaim(row, cited, relations)) };
  });
  const statements: WriteStatement[] = [];
  for (let start = 0; start < documents.length; ) {
    let end = start;
    let bytes = 0;
    while (
      end < documents.length &&
      (end === start || bytes + (documents[end]?.body.length ?? 0) <= DOCUMENT_BYTES_PER_STATEMENT)
    )
      bytes += documents[end++]?.body.length ?? 0;
    const batch = JSON.stringify(documents.slice(start, end));
    // Drizzle lists every column in table order: the SELECT yields them in that order.
    statements.push(
      db
        .insert(claimDocuments)
        .select(
          sql`SELECT c.seq, ${claimDocumentVersion()}, c.revision, c.updated_at, json_extract(j.value, '$.body')
            FROM json_each(${batch}) j CROSS JOIN claims c ON c.seq = json_extract(j.value, '$.seq')
            WHERE c.revision = json_extract(j.value, '$.revision')
              AND EXISTS (SELECT 1 FROM stale_claim_documents s WHERE s.seq = c.seq)`,
        )
        .onConflictDoUpdate({ target: claimDocuments.seq, set: documentColumnsFromExcluded }),
    );
    start = end;
  }
  // Unmark what was written, and claims that no longer exist.
  const taken = sql`(SELECT value FROM json_each(${JSON.stringify(stale.map((row) => Number(row.seq)))}))`;
  statements.push(
    db
      .delete(staleClaimDocuments)
      .where(
        sql`${staleClaimDocuments.seq} IN ${taken} AND (EXISTS (SELECT 1 FROM claim_documents d WHERE d.seq = ${staleClaimDocuments.seq} AND d.version = ${claimDocumentVersion()}) OR NOT EXISTS (SELECT 1 FROM claims c WHERE c.seq = ${staleClaimDocuments.seq}))`,
      ),
  );
  await runAtomic(statements);
  return stale.length;
}

/** The `settings` row naming the serializer whose documents were last adopted (see adoptDocumentVersion). */
const ADOPTED_SETTING = "claim-documents-adopted";

/**
 * Marks stale every document written by another serializer than this one (after an upgrade that
 * changed `toClaim`), once per serializer; returns whether it did. On Node, at start. (Claims without
 * a document are stale already.)
 */
export async function adoptDocumentVersion(db: Db, runAtomic: RunAtomic): Promise<boolean> {
  const [adopted] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(sql`${settings.name} = ${ADOPTED_SETTING}`);
  if (adopted?.value === claimDocumentVersion()) return false;
  await runAtomic([
    db
      .insert(staleClaimDocuments)
      .select(sql`SELECT seq FROM claim_documents WHERE version IS NOT ${claimDocumentVersion()}`)
      .onConflictDoNothing(),
    db
      .insert(settings)
      .values({ name: ADOPTED_SETTING, value: claimDocumentVersion() })
      .onConflictDoUpdate({ target: settings.name, set: { value: claimDocumentVersion() } }),
    documentVersionStatement(db),
  ]);
  return true;
}
