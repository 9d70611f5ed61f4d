import { and, eq, or, sql } from "drizzle-orm";
import { statementNameStatements } from "../../check/statement-names";
import { encodeRows, inList, insertEncodedRows, insertRows, jsonChunks } from "../../db/bulk";
import { changeStatement, isGuardFailure, uniqueViolation } from "../../db/changes";
import type { Db, RunAtomic, StoredClaim, WriteStatement } from "../../db/client";
import {
  type ClaimRow,
  type Confidence,
  changes,
  citations,
  claims,
  type ReferenceRow,
  references,
} from "../../db/schema";
import { type EvidenceCitation, settleConfidence } from "../../domain/confidence";
import { retractionComplete, spanFitsQuote } from "../../domain/evidence";
import { refused, slugify, type Violation, type WriteOutcome } from "../../lib/violations";
import { resolveEntityIds } from "../entities/entities.queries";
import { newReferenceRow, normaliseIdentifiers, suggestedReferenceId } from "../references/references.mutations";
import { referenceKeyOf, toReference } from "../references/references.queries";
import { documentVersionStatement } from "./claims.documents";
import { type CitationWithRetraction, toClaim } from "./claims.queries";
import type { CitationInput, Claim, ClaimInput, ClaimPatch } from "./claims.schemas";

/** Who writes, and when: every write is logged with both. */
export interface Writer {
  db: Db;
  runAtomic: RunAtomic;
  actor: string;
  now: string;
}

/** References named or carried by citations, as they will be once the write lands. */
interface ResolvedCitations {
  cited: CitationWithRetraction[];
  newReferences: ReferenceRow[];
  violations: Violation[];
}

/** The stored references a write's citations may need, read in one statement. */
type StoredReference = Pick<ReferenceRow, "id" | "doi" | "pmid" | "pmcid" | "retracted" | "tier" | "design">;

/** How many ids a generated reference or claim id tries (`smith2020`, `smith2020-2`…) before a random one. */
const ID_CANDIDATES = 50;

/** `wanted`, `wanted-2`, … `wanted-ID_CANDIDATES`. */
function idCandidates(wanted: string): string[] {
  return Array.from({ length: ID_CANDIDATES }, (_, n) => (n === 0 ? wanted : `${wanted}-${n + 1}`));
}

/** The first of `wanted`'s candidates that is not taken, else one with a random suffix. */
function freeId(wanted: string, taken: (id: string) => boolean): string {
  return idCandidates(wanted).find((id) => !taken(id)) ?? `${wanted}-${crypto.randomUUID().slice(0, 8)}`;
}

/**
 * Reads, in one statement whatever their number, the stored references that citation inputs name
 * (by id, `doi:…` or `pmid:…`), that hold a new reference's DOI, PMID or PMCID, or that take an id a
 * new reference could get.
 */
async function readCitedReferences(db: Db, inputs: CitationInput[]): Promise<StoredReference[]> {
  const ids: string[] = [];
  const dois: string[] = [];
  const pmids: string[] = [];
  const pmcids: string[] = [];
  for (const input of inputs) {
    if (input.referenceId !== undefined) {
      const key = referenceKeyOf(input.referenceId);
      ({ id: ids, doi: dois, pmid: pmids })[key.field].push(key.value);
    }
    if (input.reference) {
      const reference = normaliseIdentifiers(input.reference);
      if (reference.doi) dois.push(reference.doi);
      if (reference.pmid) pmids.push(reference.pmid);
      if (reference.pmcid) pmcids.push(reference.pmcid);
      ids.push(...(reference.id ? [reference.id] : idCandidates(suggestedReferenceId(reference))));
    }
  }
  if (ids.length + dois.length + pmids.length + pmcids.length === 0) return [];
  return db
    .select({
      id: references.id,
      doi: references.doi,
      pmid: references.pmid,
      pmcid: references.pmcid,
      retracted: references.retracted,
      tier: references.tier,
      design: references.design,
    })
    .from(references)
    .where(
      or(
        inList(references.id, ids),
        inList(references.doi, dois),
        inList(references.pmid, pmids),
        inList(references.pmcid, pmcids),
      ),
    );
}

