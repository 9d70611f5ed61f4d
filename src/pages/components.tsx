import type { Confidence, Design, Stance, Tier } from "../db/schema";
import { TIER_TEXT, tierPhrase } from "../domain/tiers";
import type { Claim } from "../routes/claims/claims.schemas";
import type { Reference } from "../routes/references/references.schemas";
import { CONFIDENCE_TEXT } from "./confidence-text";
import type { FormatLink } from "./formats";
import { pagePath } from "./site";

/** The confidence as a badge that says it in words: "Contested: sources disagree". */
export function ConfidenceBadge(props: { confidence: Confidence; small?: boolean }) {
  const text = CONFIDENCE_TEXT[props.confidence];
  return (
    <span class={`badge c-${props.confidence}${props.small ? " small" : ""}`}>
      <strong>{text.label}</strong>: {text.meaning}
    </span>
  );
}

const STANCE_ORDER: Stance[] = ["supports", "contradicts", "mentions"];
const LEGEND: Record<Stance, string> = { supports: "supporting", contradicts: "contradicting", mentions: "mentioning" };

/** The evidence tallies as a bar (decoration) and, beside it, the same numbers in words. */
export function EvidenceBar(props: { evidence: Record<Stance, number> }) {
  const total = STANCE_ORDER.reduce((sum, stance) => sum + props.evidence[stance], 0);
  return (
    <div class="evidence">
      <div class="bar" aria-hidden="true">
        {STANCE_ORDER.filter((stance) => props.evidence[stance] > 0).map((stance) => (
          <span class={`seg-${stance}`} style={`flex:${props.evidence[stance]} 1 0`} />
        ))}
      </div>
      <ul class="legend" aria-label="Evidence: distinct references by stance">
        {total === 0 ? (
          <li>No citations yet</li>
        ) : (
          STANCE_ORDER.map((stance) => (
            <li class={stance}>
              {props.evidence[stance]} {LEGEND[stance]}
            </li>
          ))
        )}
      </ul>
    </div>
  );
}

/** "2 supporting · 0 contradicting · 1 mentioning", for lists; each count kept on one line. */
export function EvidenceShort(props: { evidence: Record<Stance, number> }) {
  return (
    <span class="muted tally">
      {STANCE_ORDER.map((stance, i) => (
        <>
          {i > 0 ? " · " : ""}
          <span>
            {props.evidence[stance]} {LEGEND[stance]}
          </span>
        </>
      ))}
    </span>
  );
}

function EntityLink(props: { id: string; labels: Map<string, string> }) {
  return <a href={pagePath.entity(props.id)}>{props.labels.get(props.id) ?? props.id}</a>;
}

/** Subject, predicate and object in words: "tianeptine — alters activity of — AMPA receptor". */
export function Triple(props: { claim: Claim; labels: Map<string, string> }) {
  return (
    <span class="triple">
      <EntityLink id={props.claim.subject} labels={props.labels} /> — {props.claim.predicate.replaceAll("-", " ")} —{" "}
      <EntityLink id={props.claim.object} labels={props.labels} />
    </span>
  );
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/**
 * A search hit's `snippet` (the statement, HTML-escaped, with each matched word in `<mark>…</mark>`)
 * as text and marks: parsed back into parts rather than inserted as HTML, so the page escapes it
 * itself.
 */
export function snippetParts(snippet: string): { text: string; marked: boolean }[] {
  return snippet
    .split(/(<mark>.*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const marked = part.startsWith("<mark>");
      const inner = marked ? part.slice(6, -7) : part;
      return { text: inner.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity), marked };
    });
}

/** The statement of a claim in a list: with the words a search matched marked, when it was found by one. */
function Statement(props: { claim: Claim }) {
  const { snippet, statement } = props.claim;
  if (!snippet) return <>{statement}</>;
  return <>{snippetParts(snippet).map((part) => (part.marked ? <mark>{part.text}</mark> : part.text))}</>;
}

/**
 * A list of claims: each statement links to its page — with the words a search matched marked (why
 * it matched) — and its confidence, evidence and entities.
 */
