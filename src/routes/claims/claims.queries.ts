import { and, asc, desc, eq, gt, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { inList, jsonChunks } from "../../db/bulk";
import {
  byRelationKey,
  CLAIM_WITH_CITATIONS,
  type StoredRelation,
  storedClaimOf,
  storedRelationOf,
} from "../../db/claim-rows";
import type { Db, ReadClaim, StoredCitation, StoredClaim } from "../../db/client";
import {
  type ClaimRow,
  type ClaimStatus,
  CONFIDENCE,
  type Confidence,
  citations,
  claimRelations,
  claims,
  type RelationType,
  references,
  type Stance,
  type Tier,
} from "../../db/schema";
import {
  boundedCountQuery,
  type Highlight,
  hitDetailsQuery,
  matchExpression,
  matchesCondition,
  newHighlight,
  RELEVANCE_WINDOW,
  relevanceWindowQuery,
  type SearchDrive,
  type SearchRunner,
  snippetHtml,
} from "../../db/search";
import { confidenceBasis, tallyStances } from "../../domain/confidence";
import { supportRetracted } from "../../domain/evidence";
import { MEDIA } from "../../lib/negotiate";
import { getReferencesByIds } from "../references/references.queries";
import { claimDocumentVersion } from "./claims.documents";
import type { Citation, Claim, Relation } from "./claims.schemas";

/** A citation as stored, with its reference's retraction flag and tier. */
export type CitationWithRetraction = StoredCitation;

/**
 * Citations of the given claims, in their curated order, with each reference's retraction flag and
 * tier. The ids are bound as one JSON list, whatever their number (D1 binds at most 100 parameters).
 */
export async function citationsOf(db: Db, claimIds: string[]): Promise<Map<string, CitationWithRetraction[]>> {
  const out = new Map<string, CitationWithRetraction[]>();
  for (const ids of jsonChunks(claimIds)) {
    for (const row of await citationRowsOf(db, ids)) {
      const list = out.get(row.claimId) ?? [];
      list.push(row);
      out.set(row.claimId, list);
    }
  }
  return out;
}

function citationRowsOf(db: Db, claimIds: string[]) {
  return db
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
      tier: references.tier,
      design: references.design,
    })
    .from(citations)
    .innerJoin(references, eq(references.id, citations.referenceId))
    .where(inList(citations.claimId, claimIds))
    .orderBy(asc(citations.claimId), asc(citations.position), asc(citations.referenceId));
}

/**
 * Relations of the given claims in both directions, by claim id (a relation between two of them is
 * listed under both), in claim order; the ids bound as one JSON list.
 */
export async function relationsOf(db: Db, claimIds: string[]): Promise<Map<string, StoredRelation[]>> {
  const out = new Map<string, StoredRelation[]>();
  for (const ids of jsonChunks(claimIds)) {
    const rows = await db
      .select()
      .from(claimRelations)
      .where(or(inList(claimRelations.fromId, ids), inList(claimRelations.toId, ids)));
    const wanted = new Set(ids);
    for (const row of rows) {
      const relation = storedRelationOf(row);
      for (const id of new Set([row.fromId, row.toId]))
        if (wanted.has(id)) out.set(id, [...(out.get(id) ?? []), relation]);
    }
  }
  for (const list of out.values()) list.sort(byRelationKey);
  return out;
}

/** A stored relation as the API serves it. */
export function toRelation(relation: StoredRelation): Relation {
  return {
    from: relation.from,
    type: relation.type,
    to: relation.to,
    note: relation.note,
    citations: relation.citations.map((citation) => ({
      referenceId: citation.referenceId,
      locator: citation.locator ?? null,
      quote: citation.quote ?? null,
      span: citation.span ?? null,
      note: citation.note ?? null,
    })),
    createdAt: relation.createdAt,
  };
}

/**
 * A claim as the API serves it: the row plus its citations, its relations and what derives from
 * them — the evidence tallies, the retraction flag and the basis of its confidence.
 */
export function toClaim(row: ClaimRow, cited: CitationWithRetraction[], relations: StoredRelation[]): Claim {
  const evidence = tallyStances(cited);
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
    wordings: row.wordings,
    supportRetracted: supportRetracted(cited),
    citations: list,
    referenceIds: list.map((citation) => citation.referenceId),
    evidence,
    basis: confidenceBasis(row.confidence, cited),
    relations: [...relations].sort(byRelationKey).map(toRelation),
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
    claimReview: { href: `${self}?format=jsonld`, type: "application/ld+json" },
    bibliography: [
      { href: `${self}?format=csl`, type: "application/vnd.citationstyles.csl+json" },
      { href: `${self}?format=bibtex`, type: "application/x-bibtex" },
    ],
    history: `${self}/history`,
  };
}