/**
 * Resolves citation inputs to stored or new references, on what `readCitedReferences` read. A new
 * reference whose DOI, PMID or PMCID is already stored is reused, not duplicated. `field` prefixes the
 * fields named in violations.
 */
function decideCitations(
  stored: StoredReference[],
  claimId: string,
  inputs: CitationInput[],
  options: { field: string; now: string; alreadyCited?: CitationWithRetraction[] },
): ResolvedCitations {
  const out: ResolvedCitations = { cited: [], newReferences: [], violations: [] };
  const seen = new Set((options.alreadyCited ?? []).map((c) => c.referenceId));
  const storedIds = new Set(stored.map((row) => row.id));
  const takenIds = new Set<string>();
  const byKey = (key: string) => {
    const { field, value } = referenceKeyOf(key);
    return stored.find((row) => row[field] === value) ?? null;
  };
  const byIdentifier = (input: { doi?: string | null; pmid?: string | null; pmcid?: string | null }) =>
    (["doi", "pmid", "pmcid"] as const)
      .map((field) => (input[field] ? stored.find((row) => row[field] === input[field]) : undefined))
      .find((row) => row !== undefined) ?? null;
  for (const [index, input] of inputs.entries()) {
    const field = `${options.field}${index}.`;
    let referenceId: string | null = null;
    let retracted = false;
    let tier: ReferenceRow["tier"] = null;
    let design: ReferenceRow["design"] = null;
    if ((input.referenceId === undefined) === (input.reference === undefined)) {
      out.violations.push({
        field: `${field}referenceId`,
        rule: "citation-names-one-reference",
        message: "give either referenceId (an existing reference) or reference (a new one)",
      });
      continue;
    }
    if (input.referenceId !== undefined) {
      const row = byKey(input.referenceId);
      if (!row) {
        out.violations.push({
          field: `${field}referenceId`,
          rule: "existing-reference",
          message: `no reference '${input.referenceId}'`,
        });
        continue;
      }
      referenceId = row.id;
      retracted = row.retracted;
      tier = row.tier;
      design = row.design;
    } else if (input.reference) {
      const existing = byIdentifier(normaliseIdentifiers(input.reference));
      const pending = out.newReferences.find(
        (r) => (r.doi && r.doi === input.reference?.doi?.toLowerCase()) || (r.pmid && r.pmid === input.reference?.pmid),
      );
      if (existing) {
        referenceId = existing.id;
        retracted = existing.retracted;
        tier = existing.tier;
        design = existing.design;
      } else if (pending) {
        referenceId = pending.id;
        tier = pending.tier;
        design = pending.design;
      } else {
        if (input.reference.id && (storedIds.has(input.reference.id) || takenIds.has(input.reference.id))) {
          out.violations.push({
            field: `${field}reference.id`,
            rule: "unique-identifier",
            message: `reference '${input.reference.id}' exists: cite it with referenceId`,
          });
          continue;
        }
        const id =
          input.reference.id ??
          freeId(
            suggestedReferenceId(input.reference),
            (candidate) => storedIds.has(candidate) || takenIds.has(candidate),
          );
        takenIds.add(id);
        const row = newReferenceRow(id, input.reference, options.now);
        if (!retractionComplete(row))
          out.violations.push({
            field: `${field}reference.retractedAt`,
            rule: "retraction-needs-date-and-notice",
            message: "a retracted reference needs retractedAt and retractionNotice",
          });
        out.newReferences.push(row);
        referenceId = id;
        tier = row.tier;
        design = row.design;
      }
    }
    if (!referenceId) continue;
    if (seen.has(referenceId)) {
      out.violations.push({
        field: `${field}referenceId`,
        rule: "one-citation-per-reference",
        message: `the claim already cites '${referenceId}'`,
      });
      continue;
    }
    seen.add(referenceId);
    const span = input.span ?? null;
    if (!spanFitsQuote(input.quote, span)) {
      out.violations.push({
        field: `${field}span`,
        rule: "span-matches-quote",
        message: "a span needs a quote, and end - start must equal the quote's length",
      });
    }
    out.cited.push({
      claimId,
      referenceId,
      stance: input.stance,
      locator: input.locator ?? null,
      quote: input.quote ?? null,
      spanStart: span?.start ?? null,
      spanEnd: span?.end ?? null,
      note: input.note ?? null,
      retracted,
      tier,
      design,
    });
  }
  return out;
}

