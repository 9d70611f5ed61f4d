import articleRecord from "../../seed/article.json";
import claimsData from "../../seed/claims.json";
import entitiesData from "../../seed/entities.json";
import literature from "../../seed/literature.json";
import predicatesData from "../../seed/predicates.json";
import relationsData from "../../seed/relations.json";
import tiersData from "../../seed/tiers.json";
import type {
  ClaimStatus,
  Confidence,
  Design,
  EntityKind,
  ReferenceType,
  RelationType,
  Stance,
  Tier,
} from "../db/schema";
import { type EvidenceCitation, settleConfidence } from "../domain/confidence";

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
  tier: Tier | null;
  design: Design | null;
  seenAt: string[];
}

/**
 * A reference's tier as curators recorded it (`seed/tiers.json`): set only where the record says what
 * the work is, with the record's own words for it (`because`: from its title, its evidence or, for the
 * article, its type); otherwise null with the reason (`unknown`).
 */
export interface SeedTier {
  reference: string;
  tier: Tier | null;
  design: Design | null;
  because?: string;
  unknown?: string;
}

/** A relation between two seed claims, as `seed/relations.json` holds it, with the article's words for it. */
export interface SeedRelation {
  from: string;
  type: RelationType;
  to: string;
  note: string | null;
  citations: {
    reference: string;
    locator: string | null;
    quote: string | null;
    span: [number, number] | null;
    note: string | null;
  }[];
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
  /**
   * Only where curators chose among the levels the rules admit (`speculative` for what the article
   * hedges); otherwise the level is the one the rules give (see seedConfidence).
   */
  confidence?: Confidence;
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

const TIERS = new Map((tiersData as SeedTier[]).map((entry) => [entry.reference, entry]));

/** The curated tier and design of reference `id` (null when unknown). */
function tierOf(id: string): { tier: Tier | null; design: Design | null } {
  const entry = TIERS.get(id);
  return { tier: entry?.tier ?? null, design: entry?.design ?? null };
}

/** A literature record as a reference: exactly its known fields, nothing filled in. */
export function referenceFromLiterature(record: LiteratureRecord): SeedReference {
  return {
    ...tierOf(record.key),
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
  ...tierOf(articleRecord.id),
  ...(articleRecord as Omit<SeedReference, "pmid" | "doi" | "volume" | "issue" | "pages" | "tier" | "design">),
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

const references = [ARTICLE_REFERENCE, ...(literature as LiteratureRecord[]).map(referenceFromLiterature)];

/**
 * The confidence of a seed claim: the level the ladder (src/domain/confidence.ts) gives over its
 * citations and the tiers of their references, or the curators' choice where the rules admit it.
 * Throws when they do not: the seed would break its own rules.
 */
export function seedConfidence(claim: SeedClaim, tiers: Map<string, Tier | null>): Confidence {
  const cited: EvidenceCitation[] = claim.citations.map((citation) => ({
    referenceId: citation.reference,
    stance: citation.stance,
    tier: tiers.get(citation.reference) ?? null,
  }));
  const settled = settleConfidence({ requested: claim.confidence, after: cited });
  if ("violation" in settled) throw new Error(`seed claim ${claim.id}: ${settled.violation}`);
  return settled.level;
}

const referenceTiers = new Map(references.map((reference) => [reference.id, reference.tier]));

/**
 * The curated dataset of `seed/`: the article, its literature (with their tiers), entities, claims (at
 * the level the rules give them), the relations the article states, and the predicate vocabulary.
 */
export const seedDataset = {
  references,
  entities: entitiesData as SeedEntity[],
  claims: (claimsData as SeedClaim[]).map((claim) => ({
    ...claim,
    /** The claim's level: derived, or the curators' admitted choice. */
    level: seedConfidence(claim, referenceTiers),
  })),
  relations: relationsData as SeedRelation[],
  tiers: tiersData as SeedTier[],
  predicates: predicatesData as SeedPredicate[],
};