/**
 * The `Link` header of a claim's JSON (RFC 8288): what `links` lists — its page, ClaimReview,
 * bibliographies and history — each typed by media type.
 */
export function claimLinkHeader(links: Claim["links"]): string {
  const typed = [
    { href: links.page, type: "text/html" },
    links.claimReview,
    ...links.bibliography,
    { href: links.history, type: MEDIA.json },
  ];
  return typed
    .map(
      (link) =>
        `<${link.href}>; rel="${link.href === links.history ? "version-history" : "alternate"}"; type="${link.type}"`,
    )
    .join(", ");
}

/**
 * A claim's row, citations and relations as stored, or null: the state a write starts from, and the
 * by-id read where the store prepares none (D1). One statement, the same as the Node store's prepared one.
 */
export async function loadClaimState(db: Db, id: string): Promise<StoredClaim | null> {
  const [found] = await db.all<Record<string, unknown>>(
    sql`SELECT ${sql.raw(CLAIM_WITH_CITATIONS)} FROM claims c WHERE c.id = ${id}`,
  );
  return found ? storedClaimOf(found) : null;
}

/** Claims by id with their citations and relations, in one statement per JSON chunk of ids. */
export async function loadClaimStates(db: Db, ids: string[]): Promise<Map<string, StoredClaim>> {
  const out = new Map<string, StoredClaim>();
  for (const chunk of jsonChunks([...new Set(ids)])) {
    const rows = await db.all<Record<string, unknown>>(
      sql`SELECT ${sql.raw(CLAIM_WITH_CITATIONS)} FROM claims c WHERE ${inList(sql`c.id`, chunk)}`,
    );
    for (const row of rows) {
      const claim = storedClaimOf(row);
      out.set(claim.row.id, claim);
    }
  }
  return out;
}

/**
 * One claim with its citations, and the full references when `withReferences`; read by `readClaim`
 * where the store prepares it (Node), else through `db`.
 */
export async function getClaim(
  db: Db,
  id: string,
  options: { withReferences: boolean; readClaim?: ReadClaim },
): Promise<Claim | null> {
  const stored = options.readClaim ? options.readClaim(id) : await loadClaimState(db, id);
  if (!stored) return null;
  const claim = toClaim(stored.row, stored.cited, stored.relations);
  if (options.withReferences) {
    const byId = await getReferencesByIds(db, claim.referenceIds);
    claim.references = claim.referenceIds.flatMap((refId) => byId.get(refId) ?? []);
  }
  return claim;
}

export const CLAIM_SORT = ["relevance", "confidence", "updated", "id"] as const;
export type ClaimSort = (typeof CLAIM_SORT)[number];

/**
 * A claim's place in the `confidence` order: its confidence's index in CONFIDENCE — best backed
 * first (established, supported, speculative, contested, refuted: the order of ClaimReview's
 * rating), unsourced last.
 */
const CONFIDENCE_RANK = sql.raw(
  `(CASE claims.confidence ${CONFIDENCE.map((value, rank) => `WHEN '${value}' THEN ${rank}`).join(" ")} ELSE ${CONFIDENCE.length} END)`,
);

/**
 * Where a page starts: after this sort key of the last row served. For `relevance`, `lo`…`hi` is the
 * window of `seq`s being ranked (see RELEVANCE_WINDOW).
 */
export type ClaimPosition =
  | { sort: "id"; id: string }
  | { sort: "updated"; updatedAt: string; id: string }
  | { sort: "confidence"; rank: number; updatedAt: string; id: string }
  | { sort: "relevance"; lo: number; hi: number; score: number; seq: number };