/** Resolves citation inputs to stored or new references: one read, then `decideCitations`. */
async function resolveCitations(
  db: Db,
  claimId: string,
  inputs: CitationInput[],
  options: { field: string; now: string; alreadyCited?: CitationWithRetraction[] },
): Promise<ResolvedCitations> {
  return decideCitations(await readCitedReferences(db, inputs), claimId, inputs, options);
}

/**
 * The statements that insert new references and their change-log rows: two, however many there are
 * (D1 counts every statement of a batch against a request's queries).
 */
function newReferenceStatements(writer: Writer, rows: ReferenceRow[]): WriteStatement[] {
  return [
    ...insertRows(writer.db, references, rows),
    ...insertRows(
      writer.db,
      changes,
      rows.map((row) => ({
        resourceType: "reference" as const,
        resourceId: row.id,
        revision: 1,
        action: "create",
        actor: writer.actor,
        reason: null,
        before: null,
        after: toReference(row),
        createdAt: row.createdAt,
      })),
    ),
  ];
}

/** The fields of a claim the rules look at. */
type ClaimDraft = Pick<
  ClaimRow,
  | "id"
  | "statement"
  | "subjectId"
  | "predicate"
  | "objectId"
  | "context"
  | "confidence"
  | "status"
  | "replacedBy"
  | "wordings"
>;

/**
 * Checks the rules of a claim about to be stored: existing entities, its confidence over its citations
 * (settled by the ladder: see settleConfidence), a replacement for deprecated claims. Returns the draft
 * with canonical entity ids and its settled confidence.
 */
async function claimViolations(
  db: Db,
  draft: Omit<ClaimDraft, "confidence">,
  confidence: Parameters<typeof settleConfidence>[0],
): Promise<{ draft: ClaimDraft; violations: Violation[] }> {
  const violations: Violation[] = [];
  const named = await resolveEntityIds(db, [draft.subjectId, draft.objectId]);
  const subjectId = named.get(draft.subjectId) ?? null;
  const objectId = named.get(draft.objectId) ?? null;
  if (!subjectId)
    violations.push({ field: "subject", rule: "existing-entity", message: `no entity '${draft.subjectId}'` });
  if (!objectId)
    violations.push({ field: "object", rule: "existing-entity", message: `no entity '${draft.objectId}'` });
  const settled = settleConfidence(confidence);
  if ("violation" in settled)
    violations.push({ field: "confidence", rule: "confidence-rule", message: settled.violation });
  if (draft.status === "deprecated") {
    if (!draft.replacedBy) {
      violations.push({
        field: "replacedBy",
        rule: "deprecated-needs-replacement",
        message: "a deprecated claim names the claim that replaces it",
      });
    }
  }
  if (draft.replacedBy) {
    const [replacement] = await db
      .select({ id: claims.id })
      .from(claims)
      .where(eq(claims.id, draft.replacedBy))
      .limit(1);
    if (!replacement || replacement.id === draft.id) {
      violations.push({ field: "replacedBy", rule: "existing-claim", message: `no other claim '${draft.replacedBy}'` });
    }
  }
  return {
    draft: {
      ...draft,
      subjectId: subjectId ?? draft.subjectId,
      objectId: objectId ?? draft.objectId,
      confidence: "level" in settled ? settled.level : "unsourced",
    },
    violations,
  };
}

