import { and, eq } from "drizzle-orm";
import { changeStatement, isGuardFailure, uniqueViolation } from "../../db/changes";
import { chunked, type Db, type RunAtomic, type WriteStatement } from "../../db/client";
import { type ClaimRow, type Confidence, citations, claims, type ReferenceRow, references } from "../../db/schema";
import { confidenceViolation, tallyStances } from "../../domain/confidence";
import { spanFitsQuote } from "../../domain/evidence";
import { refused, slugify, type Violation, type WriteOutcome } from "../../lib/violations";
import { resolveEntityId } from "../entities/entities.queries";
import {
  findByIdentifier,
  freeReferenceId,
  insertReferenceStatements,
  newReferenceRow,
  normaliseIdentifiers,
  referenceViolations,
  suggestedReferenceId,
} from "../references/references.mutations";
import { resolveReferenceId } from "../references/references.queries";
import { documentVersionStatement } from "./claims.documents";
import { type CitationWithRetraction, loadClaimState, toClaim } from "./claims.queries";
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

/**
 * Resolves citation inputs to stored or new references. A new reference whose DOI, PMID or PMCID is
 * already stored is reused, not duplicated. `field` prefixes the fields named in violations.
 */
async function resolveCitations(
  db: Db,
  claimId: string,
  inputs: CitationInput[],
  options: { field: string; now: string; alreadyCited?: CitationWithRetraction[] },
): Promise<ResolvedCitations> {
  const out: ResolvedCitations = { cited: [], newReferences: [], violations: [] };
  const seen = new Set((options.alreadyCited ?? []).map((c) => c.referenceId));
  const takenIds = new Set<string>();
  for (const [index, input] of inputs.entries()) {
    const field = `${options.field}${index}.`;
    let referenceId: string | null = null;
    let retracted = false;
    if ((input.referenceId === undefined) === (input.reference === undefined)) {
      out.violations.push({
        field: `${field}referenceId`,
        rule: "citation-names-one-reference",
        message: "give either referenceId (an existing reference) or reference (a new one)",
      });
      continue;
    }
    if (input.referenceId !== undefined) {
      referenceId = await resolveReferenceId(db, input.referenceId);
      if (!referenceId) {
        out.violations.push({
          field: `${field}referenceId`,
          rule: "existing-reference",
          message: `no reference '${input.referenceId}'`,
        });
        continue;
      }
      const [row] = await db
        .select({ retracted: references.retracted })
        .from(references)
        .where(eq(references.id, referenceId))
        .limit(1);
      retracted = row?.retracted ?? false;
    } else if (input.reference) {
      const existing = await findByIdentifier(db, normaliseIdentifiers(input.reference));
      const pending = out.newReferences.find(
        (r) => (r.doi && r.doi === input.reference?.doi?.toLowerCase()) || (r.pmid && r.pmid === input.reference?.pmid),
      );
      if (existing) {
        referenceId = existing.row.id;
        retracted = existing.row.retracted;
      } else if (pending) {
        referenceId = pending.id;
      } else {
        if (input.reference.id) {
          const taken = await resolveReferenceId(db, input.reference.id);
          if (taken || takenIds.has(input.reference.id)) {
            out.violations.push({
              field: `${field}reference.id`,
              rule: "unique-identifier",
              message: `reference '${input.reference.id}' exists: cite it with referenceId`,
            });
            continue;
          }
        }
        const id = input.reference.id ?? (await freeReferenceId(db, suggestedReferenceId(input.reference), takenIds));
        takenIds.add(id);
        const row = newReferenceRow(id, input.reference, options.now);
        out.violations.push(...(await referenceViolations(db, row, `${field}reference.`)));
        out.newReferences.push(row);
        referenceId = id;
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
    });
  }
  return out;
}

/** The fields of a claim the rules look at. */
type ClaimDraft = Pick<
  ClaimRow,
  "id" | "statement" | "subjectId" | "predicate" | "objectId" | "context" | "confidence" | "status" | "replacedBy"
>;

/**
 * Checks the evidence rules of a claim about to be stored: existing entities, the confidence table over
 * its citations, a replacement for deprecated claims. Returns the draft with canonical entity ids.
 */
async function claimViolations(
  db: Db,
  draft: ClaimDraft,
  cited: { referenceId: string; stance: CitationWithRetraction["stance"] }[],
): Promise<{ draft: ClaimDraft; violations: Violation[] }> {
  const violations: Violation[] = [];
  const subjectId = await resolveEntityId(db, draft.subjectId);
  const objectId = await resolveEntityId(db, draft.objectId);
  if (!subjectId)
    violations.push({ field: "subject", rule: "existing-entity", message: `no entity '${draft.subjectId}'` });
  if (!objectId)
    violations.push({ field: "object", rule: "existing-entity", message: `no entity '${draft.objectId}'` });
  const broken = confidenceViolation(draft.confidence, tallyStances(cited));
  if (broken) violations.push({ field: "confidence", rule: "confidence-rule", message: broken });
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
    draft: { ...draft, subjectId: subjectId ?? draft.subjectId, objectId: objectId ?? draft.objectId },
    violations,
  };
}