export interface ClaimListFilter {
  /** Claims whose subject or object is this entity. */
  entityId?: string;
  subjectId?: string;
  objectId?: string;
  predicate?: string;
  confidence?: Confidence[];
  status?: ClaimStatus[];
  /** Claims that cite this reference (optionally with this stance). */
  referenceId?: string;
  stance?: Stance;
  /** Only claims whose supporting references are all retracted (true), or the others (false). */
  supportRetracted?: boolean;
  /** Claims cited in support by a reference of one of these tiers. */
  supportTier?: Tier[];
  /** Claims in a relation (either direction) with this claim. */
  relatedTo?: string;
  /** Claims in a relation of one of these types (with `relatedTo`, with that claim). */
  relation?: RelationType[];
  /** Full-text search: every word must match (see src/db/search.ts). */
  words?: string[];
  sort: ClaimSort;
  after?: ClaimPosition;
  limit: number;
}

export interface ClaimPage<T = Claim> {
  items: T[];
  more: boolean;
  /** The sort key of the last item, for the next cursor. */
  last: ClaimPosition | null;
}

/** The cursor key of `position` (what `encodeCursor` stores). */
export function positionKey(position: ClaimPosition): (string | number)[] {
  switch (position.sort) {
    case "id":
      return [position.id];
    case "updated":
      return [position.updatedAt, position.id];
    case "confidence":
      return [position.rank, position.updatedAt, position.id];
    case "relevance":
      return [position.lo, position.hi, position.score, position.seq];
  }
}

/** The position a cursor key stands for under `sort`, or null when it is not one. */
export function positionOf(sort: ClaimSort, key: (string | number)[]): ClaimPosition | null {
  const [a, b, c, d] = key;
  if (sort === "id" && key.length === 1 && typeof a === "string") return { sort, id: a };
  if (sort === "updated" && key.length === 2 && typeof a === "string" && typeof b === "string")
    return { sort, updatedAt: a, id: b };
  if (
    sort === "confidence" &&
    key.length === 3 &&
    Number.isSafeInteger(a) &&
    typeof b === "string" &&
    typeof c === "string"
  )
    return { sort, rank: a as number, updatedAt: b, id: c };
  if (
    sort === "relevance" &&
    key.length === 4 &&
    [a, b, d].every(Number.isSafeInteger) &&
    typeof c === "number" &&
    Number.isFinite(c)
  )
    return { sort, lo: a as number, hi: b as number, score: c, seq: d as number };
  return null;
}

/** Filters that select few claims through an index of their own: an entity, a reference, a related claim. */
function selectiveFilter(filter: ClaimListFilter): boolean {
  return (
    filter.entityId !== undefined ||
    filter.subjectId !== undefined ||
    filter.objectId !== undefined ||
    filter.referenceId !== undefined ||
    filter.relatedTo !== undefined
  );
}

/**
 * The conditions on `claims` of every filter but the full-text one. With `steer`, the filters that
 * select many claims (status, confidence, predicate, stance alone) are written `+column`, which keeps
 * SQLite from walking their indexes: it then walks an entity's or a reference's, or `id` in order.
 */
function filterCondition(db: Db, filter: ClaimListFilter, steer = false): SQL | undefined {
  const broad = (column: SQLiteColumn) => (steer ? sql`+${column}` : sql`${column}`);
  const conditions: (SQL | undefined)[] = [];
  if (filter.entityId !== undefined)
    conditions.push(or(eq(claims.subjectId, filter.entityId), eq(claims.objectId, filter.entityId)));
  if (filter.subjectId !== undefined) conditions.push(eq(claims.subjectId, filter.subjectId));
  if (filter.objectId !== undefined) conditions.push(eq(claims.objectId, filter.objectId));
  if (filter.predicate !== undefined) conditions.push(eq(broad(claims.predicate), filter.predicate));
  if (filter.confidence?.length) conditions.push(inArray(broad(claims.confidence), filter.confidence));
  if (filter.status?.length) conditions.push(inArray(broad(claims.status), filter.status));
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
    conditions.push(inArray(filter.referenceId === undefined ? broad(claims.id) : sql`${claims.id}`, citing));
  }
  if (filter.supportTier?.length) {
    const backed = db
      .select({ claimId: citations.claimId })
      .from(citations)
      .innerJoin(references, eq(references.id, citations.referenceId))
      .where(and(eq(citations.stance, "supports"), inArray(references.tier, filter.supportTier)));
    conditions.push(inArray(broad(claims.id), backed));
  }
  if (filter.relatedTo !== undefined || filter.relation?.length) {
    const typed = filter.relation?.length ? inArray(claimRelations.type, filter.relation) : undefined;
    const outgoing = db
      .select({ id: claimRelations.fromId })
      .from(claimRelations)
      .where(and(filter.relatedTo !== undefined ? eq(claimRelations.toId, filter.relatedTo) : undefined, typed));
    const incoming = db
      .select({ id: claimRelations.toId })
      .from(claimRelations)
      .where(and(filter.relatedTo !== undefined ? eq(claimRelations.fromId, filter.relatedTo) : undefined, typed));
    const column = filter.relatedTo === undefined ? broad(claims.id) : sql`${claims.id}`;
    conditions.push(or(inArray(column, outgoing), inArray(column, incoming)));
  }
  if (filter.supportRetracted !== undefined) {
    const flagged = sql`(exists (select 1 from ${citations} where ${citations.claimId} = ${claims.id} and ${citations.stance} = 'supports') and not exists (select 1 from ${citations} join ${references} on ${references.id} = ${citations.referenceId} where ${citations.claimId} = ${claims.id} and ${citations.stance} = 'supports' and ${references.retracted} = 0))`;
    conditions.push(filter.supportRetracted ? flagged : sql`not ${flagged}`);
  }
  return and(...conditions);
}

