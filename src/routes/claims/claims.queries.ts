import { and, asc, eq, gt, inArray, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  type ClaimRow,
  type ClaimStatus,
  type Confidence,
  citations,
  claims,
  references,
  type Stance,
} from "../../db/schema";
import { tallyStances } from "../../domain/confidence";
import { getReferencesByIds } from "../references/references.queries";
import type { Citation, Claim } from "./claims.schemas";

export interface CitationWithRetraction {
  claimId: string;
  referenceId: string;
  stance: Stance;
  locator: string | null;
  quote: string | null;
  spanStart: number | null;
  spanEnd: number | null;
  note: string | null;
  retracted: boolean;
}

/** Citations of the given claims, in their curated order, with each reference's retraction flag. */
export async function citationsOf(db: Db, claimIds: string[]): Promise<Map<string, CitationWithRetraction[]>> {
  const out = new Map<string, CitationWithRetraction[]>();
  if (claimIds.length === 0) return out;
  const rows = await db
    .select({
      claimId: citations.claimId,
      referenceId: citations.referenceId,
      stance: citations.stance,
      locator: citations.locator,
      quote: citations.quote,
      spanStart: citations.spanStart,
      spanEnd: citations.spanEnd,
      note: citations.note,
      retracted: references.retracted,
    })
    .from(citations)
    .innerJoin(references, eq(references.id, citations.referenceId))
    .where(inArray(citations.claimId, claimIds))
    .orderBy(asc(citations.claimId), asc(citations.position), asc(citations.referenceId));
  for (const row of rows) {
    const list = out.get(row.claimId) ?? [];
    list.push(row);
    out.set(row.claimId, list);
  }
  return out;
}

/** A claim as the API serves it: the row plus its citations and what derives from them. */
export function toClaim(row: ClaimRow, cited: CitationWithRetraction[]): Claim {
  const evidence = tallyStances(cited);
  const supporting = cited.filter((citation) => citation.stance === "supports");
  const list: Citation[] = cited.map((citation) => ({
    referenceId: citation.referenceId,
    stance: citation.stance,
    locator: citation.locator,
    quote: citation.quote,
    span:
      citation.spanStart === null || citation.spanEnd === null
        ? null
        : { start: citation.spanStart, end: citation.spanEnd },
    note: citation.note,
  }));
  return {
    id: row.id,
    statement: row.statement,
    subject: row.subjectId,
    predicate: row.predicate,
    object: row.objectId,
    context: row.context,
    confidence: row.confidence,
    status: row.status,
    replacedBy: row.replacedBy,
    supportRetracted: supporting.length > 0 && supporting.every((citation) => citation.retracted),
    citations: list,
    referenceIds: list.map((citation) => citation.referenceId),
    evidence,
    links: claimLinks(row.id),
    revision: row.revision,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Where else the claim can be read: its page, its ClaimReview, its bibliography and history. */
export function claimLinks(id: string): Claim["links"] {
  const self = `/v1/claims/${encodeURIComponent(id)}`;
  return {
    page: `/claims/${encodeURIComponent(id)}`,
    claimReview: { href: self, type: "application/ld+json" },
    bibliography: [
      { href: self, type: "application/vnd.citationstyles.csl+json" },
      { href: self, type: "application/x-bibtex" },
    ],
    history: `${self}/history`,
  };
}

/** A claim's row and citations as stored, or null: the state a write starts from. */
export async function loadClaimState(
  db: Db,
  id: string,
): Promise<{ row: ClaimRow; cited: CitationWithRetraction[] } | null> {
  const [row] = await db.select().from(claims).where(eq(claims.id, id)).limit(1);
  if (!row) return null;
  return { row, cited: (await citationsOf(db, [row.id])).get(row.id) ?? [] };
}

/** One claim with its citations, and the full references when `withReferences`. */
export async function getClaim(db: Db, id: string, options: { withReferences: boolean }): Promise<Claim | null> {
  const [row] = await db.select().from(claims).where(eq(claims.id, id)).limit(1);
  if (!row) return null;
  const claim = toClaim(row, (await citationsOf(db, [row.id])).get(row.id) ?? []);
  if (options.withReferences) {
    const byId = await getReferencesByIds(db, claim.referenceIds);
    claim.references = claim.referenceIds.flatMap((refId) => byId.get(refId) ?? []);
  }
  return claim;
}

export interface ClaimListFilter {
  /** Claims whose subject or object is this entity. */
  entityId?: string;
  predicate?: string;
  confidence?: Confidence[];
  status?: ClaimStatus[];
  /** Claims that cite this reference (optionally with this stance). */
  referenceId?: string;
  stance?: Stance;
  /** Only claims whose supporting references are all retracted (true), or the others (false). */
  supportRetracted?: boolean;
  afterId?: string;
  limit: number;
}

/** One page of claims in id order, plus whether more follow. */
export async function listClaims(db: Db, filter: ClaimListFilter): Promise<{ items: Claim[]; more: boolean }> {
  const conditions = [];
  if (filter.entityId !== undefined)
    conditions.push(or(eq(claims.subjectId, filter.entityId), eq(claims.objectId, filter.entityId)));
  if (filter.predicate !== undefined) conditions.push(eq(claims.predicate, filter.predicate));
  if (filter.confidence?.length) conditions.push(inArray(claims.confidence, filter.confidence));
  if (filter.status?.length) conditions.push(inArray(claims.status, filter.status));
  if (filter.referenceId !== undefined || filter.stance !== undefined) {
    const citing = db
      .select({ claimId: citations.claimId })
      .from(citations)
      .where(
        and(
          filter.referenceId !== undefined ? eq(citations.referenceId, filter.referenceId) : undefined,
          filter.stance !== undefined ? eq(citations.stance, filter.stance) : undefined,
        ),
      );
    conditions.push(inArray(claims.id, citing));
  }
  if (filter.supportRetracted !== undefined) {
    const flagged = sql`(exists (select 1 from ${citations} where ${citations.claimId} = ${claims.id} and ${citations.stance} = 'supports') and not exists (select 1 from ${citations} join ${references} on ${references.id} = ${citations.referenceId} where ${citations.claimId} = ${claims.id} and ${citations.stance} = 'supports' and ${references.retracted} = 0))`;
    conditions.push(filter.supportRetracted ? flagged : sql`not ${flagged}`);
  }
  if (filter.afterId !== undefined) conditions.push(gt(claims.id, filter.afterId));
  const rows = await db
    .select()
    .from(claims)
    .where(and(...conditions))
    .orderBy(asc(claims.id))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  const cited = await citationsOf(
    db,
    page.map((row) => row.id),
  );
  return { items: page.map((row) => toClaim(row, cited.get(row.id) ?? [])), more: rows.length > filter.limit };
}
