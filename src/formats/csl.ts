import { tierPhrase } from "../domain/tiers";
import type { Reference } from "../routes/references/references.schemas";

/** A CSL-JSON name: family and given when the source's "Family INITIALS" form is clear, else literal. */
export type CslName = { family: string; given: string } | { literal: string };

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export type CslItem = Record<string, unknown> & { id: string; type: string };

/**
 * Splits "Wagstaff AJ" / "Vaugeois J-M" / "dos Santos LMM" into family and initials; any other form
 * is kept whole as a literal name rather than guessed at.
 */
export function cslName(name: string): CslName {
  const match = /^(.+?)\s+([A-Z](?:[A-Z]|-[A-Z]){0,4})$/.exec(name.trim());
  return match?.[1] && match[2] ? { family: match[1], given: match[2] } : { literal: name.trim() };
}

/** `YYYY[-MM[-DD]]` as CSL date parts. */
function dateParts(issued: string): { "date-parts": number[][] } {
  return { "date-parts": [issued.split("-").map(Number)] };
}

/** A reference as a CSL-JSON item, with only the fields that are known. */
export function toCsl(reference: Reference): CslItem {
  const item: CslItem = { id: reference.id, type: reference.type };
  const set = (key: string, value: unknown) => {
    if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) item[key] = value;
  };
  set("title", reference.title);
  set("author", reference.authors.map(cslName));
  set("issued", reference.issued ? dateParts(reference.issued) : null);
  set("container-title", reference.containerTitle);
  set("volume", reference.volume);
  set("issue", reference.issue);
  set("page", reference.pages);
  set("DOI", reference.doi);
  set("PMID", reference.pmid);
  set("PMCID", reference.pmcid);
  set("ISBN", reference.isbn);
  set("number", reference.patentNumber);
  set("URL", reference.url);
  // CSL's `genre` is the "type, class, or subtype of the item": the source's tier, when recorded.
  if (reference.tier) set("genre", tierPhrase(reference.tier, reference.design));
  if (reference.retracted)
    set(
      "note",
      `Retracted${reference.retractedAt ? ` ${reference.retractedAt}` : ""}: ${reference.retractionNotice ?? ""}`.trim(),
    );
  return item;
}