/**
 * Where the choice between the two ways of finding candidates (SearchDrive) tips: at most this many
 * claims selected by an entity or a reference are tested one by one; a word matching more than this
 * many claims is "frequent" (walking claims in id order then fills a page quickly).
 */
export interface SearchPlan {
  scopeLimit: number;
  frequentLimit: number;
}
export const SEARCH_PLAN: SearchPlan = { scopeLimit: 1000, frequentLimit: 1000 };

/** The keyset condition "after `position`" for the id, updated and confidence orders. */
function afterCondition(position: ClaimPosition | undefined): SQL | undefined {
  if (position?.sort === "id") return gt(claims.id, position.id);
  const newer = (p: { updatedAt: string; id: string }) =>
    or(lt(claims.updatedAt, p.updatedAt), and(eq(claims.updatedAt, p.updatedAt), lt(claims.id, p.id)));
  if (position?.sort === "updated") return newer(position);
  if (position?.sort === "confidence")
    return or(
      sql`${CONFIDENCE_RANK} > ${position.rank}`,
      and(sql`${CONFIDENCE_RANK} = ${position.rank}`, newer(position)),
    );
  return undefined;
}

function orderOf(sort: ClaimSort) {
  return sort === "updated" ? [desc(claims.updatedAt), desc(claims.id)] : [asc(claims.id)];
}

/** Claims as served, in the order of `rows`. */
async function claimsOf(db: Db, rows: ClaimRow[]): Promise<Claim[]> {
  const ids = rows.map((row) => row.id);
  const [cited, related] = await Promise.all([citationsOf(db, ids), relationsOf(db, ids)]);
  return rows.map((row) => toClaim(row, cited.get(row.id) ?? [], related.get(row.id) ?? []));
}

/**
 * How a page holds its claims: as objects (the pages, MCP), or as the JSON text the API serves. A
 * claim's document is that text already, so a page of JSON text is spliced from the documents, with
 * no parsing and serialising again (20 documents a page: ~320 µs of the server's main thread, and
 * their garbage, against ~5 µs spliced).
 */
export interface ClaimForm<T> {
  /** A claim from its document (the JSON text of `Claim`). */
  fromDocument(document: string): T;
  fromClaim(claim: Claim): T;
  /** The claim as a search hit: `score` and `snippet` after its fields. */
  withHit(item: T, score: number, snippet: string): T;
}

export const CLAIM_OBJECTS: ClaimForm<Claim> = {
  fromDocument: (document) => JSON.parse(document) as Claim,
  fromClaim: (claim) => claim,
  withHit: (claim, score, snippet) => ({ ...claim, score, snippet }),
};

/** Each claim as its JSON text, exactly as `JSON.stringify` of the same claim in CLAIM_OBJECTS. */
export const CLAIM_JSON: ClaimForm<string> = {
  fromDocument: (document) => document,
  fromClaim: (claim) => JSON.stringify(claim),
  // A claim's JSON is an object with at least one field: its closing brace is its last character.
  withHit: (json, score, snippet) =>
    `${json.slice(0, -1)},"score":${JSON.stringify(score)},"snippet":${JSON.stringify(snippet)}}`,
};

/**
 * The claims with these `seq`s as served: their documents, and for the few without a current one
 * their rows and citations. Search pages are read where searches run (a worker thread on Node), and
 * each statement's text is the same for every page, so that it is prepared once.
 */
