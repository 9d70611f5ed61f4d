import { and, asc, eq, gt } from "drizzle-orm";
import { inList, jsonChunks } from "../../db/bulk";
import type { Db } from "../../db/client";
import { type ReferenceRow, type ReferenceType, references } from "../../db/schema";
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
  if (filter.afterId !== undefined) conditions.push(gt(references.id, filter.afterId));
  const rows = await db
    .select()
    .from(references)
    .where(and(...conditions))
    .orderBy(asc(references.id))
    .limit(filter.limit + 1);
  return { items: rows.slice(0, filter.limit).map(toReference), more: rows.length > filter.limit };
}