/** A free claim id: `wanted`, else `wanted-2`…, read in one statement. */
async function freeClaimId(db: Db, wanted: string): Promise<string> {
  const taken = await db
    .select({ id: claims.id })
    .from(claims)
    .where(inList(claims.id, idCandidates(wanted)));
  return freeId(wanted, (id) => taken.some((row) => row.id === id));
}

function citationRows(cited: CitationWithRetraction[], now: string, offset = 0) {
  return cited.map((c, position) => ({
    claimId: c.claimId,
    referenceId: c.referenceId,
    stance: c.stance,
    locator: c.locator,
    quote: c.quote,
    spanStart: c.spanStart,
    spanEnd: c.spanEnd,
    note: c.note,
    position: offset + position,
    createdAt: now,
  }));
}

/**
 * Runs a unit of writes; a lost compare-and-swap is `stale`, a UNIQUE clash a conflict. The unit first
 * names the serializer of the claim documents its change rows write (see claims.documents.ts).
 */
export async function commit<T>(
  writer: Writer,
  statements: Iterable<WriteStatement>,
  value: T,
): Promise<WriteOutcome<T>> {
  try {
    await writer.runAtomic(
      (function* () {
        yield documentVersionStatement(writer.db);
        yield* statements;
      })(),
    );
    return { ok: true, value };
  } catch (error) {
    if (isGuardFailure(error)) return refused.stale();
    const unique = uniqueViolation(error);
    if (unique) return refused.conflict(`A concurrent write took the same identifier (${unique}).`);
    throw error;
  }
}

/** Creates a claim with its citations and any new references, as one unit. */
export async function createClaim(writer: Writer, input: ClaimInput): Promise<WriteOutcome<Claim>> {
  const { db, now } = writer;
  const id = input.id ?? (await freeClaimId(db, slugify(input.statement)));
  if (input.id && (await db.select({ id: claims.id }).from(claims).where(eq(claims.id, input.id)).limit(1)).length)
    return refused.conflict(`A claim with id '${input.id}' exists.`);
  const resolved = await resolveCitations(db, id, input.citations, { field: "citations.", now });
  const checked = await claimViolations(
    db,
    {
      id,
      statement: input.statement,
      subjectId: input.subject,
      predicate: input.predicate,
      objectId: input.object,
      context: input.context ?? null,
      status: input.status ?? "published",
      replacedBy: null,
      wordings: input.wordings ?? [],
    },
    { requested: input.confidence, after: resolved.cited },
  );
  const violations = [...resolved.violations, ...checked.violations];
  if (violations.length) return refused.violations(violations);
  const row: ClaimRow = { seq: 0, ...checked.draft, revision: 1, createdAt: now, updatedAt: now };
  const claim = toClaim(row, resolved.cited, []);
  const { seq: _seq, ...insertable } = row;
  const statements: WriteStatement[] = [
    ...newReferenceStatements(writer, resolved.newReferences),
    db.insert(claims).values(insertable),
    ...insertRows(db, citations, citationRows(resolved.cited, now)),
    changeStatement(db, {
      resourceType: "claim",
      resourceId: id,
      revision: 1,
      action: "create",
      actor: writer.actor,
      after: claim,
      at: now,
    }),
    ...statementNameStatements(db, [row], { fresh: true }),
  ];
  return commit(writer, statements, claim);
}

/**
 * The compare-and-swap update of a claim row from `before` to `after`, followed by its guarded
 * change-log row: if another write changed the claim in between, the whole unit aborts.
 */