async function claimsBySeq<T>(runSearch: SearchRunner, seqs: number[], form: ClaimForm<T>): Promise<Map<number, T>> {
  const out = new Map<number, T>();
  if (seqs.length === 0) return out;
  const documents = await runSearch(
    sql`SELECT seq, body FROM claim_documents WHERE seq IN (SELECT value FROM json_each(${JSON.stringify(seqs)}))
      AND version = ${claimDocumentVersion()}`,
  );
  for (const { seq, body } of documents) out.set(Number(seq), form.fromDocument(String(body)));
  const missing = seqs.filter((seq) => !out.has(seq));
  if (missing.length === 0) return out;
  const rows = await runSearch(
    sql`SELECT ${sql.raw(CLAIM_WITH_CITATIONS)} FROM claims c WHERE c.seq IN (SELECT value FROM json_each(${JSON.stringify(missing)}))`,
  );
  for (const found of rows) {
    const { row, cited, relations } = storedClaimOf(found);
    out.set(row.seq, form.fromClaim(toClaim(row, cited, relations)));
  }
  return out;
}

interface RankedHit {
  seq: number;
  score: number;
  snippet: string;
  lo: number;
  hi: number;
}

const byRelevance = (a: { score: number; seq: number }, b: { score: number; seq: number }) =>
  b.score - a.score || b.seq - a.seq;

/**
 * The next `limit + 1` hits in relevance order after `after`. Relevance is ranked within windows of
 * RELEVANCE_WINDOW matches, newest first; the cursor names its window by its `seq` bounds, so rows
 * written later (higher `seq`) never enter a walk already started, and scores depend on each row
 * alone, so the order within a window cannot shift between pages: no duplicate, no gap.
 */
async function rankedHits(
  runSearch: SearchRunner,
  options: {
    match: string;
    filter: SQL | undefined;
    drive: SearchDrive;
    after?: ClaimPosition;
    limit: number;
    highlight: Highlight;
  },
): Promise<RankedHit[]> {
  const picked: RankedHit[] = [];
  const after = options.after?.sort === "relevance" ? options.after : undefined;
  // A window: the cursor's (bounded both ways), then fresh ones, each older than the one before.
  let window: { lo?: number; hi: number } = after ? { lo: after.lo, hi: after.hi } : { hi: Number.MAX_SAFE_INTEGER };
  let keyset: { score: number; seq: number } | undefined = after;
  // A fresh window holds RELEVANCE_WINDOW hits unless it is the last: after the cursor's window, this
  // many fresh ones fill any page.
  const rounds = 1 + Math.ceil((options.limit + 1) / RELEVANCE_WINDOW);
  for (let round = 0; round < rounds && picked.length <= options.limit; round++) {
    const rows = (
      await runSearch(
        relevanceWindowQuery({
          match: options.match,
          filter: options.filter,
          drive: options.drive,
          highlight: options.highlight,
          ...window,
        }),
      )
    ).map((row) => ({ seq: Number(row.seq), score: Number(row.score), snippet: String(row.snippet) }));
    if (rows.length === 0 && window.lo === undefined) break;
    const lo = window.lo ?? Math.min(...rows.map((row) => row.seq));
    const hi = window.lo === undefined ? Math.max(...rows.map((row) => row.seq)) : window.hi;
    rows.sort(byRelevance);
    for (const row of rows) {
      if (keyset && byRelevance(row, keyset) <= 0) continue;
      picked.push({ ...row, lo, hi });
      if (picked.length > options.limit) break;
    }
    const last = window.lo === undefined && rows.length < RELEVANCE_WINDOW;
    if (last || lo <= 1) break;
    window = { hi: lo - 1 };
    keyset = undefined;
  }
  return picked;
}