export function ClaimList(props: { claims: Claim[]; labels: Map<string, string>; note?: (claim: Claim) => string }) {
  return (
    <ul class="claims">
      {props.claims.map((claim) => (
        <li>
          <a class="statement" href={pagePath.claim(claim.id)}>
            <Statement claim={claim} />
          </a>
          <p>
            <ConfidenceBadge confidence={claim.confidence} small /> <EvidenceShort evidence={claim.evidence} />
          </p>
          {claim.supportRetracted ? (
            <p>
              <strong>Warning:</strong> every supporting reference is retracted.
            </p>
          ) : null}
          {claim.snippet !== undefined && !claim.snippet.includes("<mark>") ? (
            <p class="muted">Matched through the name or an alias of what it is about.</p>
          ) : null}
          <p>
            <Triple claim={claim} labels={props.labels} />
            {props.note ? <span class="muted"> · {props.note(claim)}</span> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** A reference's tier as a badge in words: "Secondary source", "Primary research (animal study)". */
export function TierBadge(props: { tier: Tier | null; design?: Design | null }) {
  return (
    <span
      class="tier"
      title={props.tier ? TIER_TEXT[props.tier].meaning : "No curator has recorded what kind of source this is"}
    >
      {tierPhrase(props.tier, props.design ?? null)}
    </span>
  );
}

/** How a reference is named where it is cited: title, or what is known of it when it has none. */
export function referenceTitle(reference: Reference): string {
  if (reference.title) return reference.title;
  const where = [reference.containerTitle, reference.issued?.slice(0, 4)].filter(Boolean).join(", ");
  return where ? `Untitled work (${where})` : `Untitled work ${reference.id}`;
}

/** A reference named in a sentence: "Loo H and Deniker P (1988)", "Wagstaff AJ et al. (2001)", else its title, else its id. */
export function referenceShortName(reference: Reference): string {
  const year = reference.issued ? ` (${reference.issued.slice(0, 4)})` : "";
  const [first, second] = reference.authors;
  if (first) {
    const others = reference.authors.length > 2 ? " et al." : second ? ` and ${second}` : "";
    return `${first}${others}${year}`;
  }
  if (reference.title) return `${reference.title}${year}`;
  return reference.id;
}

/** Authors as a citation gives them: up to three, then "et al.". */
export function authorsShort(authors: string[]): string {
  if (authors.length <= 3) return authors.join(", ");
  return `${authors.slice(0, 3).join(", ")} et al.`;
}

/** One reference as a citation line: authors (year). Title (linked to its page). Journal volume(issue): pages. */
export function ReferenceCitation(props: { reference: Reference }) {
  const r = props.reference;
  const year = r.issued?.slice(0, 4);
  const volume = [r.volume, r.issue ? `(${r.issue})` : null].filter(Boolean).join("");
  const source = [[r.containerTitle, volume].filter(Boolean).join(" "), r.pages].filter(Boolean).join(": ");
  return (
    <span class="citation">
      {r.authors.length ? `${authorsShort(r.authors)} ` : null}
      {year ? `(${year}). ` : null}
      <a href={pagePath.reference(r.id)}>{referenceTitle(r)}</a>
      {source && r.title ? (
        <>
          . <cite>{source}</cite>
        </>
      ) : null}
      {r.retracted ? <strong> [Retracted]</strong> : null}
    </span>
  );
}

/** Where to read a reference: doi.org, PubMed, PubMed Central, its own URL. */
export function ReferenceLinks(props: { reference: Reference }) {
  const { links, doi, pmid, pmcid } = props.reference;
  const items: { href: string; label: string }[] = [];
  if (links.doi) items.push({ href: links.doi, label: `DOI ${doi}` });
  if (links.pubmed) items.push({ href: links.pubmed, label: `PubMed ${pmid}` });
  if (links.pmc) items.push({ href: links.pmc, label: `PubMed Central ${pmcid}` });
  if (links.url) items.push({ href: links.url, label: "Web page" });
  if (items.length === 0) return null;
  return (
    <p class="links">
      Read it:{" "}
      {items.map((item, i) => (
        <>
          {i > 0 ? " · " : ""}
          <a href={item.href}>{item.label}</a>
        </>
      ))}
    </p>
  );
}

/** The machine-readable forms of the page's resource. */
export function Formats(props: { formats: FormatLink[] }) {
  return (
    <ul>
      {props.formats.map((format) => (
        <li>
          <a href={format.href} type={format.href.startsWith("#") ? undefined : format.type}>
            {format.label}
          </a>{" "}
          <span class="muted">
            — {format.description} (<code>{format.type}</code>)
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Links to the first and next pages of a list, keeping its other query parameters. */
export function Pager(props: {
  path: string;
  query: Record<string, string | undefined>;
  cursor?: string;
  nextCursor: string | null;
}) {
  if (!props.nextCursor && !props.cursor) return null;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(props.query)) if (value) params.set(key, value);
  const first = params.size ? `${props.path}?${params}` : props.path;
  params.set("cursor", props.nextCursor ?? "");
  return (
    <nav class="pager" aria-label="More results">
      {props.cursor ? <a href={first}>First page</a> : <span />}
      {props.nextCursor ? (
        <a href={`${props.path}?${params}`} rel="next">
          Next page
        </a>
      ) : null}
    </nav>
  );
}