export function claimUpdateStatements(
  writer: Writer,
  before: StoredClaim,
  after: StoredClaim,
  change: { action: string; reason?: string | null },
): WriteStatement[] {
  const { db } = writer;
  const { seq: _seq, id, createdAt: _created, ...fields } = after.row;
  const renamed = after.row.statement !== before.row.statement || after.row.subjectId !== before.row.subjectId;
  return [
    db
      .update(claims)
      .set(fields)
      .where(and(eq(claims.id, id), eq(claims.revision, before.row.revision))),
    changeStatement(
      db,
      {
        resourceType: "claim",
        resourceId: id,
        revision: after.row.revision,
        action: change.action,
        actor: writer.actor,
        reason: change.reason,
        before: toClaim(before.row, before.cited, before.relations),
        after: toClaim(after.row, after.cited, after.relations),
        at: writer.now,
      },
      { guard: true },
    ),
    // (After the guarded change row: its guard counts the rows the UPDATE before it changed.)
    ...(renamed ? statementNameStatements(db, [after.row]) : []),
  ];
}

/** One claim moving from `before` to `after` (its revision + 1) as a side effect of another write. */
export interface ClaimRevision {
  before: StoredClaim;
  after: StoredClaim;
  action: string;
}

/**
 * The compare-and-swap updates of many (distinct) claims, each to its revision + 1 at `writer.now` and
 * to the confidence of its `after` state (which moves when a reference's tier does), with their
 * change-log rows — in a number of statements that does not grow with the number of claims (two per
 * MAX_JSON_PARAMETER_BYTES of change rows), since D1 counts every statement of a batch against the
 * queries a Worker invocation may run. Each UPDATE matches a claim only at the revision it was read at;
 * the insert of its change rows that follows is guarded by the number of rows it changed, so one
 * concurrent change to any of the claims aborts the whole unit.
 */
export function claimRevisionStatements(
  writer: Pick<Writer, "db" | "actor" | "now">,
  revisions: ClaimRevision[],
  reason: string | null,
): WriteStatement[] {
  const { db } = writer;
  const rows = revisions.map(({ before, after, action }) => ({
    resourceType: "claim" as const,
    resourceId: after.row.id,
    revision: after.row.revision,
    action,
    actor: writer.actor,
    reason,
    before: toClaim(before.row, before.cited, before.relations),
    after: toClaim(after.row, after.cited, after.relations),
    createdAt: writer.now,
  }));
  const statements: WriteStatement[] = [];
  let start = 0;
  for (const chunk of jsonChunks(encodeRows(changes, rows))) {
    const expected = revisions
      .slice(start, start + chunk.length)
      .map(({ before, after }) => [before.row.id, before.row.revision, after.row.confidence]);
    start += chunk.length;
    const list = JSON.stringify(expected);
    statements.push(
      db
        .update(claims)
        .set({
          revision: sql`${claims.revision} + 1`,
          updatedAt: writer.now,
          confidence: sql`(SELECT value ->> '$[2]' FROM json_each(${list}) WHERE value ->> '$[0]' = ${claims.id})`,
        })
        .where(
          and(
            inList(
              claims.id,
              expected.map(([id]) => id as string),
            ),
            sql`${claims.revision} = (SELECT value ->> '$[1]' FROM json_each(${list}) WHERE value ->> '$[0]' = ${claims.id})`,
          ),
        ),
      insertEncodedRows(db, changes, chunk, { guard: { column: "revision", expectedChanges: chunk.length } }),
    );
  }
  return statements;
}

export type ClaimState = StoredClaim;

/** Applies a JSON merge patch to a claim whose current state is `state`. */
export async function patchClaim(
  writer: Writer,
  state: ClaimState,
  patch: ClaimPatch,
  reason: string | null,
): Promise<WriteOutcome<Claim>> {
  const { row } = state;
  const draft = {
    id: row.id,
    statement: patch.statement ?? row.statement,
    subjectId: patch.subject ?? row.subjectId,
    predicate: patch.predicate ?? row.predicate,
    objectId: patch.object ?? row.objectId,
    context: patch.context === undefined ? row.context : patch.context,
    status: patch.status ?? row.status,
    replacedBy: patch.replacedBy === undefined ? row.replacedBy : patch.replacedBy,
    wordings: patch.wordings ?? row.wordings,
  };
  const checked = await claimViolations(writer.db, draft, {
    requested: patch.confidence,
    current: row.confidence,
    after: state.cited,
  });
  if (checked.violations.length) return refused.violations(checked.violations);
  const after: StoredClaim = {
    row: { ...row, ...checked.draft, revision: row.revision + 1, updatedAt: writer.now },
    cited: state.cited,
    relations: state.relations,
  };
  return commit(
    writer,
    claimUpdateStatements(writer, state, after, { action: "update", reason }),
    toClaim(after.row, after.cited, after.relations),
  );
}

