/**
 * A claim as a schema.org ClaimReview (https://schema.org/ClaimReview), the JSON-LD that fact-check
 * crawlers read. Built from a claim and its cited references only; no runtime imports, so the API can
 * serve the same document as `application/ld+json`.
 */
import type { ClaimStatus, Confidence } from "../db/schema";
import type { Claim } from "../routes/claims/claims.schemas";
import type { Reference } from "../routes/references/references.schemas";
import { CONFIDENCE_TEXT, evidenceSentence } from "./confidence-text";

/**
 * The rating of each confidence value on a 1–5 scale of how well the cited evidence backs the claim
 * (5 best). `asserted` and `speculative` share the middle: neither is backed by research the store
 * holds — an asserted claim only restated by tertiary sources, a speculative one only proposed or
 * hedged. `contested` ranks below them because its sources include one against it. `unsourced` has no
 * rating: there is no evidence to rate, so the review carries only its `alternateName`.
 */
export const CLAIM_REVIEW_RATING: Record<Confidence, number | null> = {
  established: 5,
  supported: 4,
  asserted: 3,
  speculative: 3,
  contested: 2,
  refuted: 1,
  unsourced: null,
};

export const BEST_RATING = 5;
export const WORST_RATING = 1;

/** `creativeWorkStatus` of a review whose claim is not simply published. */
const WORK_STATUS: Partial<Record<ClaimStatus, string>> = {
  draft: "Draft",
  deprecated: "Obsolete",
  retracted: "Retracted",
};

export interface ClaimReviewOptions {
  /** Absolute URL of the claim's page: the review's `url`. */
  url: string;
  /** Who publishes the review: this service (`name`, absolute `url`). */
  author: { name: string; url: string };
}

export interface ClaimReviewDocument {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  itemReviewed: { "@type": "Claim"; appearance: Record<string, unknown>[] };
  reviewRating: {
    "@type": "Rating";
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
    alternateName: string;
    ratingExplanation: string;
  };
  author: { "@type": "Organization"; name: string; url: string };
  datePublished: string;
  dateModified: string;
  creativeWorkStatus?: string;
}

/** The CreativeWork a reference stands for, with only the fields that are known. */
function creativeWork(reference: Reference): Record<string, unknown> {
  const scholarly = reference.type === "article-journal" || reference.type === "review";
  const links = [reference.links.doi, reference.links.pubmed, reference.links.pmc, reference.links.url].filter(
    (link): link is string => Boolean(link),
  );
  const work: Record<string, unknown> = { "@type": scholarly ? "ScholarlyArticle" : "CreativeWork" };
  if (reference.title) work.name = reference.title;
  if (links[0]) work.url = links[0];
  if (links.length > 1) work.sameAs = links.slice(1);
  if (reference.authors.length) work.author = reference.authors.map((name) => ({ "@type": "Person", name }));
  if (reference.issued) work.datePublished = reference.issued;
  if (reference.containerTitle)
    work.isPartOf = {
      "@type": scholarly ? "Periodical" : reference.type === "webpage" ? "WebSite" : "CreativeWork",
      name: reference.containerTitle,
    };
  if (reference.doi) work.identifier = `doi:${reference.doi}`;
  return work;
}

/**
 * The ClaimReview of `claim`. `references` are its cited works (any order; those it does not cite are
 * ignored): each becomes an `appearance` of the claim, in citation order.
 */
export function claimReview(claim: Claim, references: Reference[], options: ClaimReviewOptions): ClaimReviewDocument {
  const byId = new Map(references.map((reference) => [reference.id, reference]));
  const appearance = [...new Set(claim.referenceIds)].flatMap((id) => {
    const reference = byId.get(id);
    return reference ? [creativeWork(reference)] : [];
  });
  const text = CONFIDENCE_TEXT[claim.confidence];
  const flag = claim.supportRetracted ? " (every supporting reference is retracted)" : "";
  const rating = CLAIM_REVIEW_RATING[claim.confidence];
  const document: ClaimReviewDocument = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: options.url,
    claimReviewed: claim.statement,
    itemReviewed: { "@type": "Claim", appearance },
    reviewRating: {
      "@type": "Rating",
      ...(rating === null ? {} : { ratingValue: rating, bestRating: BEST_RATING, worstRating: WORST_RATING }),
      alternateName: `${text.label}: ${text.meaning}${flag}`,
      ratingExplanation: `${evidenceSentence(claim.evidence)}. ${claim.basis.summary}`,
    },
    author: { "@type": "Organization", name: options.author.name, url: options.author.url },
    datePublished: claim.createdAt,
    dateModified: claim.updatedAt,
  };
  const status = WORK_STATUS[claim.status];
  if (status) document.creativeWorkStatus = status;
  return document;
}

/**
 * JSON for the body of `<script type="application/ld+json">`: `<`, `>` and `&` escaped as `\u003c`…
 * so that no text of a claim can close the script element (HTML §4.12.1.3), and U+2028/U+2029 escaped
 * for old JavaScript parsers. The result is still the same JSON.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll("<", "\\u003c")
    .replaceAll(">", "\\u003e")
    .replaceAll("&", "\\u0026")
    .replaceAll("\u2028", "\\u2028")
    .replaceAll("\u2029", "\\u2029");
}
