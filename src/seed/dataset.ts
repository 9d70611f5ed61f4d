import articleRecord from "../../seed/article.json";
import claimsData from "../../seed/claims.json";
import entitiesData from "../../seed/entities.json";
import literature from "../../seed/literature.json";
import predicatesData from "../../seed/predicates.json";
import type { ClaimStatus, Confidence, EntityKind, ReferenceType, Stance } from "../db/schema";

/** A literature record as `seed/literature.json` holds it (fields seen in public sources; null = unknown). */
export interface LiteratureRecord {
  key: string;
  type: string;
  authors: string[];
  year: number | null;
  title: string | null;
  container: string | null;
  volume: string | null;
  issue: string | null;
  pages: string | null;
  doi: string | null;
  pmid: string | null;
  seenAt: string[];
  articleMarker: string | null;
  markerMapping: string | null;
  evidence: string;
  notes?: string;
}

export interface SeedReference {
  id: string;
  type: ReferenceType;
  title: string | null;
  authors: string[];
  issued: string | null;
  containerTitle: string | null;
  volume: string | null;
  issue: string | null;
  pages: string | null;
  doi: string | null;
  pmid: string | null;
  url: string | null;
  note: string | null;
  seenAt: string[];
}

export interface SeedEntity {
  id: string;
  label: string;
  kind: EntityKind;
  description: string | null;
  aliases: string[];
}

export interface SeedCitation {
  reference: string;
  stance: Stance;
  locator: string | null;
  quote: string | null;
  span: [number, number] | null;
  note: string | null;
}

export interface SeedClaim {
  id: string;
  statement: string;
  subject: string;
  predicate: string;
  object: string;
  context: string | null;
  confidence: Confidence;
  status: ClaimStatus;
  /** Other ways people say it (optional in seed/claims.json). */
  wordings?: string[];
  citations: SeedCitation[];
}

/** How a literature record relates to the article's numbered references, said no more strongly than known. */
function markerNote(record: LiteratureRecord): string | null {
  const parts: string[] = [];
  if (record.markerMapping === "inferred" && record.articleMarker) {
    parts.push(`Probably the article's ${record.articleMarker} (inferred; no source confirms it).`);
  } else if (record.markerMapping === "candidate, unassigned") {
    parts.push("One of several candidates for the article's [2]–[9] (unassigned).");
  }
  if (record.notes) parts.push(`Metadata: ${record.notes}.`);
  return parts.length ? parts.join(" ") : null;
}

/** A literature record as a reference: exactly its known fields, nothing filled in. */
export function referenceFromLiterature(record: LiteratureRecord): SeedReference {
  return {
    id: record.key,
    type: record.type as ReferenceType,
    title: record.title,
    authors: record.authors,
    issued: record.year === null ? null : String(record.year),
    containerTitle: record.container,
    volume: record.volume,
    issue: record.issue,
    pages: record.pages,
    doi: record.doi?.toLowerCase() ?? null,
    pmid: record.pmid,
    url: null,
    note: markerNote(record),
    seenAt: record.seenAt,
  };
}

export const ARTICLE_REFERENCE: SeedReference = {
  pmid: null,
  doi: null,
  volume: null,
  issue: null,
  pages: null,
  ...(articleRecord as Omit<SeedReference, "pmid" | "doi" | "volume" | "issue" | "pages">),
};

/** A predicate of the vocabulary as `seed/predicates.json` holds it: the defaults apply to what it omits. */
export interface SeedPredicate {
  id: string;
  label: string;
  phrasings?: string[];
  opposite?: string;
  negationOf?: string;
  symmetric?: boolean;
  membership?: boolean;
  description?: string;
}

/** The curated dataset of `seed/`: the article, its literature, entities, claims and predicate vocabulary. */
export const seedDataset = {
  references: [ARTICLE_REFERENCE, ...(literature as LiteratureRecord[]).map(referenceFromLiterature)],
  entities: entitiesData as SeedEntity[],
  claims: claimsData as SeedClaim[],
  predicates: predicatesData as SeedPredicate[],
};