/** Retracts a claim: it stays readable, with status `retracted`, and its history says why. */
export async function retractClaim(writer: Writer, state: ClaimState, reason: string): Promise<WriteOutcome<Claim>> {
  if (state.row.status === "retracted") return refused.conflict(`Claim '${state.row.id}' is already retracted.`);
  const after: StoredClaim = {
    ...state,
    row: { ...state.row, status: "retracted" as const, revision: state.row.revision + 1, updatedAt: writer.now },
  };
  return commit(
    writer,
    claimUpdateStatements(writer, state, after, { action: "retract", reason }),
    toClaim(after.row, after.cited, after.relations),
  );
}

/** Adds a citation to a claim, with the claim's confidence (unchanged unless given) re-checked. */
export async function addCitation(
  writer: Writer,
  state: ClaimState,
  input: CitationInput,
  options: { confidence?: Confidence; reason: string | null },
): Promise<WriteOutcome<Claim>> {
  const { db, now } = writer;
  const resolved = await resolveCitations(db, state.row.id, [input], { field: "", now, alreadyCited: state.cited });
  for (const violation of resolved.violations) violation.field = violation.field.replace(/^0\./, "");
  const cited = [...state.cited, ...resolved.cited];
  const settled = settleEvidenceChange(state, cited, options.confidence);
  const violations = [...resolved.violations];
  if ("violation" in settled)
    violations.push({ field: "confidence", rule: "confidence-rule", message: settled.violation });
  if (violations.length || "violation" in settled) return refused.violations(violations);
  const after: StoredClaim = {
    row: { ...state.row, confidence: settled.level, revision: state.row.revision + 1, updatedAt: now },
    cited,
    relations: state.relations,
  };
  return commit(
    writer,
    [
      // The claim's update and its change row come last: the row writes the claim's document, which
      // the citations' triggers would otherwise delete again.
      ...newReferenceStatements(writer, resolved.newReferences),
      ...insertRows(db, citations, citationRows(resolved.cited, now, state.cited.length)),
      ...claimUpdateStatements(writer, state, after, { action: "cite", reason: options.reason }),
    ],
    toClaim(after.row, after.cited, after.relations),
  );
}

/** Removes a claim's citation of `referenceId`, with the confidence (unchanged unless given) re-checked. */
export async function removeCitation(
  writer: Writer,
  state: ClaimState,
  referenceId: string,
  options: { confidence?: Confidence; reason: string | null },
): Promise<WriteOutcome<Claim>> {
  const cited = state.cited.filter((c) => c.referenceId !== referenceId);
  const settled = settleEvidenceChange(state, cited, options.confidence);
  if ("violation" in settled)
    return refused.violations([{ field: "confidence", rule: "confidence-rule", message: settled.violation }]);
  const after: StoredClaim = {
    row: { ...state.row, confidence: settled.level, revision: state.row.revision + 1, updatedAt: writer.now },
    cited,
    relations: state.relations,
  };
  return commit(
    writer,
    [
      writer.db
        .delete(citations)
        .where(and(eq(citations.claimId, state.row.id), eq(citations.referenceId, referenceId))),
      ...claimUpdateStatements(writer, state, after, { action: "uncite", reason: options.reason }),
    ],
    toClaim(after.row, after.cited, after.relations),
  );
}

/** The confidence of a claim whose citations move from `state.cited` to `cited` (see settleConfidence). */
function settleEvidenceChange(state: StoredClaim, cited: EvidenceCitation[], requested: Confidence | undefined) {
  return settleConfidence({ requested, current: state.row.confidence, before: state.cited, after: cited });
}
