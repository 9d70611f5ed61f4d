import { and, asc, eq, gt, isNull, or } from "drizzle-orm";
import { inList, jsonChunks } from "../../db/bulk";
import type { Db } from "../../db/client";
import { type Design, type ReferenceRow, type ReferenceType, references, type Tier } from "../../db/schema";
import type { Reference } from "./references.schemas";

/** Resolver links for a reference's identifiers. */
function linksOf(row: ReferenceRow): Reference["links"] {
  const links: Reference["links"] = {};
  if (row.doi) links.doi = `https://doi.org/${row.doi}`;
  if (row.pmid) links.pubmed = `https://pubmed.ncbi.nlm.nih.gov/${row.pmid}/`;
  if (row.pmcid) links.pmc = `https://www.ncbi.nlm.nih.gov/pmc/articles/${row.pmcid}/`;
  if (row.url) links.url = row.url;
  return links;
}

export function toReference(row: ReferenceRow): Reference {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    authors: row.authors,
    issued: row.issued,
    containerTitle: row.containerTitle,
    volume: row.volume,
    issue: row.issue,
    pages: row.pages,
    doi: row.doi,
    pmid: row.pmid,
    pmcid: row.pmcid,
    isbn: row.isbn,
    patentNumber: row.patentNumber,
    url: row.url,
    note: row.note,
    tier: row.tier,
    design: row.design,
    seenAt: row.seenAt,
    retracted: row.retracted,
    retractedAt: row.retractedAt,
    retractionNotice: row.retractionNotice,
    links: linksOf(row),
    revision: row.revision,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** What a reference key names: an id, `doi:10.…` (case-insensitive) or `pmid:…`. */
export function referenceKeyOf(key: string): { field: "id" | "doi" | "pmid"; value: string } {
  const lower = key.toLowerCase();
  if (lower.startsWith("doi:")) return { field: "doi", value: lower.slice(4).trim() };
  if (lower.startsWith("pmid:")) return { field: "pmid", value: key.slice(5).trim() };
  return { field: "id", value: key };
}

/**
 * Finds a reference by its id, `doi:10.…` (case-insensitive) or `pmid:…`. Returns the row's id or null.
 */
export async function resolveReferenceId(db: Db, key: string): Promise<string | null> {
  const { field, value } = referenceKeyOf(key);
  const [row] = await db.select({ id: references.id }).from(references).where(eq(references[field], value)).limit(1);
  return row?.id ?? null;
}

export async function getReference(db: Db, key: string): Promise<Reference | null> {
  const id = await resolveReferenceId(db, key);
  if (!id) return null;
  const [row] = await db.select().from(references).where(eq(references.id, id)).limit(1);
  return row ? toReference(row) : null;
}

/** The references with these ids (unknown ids are absent), the ids bound as one JSON list. */
export async function getReferencesByIds(db: Db, ids: string[]): Promise<Map<string, Reference>> {
  const out = new Map<string, Reference>();
  for (const chunk of jsonChunks([...new Set(ids)])) {
    for (const row of await db.select().from(references).where(inList(references.id, chunk)))
      out.set(row.id, toReference(row));
  }
  return out;
}

export interface ReferenceListFilter {
  type?: ReferenceType;
  /** A tier, or `unknown` for references whose tier nobody has recorded. */
  tier?: Tier | "unknown";
  design?: Design;
  afterId?: string;
  limit: number;
}

/** One page of references in id order, plus whether more follow. */
export async function listReferences(
  db: Db,
  filter: ReferenceListFilter,
): Promise<{ items: Reference[]; more: boolean }> {
  const conditions = [];
  if (filter.type) conditions.push(eq(references.type, filter.type));
  if (filter.tier)
    conditions.push(filter.tier === "unknown" ? isNull(references.tier) : eq(references.tier, filter.tier));
  if (filter.design) conditions.push(eq(references.design, filter.design));
  if (filter.afterId !== undefined) conditions.push(gt(references.id, filter.afterId));
  const rows = await db
    .select()
    .from(references)
    .where(and(...conditions))
    .orderBy(asc(references.id))
    .limit(filter.limit + 1);
  return { items: rows.slice(0, filter.limit).map(toReference), more: rows.length > filter.limit };
}

/**
 * The reference ids that `keys` name (each an id, `doi:…` or `pmid:…`), in one statement per JSON
 * chunk of keys; a key that names nothing is absent.
 */
export async function resolveReferenceKeys(db: Db, keys: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const doiOf = (key: string) => (key.toLowerCase().startsWith("doi:") ? key.slice(4).trim().toLowerCase() : null);
  const pmidOf = (key: string) => (key.toLowerCase().startsWith("pmid:") ? key.slice(5).trim() : null);
  for (const chunk of jsonChunks([...new Set(keys)])) {
    const dois = chunk.flatMap((key) => doiOf(key) ?? []);
    const pmids = chunk.flatMap((key) => pmidOf(key) ?? []);
    const rows = await db
      .select({ id: references.id, doi: references.doi, pmid: references.pmid })
      .from(references)
      .where(or(inList(references.id, chunk), inList(references.doi, dois), inList(references.pmid, pmids)));
    for (const key of chunk) {
      const row = rows.find((r) =>
        doiOf(key) !== null ? r.doi === doiOf(key) : pmidOf(key) !== null ? r.pmid === pmidOf(key) : r.id === key,
      );
      if (row) out.set(key, row.id);
    }
  }
  return out;
}
