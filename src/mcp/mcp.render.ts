import type { z } from "@hono/zod-openapi";
import type { CheckResultSchema } from "../check/routes";
import { RELATION_TEXT } from "../domain/relations";
import { tierPhrase } from "../domain/tiers";
import { CONFIDENCE_TEXT, evidenceSentence } from "../pages/confidence-text";
import type { ChangePage } from "../routes/claims/claims.routes";
import type { Claim } from "../routes/claims/claims.schemas";
import type { Reference } from "../routes/references/references.schemas";

/**
 * Short renderings of tool results and resources, for an agent to read and quote: every citation
 * with its stance, what the work is, where to read it (DOI, PMID, URL) and the source's own words.
 * Only what is stored is shown; nothing is filled in.
 */

type CheckResult = z.infer<typeof CheckResultSchema>;

/** One line of inline text: curated text may hold line breaks, which would break a list item. */
function inline(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

function quoted(text: string): string {
  return `"${inline(text)}"`;
}

/** Where to read a work: its identifiers and a resolvable link, as stored. */
function whereToRead(work: { doi?: string | null; pmid?: string | null; url?: string | null }, link?: string | null) {
  const parts: string[] = [];
  if (work.doi) parts.push(`DOI ${work.doi}`);
  if (work.pmid) parts.push(`PMID ${work.pmid}`);
  const href = link ?? work.url;
  if (href) parts.push(`<${href}>`);
  return parts.join(" · ");
}

/** "Loo H, Deniker P (1988). Title. Container 11(Suppl 2):S97-S102." — with only the known parts. */
export function referenceLine(reference: Reference): string {
  const authors =
    reference.authors.length > 3 ? `${reference.authors.slice(0, 3).join(", ")} et al.` : reference.authors.join(", ");
  const head = [authors, reference.issued ? `(${reference.issued.slice(0, 4)})` : ""].filter(Boolean).join(" ");
  let container = reference.containerTitle ?? "";
  if (reference.volume) container += ` ${reference.volume}${reference.issue ? `(${reference.issue})` : ""}`;
  if (reference.pages) container += `${reference.volume ? ":" : " "}${reference.pages}`;
  const parts = [head, reference.title ? inline(reference.title) : "", container.trim()].filter(Boolean);
  return parts.length ? `${parts.map((part) => part.replace(/\.$/, "")).join(". ")}.` : `Reference ${reference.id}.`;
}

function referenceLink(reference: Reference): string | undefined {
  return reference.links.doi ?? reference.links.pubmed ?? reference.links.pmc ?? reference.links.url;
}

/** A claim in Markdown: the statement, its confidence and what it means, and every citation. */
export function claimMarkdown(claim: Claim): string {
  const references = new Map((claim.references ?? []).map((reference) => [reference.id, reference]));
  const confidence = CONFIDENCE_TEXT[claim.confidence];
  const lines = [
    `# ${inline(claim.statement)}`,
    "",
    `- Claim: \`${claim.id}\` — ${claim.subject} → ${claim.predicate} → ${claim.object}${claim.context ? ` (${inline(claim.context)})` : ""}`,
    `- Confidence: ${claim.confidence} — ${confidence.meaning}`,
    `- Status: ${claim.status}${claim.replacedBy ? `, replaced by \`${claim.replacedBy}\`` : ""}`,
    `- Evidence: ${evidenceSentence(claim.evidence)}`,
    `- Basis: ${claim.basis.summary}`,
  ];
  for (const relation of claim.relations) {
    const outgoing = relation.from === claim.id;
    const text = RELATION_TEXT[relation.type];
    lines.push(
      `- Relation: this claim ${outgoing ? text.outgoing : text.incoming} \`${outgoing ? relation.to : relation.from}\``,
    );
  }
  if (claim.supportRetracted) lines.push("- Warning: every supporting reference of this claim has been retracted.");
  lines.push(`- Revision ${claim.revision}, updated ${claim.updatedAt}`, "", "## Citations", "");
  if (claim.citations.length === 0) lines.push("None: nothing backs this claim yet.");
  for (const [index, citation] of claim.citations.entries()) {
    const reference = references.get(citation.referenceId);
    const work = reference ? referenceLine(reference) : `Reference \`${citation.referenceId}\`.`;
    const where = reference ? whereToRead(reference, referenceLink(reference)) : "";
    const tier = reference ? ` (${tierPhrase(reference.tier, reference.design).toLowerCase()})` : "";
    lines.push(`${index + 1}. ${citation.stance}${tier}: ${work}${where ? ` ${where}` : ""}`);
    if (reference?.retracted)
      lines.push(
        `   - Retracted${reference.retractedAt ? ` on ${reference.retractedAt}` : ""}${reference.retractionNotice ? `: ${inline(reference.retractionNotice)}` : ""}`,
      );
    if (citation.locator) lines.push(`   - Locator: ${inline(citation.locator)}`);
    if (citation.quote) lines.push(`   - Quote: ${quoted(citation.quote)}`);
    if (citation.note) lines.push(`   - Note: ${inline(citation.note)}`);
  }
  return lines.join("\n");
}