/** A free claim id: `wanted`, else `wanted-2`… */
async function freeClaimId(db: Db, wanted: string): Promise<string> {
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? wanted : `${wanted}-${n}`;
    const [row] = await db.select({ id: claims.id }).from(claims).where(eq(claims.id, candidate)).limit(1);
    if (!row) return candidate;
  }
  return `${wanted}-${crypto.randomUUID().slice(0, 8)}`;
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
  if (input.id && (await loadClaimState(db, input.id)))
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
      confidence: input.confidence,
      status: input.status ?? "published",
      replacedBy: null,
    },
    resolved.cited,
  );
  const violations = [...resolved.violations, ...checked.violations];
  if (violations.length) return refused.violations(violations);
  const row: ClaimRow = { seq: 0, ...checked.draft, revision: 1, createdAt: now, updatedAt: now };
  const claim = toClaim(row, resolved.cited);
  const { seq: _seq, ...insertable } = row;
  const statements: WriteStatement[] = [
    ...resolved.newReferences.flatMap((reference) => insertReferenceStatements(db, reference, writer.actor)),
    db.insert(claims).values(insertable),
    ...chunked(citationRows(resolved.cited, now), (rows) => db.insert(citations).values(rows)),
    changeStatement(db, {
      resourceType: "claim",
      resourceId: id,
      revision: 1,
      action: "create",
      actor: writer.actor,
      after: claim,
      at: now,
    }),
  ];
  return commit(writer, statements, claim);
}

/**
 * The compare-and-swap update of a claim row from `before` to `after`, followed by its guarded
 * change-log row: if another write changed the claim in between, the whole unit aborts.
 */
export function claimUpdateStatements(
  writer: Writer,
  before: { row: ClaimRow; cited: CitationWithRetraction[] },
  after: { row: ClaimRow; cited: CitationWithRetraction[] },
  change: { action: string; reason?: string | null },
): WriteStatement[] {
  const { db } = writer;
  const { seq: _seq, id, createdAt: _created, ...fields } = after.row;
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
        before: toClaim(before.row, before.cited),
        after: toClaim(after.row, after.cited),
        at: writer.now,
      },
      { guard: true },
    ),
  ];
}

export type ClaimState = NonNullable<Awaited<ReturnType<typeof loadClaimState>>>;

/** Applies a JSON merge patch to a claim whose current state is `state`. */
export async function patchClaim(
  writer: Writer,
  state: ClaimState,
  patch: ClaimPatch,
  reason: string | null,
): Promise<WriteOutcome<Claim>> {
  const { row } = state;
  const draft: ClaimDraft = {
    id: row.id,
    statement: patch.statement ?? row.statement,
    subjectId: patch.subject ?? row.subjectId,
    predicate: patch.predicate ?? row.predicate,
    objectId: patch.object ?? row.objectId,
    context: patch.context === undefined ? row.context : patch.context,
    confidence: patch.confidence ?? row.confidence,
    status: patch.status ?? row.status,
    replacedBy: patch.replacedBy === undefined ? row.replacedBy : patch.replacedBy,
  };
  const checked = await claimViolations(writer.db, draft, state.cited);
  if (checked.violations.length) return refused.violations(checked.violations);
  const after = {
    row: { ...row, ...checked.draft, revision: row.revision + 1, updatedAt: writer.now },
    cited: state.cited,
  };
  return commit(
    writer,
    claimUpdateStatements(writer, state, after, { action: "update", reason }),
    toClaim(after.row, after.cited),
  );
}

/** Retracts a claim: it stays readable, with status `retracted`, and its history says why. */
export async function retractClaim(writer: Writer, state: ClaimState, reason: string): Promise<WriteOutcome<Claim>> {
  if (state.row.status === "retracted") return refused.conflict(`Claim '${state.row.id}' is already retracted.`);
  const after = {
    row: { ...state.row, status: "retracted" as const, revision: state.row.revision + 1, updatedAt: writer.now },
    cited: state.cited,
  };
  return commit(
    writer,
    claimUpdateStatements(writer, state, after, { action: "retract", reason }),
    toClaim(after.row, after.cited),
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
  const confidence = options.confidence ?? state.row.confidence;
  const broken = confidenceViolation(confidence, tallyStances(cited));
  const violations = [...resolved.violations];
  if (broken) violations.push({ field: "confidence", rule: "confidence-rule", message: broken });
  if (violations.length) return refused.violations(violations);
  const after = { row: { ...state.row, confidence, revision: state.row.revision + 1, updatedAt: now }, cited };
  // The claim's update and its change row come last: the row writes the claim's document, which
  // the citations' triggers would otherwise delete again.
  return commit(
    writer,
    [
      ...resolved.newReferences.flatMap((reference) => insertReferenceStatements(db, reference, writer.actor)),
      ...chunked(citationRows(resolved.cited, now, state.cited.length), (rows) => db.insert(citations).values(rows)),
      ...claimUpdateStatements(writer, state, after, { action: "cite", reason: options.reason }),
    ],
    toClaim(after.row, after.cited),
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
  const confidence = options.confidence ?? state.row.confidence;
  const broken = confidenceViolation(confidence, tallyStances(cited));
  if (broken) return refused.violations([{ field: "confidence", rule: "confidence-rule", message: broken }]);
  const after = { row: { ...state.row, confidence, revision: state.row.revision + 1, updatedAt: writer.now }, cited };
  return commit(
    writer,
    [
      writer.db
        .delete(citations)
        .where(and(eq(citations.claimId, state.row.id), eq(citations.referenceId, referenceId))),
      ...claimUpdateStatements(writer, state, after, { action: "uncite", reason: options.reason }),
    ],
    toClaim(after.row, after.cited),
  );
}