/** One page of claims, filtered and sorted, plus whether more follow; its claims in `form`. */
export async function listClaims<T = Claim>(
  db: Db,
  runSearch: SearchRunner,
  filter: ClaimListFilter,
  plan: SearchPlan = SEARCH_PLAN,
  form: ClaimForm<T> = CLAIM_OBJECTS as ClaimForm<unknown> as ClaimForm<T>,
): Promise<ClaimPage<T>> {
  // By id without words: the id index answers at once, on the request's connection. Everything else
  // may have to read many rows (a search; the last-updated order, which no index serves) and goes
  // where searches run.
  if (!filter.words?.length && filter.sort === "id") {
    const rows = await db
      .select()
      .from(claims)
      .where(and(filterCondition(db, filter), afterCondition(filter.after)))
      .orderBy(...orderOf(filter.sort))
      .limit(filter.limit + 1);
    const page = rows.slice(0, filter.limit);
    const last = page.at(-1);
    return {
      items: (await claimsOf(db, page)).map((claim) => form.fromClaim(claim)),
      more: rows.length > filter.limit,
      last: last ? positionFor(filter.sort, last) : null,
    };
  }

  const match = filter.words?.length ? matchExpression(filter.words) : undefined;
  // Choose how to find the candidates (see SearchDrive), counting no further than needed.
  let drive: SearchDrive = "index";
  if (match && selectiveFilter(filter)) {
    const [scope] = await runSearch(
      boundedCountQuery(sql`FROM claims WHERE ${filterCondition(db, filter, true)}`, plan.scopeLimit),
    );
    if (Number(scope?.n) <= plan.scopeLimit) drive = "claims";
  } else if (match && filter.sort === "id") {
    const [matches] = await runSearch(
      boundedCountQuery(sql`FROM claims_fts WHERE claims_fts MATCH ${match}`, plan.frequentLimit),
    );
    if (Number(matches?.n) > plan.frequentLimit) drive = "claims";
  }
  const condition = filterCondition(db, filter, drive === "claims");
  const highlight = newHighlight();
  let hits: { seq: number; position: ClaimPosition; score?: number; snippet?: string }[];
  let more: boolean;
  if (filter.sort === "relevance" && match) {
    const ranked = await rankedHits(runSearch, {
      match,
      filter: condition,
      drive,
      after: filter.after,
      limit: filter.limit,
      highlight,
    });
    more = ranked.length > filter.limit;
    hits = ranked.slice(0, filter.limit).map(({ seq, score, snippet, lo, hi }) => ({
      seq,
      score,
      snippet,
      position: { sort: "relevance", lo, hi, score, seq },
    }));
  } else {
    const order =
      filter.sort === "updated"
        ? sql`claims.updated_at DESC, claims.id DESC`
        : filter.sort === "confidence"
          ? sql`${CONFIDENCE_RANK} ASC, claims.updated_at DESC, claims.id DESC`
          : sql`claims.id ASC`;
    const where = and(match ? matchesCondition(match, drive) : undefined, condition, afterCondition(filter.after));
    const rows = await runSearch(
      sql`SELECT claims.seq AS seq, claims.id AS id, claims.updated_at AS updatedAt, ${CONFIDENCE_RANK} AS rank FROM claims
${where ? sql`WHERE ${where}` : sql``} ORDER BY ${order} LIMIT ${filter.limit + 1}`,
    );
    more = rows.length > filter.limit;
    hits = rows.slice(0, filter.limit).map((row) => ({
      seq: Number(row.seq),
      position: positionFor(filter.sort, {
        id: String(row.id),
        updatedAt: String(row.updatedAt),
        rank: Number(row.rank),
      }),
    }));
    if (match && hits.length) {
      const details = new Map(
        (await runSearch(hitDetailsQuery({ match, seqs: hits.map((hit) => hit.seq), highlight }))).map((row) => [
          Number(row.seq),
          row,
        ]),
      );
      for (const hit of hits) {
        const detail = details.get(hit.seq);
        if (detail) Object.assign(hit, { score: Number(detail.score), snippet: String(detail.snippet) });
      }
    }
  }
  const served = await claimsBySeq(
    runSearch,
    hits.map((hit) => hit.seq),
    form,
  );
  const items = hits.flatMap((hit) => {
    const claim = served.get(hit.seq);
    if (claim === undefined) return []; // deleted since it was found
    return hit.score === undefined || hit.snippet === undefined
      ? [claim]
      : [form.withHit(claim, hit.score, snippetHtml(hit.snippet, highlight))];
  });
  return { items, more, last: hits.at(-1)?.position ?? null };
}

function positionFor(sort: ClaimSort, row: { id: string; updatedAt: string; rank?: number }): ClaimPosition {
  if (sort === "updated") return { sort, updatedAt: row.updatedAt, id: row.id };
  if (sort === "confidence") return { sort, rank: row.rank ?? CONFIDENCE.length, updatedAt: row.updatedAt, id: row.id };
  return { sort: "id", id: row.id };
}