/** A reference in Markdown: what the work is, where to read it, its retraction if any. */
export function referenceMarkdown(reference: Reference): string {
  const lines = [`# ${reference.title ? inline(reference.title) : `Reference ${reference.id}`}`, ""];
  lines.push(`- Reference: \`${reference.id}\` (${reference.type})`);
  lines.push(`- Cite as: ${referenceLine(reference)}`);
  const identifiers: [string, string | null][] = [
    ["DOI", reference.doi],
    ["PMID", reference.pmid],
    ["PMCID", reference.pmcid],
    ["ISBN", reference.isbn],
    ["Patent", reference.patentNumber],
    ["URL", reference.url],
  ];
  for (const [label, value] of identifiers) if (value) lines.push(`- ${label}: ${value}`);
  const links = Object.values(reference.links).filter(Boolean);
  if (links.length) lines.push(`- Read it at: ${links.map((link) => `<${link}>`).join(", ")}`);
  if (reference.retracted)
    lines.push(
      `- Retracted${reference.retractedAt ? ` on ${reference.retractedAt}` : ""}${reference.retractionNotice ? `: ${inline(reference.retractionNotice)}` : ""}`,
    );
  if (reference.note) lines.push(`- Note: ${inline(reference.note)}`);
  return lines.join("\n");
}

/** The check of a sentence: the verdict, what it means, and the matching claims with their citations. */
export function checkText(result: CheckResult): string {
  const lines = [
    `Verdict: ${result.verdict}. ${result.explanation}`,
    "(The verdict reports what this store's curated references say about the sentence, not whether it is true.)",
  ];
  if (result.entities.length)
    lines.push(`Names found: ${result.entities.map((e) => `"${e.text}" (${e.entityId})`).join(", ")}.`);
  for (const [index, match] of result.matches.entries()) {
    const how = `${match.match === "same-assertion" ? "same assertion" : "related"}${match.polarity === "opposes" ? ", the sentence says the opposite" : ""}`;
    lines.push(
      "",
      `${index + 1}. ${inline(match.statement)}`,
      `   claim ${match.claimId} · confidence ${match.confidence} · ${how} · score ${match.score.toFixed(2)}`,
    );
    if (match.supportRetracted) lines.push("   Warning: every supporting reference of this claim has been retracted.");
    for (const citation of match.citations) {
      const parts = [
        citation.title ? inline(citation.title) : `reference ${citation.referenceId}`,
        whereToRead(citation),
        citation.locator && `at ${inline(citation.locator)}`,
        citation.retracted && "RETRACTED",
      ];
      const quote = citation.quote ? ` — ${quoted(citation.quote)}` : "";
      lines.push(`   - ${citation.stance}: ${parts.filter(Boolean).join(" · ")}${quote}`);
    }
  }
  return lines.join("\n");
}

/** A page of claims: one line each, and how to get the next page. */
export function claimListText(page: { items: Claim[]; nextCursor: string | null }): string {
  if (page.items.length === 0) return "No claims match.";
  const lines = page.items.map(
    (claim, index) =>
      `${index + 1}. ${inline(claim.statement)} — ${claim.confidence}, ${claim.evidence.supports} supporting / ${claim.evidence.contradicts} contradicting (claim ${claim.id})`,
  );
  if (page.nextCursor) lines.push("", `More claims follow: pass cursor "${page.nextCursor}".`);
  return lines.join("\n");
}

/** A claim's history: one line per change. */
export function historyText(page: ChangePage): string {
  if (page.items.length === 0)
    return "No changes recorded here (the seed loaded at first start is not in the history).";
  const lines = page.items.map(
    (change) =>
      `- #${change.seq} ${change.createdAt}: ${change.action} by ${change.actor}, revision ${change.revision}${change.reason ? ` — ${inline(change.reason)}` : ""}`,
  );
  if (page.nextSince !== null) lines.push("", `More changes follow: pass since ${page.nextSince}.`);
  return lines.join("\n");
}
