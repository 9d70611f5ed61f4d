/**
 * The seed as the tests read it: straight from the files in `seed/`, independently of the loader, so
 * that what the API serves is compared with the curated source and not with itself.
 */
import articleRecord from "../../seed/article.json";
import claimsData from "../../seed/claims.json";
import entitiesData from "../../seed/entities.json";
import literature from "../../seed/literature.json";
import predicatesData from "../../seed/predicates.json";

export const seedClaims = claimsData as {
  id: string;
  statement: string;
  subject: string;
  predicate: string;
  object: string;
  context: string | null;
  confidence: string;
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
    confidence: claim.confidence,
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
