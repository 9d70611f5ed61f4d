/**
 * The seed as the tests read it: straight from the files in `seed/`, independently of the loader, so
 * that what the API serves is compared with the curated source and not with itself.
 */

import { expect } from "vitest";
import articleRecord from "../../seed/article.json";
import claimsData from "../../seed/claims.json";
import entitiesData from "../../seed/entities.json";
import literature from "../../seed/literature.json";
import predicatesData from "../../seed/predicates.json";
import relationsData from "../../seed/relations.json";
import tiersData from "../../seed/tiers.json";
import type { Confidence, Tier } from "../../src/db/schema";
import { confidenceBasis, derivedConfidence } from "../../src/domain/confidence";

export const seedClaims = claimsData as {
  id: string;
  statement: string;
  subject: string;
  predicate: string;
  object: string;
  context: string | null;
  /** Only where curators chose a level among those the rules admit (`speculative`, for hedges). */
  confidence?: Confidence;
  status: string;
  wordings?: string[];
  citations: {
    reference: string;
    stance: "supports" | "contradicts" | "mentions";
    locator: string | null;
    quote: string | null;
    span: [number, number] | null;
    note: string | null;
  }[];
}[];
export const seedEntities = entitiesData as {
  id: string;
  label: string;
  kind: string;
  description: string | null;
  aliases: string[];
}[];
export const seedLiterature = literature as Record<string, unknown>[] & { key: string }[];
export const seedArticle = articleRecord;
export const seedPredicates = predicatesData as { id: string; label: string }[];
export const seedTiers = tiersData as {
  reference: string;
  tier: Tier | null;
  design: string | null;
  because?: string;
  unknown?: string;
}[];
export const seedRelations = relationsData as {
  from: string;
  type: string;
  to: string;
  note: string | null;
  citations: {
    reference: string;
    locator: string | null;
    quote: string | null;
    span: [number, number] | null;
    note: string | null;
  }[];
}[];

/** A seed claim's citations with the tiers the curators recorded for their references. */
export function citedWithTiers(claim: (typeof seedClaims)[number]) {
  return claim.citations.map((citation) => ({
    referenceId: citation.reference,
    stance: citation.stance,
    tier: seedTiers.find((entry) => entry.reference === citation.reference)?.tier ?? null,
  }));
}

/** The level a seed claim must stand at: the curators' choice, else the one the rules give. */
export function seedLevel(claim: (typeof seedClaims)[number]): Confidence {
  return claim.confidence ?? derivedConfidence(citedWithTiers(claim));
}

/** The relations the API must serve on seed claim `id`, in claim order (type, from, to). */
function expectedRelations(id: string) {
  return seedRelations
    .filter((relation) => relation.from === id || relation.to === id)
    .map((relation) => ({
      from: relation.from,
      type: relation.type,
      to: relation.to,
      note: relation.note,
      citations: relation.citations.map((citation) => ({
        referenceId: citation.reference,
        locator: citation.locator,
        quote: citation.quote,
        span: citation.span ? { start: citation.span[0], end: citation.span[1] } : null,
        note: citation.note,
      })),
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    }))
    .sort((a, b) => (`${a.type} ${a.from} ${a.to}` < `${b.type} ${b.from} ${b.to}` ? -1 : 1));
}

/** The JSON the API must serve for a seeded claim (timestamps aside). */
export function expectedClaim(id: string) {
  const claim = seedClaims.find((c) => c.id === id);
  if (!claim) throw new Error(`no seed claim ${id}`);
  const evidence = { supports: 0, contradicts: 0, mentions: 0 };
  for (const citation of claim.citations) evidence[citation.stance] += 1;
  return {
    id: claim.id,
    statement: claim.statement,
    subject: claim.subject,
    predicate: claim.predicate,
    object: claim.object,
    context: claim.context,
    confidence: seedLevel(claim),
    status: claim.status,
    replacedBy: null,
    wordings: claim.wordings ?? [],
    supportRetracted: false,
    citations: claim.citations.map((citation) => ({
      referenceId: citation.reference,
      stance: citation.stance,
      locator: citation.locator,
      quote: citation.quote,
      span: citation.span ? { start: citation.span[0], end: citation.span[1] } : null,
      note: citation.note,
    })),
    referenceIds: claim.citations.map((citation) => citation.reference),
    evidence,
    basis: confidenceBasis(seedLevel(claim), citedWithTiers(claim)),
    relations: expectedRelations(id),
    links: {
      page: `/claims/${id}`,
      claimReview: { href: `/v1/claims/${id}?format=jsonld`, type: "application/ld+json" },
      bibliography: [
        { href: `/v1/claims/${id}?format=csl`, type: "application/vnd.citationstyles.csl+json" },
        { href: `/v1/claims/${id}?format=bibtex`, type: "application/x-bibtex" },
      ],
      history: `/v1/claims/${id}/history`,
    },
    revision: 1,
  };
}

/** Seeded claims about `entityId` (as subject or object), in id order. */
export function seedClaimIdsAbout(entityId: string): string[] {
  return seedClaims
    .filter((claim) => claim.subject === entityId || claim.object === entityId)
    .map((claim) => claim.id)
    .sort();
}
